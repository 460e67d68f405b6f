import TiesCore

/// A council case memo (saksframlegg) for a proposed membership or agreement: proposed resolution,
/// summary, background, facts, assessment per criterion citing the strategy, economy and conclusion.
/// It has no case header or numbers: the case-management system adds those.
public struct MemoDocument: Sendable {
    public var language: String

    public init(language: String = "nb") { self.language = language }

    var en: Bool { language == "en" }
    func t(_ nb: String, _ english: String) -> String { en ? english : nb }

    public func build(
        _ proposal: Proposal, review: RecordReview, ruleSet rs: RuleSet,
        portfolioChanges: [(before: PortfolioFinding?, after: PortfolioFinding)] = [],
        alternatives: [(alternative: Proposal.Alternative, review: RecordReview?)] = [],
        fingerprint: Fingerprint? = nil
    ) -> Document {
        let assessment = Assessment(ruleSet: rs)
        let criteria = assessment.criteria(review)
        let recommendation = assessment.recommendation(review)
        let municipality = rs.municipality.isEmpty ? t("Kommunen", "The municipality") : rs.municipality + t(" kommune", "")
        var doc = Document(title: t("Saksframlegg: ", "Case memo: ") + own(proposal.title, inline: true), language: language)

        doc.blocks.append(.heading(1, t("Forslag til vedtak", "Proposed resolution")))
        doc.blocks.append(.list(ordered: true, items: resolution(proposal, review, recommendation, municipality, rs).map { [.text($0)] }))

        doc.blocks.append(.heading(1, t("Sammendrag", "Summary")))
        let counts = Dictionary(grouping: criteria, by: \.verdict).mapValues(\.count)
        var summary = t(
            "\(proposal.proposedBy ?? "Administrasjonen") foreslår at \(municipality) \(entering(proposal.record)). ",
            "\(proposal.proposedBy ?? "The administration") proposes that \(municipality) \(entering(proposal.record)). ")
        summary += t(
            "Vurdert mot «\(rs.title)» er \(counts[.met] ?? 0) av \(criteria.count) kriterier oppfylt",
            "Assessed against «\(rs.title)», \(counts[.met] ?? 0) of \(criteria.count) criteria are met")
        if let p = counts[.partly] { summary += t(", \(p) delvis", ", \(p) partly") }
        if let n = counts[.notMet] { summary += t(", \(n) ikke", ", \(n) not") }
        if let u = counts[.unknown] { summary += t(", \(u) kan ikke vurderes", ", \(u) cannot be assessed") }
        summary += ". " + t("Anbefaling: ", "Recommendation: ") + label(recommendation) + "."
        if let p = provisional(review, rs) { summary += " " + p }
        doc.blocks.append(.text(summary))

        doc.blocks.append(.heading(1, t("Bakgrunn", "Background")))
        if let background = proposal.background { doc.blocks += ownBlocks(background) }
        doc.blocks.append(
            .text(
                t("Forslaget er vurdert mot kriteriene i ", "The proposal is assessed against the criteria of ")
                    + Words.source(rs, language) + "."))

        doc.blocks.append(.heading(1, t("Saksopplysninger", "Facts of the case")))
        doc.blocks.append(
            .text(
                t(
                    "Opplysningene beskriver tilknytningen slik den vil være om forslaget vedtas.",
                    "The facts describe the tie as it would be if the proposal is adopted.")))
        doc.blocks.append(
            .table(
                header: [t("Opplysning", "Fact"), t("Verdi", "Value")],
                rows: facts(proposal, rs, read: rs.namesRead(except: review.notApplicable))))
        if !proposal.record.illustrative.isEmpty {
            let names = proposal.record.illustrative.map { rs.factLabel($0, language, quoted: true) }
            doc.blocks.append(.note(Words.word("illustrative", language) + ": " + names.joined(separator: ", ")))
        }

        doc.blocks.append(.heading(1, t("Vurdering", "Assessment")))
        for c in criteria {
            doc.blocks.append(.heading(2, c.criterion.title.text(language)))
            var spans: [Span] = [.strong(verdict(c.verdict) + "."), .text(" ")]
            for reason in c.reasons {
                spans.append(.text(reason.text.text(language) + ". "))
                for note in Words.operational(reason, rs, language) { spans.append(.emphasis("† " + note + ". ")) }
            }
            // A number on the criterion's scale says something; a yes or no repeats the verdict.
            if c.reasons.isEmpty, c.verdict != .unknown {
                // No rule speaks: the facts the criterion's score read are the reason, as recorded.
                let seen = review.traces.first { $0.kind == .criterion && $0.id == c.criterion.id }?.seen ?? []
                let facts = seen.filter { rs.fact(named: $0.name) != nil && !$0.value.isUnknown }
                if !facts.isEmpty {
                    let list = facts.map { seen in
                        let fact = rs.fact(named: seen.name)!
                        return
                            "\(rs.factLabel(fact.name, language)): \(Template.format(fact.readable(seen.value, language), language: language))"
                    }
                    spans.append(.text(list.joined(separator: "; ") + ". "))
                } else if let score = c.score, isScalePoint(score) {
                    spans.append(.text(t("Poeng: ", "Score: ") + Words.score(score, language) + ". "))
                }
            }
            if c.verdict == .unknown {
                spans.append(
                    .text(
                        t("Kan ikke vurderes fordi dette mangler: ", "Cannot be assessed because this is missing: ")
                            + describe(c.missing, rs) + "."))
            }
            // The numbers of ours the criterion's rules use, fired or not: a «met» may rest on one as much as a «not met».
            let shown = Set(c.reasons.flatMap(\.parameters))
            let used = rs.rules.filter { $0.criterion == c.criterion.id && $0.applies(to: proposal.record.kind) }.flatMap(\.parameters)
            for name in used.reduce(into: [String](), { if !$0.contains($1) && !shown.contains($1) { $0.append($1) } }) {
                if let p = rs.parameter(named: name) { spans.append(.emphasis("† " + Words.operational(p, language) + ". ")) }
            }
            doc.blocks.append(.paragraph(spans))
            if let cite = c.criterion.citation ?? c.reasons.first?.citation { doc.blocks += quote(cite, rs) }
        }
        let inapplicable = rs.criteria.filter { review.notApplicable.contains($0.id) }.map { $0.title.text(language) }
        if !inapplicable.isEmpty {
            doc.blocks.append(.note(Words.word("not_applicable", language) + ": " + inapplicable.joined(separator: "; ") + "."))
        }
        let loose = review.reasons.filter { r in r.kind != .rule || !criteria.contains { $0.reasons.contains(r) } }
            .filter { $0.kind != .standard && $0.kind != .category }
        if !loose.isEmpty || review.category != nil {
            doc.blocks.append(.heading(2, t("Øvrige forhold", "Other considerations")))
            if let c = review.category, let reason = review.categoryReason {
                doc.blocks.append(
                    .paragraph([
                        .strong(t("Kategori: ", "Category: ") + Words.category(c, rs, language) + "."),
                        .text(" " + reason.text.text(language) + "."),
                    ]))
                if let cite = reason.citation { doc.blocks += quote(cite, rs) }
            }
            for reason in loose {
                doc.blocks.append(.text(reason.text.text(language) + "."))
                if let cite = reason.citation { doc.blocks += quote(cite, rs) }
            }
        }
        if !portfolioChanges.isEmpty {
            doc.blocks.append(.heading(2, t("Betydning for porteføljen", "Effect on the portfolio")))
            doc.blocks.append(
                .list(
                    ordered: false,
                    items: portfolioChanges.map { change in
                        let status = Words.word(change.after.holds ? "holds" : "violated", language)
                        let before = change.before.map { Words.word($0.holds ? "holds" : "violated", language) } ?? "—"
                        return [.text(change.after.text.text(language) + " "), .emphasis("(\(before) → \(status))")]
                    }))
        }

        if !alternatives.isEmpty {
            doc.blocks.append(.heading(1, t("Alternativer", "Alternatives")))
            for (alternative, assessed) in alternatives {
                doc.blocks.append(.heading(2, own(alternative.title, inline: true)))
                if let d = alternative.description { doc.blocks += ownBlocks(d) }
                if let a = assessed {
                    var text =
                        t("Vurdert mot de samme kriteriene: ", "Assessed against the same criteria: ") + Words.outcome(a, rs, language)
                        + ". " + a.decisive.text.text(language) + "."
                    for note in Words.operational(a.decisive, rs, language) { text += " † " + note + "." }
                    doc.blocks.append(.text(text))
                } else {
                    doc.blocks.append(
                        .text(
                            t(
                                "Alternativet er ikke vurdert mot kriteriene: forslaget gir ingen opplysninger om det.",
                                "The alternative is not assessed against the criteria: the proposal gives no facts about it.")))
                }
            }
        }

        doc.blocks.append(.heading(1, t("Økonomiske konsekvenser", "Economic consequences")))
        doc.blocks.append(.table(header: [t("Post", "Item"), t("Per år", "Per year")], rows: economy(proposal.costs)))
        if let applied = proposal.costs.fundingAppliedNOK, applied > 0 {
            doc.blocks.append(
                .text(
                    t(
                        "Søknaden om \(money(applied)) i ekstern finansiering er ikke avgjort. Beløpet er ikke trukket fra kostnaden.",
                        "The application for \(money(applied)) in external funding is not decided. The amount is not subtracted from the cost."
                    )))
        }
        if let note = proposal.costs.note { doc.blocks += ownBlocks(note) }

        doc.blocks.append(.heading(1, t("Konklusjon", "Conclusion")))
        // The rule set's default reason speaks of an existing tie ("nothing calls for a change"); a proposal is new.
        let because =
            review.decisive.kind == .standard
            ? t(
                "Ingen av kriteriene som er vurdert, taler mot forslaget", "None of the criteria assessed speaks against the proposal")
            : review.decisive.text.text(language)
        var conclusion: [Span] = [.strong(label(recommendation) + "."), .text(" " + because + ".")]
        for note in Words.operational(review.decisive, rs, language) { conclusion.append(.emphasis(" † " + note + ".")) }
        if let p = provisional(review, rs) { conclusion.append(.text(" " + p)) }
        doc.blocks.append(.paragraph(conclusion))
        if let cite = review.decisive.citation { doc.blocks += quote(cite, rs) }

        if let f = fingerprint { doc.blocks.append(.note(f.line(language))) }
        return doc
    }

