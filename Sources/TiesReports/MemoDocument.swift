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
        fingerprint: Fingerprint? = nil
    ) -> Document {
        let assessment = Assessment(ruleSet: rs)
        let criteria = assessment.criteria(review)
        let recommendation = assessment.recommendation(review)
        let name = proposal.record.name
        let municipality = rs.municipality.isEmpty ? t("Kommunen", "The municipality") : rs.municipality + t(" kommune", "")
        var doc = Document(title: t("Saksframlegg: ", "Case memo: ") + proposal.title, language: language)

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
        doc.blocks.append(.text(summary))

        doc.blocks.append(.heading(1, t("Bakgrunn", "Background")))
        if let background = proposal.background { doc.blocks.append(.text(background)) }
        doc.blocks.append(
            .text(
                t("Forslaget er vurdert mot kriteriene i ", "The proposal is assessed against the criteria of ")
                    + Words.source(rs, language) + "."))

        doc.blocks.append(.heading(1, t("Saksopplysninger", "Facts of the case")))
        doc.blocks.append(.table(header: [t("Opplysning", "Fact"), t("Verdi", "Value")], rows: facts(proposal, rs)))
        if !proposal.record.illustrative.isEmpty {
            doc.blocks.append(.note(Words.word("illustrative", language) + ": " + proposal.record.illustrative.joined(separator: ", ")))
        }

        doc.blocks.append(.heading(1, t("Vurdering", "Assessment")))
        for c in criteria {
            doc.blocks.append(.heading(2, c.criterion.title.text(language)))
            var spans: [Span] = [.strong(verdict(c.verdict) + "."), .text(" ")]
            for reason in c.reasons { spans.append(.text(reason.text.text(language) + ". ")) }
            if c.reasons.isEmpty, let score = c.score, c.verdict != .unknown {
                spans.append(.text(t("Poeng: ", "Score: ") + Words.score(score, language) + ". "))
            }
            if c.verdict == .unknown {
                spans.append(
                    .text(
                        t("Kan ikke vurderes fordi dette mangler: ", "Cannot be assessed because this is missing: ")
                            + describe(c.missing, rs) + "."))
            }
            doc.blocks.append(.paragraph(spans))
            if let cite = c.criterion.citation ?? c.reasons.first?.citation { doc.blocks.append(quote(cite)) }
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
                if let cite = reason.citation { doc.blocks.append(quote(cite)) }
            }
            for reason in loose {
                doc.blocks.append(.text(reason.text.text(language) + "."))
                if let cite = reason.citation { doc.blocks.append(quote(cite)) }
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

        doc.blocks.append(.heading(1, t("Økonomiske konsekvenser", "Economic consequences")))
        doc.blocks.append(.table(header: [t("Post", "Item"), t("Per år", "Per year")], rows: economy(proposal.costs)))
        if let note = proposal.costs.note { doc.blocks.append(.text(note)) }

        doc.blocks.append(.heading(1, t("Konklusjon", "Conclusion")))
        doc.blocks.append(.paragraph([.strong(label(recommendation) + "."), .text(" " + review.decisive.text.text(language) + ".")]))
        if let cite = review.decisive.citation { doc.blocks.append(quote(cite)) }

        if let f = fingerprint { doc.blocks.append(.note(f.line)) }
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

    /// One point per decision, each one a thing the council can adopt as written.
    func resolution(_ p: Proposal, _ review: RecordReview, _ r: Recommendation, _ municipality: String, _ rs: RuleSet) -> [String] {
        let name = p.record.name
        var points: [String] = []
        switch r {
        case .join, .joinWithConditions:
            points.append("\(municipality) \(entering(p.record)).")
            for c in review.conditions { points.append(t("Vilkår: ", "Condition: ") + c.text(language) + ".") }
            if let fee = p.costs.annualFeeNOK, fee > 0 {
                let who = p.record.responsible ?? t("ansvarlig avdeling", "the responsible department")
                points.append(
                    t(
                        "Årlig kontingent på \(money(fee)) dekkes innenfor rammen til \(who).",
                        "The annual fee of \(money(fee)) is covered within the budget of \(who)."))
            }
            points.append(
                t(
                    "Deltakelsen vurderes på nytt i den årlige gjennomgangen av internasjonale tilknytninger.",
                    "Participation is reconsidered in the annual review of international ties."))
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
            points.append(t("\(municipality) går ikke inn i dette: ", "\(municipality) does not do this: ") + entering(p.record) + ".")
        }
        return points
    }

    /// What the municipality would enter into, in words that fit the kind of tie.
    func entering(_ record: Record) -> String {
        switch record.kind {
        case "twin_city": t("inngår vennskapsbyavtale med \(record.name)", "enters a twin-city agreement with \(record.name)")
        case "friendship", "solidarity":
            t("inngår samarbeidsavtale med \(record.name)", "enters a cooperation agreement with \(record.name)")
        case "project", "agreement": t("deltar i \(record.name)", "takes part in \(record.name)")
        default: t("blir medlem av \(record.name)", "becomes a member of \(record.name)")
        }
    }

    func factLabel(_ fact: FactDefinition) -> String {
        fact.label?.text(language) ?? fact.description ?? fact.name
    }

    func facts(_ p: Proposal, _ rs: RuleSet) -> [[String]] {
        var rows: [[String]] = [[t("Navn", "Name"), p.record.name], [t("Type", "Kind"), p.record.kind]]
        if let c = p.record.country { rows.append([t("Land", "Country"), c]) }
        if let r = p.record.responsible { rows.append([t("Ansvarlig", "Responsible"), r]) }
        if let u = p.record.url { rows.append([t("Nettside", "Web site"), u]) }
        for fact in rs.facts {
            let value = p.record.facts[fact.name].map {
                Template.format($0, language: language).replacing("[", with: "").replacing("]", with: "")
            }
            rows.append([factLabel(fact), value ?? t("ikke oppgitt", "not given")])
        }
        return rows
    }

    func economy(_ c: Proposal.Costs) -> [[String]] {
        let none = t("ikke oppgitt", "not given")
        var rows = [
            [t("Kontingent", "Membership fee"), c.annualFeeNOK.map(money) ?? none],
            [t("Reiser", "Travel"), c.travelNOK.map(money) ?? none],
            [
                t("Arbeidstid", "Staff time"),
                c.staffHours.map { Template.format(.decimal($0), language: language) + t(" timer", " hours") } ?? none,
            ],
            [t("Ekstern finansiering", "External funding"), c.externalFundingNOK.map(money) ?? none],
        ]
        if let fee = c.annualFeeNOK, let travel = c.travelNOK, let funding = c.externalFundingNOK {
            rows.append([t("Netto kostnad (uten arbeidstid)", "Net cost (staff time excluded)"), money(fee + travel - funding)])
        }
        return rows
    }

    func money(_ amount: Double) -> String {
        Template.format(.decimal(amount), language: language) + t(" kr", " NOK")
    }

    func describe(_ names: [String], _ rs: RuleSet?) -> String {
        names.map { name in
            if name == "activities" { return t("aktivitetslogg", "activity log") }
            if name == "since" { return t("startår", "start year") }
            return rs?.fact(named: name).map { "\(factLabel($0).lowercasedFirst) ('\(name)')" } ?? "'\(name)'"
        }.joined(separator: ", ")
    }

    func quote(_ c: Citation) -> Block {
        var text = c.quote
        if en, let translation = c.translation { text += "» (our translation: «\(translation)" }
        return .quote(text, source: c.document + (c.section.map { ", «\($0)»" } ?? ""))
    }
}

extension String {
    var lowercasedFirst: String { isEmpty ? self : prefix(1).lowercased() + dropFirst() }
}
