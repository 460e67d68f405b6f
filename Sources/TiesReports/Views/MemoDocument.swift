import TiesCore

/// A council case memo (saksframlegg) for a proposed membership or agreement: proposed resolution,
/// summary, background, facts, assessment per criterion citing the strategy, economy and conclusion.
/// It has no case header or numbers: the case-management system adds those.
public struct MemoDocument: Sendable {
    public var book: Phrasebook

    public init(_ book: Phrasebook = Phrasebook(.nb)) { self.book = book }

    func t(_ p: Phrase.Memo) -> String { book.memo(p) }

    /// The memo for a justification: the assessment and recommendation as the core made them, in words.
    public func build(_ justification: Justification) -> Document {
        let (proposal, review, rs) = (justification.proposal, justification.review, justification.ruleSet)
        let (portfolioChanges, alternatives) = (justification.portfolioChanges, justification.alternatives)
        let (criteria, recommendation, fingerprint) = (justification.criteria, justification.recommendation, justification.fingerprint)
        let municipality = rs.municipality.isEmpty ? t(.theMunicipality) : t(.municipality(rs.municipality))
        var doc = Document(title: t(.title(own(proposal.title, inline: true))), book: book)

        doc.blocks.append(.heading(1, t(.proposedResolution)))
        doc.blocks.append(.list(ordered: true, items: resolution(proposal, review, recommendation, municipality, rs).map { [.text($0)] }))

        doc.blocks.append(.heading(1, t(.summary)))
        let counts = Dictionary(grouping: criteria, by: \.verdict).mapValues(\.count)
        var summary = t(.proposes(who: proposal.proposedBy, municipality: municipality, doing: entering(proposal.record)))
        summary += t(.assessedAgainst(title: rs.title, met: counts[.met] ?? 0, of: criteria.count))
        if let p = counts[.partly] { summary += t(.partly(p)) }
        if let n = counts[.notMet] { summary += t(.notMet(n)) }
        if let u = counts[.unknown] { summary += t(.cannotBeAssessed(u)) }
        summary += t(.recommendationIs(label(recommendation)))
        if let p = provisional(review, rs) { summary += " " + p }
        doc.blocks.append(.text(summary))

        doc.blocks.append(.heading(1, t(.background)))
        if let background = proposal.background { doc.blocks += ownBlocks(background) }
        doc.blocks.append(.text(t(.assessedAgainstCriteriaOf(book.source(rs)))))

        doc.blocks.append(.heading(1, t(.factsOfTheCase)))
        doc.blocks.append(.text(t(.factsDescribeTie)))
        doc.blocks.append(
            .table(
                header: [t(.fact), t(.value)],
                rows: facts(proposal, rs, read: rs.namesRead(except: review.notApplicable))))
        if !proposal.record.illustrative.isEmpty {
            doc.blocks.append(.note(book(.illustrative) + ": " + book.facts(proposal.record.illustrative, rs)))
        }

        doc.blocks.append(.heading(1, t(.assessment)))
        for c in criteria {
            doc.blocks.append(.heading(2, book.text(c.criterion.title)))
            var spans: [Span] = [.strong(verdict(c.verdict) + "."), .text(" ")]
            for reason in c.reasons {
                spans.append(.text(book.text(reason.text) + ". "))
                for note in book.operational(reason, rs) { spans.append(.emphasis("† " + note + ". ")) }
            }
            // A number on the criterion's scale says something; a yes or no repeats the verdict.
            if c.reasons.isEmpty, c.verdict != .unknown {
                // No rule speaks: the facts the criterion's score read are the reason, as recorded.
                let seen = review.traces.first { $0.kind == .criterion && $0.id == c.criterion.id }?.seen ?? []
                let facts = seen.filter { rs.fact(named: $0.name) != nil && !$0.value.isUnknown }
                if !facts.isEmpty {
                    let list = facts.map { seen in
                        let fact = rs.fact(named: seen.name)!
                        return "\(book.fact(fact.name, rs)): \(book.factValue(seen.value, of: fact))"
                    }
                    spans.append(.text(list.joined(separator: "; ") + ". "))
                } else if let score = c.score, isScalePoint(score) {
                    spans.append(.text(t(.scoreIs(book.score(score)))))
                }
            }
            if c.verdict == .unknown {
                spans.append(.text(t(.cannotAssessMissing(book.facts(c.missing, rs)))))
            }
            // The numbers of ours the criterion's rules use, fired or not: a «met» may rest on one as much as a «not met».
            let shown = Set(c.reasons.flatMap(\.parameters))
            let used = rs.rules.filter { $0.criterion == c.criterion.id && $0.applies(to: proposal.record.kind) }.flatMap(\.parameters)
            for name in used.reduce(into: [String](), { if !$0.contains($1) && !shown.contains($1) { $0.append($1) } }) {
                if let p = rs.parameter(named: name) { spans.append(.emphasis("† " + book.operational(p) + ". ")) }
            }
            doc.blocks.append(.paragraph(spans))
            if let cite = c.criterion.citation ?? c.reasons.first?.citation { doc.blocks += quote(cite, rs) }
        }
        let inapplicable = rs.criteria.filter { review.notApplicable.contains($0.id) }.map { book.text($0.title) }
        if !inapplicable.isEmpty {
            doc.blocks.append(.note(book.review(.notApplicable) + ": " + inapplicable.joined(separator: "; ") + "."))
        }
        let loose = review.reasons.filter { r in r.kind != .rule || !criteria.contains { $0.reasons.contains(r) } }
            .filter { $0.kind != .standard && $0.kind != .category }
        if !loose.isEmpty || review.category != nil {
            doc.blocks.append(.heading(2, t(.otherConsiderations)))
            if let c = review.category, let reason = review.categoryReason {
                doc.blocks.append(
                    .paragraph([
                        .strong(t(.categoryIs(book.category(c, rs)))),
                        .text(" " + book.text(reason.text) + "."),
                    ]))
                if let cite = reason.citation { doc.blocks += quote(cite, rs) }
            }
            for reason in loose {
                doc.blocks.append(.text(book.text(reason.text) + "."))
                if let cite = reason.citation { doc.blocks += quote(cite, rs) }
            }
        }
        if !portfolioChanges.isEmpty {
            doc.blocks.append(.heading(2, t(.effectOnPortfolio)))
            doc.blocks.append(
                .list(
                    ordered: false,
                    items: portfolioChanges.map { change in
                        let status = book.review(change.after.holds ? .holds : .violated)
                        let before = change.before.map { book.review($0.holds ? .holds : .violated) } ?? "—"
                        return [.text(book.text(change.after.text) + " "), .emphasis("(\(before) → \(status))")]
                    }))
        }

        if !alternatives.isEmpty {
            doc.blocks.append(.heading(1, t(.alternatives)))
            for (alternative, assessed) in alternatives {
                doc.blocks.append(.heading(2, own(alternative.title, inline: true)))
                if let d = alternative.description { doc.blocks += ownBlocks(d) }
                if let a = assessed {
                    var text = t(.alternativeAssessed(outcome: book.outcome(a, rs), reason: book.text(a.decisive.text)))
                    for note in book.operational(a.decisive, rs) { text += " † " + note + "." }
                    doc.blocks.append(.text(text))
                } else {
                    doc.blocks.append(.text(t(.alternativeNotAssessed)))
                }
            }
        }

        doc.blocks.append(.heading(1, t(.economicConsequences)))
        doc.blocks.append(.table(header: [t(.item), t(.perYear)], rows: economy(proposal.costs)))
        if let applied = proposal.costs.fundingAppliedNOK, applied > 0 {
            doc.blocks.append(.text(t(.applicationUndecided(amount: book.amount(applied)))))
        }
        if let note = proposal.costs.note { doc.blocks += ownBlocks(note) }

        doc.blocks.append(.heading(1, t(.conclusion)))
        // The rule set's default reason speaks of an existing tie ("nothing calls for a change"); a proposal is new.
        let because =
            review.decisive.kind == .standard
            ? t(.noneSpeaksAgainst) : book.text(review.decisive.text)
        var conclusion: [Span] = [.strong(label(recommendation) + "."), .text(" " + because + ".")]
        for note in book.operational(review.decisive, rs) { conclusion.append(.emphasis(" † " + note + ".")) }
        if let p = provisional(review, rs) { conclusion.append(.text(" " + p)) }
        doc.blocks.append(.paragraph(conclusion))
        if let cite = review.decisive.citation { doc.blocks += quote(cite, rs) }

        doc.blocks.append(.note(fingerprint.line(book.language)))
        return doc
    }

