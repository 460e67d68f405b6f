import TiesCore

/// A council case memo (saksframlegg) for a proposed membership or agreement: proposed resolution,
/// summary, background, facts, assessment per criterion citing the strategy, economy and conclusion.
/// It has no case header or numbers: the case-management system adds those.
public struct MemoDocument: Sendable {
    public var book: Phrasebook

    public init(_ book: Phrasebook = Phrasebook(.nb)) { self.book = book }

    func t(_ p: Phrase.Memo) -> String { book.memo(p) }

    /// The memo for a justification: the assessment and recommendation as the core made them, in words. The body is
    /// what the council reads; how the tool reached it stands in a closing «Om vurderingsgrunnlaget».
    public func build(_ justification: Justification) -> Document {
        let (proposal, review, rs) = (justification.proposal, justification.review, justification.ruleSet)
        let (criteria, recommendation) = (justification.criteria, justification.recommendation)
        let municipality = rs.municipality.isEmpty ? t(.theMunicipality) : t(.municipality(rs.municipality))
        let owner = book.text(rs.council.proposer)
        var doc = Document(title: own(proposal.title, inline: true), book: book)
        var quoted: Set<String> = []
        // Facts made up for a sample are said on the first page, where no reader can miss it.
        if !proposal.record.illustrative.isEmpty { doc.blocks.append(.note(t(.illustrativeWarning))) }

        doc.blocks += heading(proposal, rs)

        doc.blocks.append(.heading(1, rs.council.proposal.map(book.text) ?? t(.ownersProposal(proposer: owner))))
        let resolved = resolution(proposal, review, recommendation, municipality, rs)
        doc.blocks.append(.list(ordered: true, items: resolved.points.map { [.text($0)] }))

        doc.blocks.append(.heading(1, t(.summary)))
        let counts = Dictionary(grouping: criteria, by: \.verdict).mapValues(\.count)
        // The summary recommends what the resolution's points say: to take part, to postpone, or not to.
        var summary: String
        switch (recommendation, proposal.decision) {
        case (.postpone, _): summary = t(.recommendsPostponing(owner: owner, missing: !review.openingFacts.isEmpty))
        case (_, let decision?): summary = t(.recommendsDecision(owner: owner, decision: own(decision)))
        case (.doNotJoin, nil):
            summary = t(
                .recommends(owner: owner, municipality: municipality, doing: entering(proposal.record, negated: true, subjunctive: true)))
        default: summary = t(.recommends(owner: owner, municipality: municipality, doing: entering(proposal.record, subjunctive: true)))
        }
        summary += " "
        // The strategy by its adopted title, not the rule set's; the count in words.
        let strategy = rs.sources.first.map { book.quoted($0.title) } ?? book.quoted(rs.title)
        summary += t(.assessedAgainst(title: strategy, met: counts[.met] ?? 0, of: criteria.count))
        if let p = counts[.partly] { summary += t(.partly(p)) }
        // A criterion a condition of the resolution would meet is named, with the point that asks for it.
        let curable = criteria.filter(\.curable).map { book.quoted(book.text($0.criterion.title)) }
        if let n = counts[.notMet] {
            summary +=
                curable.count == n && !resolved.conditions.isEmpty
                ? t(.notMetButCurable(book.list(curable), count: n, points: resolved.conditions))
                : t(.notMet(n))
        }
        if let u = counts[.unknown] { summary += t(.cannotBeAssessed(u)) }
        // What the criteria are met on by assumption, the summary says, as the resolution requires it.
        let required = clauses(proposal.requires, rs)
        if !required.isEmpty { summary += t(.providedThat(required)) }
        summary += "."
        if !required.isEmpty, let due = proposal.conditionsDue {
            summary +=
                " "
                + t(
                    .premisesDue(
                        body: proposal.decisionBody.map(book.text) ?? book.text(rs.council.body), date: book.date(due),
                        count: required.count))
        }
        if let p = provisional(review, rs) { summary += " " + p }
        doc.blocks.append(.text(summary))

        doc.blocks.append(.heading(1, t(.factsOfTheCase)))
        if let background = proposal.background { doc.blocks += ownBlocks(background) }
        var who: [String] = []
        if let unit = proposal.proposedBy { who.append(t(.preparedBy(own(unit, inline: true)))) }
        if let unit = proposal.followUpBy, unit != proposal.proposedBy { who.append(t(.followedUpBy(own(unit, inline: true)))) }
        if !who.isEmpty { doc.blocks.append(.text(who.joined(separator: " "))) }
        let read = rs.namesRead(except: review.notApplicable)
        // The facts in prose, as the rule set says them; a fact it gives no sentence for stands in a short table after.
        let record = proposal.record
        var sentences = [t(.tieIs(name: record.name, kind: book.kind(record.kind), country: record.country.map(book.country)))]
        var rest: [[String]] = []
        // A fact the assessment argues a criterion with is said there, not twice.
        let argued = Set(
            criteria.filter { $0.reasons.isEmpty && $0.verdict != .unknown }.flatMap { c in
                review.traces.first { $0.kind == .criterion && $0.id == c.criterion.id }?.seen.map(\.name) ?? []
            })
        for fact in rs.facts where read.contains(fact.name) && !argued.contains(fact.name) {
            guard let value = record.facts[fact.name], !value.isUnknown else { continue }
            // A «nei» no criterion turns on is no fact of the case: it stays out of the account.
            if case .bool(false) = value { continue }
            if let sentence = book.sentence(fact.name, value, rs) {
                sentences.append(sentence + ".")
            } else {
                rest.append([book.fact(fact.name, rs), book.factValue(value, of: fact)])
            }
        }
        // The facts are the proposal's account of a tie as it will be: what the proposal assumes, one clause each. The
        // tie's kind and country stand in a sentence of their own only where the proposal's background does not tell.
        if proposal.background == nil { doc.blocks.append(.text(sentences[0])) }
        // Where the portfolio's own review has the same tie, the memo says what that review found.
        if let now = justification.current {
            doc.blocks.append(
                .text(
                    t(
                        .currentReview(
                            name: now.record.name, outcome: book.outcome(now, rs, short: true), reason: book.text(now.decisive.text)))))
        }
        if sentences.count > 1 {
            doc.blocks.append(.text(t(.proposalDescribes)))
            let clauses = sentences.dropFirst().map { s -> String in
                let clause = s.hasSuffix(".") ? String(s.dropLast()) : s
                return clause.hasPrefix(record.name) ? clause : clause.lowercasedFirst
            }
            doc.blocks.append(.list(ordered: false, items: clauses.map { [.text($0)] }))
        }
        if !rest.isEmpty { doc.blocks.append(.table(header: [t(.fact), t(.value)], rows: rest)) }
        // What is not known is said once, and only what the assessment needed: never whether a tie not yet begun has ended.
        let needed = Set(criteria.flatMap(\.missing) + review.openingFacts)
        let unknown = rs.facts.filter { proposal.record.facts[$0.name] == nil && needed.contains($0.name) }.map(\.name)
        if !unknown.isEmpty { doc.blocks.append(.text(t(.notGiven(book.facts(unknown, rs))))) }

        doc.blocks.append(.heading(1, t(.assessment)))
        // The rule set's reasons speak of a tie as it is; for a proposal they speak of it as it would be.
        doc.blocks.append(.text(t(.assessedAsItWouldBe(tie: book.theTie(proposal.record.kind)))))
        // The council's own decisions that bear on the case come before the strategy's criteria.
        for d in justification.councilDecisions {
            doc.blocks.append(
                .text(
                    t(
                        d.remark
                            ? .councilRemarked(body: book.text(d.body), date: book.date(d.date), caseNumber: d.caseNumber)
                            : .councilDecided(body: book.text(d.body), date: book.date(d.date), caseNumber: d.caseNumber))))
            doc.blocks += quote(d.citation, rs, once: &quoted)
        }
        for c in criteria {
            doc.blocks.append(.heading(2, book.text(c.criterion.title)))
            var spans: [Span] = [.strong(grade(c) + "."), .text(" ")]
            // What speaks for the tie is what the proposal claims of a tie not yet as it will be: «Forslaget legger til
            // grunn at …». What speaks against it is so today, and is said as it is.
            var assumed: [String] = []
            for reason in c.reasons {
                if reason.outcome.map({ [.keep, .join].contains(rs.role(of: $0)) }) ?? true {
                    assumed.append(book.text(reason.text))
                } else {
                    spans.append(.text(book.text(reason.text) + ". "))
                }
            }
            if c.reasons.isEmpty, c.verdict != .unknown {
                // No rule speaks: the facts the criterion's score read are the reason, as recorded.
                let seen = review.traces.first { $0.kind == .criterion && $0.id == c.criterion.id }?.seen ?? []
                let facts = seen.filter { rs.fact(named: $0.name) != nil && !$0.value.isUnknown }
                if !facts.isEmpty {
                    // The facts as the rule set says them in sentences; one it gives none for, by its label and value.
                    var plain: [String] = []
                    for seen in facts {
                        let fact = rs.fact(named: seen.name)!
                        if let sentence = book.sentence(seen.name, seen.value, rs) {
                            assumed.append(sentence)
                        } else {
                            plain.append("\(book.fact(fact.name, rs)): \(book.factValue(seen.value, of: fact)).")
                        }
                    }
                    if !plain.isEmpty { spans.append(.text(plain.joined(separator: " ") + " ")) }
                } else if let score = c.score, isScalePoint(score) {
                    spans.append(.text(t(.scoreIs(book.score(score)))))
                }
            }
            if !assumed.isEmpty {
                // A clause begins in lower case unless it begins with a name.
                let clauses = assumed.map { s in s.hasPrefix(proposal.record.name) ? s : s.lowercasedFirst }
                spans.append(.text(t(.proposalAssumes(clauses)) + " "))
            }
            if c.verdict == .unknown { spans.append(.text(t(.cannotAssessMissing(book.facts(c.missing, rs))))) }
            // A number of ours a reason uses is owned where it stands, in the proposer's voice, not only in the appendix.
            var owned: [String] = []
            for name in c.reasons.flatMap(\.parameters) where !owned.contains(name) {
                owned.append(name)
                guard let p = rs.parameter(named: name) else { continue }
                let basis = p.basis.map(book.text) ?? book.review(.noBasis)
                let label = p.label.map(book.text) ?? p.name
                spans.append(.text(t(.ownerSets(owner: owner, label: label, value: book.parameterValue(p), basis: basis)) + " "))
            }
            // Each sentence above leaves a space for the next; the last leaves none.
            if case .text(let last)? = spans.last { spans[spans.count - 1] = .text(last.trimmingCharacters(in: .whitespaces)) }
            doc.blocks.append(.paragraph(spans))
            if let cite = c.criterion.citation ?? c.reasons.first?.citation { doc.blocks += quote(cite, rs, once: &quoted) }
        }
        let loose = review.reasons.filter { r in r.kind != .rule || !criteria.contains { $0.reasons.contains(r) } }
            .filter { $0.kind != .standard && $0.kind != .category }
            // The decisive reason is the conclusion's own sentence.
            .filter { $0 != review.decisive }
        if !loose.isEmpty || review.category != nil {
            doc.blocks.append(.heading(2, t(.otherConsiderations)))
            if let c = review.category, let reason = review.categoryReason {
                // The proposal is assessed as the tie would be: it will belong to the category, not yet does.
                doc.blocks.append(.text(t(.categoryWillBe(book.category(c, rs)))))
                if let cite = reason.citation { doc.blocks += quote(cite, rs, once: &quoted) }
            }
            for reason in loose {
                doc.blocks.append(.text(book.text(reason.text) + "."))
                if let cite = reason.citation { doc.blocks += quote(cite, rs, once: &quoted) }
            }
        }
        if !justification.portfolioChanges.isEmpty {
            doc.blocks.append(.heading(2, t(.effectOnPortfolio)))
            doc.blocks.append(.text(t(.portfolioIfAdopted)))
            doc.blocks.append(
                .list(ordered: false, items: justification.portfolioChanges.map { [.text(book.text($0.after.text) + ".")] }))
        }

        if !justification.alternatives.isEmpty {
            doc.blocks.append(.heading(1, t(.alternatives)))
            for (index, (alternative, assessed)) in justification.alternatives.enumerated() {
                doc.blocks.append(.heading(2, own(alternative.title, inline: true)))
                if let d = alternative.description { doc.blocks += ownBlocks(d) }
                if let a = assessed, let r = justification.alternativeRecommendations[index] {
                    let reason = a.decisive.kind == .standard ? t(.noneSpeaksAgainstIt) : book.text(a.decisive.text)
                    var weighed = [t(.alternativeWould(r, reason: reason))]
                    // Beside the proposal: what it lacks or gives on the criteria, and what it costs.
                    if let c = justification.alternativeComparisons[index] {
                        let titles = { (ids: [String]) in
                            book.list(ids.compactMap { id in rs.criteria.first { $0.id == id }.map { book.quoted(book.text($0.title)) } })
                        }
                        if !c.lacks.isEmpty { weighed.append(t(.alternativeLacks(titles(c.lacks), count: c.lacks.count))) }
                        if !c.outside.isEmpty {
                            // The kinds the criteria's sentence speaks of, in the rule set's order, against the alternative's.
                            var spoken: [TieKind] = []
                            for id in c.outside {
                                for k in rs.criteria.first(where: { $0.id == id })?.appliesTo ?? [] {
                                    if let kind = TieKind(rawValue: k), !spoken.contains(kind) { spoken.append(kind) }
                                }
                            }
                            let theirs = TieKind(rawValue: a.record.kind).map(book.kinds) ?? a.record.kind
                            weighed.append(
                                t(
                                    .alternativeOutside(
                                        titles(c.outside), count: c.outside.count, kinds: book.list(spoken.map(book.kinds)), kind: theirs,
                                        owner: owner)))
                        }
                        if !c.gives.isEmpty { weighed.append(t(.alternativeGives(titles(c.gives), count: c.gives.count))) }
                    }
                    if let theirs = alternative.costs {
                        weighed.append(t(.alternativeCosts(theirs: costs(theirs), ours: costs(proposal.costs))))
                    }
                    doc.blocks.append(.text(weighed.joined(separator: " ")))
                    if let conclusion = alternative.conclusion { doc.blocks += ownBlocks(conclusion) }
                } else {
                    doc.blocks.append(.text(t(.alternativeNotAssessed)))
                }
            }
        }

        doc.blocks.append(.heading(1, t(.economicConsequences)))
        doc.blocks.append(.table(header: [t(.item), t(.amountHeading)], rows: economy(proposal.costs)))
        if let applied = proposal.costs.fundingAppliedNOK, applied > 0 {
            doc.blocks.append(.text(t(.applicationUndecided(amount: book.amount(applied)))))
        }
        if let note = proposal.costs.note { doc.blocks += ownBlocks(note) }
        // Where the council asked every such case for a funding plan, the memo gives one, or says it has none.
        if let plan = justification.councilDecisions.first(where: { $0.asks == .fundingPlan }) {
            doc.blocks.append(.heading(2, t(.fundingPlan)))
            let asked =
                plan.remark
                ? t(.fundingPlanRemarked(body: book.text(plan.body), caseNumber: plan.caseNumber, owner: owner))
                : t(.fundingPlanAsked(body: book.text(plan.body), caseNumber: plan.caseNumber))
            if let by = proposal.costs.fundedBy, let costs = costs(proposal.costs) {
                doc.blocks.append(.text(asked + " " + t(.costsFundedBy(costs: costs, by: own(by)))))
            } else {
                doc.blocks.append(.text(asked + " " + t(.noFundingPlan)))
            }
        }

        doc.blocks.append(.heading(1, t(.conclusion)))
        // The rule set's default reason speaks of an existing tie ("nothing calls for a change"); a proposal is new.
        let allMet = !criteria.isEmpty && criteria.allSatisfy { $0.verdict == .met }
        // A reason that speaks for the tie is the proposal's assumption about a tie not yet as it will be.
        let speaksFor = review.decisive.outcome.map { [.keep, .join].contains(rs.role(of: $0)) } ?? true
        let decisive = book.text(review.decisive.text)
        let because =
            review.decisive.kind == .standard
            ? (allMet ? t(.meetsEveryCriterion(tie: book.theTie(proposal.record.kind))) : t(.noneSpeaksAgainst)) + "."
            : speaksFor
                ? t(.ownerAssumes(owner: owner, [decisive.hasPrefix(proposal.record.name) ? decisive : decisive.lowercasedFirst]))
                : decisive + "."
        var conclusion = t(.ownerConcludes(owner: owner, recommendation)) + " " + because
        if !required.isEmpty {
            // What the criteria are met on by assumption is the recommendation's premise, all of it.
            conclusion = t(.ownerConcludes(owner: owner, recommendation)).dropLast() + t(.providedThat(required)) + "."
        } else if recommendation == .joinWithConditions, !resolved.conditions.isEmpty, review.decisive.kind != .standard {
            conclusion = t(
                .ownerConcludesWithConditions(
                    owner: owner, points: resolved.conditions,
                    because: decisive.lowercasedFirst(keeping: proposal.record.name)))
        }
        if let p = provisional(review, rs) { conclusion += " " + p }
        doc.blocks.append(.text(conclusion))
        if let cite = review.decisive.citation { doc.blocks += quote(cite, rs, once: &quoted) }

        doc.blocks += basis(justification, criteria)
        return doc
    }

