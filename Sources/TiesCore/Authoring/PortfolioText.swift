/// A portfolio written as the files `ties review FOLDER` reads: `portfolio.yaml` and one `records/ID.yaml` per tie.
/// Every value is written so it reads back as it was (`PortfolioTextTests` holds each sample to that), which is what
/// makes a workspace's export, and the workspace read as a portfolio, the same ties.
public enum PortfolioText {
    /// `portfolio.yaml`: who, when, which rule set (`rules`, as the file names it), the title and notes.
    public static func header(_ portfolio: Portfolio, rules: String?) -> String {
        var out = "municipality: \(YAMLText.quoted(portfolio.municipality))\n"
        if let date = portfolio.asOf { out += "as_of: \(date)\n" }
        if let rules { out += "rules: \(YAMLText.quoted(rules))\n" }
        if let title = portfolio.title { out += "title: \(texts(title))\n" }
        if let notes = portfolio.notes { out += "notes: \(YAMLText.quoted(notes))\n" }
        if let date = portfolio.followUpBy { out += "follow_up_by: \(date)\n" }
        return out
    }

    /// One record's file, facts in the order of the rule set's schema and then by name.
    public static func record(_ r: Record, factOrder: [String] = []) -> String { text(of: RecordParts(r, factOrder: factOrder)) }

    /// A record's file from its parts, as a workspace keeps them.
    public static func text(of p: RecordParts) -> String {
        var out = "id: \(YAMLText.quoted(p.id))\nname: \(YAMLText.quoted(p.name))\nkind: \(YAMLText.quoted(p.kind))\n"
        func field(_ key: String, _ value: String?) { if let value { out += "\(key): \(YAMLText.quoted(value))\n" } }
        field("country", p.country)
        if let since = p.since { out += "since: \(since)\n" }
        field("responsible", p.responsible)
        field("url", p.url)
        field("notes", p.notes)
        if !p.illustrative.isEmpty { out += "illustrative: " + list(p.illustrative) + "\n" }
        if !p.facts.isEmpty { out += "facts:\n" }
        for f in p.facts { out += "  \(key(f.name)): \(f.text)\n" }
        if let log = p.activities {
            out += log.isEmpty ? "activities: []\n" : "activities:\n"
            for a in log { out += "  - \(a)\n" }
        }
        if !p.decisions.isEmpty { out += "decisions:\n" }
        for d in p.decisions { out += "  - \(d)\n" }
        if !p.obligations.isEmpty { out += "obligations:\n" }
        for o in p.obligations { out += "  - \(o)\n" }
        return out
    }

    /// A fact with its evidence, as its line in `facts:` writes it: the value alone, or `{value, source, as_of, note}`.
    public static func fact(_ value: Value, evidence e: Record.Evidence?) -> String {
        guard let e else { return flow(value) }
        var parts = ["value: \(flow(value))"]
        if let source = e.source { parts.append("source: \(YAMLText.quoted(source))") }
        if let date = e.asOf { parts.append("as_of: \(date)") }
        if let note = e.note { parts.append("note: \(YAMLText.quoted(note))") }
        return "{\(parts.joined(separator: ", "))}"
    }

    /// One entry of the activity log, in one line.
    public static func activity(_ a: Activity) -> String {
        var parts = ["year: \(a.year)", "type: \(YAMLText.quoted(a.type))"]
        if let amount = a.amountNOK { parts.append("amount_nok: \(Value.format(amount))") }
        if let note = a.note { parts.append("note: \(YAMLText.quoted(note))") }
        return "{\(parts.joined(separator: ", "))}"
    }

    /// One decision of the ledger, in one line.
    public static func decision(_ d: Decision) -> String {
        var parts = ["outcome: \(YAMLText.quoted(d.outcome))", "body: \(YAMLText.quoted(d.body))", "date: \(d.date)"]
        if let c = d.caseReference { parts.append("case: \(YAMLText.quoted(c))") }
        if let c = d.recommended { parts.append("recommended: \(YAMLText.quoted(c))") }
        if let j = d.justification { parts.append("justification: \(texts(j))") }
        if !d.conditions.isEmpty {
            let conditions = d.conditions.map { c in
                var parts = ["text: \(texts(c.text))"]
                if let due = c.due { parts.append("due: \(due)") }
                if let met = c.met { parts.append("met: \(met)") }
                if let who = c.responsible { parts.append("responsible: \(YAMLText.quoted(who))") }
                return "{" + parts.joined(separator: ", ") + "}"
            }
            parts.append("conditions: [" + conditions.joined(separator: ", ") + "]")
        }
        if let hash = d.ruleSetHash { parts.append("rule_set_sha256: \(YAMLText.quoted(hash))") }
        return "{\(parts.joined(separator: ", "))}"
    }