    func label(_ r: Recommendation) -> String {
        switch r {
        case .join: t(.recommended)
        case .joinWithConditions: t(.recommendedWithConditions)
        case .postpone: t(.postpone)
        case .doNotJoin: t(.notRecommended)
        }
    }

    func verdict(_ v: CriterionVerdict) -> String {
        switch v {
        case .met: t(.met)
        case .partly: t(.partlyMet)
        case .notMet: t(.notMetVerdict)
        case .unknown: t(.unknownVerdict)
        }
    }

    /// One point per decision, each one a thing the council can adopt as written: what the municipality does,
    /// who sees each condition met and by when, and every recurring cost.
    func resolution(_ p: Proposal, _ review: RecordReview, _ r: Recommendation, _ municipality: String, _ rs: RuleSet) -> [String] {
        var points: [String] = []
        switch r {
        case .join, .joinWithConditions:
            points.append("\(municipality) \(entering(p.record)).")
            let who = p.followUpBy ?? p.proposedBy ?? t(.theChiefExecutive)
            let due = (p.conditionsDue ?? p.asOf?.yearLater).map(book.date) ?? ""
            for c in review.conditions { points.append(t(.seeToBy(who: who, date: due, condition: book.text(c)))) }
            if let costs = recurringCosts(p.costs) {
                // The budget of the unit that owns the tie, else of whoever follows it up: never an unnamed one.
                if let budget = p.record.responsible ?? p.followUpBy ?? p.proposedBy {
                    points.append(t(.coveredWithin(costs: costs, budget: budget)))
                } else {
                    points.append(t(.coveredWithinCurrent(costs: costs)))
                }
            }
            let body = p.decisionBody ?? t(.theCouncil)
            points.append(t(.reconsiderBy(who: who, body: body, date: due)))
        case .postpone:
            let missing = review.openingFacts
            points.append(
                missing.isEmpty ? t(.postponedUntilSettled) : t(.postponedUntilKnown(book.facts(missing, rs))))
        case .doNotJoin:
            points.append("\(municipality) \(entering(p.record, negated: true)).")
        }
        return points
    }