    /// The heading block a case officer fills in the case system: the bodies the case goes through, the attachments
    /// and the documents it rests on, the strategy first.
    func heading(_ p: Proposal, _ rs: RuleSet) -> [Block] {
        let body = p.decisionBody.map(book.text) ?? book.text(rs.council.body)
        // The proposal's own case flow; else the bodies the rule set says such a case passes through, then the council.
        let usual = rs.council.before.map { book.text($0).capitalizedFirst } + [body.capitalizedFirst]
        let steps = p.caseFlow.isEmpty ? usual.map { Proposal.CaseStep(body: $0) } : p.caseFlow
        var blocks: [Block] = [
            .heading(2, t(.caseFlow)),
            .table(
                header: [t(.committee), t(.meetingDate), t(.caseNumberHeading)],
                rows: steps.map { [$0.body, $0.date.map(book.date) ?? "", $0.caseNumber ?? ""] }),
        ]
        if !p.attachments.isEmpty {
            blocks.append(.heading(2, t(.attachments)))
            blocks.append(.list(ordered: true, items: p.attachments.map { [.text(own($0))] }))
        }
        blocks.append(.heading(2, t(.otherDocuments)))
        blocks.append(.list(ordered: false, items: ([book.source(rs)] + p.documents.map { own($0) }).map { [.text($0)] }))
        return blocks
    }