    func label(_ r: Recommendation) -> String {
        switch r {
        case .join: t("Forslaget anbefales", "The proposal is recommended")
        case .joinWithConditions: t("Forslaget anbefales med vilkår", "The proposal is recommended with conditions")
        case .postpone: t("Saken bør utsettes", "The decision should be postponed")
        case .doNotJoin: t("Forslaget anbefales ikke", "The proposal is not recommended")
        }
    }

    func verdict(_ v: CriterionVerdict) -> String {
        switch v {
        case .met: t("Oppfylt", "Met")
        case .partly: t("Delvis oppfylt", "Partly met")
        case .notMet: t("Ikke oppfylt", "Not met")
        case .unknown: t("Kan ikke vurderes", "Cannot be assessed")
        }
    }

    /// One point per decision, each one a thing the council can adopt as written: what the municipality does,
    /// who sees each condition met and by when, and every recurring cost.
    func resolution(_ p: Proposal, _ review: RecordReview, _ r: Recommendation, _ municipality: String, _ rs: RuleSet) -> [String] {
        var points: [String] = []
        switch r {
        case .join, .joinWithConditions:
            points.append("\(municipality) \(entering(p.record)).")
            let who = p.followUpBy ?? p.proposedBy ?? t("Kommunedirektøren", "The chief executive")
            let due = (p.conditionsDue ?? p.asOf?.yearLater).map { Words.date($0, language) } ?? ""
            for c in review.conditions {
                points.append(
                    t("\(who) bes sørge for følgende innen \(due): ", "\(who) is asked to see to the following by \(due): ")
                        + c.text(language) + ".")
            }
            if let costs = recurringCosts(p.costs) {
                // The budget of the unit that owns the tie, else of whoever follows it up: never an unnamed one.
                if let budget = p.record.responsible ?? p.followUpBy ?? p.proposedBy {
                    points.append(
                        t("\(costs) dekkes innenfor rammen til \(budget).", "\(costs) are covered within the budget of \(budget)."))
                } else {
                    points.append(t("\(costs) dekkes innenfor gjeldende budsjettramme.", "\(costs) are covered within the current budget."))
                }
            }
            let body = p.decisionBody ?? t("bystyret", "the council")
            points.append(
                t(
                    "\(who) bes vurdere deltakelsen på nytt og orientere \(body) om erfaringene innen \(due).",
                    "\(who) is asked to reconsider the participation and report the experience to \(body) by \(due)."))
        case .postpone:
            let missing = review.openingFacts
            points.append(
                missing.isEmpty
                    ? t(
                        "Saken utsettes til forholdene som er påpekt i vurderingen er avklart.",
                        "The case is postponed until the matters raised in the assessment are settled.")
                    : t("Saken utsettes til disse opplysningene foreligger: ", "The case is postponed until this is known: ")
                        + describe(missing, rs) + ".")
        case .doNotJoin:
            points.append("\(municipality) \(entering(p.record, negated: true)).")
        }
        return points
    }