    /// One obligation, in one line.
    public static func obligation(_ o: Obligation) -> String {
        var parts = ["what: \(texts(o.what))"]
        if let to = o.to { parts.append("to: \(texts(to))") }
        if let due = o.due { parts.append("due: \(due)") }
        if let years = o.everyYears { parts.append("every_years: \(years)") }
        if let from = o.from { parts.append("from: \(from)") }
        if let met = o.lastMet { parts.append("last_met: \(met)") }
        if let source = o.source { parts.append("source: \(texts(source))") }
        if o.illustrative { parts.append("illustrative: true") }
        return "{\(parts.joined(separator: ", "))}"
    }

    /// A fact's value as YAML writes it in one line: a set as a list, a text in quotes.
    public static func flow(_ value: Value) -> String {
        switch value {
        case .unknown: "null"
        case .bool(let b): b ? "true" : "false"
        case .int(let n): String(n)
        case .decimal(let d): Value.format(d)
        case .string(let s): YAMLText.quoted(s)
        case .set(let names): list(names)
        case .list(let values): "[" + values.map(flow).joined(separator: ", ") + "]"
        }
    }

    /// A text in the user's languages, `{nb: …, nn: …, en: …}`, in the tool's order of languages.
    static func texts(_ text: LocalizedText) -> String {
        let parts = Language.allCases.compactMap { l in text.texts[l.code].map { "\(l.code): \(YAMLText.quoted($0))" } }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    static func list(_ names: [String]) -> String { "[" + names.map(YAMLText.quoted).joined(separator: ", ") + "]" }

    /// A fact's name as a key: the names a schema declares are plain words, but nothing is assumed.
    public static func key(_ name: String) -> String {
        name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") } ? name : YAMLText.quoted(name)
    }
}

/// A record as the lines of its file: the fields as they are, and each fact, activity, decision and obligation as the
/// YAML text of its line. What a workspace stores, and what a change is told by.
public struct RecordParts: Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: String
    public var country: String?
    public var since: Int?
    public var responsible: String?
    public var url: String?
    public var notes: String?
    public var illustrative: [String]
    /// Each fact's name and its line's text, in the schema's order.
    public var facts: [(name: String, text: String)]
    /// Nil where the record keeps no log.
    public var activities: [String]?
    public var decisions: [String]
    public var obligations: [String]

    public init(_ r: Record, factOrder: [String] = []) {
        (id, name, kind, country, since, responsible, url, notes) = (
            r.id, r.name, r.kind, r.country, r.since, r.responsible, r.url, r.notes
        )
        illustrative = r.illustrative
        let known = factOrder.filter { r.facts[$0] != nil }
        let names = known + r.facts.keys.filter { !known.contains($0) }.sorted()
        facts = names.map { ($0, PortfolioText.fact(r.facts[$0]!, evidence: r.evidence[$0])) }
        activities = r.activities.map { $0.map(PortfolioText.activity) }
        decisions = r.decisions.map(PortfolioText.decision)
        obligations = r.obligations.map(PortfolioText.obligation)
    }

    public init(
        id: String, name: String, kind: String, country: String?, since: Int?, responsible: String?, url: String?, notes: String?,
        illustrative: [String], facts: [(name: String, text: String)], activities: [String]?, decisions: [String], obligations: [String]
    ) {
        (self.id, self.name, self.kind, self.country, self.since, self.responsible, self.url, self.notes) =
            (id, name, kind, country, since, responsible, url, notes)
        (self.illustrative, self.facts, self.activities, self.decisions, self.obligations) =
            (illustrative, facts, activities, decisions, obligations)
    }

    public static func == (a: RecordParts, b: RecordParts) -> Bool {
        a.id == b.id && a.name == b.name && a.kind == b.kind && a.country == b.country && a.since == b.since
            && a.responsible == b.responsible && a.url == b.url && a.notes == b.notes && a.illustrative == b.illustrative
            && a.facts.map(\.name) == b.facts.map(\.name) && a.facts.map(\.text) == b.facts.map(\.text)
            && a.activities == b.activities && a.decisions == b.decisions && a.obligations == b.obligations
    }

    public func hash(into h: inout Hasher) {
        h.combine(id)
        for f in facts { h.combine(f.name); h.combine(f.text) }
    }
}