    /// «Om vurderingsgrunnlaget»: what is ours, not adopted text: the numbers and readings that decided something
    /// here with their basis, the illustrative facts, and the fingerprint that ties the memo to its inputs.
    func basis(_ j: Justification, _ criteria: [CriterionAssessment]) -> [Block] {
        let (p, review, rs) = (j.proposal, j.review, j.ruleSet)
        var blocks: [Block] = [.heading(1, t(.aboutTheBasis))]
        // Only the numbers of ours that decided something here: those the reasons that spoke rest on.
        var names: [String] = []
        for reason in review.reasons + criteria.flatMap(\.reasons) where reason.kind != .standard {
            for name in reason.parameters where !names.contains(name) { names.append(name) }
        }
        let parameters = names.compactMap { rs.parameter(named: $0) }
        if !parameters.isEmpty {
            blocks.append(.text(t(.ourNumbers)))
            blocks.append(.list(ordered: false, items: parameters.map { [.text(book.operational($0))] }))
        }
        // Where a criterion on a scale is met below its top, that reading is ours and is said so.
        let assessment = Assessment(ruleSet: rs)
        for c in criteria {
            guard let from = c.criterion.metFrom, let scale = assessment.scale(of: c.criterion) else { continue }
            blocks.append(
                .text(
                    t(
                        .metFromReading(
                            criterion: book.quoted(book.text(c.criterion.title)), from: number(from), lower: number(scale.lowerBound),
                            upper: number(scale.upperBound), owner: book.text(rs.council.proposer)))))
        }
        // Every illustrative fact the record gives: a «nei» made up for the sample may be what a criterion fails on.
        let illustrative = p.record.illustrative.filter { p.record.facts[$0] != nil }
        if !illustrative.isEmpty {
            blocks.append(.text(book(.illustrative) + ": " + book.facts(illustrative, rs) + "."))
        }
        let inapplicable = rs.criteria.filter { review.notApplicable.contains($0.id) }.map { "«" + book.text($0.title) + "»" }
        if !inapplicable.isEmpty {
            blocks.append(
                .text(t(.notApplicableCriteria(book.list(inapplicable), count: inapplicable.count, tie: book.theTie(p.record.kind)))))
        }
        blocks.append(.note(j.fingerprint.line(book.language)))
        return blocks
    }

