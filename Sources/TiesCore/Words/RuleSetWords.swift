/// What a rule set itself says, looked up through the book: labels of outcomes, categories, facts and criteria, the
/// strategy document as a council reader cites it, and the sentences that name numbers of ours.
extension Phrasebook {
    /// A fact said as the rule set writes it in a sentence: «Relasjonen er toveis»; nil where it gives no sentence for
    /// this value.
    public func sentence(_ name: String, _ value: Value, _ rs: RuleSet) -> String? {
        guard let fact = rs.fact(named: name), let says = fact.says, !value.isUnknown else { return nil }
        if case .bool(let b) = value { return (b ? says.yes : says.no).map(text) }
        if case .int(let i) = value, let point = says.points[i] { return text(point) }
        // «relevant for kommunen som …» with nothing after it is no sentence: an empty set is said as the other facts are.
        if case .set(let names) = value, names.isEmpty { return nil }
        // In a sentence a set reads as a list («samfunnsutvikler og tjenesteleverandør»), money with its unit.
        let shown: String
        switch value {
        case .set(let names): shown = values(names.map { n in fact.valueLabels[n].map(text) ?? n })
        case .int, .decimal: shown = fact.type == .money ? amount(value) : factValue(value, of: fact)
        default: shown = factValue(value, of: fact)
        }
        return says.value.map { text($0).replacing("{value}", with: shown) }
    }

    /// The strategy document line: title, adoption date and case, as a council reader cites it.
    public func source(_ rs: RuleSet) -> String {
        guard let s = rs.sources.first else { return rs.file }
        var text = "«\(s.title)»"
        if let adopted = s.adopted { text += ", " + self(.adopted(date: date(adopted))) }
        if let c = s.caseReference { text += ", " + self(.caseNumber(c)) }
        return text
    }

    /// Where a quote stands, as a council reader cites it: the document's title and case, then the section.
    public func citationSource(_ c: Citation, _ rs: RuleSet) -> String {
        let document = rs.sources.first { $0.file == c.document }
        var text = document.map { "«\($0.title)»" } ?? c.document
        if let d = document {
            var adopted: [String] = []
            if let a = d.adopted { adopted.append(self(.adopted(date: date(a)))) }
            if let k = d.caseReference { adopted.append(self(.caseNumber(k))) }
            if !adopted.isEmpty { text += " (" + adopted.joined(separator: ", ") + ")" }
        }
        return text + (c.section.map { ", «\($0)»" } ?? "")
    }

    /// "keep (bystyret 18.06.2025, sak 45/25)".
    public func decision(_ d: Decision, _ rs: RuleSet) -> String {
        let o = outcome(d.outcome, rs)
        guard let c = d.caseReference else { return review(.decision(outcome: o, body: body(d.body, rs), date: date(d.date))) }
        return review(.decisionWithCase(outcome: o, body: body(d.body, rs), date: date(d.date), caseNumber: c))
    }

    /// An outcome's label: the rule set's, else the vocabulary's, else the id.
    public func outcome(_ id: String, _ rs: RuleSet, short: Bool = false) -> String {
        if id == RecordReview.notAssessed { return self(.notAssessed) }
        // The vocabulary's own label has a short form for a table; a rule set's own label is its own.
        if short, let o = VocabularyOutcome(rawValue: id), rs.outcome(id)?.label == RuleSetLoader.vocabulary[id] {
            return outcomeShort(o)
        }
        if let label = rs.outcome(id)?.label { return text(label) }
        return VocabularyOutcome(rawValue: id).map(outcome) ?? id
    }

    /// The outcome as a reader should take it: its label, and where it is provisional, which facts it waits for;
    /// `short` says only «(foreløpig)».
    public func outcome(_ r: RecordReview, _ rs: RuleSet, short: Bool = false) -> String {
        let label = outcome(r.outcome, rs, short: short)
        guard r.provisional else { return label }
        if short || r.openingFacts.isEmpty { return review(.provisionalShort(label: label)) }
        return review(.provisionalOutcome(label: label, missing: facts(r.openingFacts, rs)))
    }