    /// «Årlig kontingent på 10 000 kr, reiseutgifter på 30 000 kr og om lag 120 timer arbeidstid»: every recurring
    /// cost the proposal gives; nil where it gives none.
    func recurringCosts(_ c: Proposal.Costs) -> String? {
        var parts: [String] = []
        if let fee = c.annualFeeNOK, fee > 0 { parts.append(t(.annualFee(book.amount(fee)))) }
        if let travel = c.travelNOK, travel > 0 { parts.append(t(.travelCosts(book.amount(travel)))) }
        if let hours = c.staffHours, hours > 0 {
            var staff = t(.staffHours(number(hours)))
            if let cost = c.staffCostNOK { staff += t(.staffCost(book.amount(cost))) }
            parts.append(staff)
        }
        guard !parts.isEmpty else { return nil }
        return book.list(parts).capitalizedFirst + t(.perYearSuffix)
    }

    /// What the municipality would do, in words that fit the kind of tie and what the council can decide:
    /// a network admits its members, so the municipality applies for membership.
    func entering(_ record: Record, negated: Bool = false) -> String {
        t(.entering(kind: record.kind, name: record.name, negated: negated))
    }

    /// Where the recommendation waits for facts: one sentence that says which.
    func provisional(_ review: RecordReview, _ rs: RuleSet) -> String? {
        guard review.provisional, !review.openingFacts.isEmpty else { return nil }
        return t(.provisionalAssessment(book.facts(review.openingFacts, rs)))
    }