    /// A criterion's grade, as the case officer writes it: from its score, and «kan oppfylles med vilkår» where a
    /// condition would meet it.
    func grade(_ c: CriterionAssessment) -> String { c.curable ? t(.curable) : verdict(c.verdict) }

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

    /// One point per decision, each in the council's voice, each one the council can adopt as written: what the
    /// municipality does, each condition with who sees to it and, where the proposal gives it, by when; how the costs
    /// are paid for and when the participation is evaluated, only where the proposal says so.
    /// The points of the resolution, and the numbers of those that set the review's conditions.
    func resolution(
        _ p: Proposal, _ review: RecordReview, _ r: Recommendation, _ municipality: String, _ rs: RuleSet
    ) -> (points: [String], conditions: [Int]) {
        var points: [String] = []
        var conditions: [Int] = []
        let body = p.decisionBody.map(book.text) ?? book.text(rs.council.body)
        let owner = book.text(rs.council.proposer)
        switch r {
        case .join, .joinWithConditions:
            let due = p.conditionsDue.map(book.date)
            // What every criterion met by assumption rests on, the council requires, by the date the proposal sets:
            // the decision itself is made on that premise, and the next point asks for what shows it is met.
            let required = clauses(p.requires, rs)
            if let decision = p.decision {
                points.append(own(decision))
                if !required.isEmpty { points.append(t(.presupposes(required, body: body, proposer: owner, date: due))) }
            } else if !required.isEmpty {
                // Entered once what it rests on is there, not before.
                points.append("\(municipality) \(entering(p.record))" + t(.once(required)) + ".")
                points.append(t(.showPremises(body: body, proposer: owner, date: due, count: required.count)))
            } else {
                points.append("\(municipality) \(entering(p.record)).")
            }
            for c in review.conditions {
                conditions.append(points.count + 1)
                if let asks = review.asks[c] {
                    points.append(t(.councilAsks(body: body, proposer: owner, date: due, what: book.text(asks))))
                } else {
                    points.append(t(.councilSetsCondition(body: body, proposer: owner, date: due, condition: book.text(c))))
                }
            }
            if let by = p.costs.fundedBy, let costs = costs(p.costs) { points.append(t(.costsFundedBy(costs: costs, by: own(by)))) }
            if let date = p.evaluateBy { points.append(t(.evaluateBy(body: body, proposer: owner, date: book.date(date)))) }
        case .postpone:
            let missing = review.openingFacts
            points.append(missing.isEmpty ? t(.postponedUntilSettled) : t(.postponedUntilKnown(book.facts(missing, rs))))
        case .doNotJoin:
            points.append("\(municipality) \(entering(p.record, negated: true)).")
        }
        return (points, conditions)
    }