    /// A category's label; «Uklassifisert» for a record that fits none; empty for none at all.
    public func category(_ id: String?, _ rs: RuleSet) -> String {
        guard let id else { return "" }
        if id == RecordReview.unclassified { return self(.unclassified) }
        return rs.categories.indices.first { rs.categories[$0].id == id }.map { text(rs.categories[$0].label) } ?? id
    }

    /// What a reader calls a fact or field: its label, «Aktivitetslogg» for the activity log; `quoted` sets it in
    /// quotation marks for a running sentence (a label may begin with a name, so it is never lowercased).
    public func fact(_ name: String, _ rs: RuleSet?, quoted: Bool = false) -> String {
        let label: String
        if let l = rs?.fact(named: name)?.label {
            label = text(l)
        } else if name == "activities" {
            label = self(.activityLog)
        } else {
            label = Record.fieldHeadings[name]?[language.code]?.first ?? Record.fieldHeadings[name]?["nb"]?.first ?? name
        }
        return quoted ? self.quoted(label) : label
    }

    /// Facts named in a running sentence: «a», «b».
    public func facts(_ names: [String], _ rs: RuleSet?) -> String {
        names.map { fact($0, rs, quoted: true) }.joined(separator: ", ")
    }

    /// Facts as running text names them: labels without their scale or unit («kompetanseheving», not «Kompetanseheving
    /// (0–3)»), listed as a sentence lists them.
    public func factsInText(_ names: [String], _ rs: RuleSet?) -> String {
        list(
            names.map { name in
                if let topic = rs?.fact(named: name)?.topic { return text(topic) }
                var label = fact(name, rs)
                if let open = label.range(of: " ("), label.hasSuffix(")") { label = String(label[..<open.lowerBound]) }
                // A label that names a thing reads as running text («kompetanseheving»); one that begins with a name
                // or an abbreviation («Bergen bidrar …») keeps its capital and its quotation marks, and so does a yes/no
                // fact's, which says something of the tie («Gir kompetanseutveksling …») and reads as no noun.
                let first = label.split(separator: " ").first.map(String.init) ?? label
                let named = first == rs?.municipality || first.dropFirst().contains(where: \.isUppercase)
                return named || rs?.fact(named: name)?.type == .bool ? quoted(label) : label.lowercasedFirst
            })
    }

    /// A parameter's value as a reader writes it: «100 000 kr» for money, years as they are.
    public func parameterValue(_ p: Parameter) -> String {
        switch p.type {
        case .money: amount(p.value)
        case .year: p.value.description
        default: number(p.value)
        }
    }

    /// What to say beside a reason that rests on numbers of ours, one sentence per parameter.
    public func operational(_ reason: Reason, _ rs: RuleSet) -> [String] {
        reason.parameters.compactMap { rs.parameter(named: $0) }.map(operational)
    }

    /// «Året kommunen trakk seg (2019) står i strategien: «… vedtok 27.02.19 …»»: each number the strategy states
    /// that the reason rests on.
    public func stated(_ reason: Reason, _ rs: RuleSet) -> [String] {
        reason.stated.compactMap { rs.parameter(named: $0) }.compactMap { p in
            p.stated.map { review(.statedNote(label: p.label.map(text) ?? p.name, value: parameterValue(p), quote: quoted($0.quote))) }
        }
    }

    public func operational(_ p: Parameter) -> String {
        review(
            .operationalNote(
                label: p.label.map(text) ?? p.name, value: parameterValue(p), basis: p.basis.map(text) ?? review(.noBasis)))
    }

    /// A rule as a reader knows it: the criterion it implements, else the start of the sentence it encodes.
    public func ruleName(_ id: String, _ rs: RuleSet) -> String {
        guard let rule = rs.rules.first(where: { $0.id == id }) else {
            return rs.categories.indices.first { rs.categories[$0].id == id }.map { text(rs.categories[$0].label) } ?? id
        }
        if let c = rule.criterion, let criterion = rs.criteria.first(where: { $0.id == c }) { return text(criterion.title) }
        return "«" + opening(of: rule.citation.quote) + "»"
    }

