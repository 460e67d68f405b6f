import TiesCore

/// The reports' ways with words: labels, amounts, dates and sources as a reader writes them. The words themselves
/// are in `ToolWords`.
enum Words {
    static func word(_ key: String, _ language: String) -> String { ToolWords.text(key, language) }
    static func word(_ key: String, _ language: String, _ values: [String: String]) -> String { ToolWords.text(key, language, values) }

    /// The strategy document line: title, adoption date and case, as a council reader cites it.
    static func source(_ rs: RuleSet, _ language: String) -> String {
        guard let s = rs.sources.first else { return rs.file }
        var text = "«\(s.title)»"
        if let adopted = s.adopted { text += ", \(word("adopted", language)) \(date(adopted, language))" }
        if let c = s.caseReference { text += ", \(word("case", language)) \(c)" }
        return text
    }

    /// "Last decision: keep (bystyret 2025-06-18, case 45/25)".
    static func decision(_ d: Decision, _ rs: RuleSet, _ language: String) -> String {
        var text = "\(outcome(d.outcome, rs, language)) (\(d.body) \(date(d.date, language))"
        if let c = d.caseReference { text += ", \(word("case", language)) \(c)" }
        return text + ")"
    }

    /// The outcome as a reader should take it: its label, and where it is provisional, which facts it waits for
    /// («videreføres med vilkår — foreløpig: mangler 'risk_assessed'»); `short` says only «(foreløpig)».
    static func outcome(_ r: RecordReview, _ ruleSet: RuleSet, _ language: String, short: Bool = false) -> String {
        let label = outcome(r.outcome, ruleSet, language)
        guard r.provisional else { return label }
        if short || r.openingFacts.isEmpty { return label + " (\(word("provisional", language)))" }
        return label + " — \(word("provisional", language)): \(word("missing", language)) "
            + r.openingFacts.map { ruleSet.factLabel($0, language, quoted: true) }.joined(separator: ", ")
    }

    /// A parameter's value as a reader writes it: «100 000 kr» for money, years as they are.
    static func parameterValue(_ p: Parameter, _ language: String) -> String {
        switch p.type {
        case .money: money(p.value, language)
        case .year: p.value.description
        default: Template.format(p.value, language: language)
        }
    }

    /// An amount as its reader writes it: «145 000 kr», «NOK 145,000».
    static func money(_ amount: Value, _ language: String) -> String {
        ToolWords.text("amount_nok", language).replacing("{amount}", with: Template.format(amount, language: language))
    }

    /// What to say beside a reason that rests on numbers of ours: «terskel for årlig kontingent (100 000 kr) er
    /// ikke vedtatt i strategien: fastsatt administrativt …», one sentence per parameter.
    static func operational(_ reason: Reason, _ ruleSet: RuleSet, _ language: String) -> [String] {
        reason.parameters.compactMap { ruleSet.parameter(named: $0) }.map { operational($0, language) }
    }

    static func operational(_ p: Parameter, _ language: String) -> String {
        let label = p.label?.text(language) ?? p.name
        let basis = p.basis?.text(language) ?? ToolWords.text("no_basis", language)
        return language == "en"
            ? "\(label) (\(parameterValue(p, language))) is not adopted text: \(basis)"
            : "\(label.prefix(1).uppercased() + label.dropFirst()) (\(parameterValue(p, language))) er ikke vedtatt i strategien: \(basis)"
    }

    /// An outcome's label in the report language.
    static func outcome(_ id: String, _ ruleSet: RuleSet, _ language: String) -> String {
        if id == RecordReview.notAssessed { return word("not_assessed", language) }
        return ruleSet.outcome(id)?.label.text(language) ?? RuleSetLoader.vocabulary[id]?.text(language) ?? id
    }

    static func category(_ id: String?, _ ruleSet: RuleSet, _ language: String) -> String {
        guard let id else { return "" }
        if id == RecordReview.unclassified { return word("unclassified", language) }
        return ruleSet.categories.first { $0.id == id }?.label.text(language) ?? id
    }