    /// Yes-facts as clauses after «at»: «relasjonen bygger på en konkret prosjektavtale», as the rule set says them.
    func clauses(_ facts: [String], _ rs: RuleSet) -> [String] {
        facts.compactMap { name in
            book.sentence(name, .bool(true), rs).map { s in (s.hasSuffix(".") ? String(s.dropLast()) : s).lowercasedFirst }
        }
    }

    /// «Kontingent på 10 000 kr per år, reiseutgifter på 30 000 kr og om lag 120 timer arbeidstid»: every cost the
    /// proposal gives, «per år» only where it says the cost is yearly; nil where it gives none.
    func costs(_ c: Proposal.Costs) -> String? {
        var parts: [String] = []
        let period = c.period.map { $0 == .yearly ? t(.perYearSuffix) : t(.wholeSuffix) } ?? ""
        if let fee = c.annualFeeNOK, fee > 0 { parts.append(t(.annualFee(book.amount(fee))) + t(.perYearSuffix)) }
        if let travel = c.travelNOK, travel > 0 { parts.append(t(.travelCosts(book.amount(travel))) + period) }
        if let hours = c.staffHours, hours > 0 {
            var staff = t(.staffHours(number(hours)))
            if let cost = c.staffCostNOK { staff += t(.staffCost(book.amount(cost))) }
            parts.append(staff + period)
        }
        guard !parts.isEmpty else { return nil }
        return book.list(parts).capitalizedFirst
    }