    /// A quote's first words, up to about 60 characters and never cut inside a word, to name it where it was quoted.
    public func opening(of quote: String) -> String {
        guard quote.count > 60 else { return quote }
        var cut = ""
        for word in quote.split(separator: " ") {
            guard cut.count + word.count + 1 <= 60 else { break }
            cut += (cut.isEmpty ? "" : " ") + word
        }
        var trimmed = Substring(cut.isEmpty ? String(quote.prefix(60)) : cut)
        while let last = trimmed.last, " ,;:".contains(last) { trimmed = trimmed.dropLast() }
        return trimmed + "…"
    }

    /// Our unofficial rendering of a quote, for a reader who does not read the Norwegian it stands in.
    public func translation(of c: Citation) -> String? { language == .en ? c.translation : nil }

    /// A score as a reader writes it: Ja/Nei, whole numbers, `?` for unknown.
    public func score(_ value: Value) -> String {
        switch value {
        case .unknown: "?"
        case .bool(let b): cell(b)
        default: number(value)
        }
    }

    /// What a field or fact holds, as a reader reads it: a country by its name, an enum or set value by its label.
    public func value(of name: String, _ value: Value, _ rs: RuleSet) -> String {
        if name == "country", case .string(let code) = value { return country(code) }
        if name == "kind", case .string(let id) = value { return kind(id) }
        if let fact = rs.fact(named: name) { return factValue(value, of: fact) }
        return number(value)
    }

    /// A fact's value as a reader reads it: an enum or set value by its label.
    public func factValue(_ value: Value, of fact: FactDefinition) -> String { number(fact.readable(value, language)) }
}

extension Phrasebook {
    /// What a violated portfolio rule does: which ties it involves and the outcome it gives them.
    public func findingEffect(_ f: PortfolioFinding, _ review: Review) -> String? {
        let names = f.records.compactMap { id in review.records.first { $0.record.id == id }?.record.name }
        // With no tie involved the finding itself says what the portfolio lacks.
        guard !names.isEmpty, let o = f.outcome else { return nil }
        var text = self.review(.findingGives(outcome: outcome(o, review.ruleSet), ties: list(names)))
        let kept = f.kept.compactMap { id in review.records.first { $0.record.id == id }?.record.name }
        if !kept.isEmpty, let rule = review.ruleSet.portfolioRules.first(where: { $0.id == f.rule }), let p = rule.prioritise {
            // The prioritising condition in words: a fact's label where it names one fact.
            let why = review.ruleSet.fact(named: p.text)?.label.map(self.text) ?? p.text
            text += self.review(.findingKept(ties: list(kept), because: why.lowercasedFirst))
        }
        return text
    }
}

extension Phrasebook {
    /// A criterion's cell in a review's table: its score, «?» where it waits for a fact, «–» where it does not apply.
    /// A score in running text: a word where it is unknown, as a table's «?» would need a legend.
    public func scoreInText(_ value: Value) -> String { value.isUnknown ? review(.unknownScore) : score(value) }

    public func scoreCell(_ r: RecordReview, _ criterion: Criterion, _ rs: RuleSet) -> String {
        r.score(of: criterion, in: rs).map(score) ?? "–"
    }
}

extension Phrasebook {
    /// What the rule set's yearly cost is called, without its unit: «Årlig kontingent» for «Årlig kontingent (kr)».
    public func costLabel(_ rs: RuleSet) -> String {
        let label = rs.annualCost.map { fact($0, rs) } ?? review(.yearlyCost)
        guard label.hasSuffix(")"), let open = label.lastIndex(of: "(") else { return label }
        return String(label[..<open]).trimmingSpaces
    }

    /// A condition as a report states it: in the council's own wording where the rule gives one, said of the office
    /// that answers for it («Byrådet skal knytte målrettet prosjektarbeid til medlemskapet.»), else as written.
    public func condition(_ c: LocalizedText, of r: RecordReview, _ rs: RuleSet) -> String {
        guard let asks = r.asks[c] else { return text(c) }
        return review(.proposerShall(proposer: text(rs.council.proposer), what: text(asks)))
    }
}