    /// What a violated portfolio rule does: which records it involves and the outcome it gives them.
    static func findingEffect(_ f: PortfolioFinding, _ review: Review, _ language: String) -> String? {
        let names = f.records.compactMap { id in review.records.first { $0.record.id == id }?.record.name }
        let en = language == "en"
        guard !names.isEmpty else {
            return en ? "→ no record to change: the portfolio lacks one" : "→ ingen tilknytning å endre: porteføljen mangler en"
        }
        guard let o = f.outcome else { return "→ " + names.joined(separator: ", ") }
        var text =
            "→ " + (en ? "gives " : "gir ") + "'\(outcome(o, review.ruleSet, language))' " + (en ? "to " : "for ")
            + names.joined(separator: ", ")
        let kept = f.kept.compactMap { id in review.records.first { $0.record.id == id }?.record.name }
        if !kept.isEmpty, let rule = review.ruleSet.portfolioRules.first(where: { $0.id == f.rule }), let p = rule.prioritise {
            // The prioritising condition in words: a fact's label where it names one fact.
            let why = review.ruleSet.fact(named: p.text)?.label?.text(language) ?? p.text
            text += "; " + (en ? "kept: " : "beholdes: ") + kept.joined(separator: ", ") + " (\(why.lowercasedFirst))"
        }
        return text
    }

    /// A rule as a reader knows it: the criterion it implements, else the start of the sentence it encodes.
    static func ruleName(_ id: String, _ rs: RuleSet, _ language: String) -> String {
        guard let rule = rs.rules.first(where: { $0.id == id }) else {
            return rs.categories.first { $0.id == id }?.label.text(language) ?? id
        }
        if let c = rule.criterion, let criterion = rs.criteria.first(where: { $0.id == c }) { return criterion.title.text(language) }
        let quote = rule.citation.quote
        return "«" + (quote.count > 60 ? String(quote.prefix(60)).trimmingSpaces + "…" : quote) + "»"
    }

    /// A score as a reader writes it: yes/no, whole numbers, `?` for unknown.
    static func score(_ value: Value, _ language: String) -> String {
        switch value {
        case .unknown: "?"
        case .bool(let b): word(b ? "yes" : "no", language).capitalized
        default: Template.format(value, language: language)
        }
    }
}

extension Review {
    /// The ties as a reader looks for them: the most severe outcome first, then by name as a Norwegian reads the
    /// alphabet (æ, ø, å after z; ä with æ, ö with ø, ü with y; other accents fold), then by id. JSON keeps id order.
    public var readingOrder: [RecordReview] {
        // Each record's keys made once, not at every comparison; the records themselves are not moved about.
        let keys = records.map { (severity: ruleSet.severity(of: $0.outcome), name: Review.collationKey($0.record.name), id: $0.record.id) }
        let order = keys.indices.sorted { i, j in
            let (a, b) = (keys[i], keys[j])
            if a.severity != b.severity { return a.severity > b.severity }
            return a.name != b.name ? a.name.lexicographicallyPrecedes(b.name) : a.id < b.id
        }
        return order.map { records[$0] }
    }

    /// A key whose plain ordering is Norwegian alphabetical order.
    static func collationKey(_ name: String) -> [UInt32] {
        var key: [UInt32] = []
        for c in name.lowercased() {
            if c.isASCII, let ascii = c.asciiValue {
                key.append(UInt32(ascii))
                continue
            }
            switch c {
            case "æ", "ä": key.append(0x7B)  // after z
            case "ø", "ö": key.append(0x7C)
            case "å": key.append(0x7D)
            case "ü": key.append(UInt32(("y" as Unicode.Scalar).value))
            default:
                // Other accents fold to their letter: é sorts as e, ð as d.
                let folded = String(c).decomposedStringWithCanonicalMapping.unicodeScalars.first.map(\.value) ?? 0
                key.append(c == "ð" ? UInt32(("d" as Unicode.Scalar).value) : folded)
            }
        }
        return key
    }
}

extension Words {
    static func kind(_ id: String, _ language: String) -> String { Record.kindLabels[id]?.text(language) ?? id }

    /// A date as its reader writes it: 20.06.2018 in Norwegian, 20 June 2018 in English.
    static func date(_ date: ReviewDate, _ language: String) -> String { date.written(language) }

    /// Where a quote stands, as a council reader cites it: the document's title and case, then the section; the file
    /// name is for JSON and `explain`.
    static func citationSource(_ c: Citation, _ rs: RuleSet, _ language: String) -> String {
        let document = rs.sources.first { $0.file == c.document }
        var text = document.map { "«\($0.title)»" } ?? c.document
        if let d = document {
            var adopted: [String] = []
            if let a = d.adopted { adopted.append(word("adopted", language) + " " + date(a, language)) }
            if let k = d.caseReference { adopted.append(word("case", language) + " " + k) }
            if !adopted.isEmpty { text += " (" + adopted.joined(separator: ", ") + ")" }
        }
        return text + (c.section.map { ", «\($0)»" } ?? "")
    }
}