    /// What the municipality would do, in words that fit the kind of tie and what the council can decide:
    /// a network admits its members, so the municipality applies for membership.
    func entering(_ record: Record, negated: Bool = false, subjunctive: Bool = false) -> String {
        t(.entering(kind: record.kind, name: record.name, negated: negated, subjunctive: subjunctive))
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

    /// The costs as a table: the fee per year, travel and staff time per year or for the whole period where the
    /// proposal says which; the net cost only where its parts are counted over the same time. Funding only applied for
    /// is listed and never subtracted.
    func economy(_ c: Proposal.Costs) -> [[String]] {
        let none = book(.notGiven)
        let money = book.amount as (Double) -> String
        let timed = { (item: String) in c.period.map { $0 == .yearly ? self.t(.perYearItem(item)) : self.t(.wholeItem(item)) } ?? item }
        var rows = [
            [t(.perYearItem(t(.fee))), c.annualFeeNOK.map(money) ?? none],
            [timed(t(.travel)), c.travelNOK.map(money) ?? none],
            [
                timed(t(.staffTime)),
                c.staffHours.map { h in t(.hours(number(h))) + (c.staffCostNOK.map { t(.staffCost(money($0))) } ?? "") } ?? none,
            ],
        ]
        // Granted funding is a row where the proposal gives it; «not given» beside an application reads as refused.
        if let granted = c.fundingGrantedNOK { rows.append([t(.fundingGranted), money(granted)]) }
        if let applied = c.fundingAppliedNOK { rows.append([t(.fundingApplied), money(applied)]) }
        // A yearly fee and a cost of unsaid period are not added up: the sum would say per year what the proposal does not.
        if c.period == .yearly, let fee = c.annualFeeNOK, let travel = c.travelNOK {
            let granted = c.fundingGrantedNOK ?? 0
            if let staff = c.staffCostNOK {
                rows.append([t(.perYearItem(t(.netCost))), money(fee + travel + staff - granted)])
            } else {
                rows.append([t(.perYearItem(t(.netCostWithoutStaff))), money(fee + travel - granted)])
            }
        }
        return rows
    }

    /// The adopted sentence as it stands, with where it stands; in English, our translation follows in its own
    /// closed parenthesis, so the quote itself stays verbatim.
    func quote(_ c: Citation, _ rs: RuleSet, once quoted: inout Set<String>) -> [Block] {
        guard quoted.insert(c.quote).inserted else { return [] }
        var blocks: [Block] = [.quote(c.quote, source: book.citationSource(c, rs))]
        if let translation = book.translation(of: c) { blocks.append(.note(t(.ourTranslation(translation)))) }
        return blocks
    }
}