    /// «Årlig kontingent på 10 000 kr, reiseutgifter på 30 000 kr og om lag 120 timer arbeidstid»: every recurring
    /// cost the proposal gives; nil where it gives none.
    func recurringCosts(_ c: Proposal.Costs) -> String? {
        var parts: [String] = []
        if let fee = c.annualFeeNOK, fee > 0 { parts.append(t("årlig kontingent på \(money(fee))", "an annual fee of \(money(fee))")) }
        if let travel = c.travelNOK, travel > 0 { parts.append(t("reiseutgifter på \(money(travel))", "travel costs of \(money(travel))")) }
        if let hours = c.staffHours, hours > 0 {
            var staff = t("om lag \(number(hours)) timer arbeidstid", "about \(number(hours)) hours of staff time")
            if let cost = c.staffCostNOK { staff += t(" (\(money(cost)))", " (\(money(cost)))") }
            parts.append(staff)
        }
        guard !parts.isEmpty else { return nil }
        let list = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + t(" og ", " and ") + parts.last!
        return list.prefix(1).uppercased() + list.dropFirst() + t(" per år", " a year")
    }

    /// What the municipality would do, in words that fit the kind of tie and what the council can decide:
    /// a network admits its members, so the municipality applies for membership.
    func entering(_ record: Record, negated: Bool = false) -> String {
        let not = negated ? t("ikke ", "not ") : ""
        switch record.kind {
        // An agreement takes both cities: the council decides to go for one, and the partner must agree too.
        case "twin_city":
            return t(
                "går \(not)inn for å inngå vennskapsbyavtale med \(record.name)",
                negated ? "does not seek a twin-city agreement with \(record.name)" : "seeks a twin-city agreement with \(record.name)")
        case "friendship", "solidarity":
            return t(
                "går \(not)inn for å inngå samarbeidsavtale med \(record.name)",
                negated ? "does not seek a cooperation agreement with \(record.name)" : "seeks a cooperation agreement with \(record.name)")
        case "project", "agreement":
            return t("deltar \(not)i \(record.name)", negated ? "does not take part in \(record.name)" : "takes part in \(record.name)")
        default:
            return t(
                "søker \(not)medlemskap i \(record.name)",
                negated ? "does not apply for membership of \(record.name)" : "applies for membership of \(record.name)")
        }
    }