    func isScalePoint(_ v: Value) -> Bool {
        switch v {
        case .int, .decimal: true
        default: false
        }
    }

    func number(_ n: Double) -> String { book.number(.decimal(n)) }

    /// The proposal's own text in the memo's language; where the proposal gives none, the text it gives, marked so a
    /// reader knows it is not translated.
    func own(_ text: LocalizedText, inline: Bool = false) -> String {
        if let t = text.texts[book.language.code] { return t }
        return inline ? text.text(book.language) + t(.notTranslated) : text.text(book.language)
    }

    func ownBlocks(_ text: LocalizedText) -> [Block] {
        guard text.texts[book.language.code] == nil else { return [.text(own(text))] }
        return [.note(t(.notTranslatedNote)), .text(own(text))]
    }

    /// The tie's facts as the memo's table shows them: those given, and those the rules that apply to it read.
    func facts(_ p: Proposal, _ rs: RuleSet, read: Set<String>) -> [[String]] {
        var rows: [[String]] = [[t(.name), p.record.name], [t(.kind), book.kind(p.record.kind)]]
        if let c = p.record.country { rows.append([book.fact("country", rs), book.country(c)]) }
        if let r = p.record.responsible { rows.append([book.fact("responsible", rs), r]) }
        if let u = p.record.url { rows.append([book.fact("url", rs), u]) }
        for fact in rs.facts where p.record.facts[fact.name] != nil || read.contains(fact.name) {
            let value = p.record.facts[fact.name].map { book.factValue($0, of: fact) }
            rows.append([book.fact(fact.name, rs), value ?? book(.notGiven)])
        }
        return rows
    }

    /// The yearly cost, staff time included where its hourly cost is given; funding only applied for is listed and never
    /// subtracted.
    func economy(_ c: Proposal.Costs) -> [[String]] {
        let none = book(.notGiven)
        let money = book.amount as (Double) -> String
        var rows = [
            [t(.fee), c.annualFeeNOK.map(money) ?? none],
            [t(.travel), c.travelNOK.map(money) ?? none],
            [
                t(.staffTime),
                c.staffHours.map { h in t(.hours(number(h))) + (c.staffCostNOK.map { t(.staffCost(money($0))) } ?? "") } ?? none,
            ],
            [t(.fundingGranted), c.fundingGrantedNOK.map(money) ?? none],
        ]
        if let applied = c.fundingAppliedNOK { rows.append([t(.fundingApplied), money(applied)]) }
        if let fee = c.annualFeeNOK, let travel = c.travelNOK {
            let granted = c.fundingGrantedNOK ?? 0
            if let staff = c.staffCostNOK {
                rows.append([t(.netCost), money(fee + travel + staff - granted)])
            } else {
                rows.append([t(.netCostWithoutStaff), money(fee + travel - granted)])
            }
        }
        return rows
    }

    /// The adopted sentence as it stands, with where it stands; in English, our translation follows in its own
    /// closed parenthesis, so the quote itself stays verbatim.
    func quote(_ c: Citation, _ rs: RuleSet) -> [Block] {
        var blocks: [Block] = [.quote(c.quote, source: book.citationSource(c, rs))]
        if let translation = book.translation(of: c) { blocks.append(.note(t(.ourTranslation(translation)))) }
        return blocks
    }
}