    /// Where the recommendation waits for facts: one sentence that says which.
    func provisional(_ review: RecordReview, _ rs: RuleSet) -> String? {
        guard review.provisional, !review.openingFacts.isEmpty else { return nil }
        return t("Vurderingen er foreløpig: den bygger ikke på ", "The assessment is provisional: it does not rest on ")
            + describe(review.openingFacts, rs) + t(", som mangler.", ", which is missing.")
    }

    func isScalePoint(_ v: Value) -> Bool {
        switch v {
        case .int, .decimal: true
        default: false
        }
    }

    func number(_ n: Double) -> String { Template.format(.decimal(n), language: language) }

    /// The proposal's own text in the memo's language; where the proposal gives none, the Norwegian, marked so a
    /// reader knows it is not translated.
    func own(_ text: LocalizedText, inline: Bool = false) -> String {
        if let t = text.texts[language] { return t }
        let original = text.text("nb")
        return inline ? original + " [not translated]" : original
    }

    func ownBlocks(_ text: LocalizedText) -> [Block] {
        guard text.texts[language] == nil, en else { return [.text(own(text))] }
        return [.note("(Not translated: the proposal gives this text in Norwegian only.)"), .text(own(text))]
    }

    /// The tie's facts as the memo's table shows them: those given, and those the rules that apply to it read.
    func facts(_ p: Proposal, _ rs: RuleSet, read: Set<String>) -> [[String]] {
        var rows: [[String]] = [[t("Navn", "Name"), p.record.name], [t("Type", "Kind"), Words.kind(p.record.kind, language)]]
        if let c = p.record.country { rows.append([rs.factLabel("country", language), c]) }
        if let r = p.record.responsible { rows.append([rs.factLabel("responsible", language), r]) }
        if let u = p.record.url { rows.append([rs.factLabel("url", language), u]) }
        for fact in rs.facts where p.record.facts[fact.name] != nil || read.contains(fact.name) {
            let value = p.record.facts[fact.name].map { Template.format(fact.readable($0, language), language: language) }
            rows.append([rs.factLabel(fact.name, language), value ?? t("ikke oppgitt", "not given")])
        }
        return rows
    }

    /// The yearly cost, staff time included where its hourly cost is given; funding only applied for is listed and never
    /// subtracted.
    func economy(_ c: Proposal.Costs) -> [[String]] {
        let none = t("ikke oppgitt", "not given")
        var rows = [
            [t("Kontingent", "Membership fee"), c.annualFeeNOK.map(money) ?? none],
            [t("Reiser", "Travel"), c.travelNOK.map(money) ?? none],
            [
                t("Arbeidstid", "Staff time"),
                c.staffHours.map { h in t("\(number(h)) timer", "\(number(h)) hours") + (c.staffCostNOK.map { " (\(money($0)))" } ?? "") }
                    ?? none,
            ],
            [t("Ekstern finansiering innvilget", "External funding granted"), c.fundingGrantedNOK.map(money) ?? none],
        ]
        if let applied = c.fundingAppliedNOK {
            rows.append([t("Ekstern finansiering søkt, ikke innvilget", "External funding applied for, not granted"), money(applied)])
        }
        if let fee = c.annualFeeNOK, let travel = c.travelNOK {
            let granted = c.fundingGrantedNOK ?? 0
            if let staff = c.staffCostNOK {
                rows.append([t("Netto kostnad", "Net cost"), money(fee + travel + staff - granted)])
            } else {
                rows.append([t("Netto kostnad uten arbeidstid", "Net cost, staff time excluded"), money(fee + travel - granted)])
            }
        }
        return rows
    }

    func money(_ amount: Double) -> String { Words.money(.decimal(amount), language) }

    func describe(_ names: [String], _ rs: RuleSet?) -> String {
        names.map { name in rs?.factLabel(name, language, quoted: true) ?? name }.joined(separator: ", ")
    }

    /// The adopted sentence as it stands, with where it stands; in English, our translation follows in its own
    /// closed parenthesis, so the quote itself stays verbatim.
    func quote(_ c: Citation, _ rs: RuleSet) -> [Block] {
        var blocks: [Block] = [.quote(c.quote, source: Words.citationSource(c, rs, language))]
        if en, let translation = c.translation { blocks.append(.note("(Our translation: «\(translation)»)")) }
        return blocks
    }
}

extension String {
    var lowercasedFirst: String { isEmpty ? self : prefix(1).lowercased() + dropFirst() }
}
