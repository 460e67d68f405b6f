/// Reads records — in portfolios, rule examples and rule-set tests — and validates their facts against the schema.
struct RecordReader {
    let schema: [String: FactDefinition]
    /// What a spreadsheet's read cell is checked against, by fact: the definition whole, copied for each of a hundred
    /// thousand cells, costs more than the cell.
    let shapes: [String: Shape]

    /// A fact's type, its allowed values and its range.
    struct Shape {
        var type: FactType
        var values: [String]?
        var range: ClosedRange<Double>?
    }
    /// Outcomes a decision in the ledger may record: the rule set's and the review vocabulary.
    let outcomes: [String]
    /// What messages call a fact, where a spreadsheet heading names it otherwise than its id.
    var headings: [String: String] = [:]

    init(facts: [FactDefinition], outcomes: [String] = []) {
        schema = Dictionary(facts.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        shapes = schema.mapValues { Shape(type: $0.type, values: $0.values, range: $0.range) }
        self.outcomes = outcomes
    }

    static let keys = [
        "id", "name", "kind", "country", "since", "responsible", "url", "notes", "facts", "illustrative", "activities",
        "decisions", "obligations",
    ]

    /// A record written in full: built-in fields at the top, facts under `facts:`.
    func record(_ tree: YAMLTree, _ reader: inout DocumentReader) -> Record? {
        guard let f = reader.fields(tree, .part(.record), allowed: Self.keys, required: ["id", "name", "kind"]) else { return nil }
        var record = Record(id: "", name: "", kind: "", location: reader.location(f.mark))
        guard builtIns(f, into: &record, &reader) else { return nil }
        nestedFacts(f, into: &record, &reader)
        if let names = reader.strings(f["illustrative"], .key("illustrative")) {
            for (name, mark) in names where schema[name] == nil && Record.fieldNames[name] == nil && name != "activities" {
                reader.error(
                    mark, .illustrativeUnknownFact(name, Suggestion.choices(name, in: schema.keys.sorted(), .facts)))
            }
            record.illustrative = names.map(\.0)
        }
        if let t = f["decisions"], !Self.isNull(t) { record.decisions = decisions(t, &reader) }
        if let t = f["obligations"], !Self.isNull(t) { record.obligations = obligations(t, &reader) }
        return record
    }

    /// `obligations: [{what, to, due | every_years (from), last_met, source, illustrative}]`: each needs a date to fall
    /// due on, a single one or a period of whole years.
    private func obligations(_ tree: YAMLTree, _ reader: inout DocumentReader) -> [Obligation] {
        guard case .sequence(let items, _) = tree else {
            reader.error(
                tree.mark, .expected(.key("obligations"), .listOf("{what, to, due, every_years, …}"), found: DocumentReader.describe(tree)))
            return []
        }
        var list: [Obligation] = []
        for item in items { if let o = obligation(item, &reader) { list.append(o) } }
        return list
    }

    /// One obligation: `{what, to, due | every_years (from), last_met, source, illustrative}`, as a YAML item or a
    /// spreadsheet row gives it.
    func obligation(_ item: YAMLTree, _ reader: inout DocumentReader) -> Obligation? {
        let keys = ["what", "to", "due", "every_years", "from", "last_met", "source", "illustrative"]
        guard let f = reader.fields(item, .key("obligations"), allowed: keys, required: ["what"]),
            let what = reader.ownText(f["what"], .key("what"))
        else { return nil }
        // Texts in the words they were recorded in, or {nb, en} where an English report needs them.
        var o = Obligation(
            what: what, to: reader.ownText(f["to"], .key("to")), due: f["due"].flatMap { reader.date($0, .key("due")) },
            from: f["from"].flatMap { reader.date($0, .key("from")) },
            lastMet: f["last_met"].flatMap { reader.date($0, .key("last_met")) },
            source: reader.ownText(f["source"], .key("source")), location: reader.location(f.mark))
        if let t = f["every_years"], let n = reader.int(t, .key("every_years")) {
            if n < 1 {
                reader.error(t.mark, .expected(.key("every_years"), .wholeYears, found: .text(String(n))))
            } else if n > Obligation.longestPeriod {
                // No statute asks for a report once a century; a larger number is a slip, and would run dates off the calendar.
                reader.error(t.mark, .outOfRange(.key("every_years"), low: "1", high: String(Obligation.longestPeriod), found: String(n)))
            } else {
                o.everyYears = n
            }
        }
        if f["due"] == nil, f["every_years"] == nil {
            reader.error(f.mark, .obligationWithoutDate(what.text(.nb)))
        }
        o.illustrative = f["illustrative"].flatMap { reader.bool($0, .key("illustrative")) } ?? false
        return o
    }

    private func decisions(_ tree: YAMLTree, _ reader: inout DocumentReader) -> [Decision] {
        guard case .sequence(let items, _) = tree else {
            reader.error(tree.mark, .expected(.key("decisions"), .listOf("{outcome, body, date, …}"), found: DocumentReader.describe(tree)))
            return []
        }
        let keys = ["outcome", "body", "date", "case", "conditions", "recommended", "justification", "rule_set_sha256"]
        var ledger: [Decision] = []
        for item in items {
            guard let f = reader.fields(item, .part(.decision), allowed: keys, required: ["outcome", "body", "date"]),
                let outcome = decidedOutcome(f["outcome"], &reader), let body = reader.string(f["body"], .key("body")),
                let date = reader.date(f["date"], .key("date"))
            else { continue }
            let recommended = decidedOutcome(f["recommended"], &reader)
            let justification = reader.ownText(f["justification"], .key("justification"))
            if let recommended, recommended != outcome, justification == nil {
                reader.error(f.mark, .decisionOverrides(outcome, recommended: recommended))
            }
            var conditions: [DecisionCondition] = []
            if let t = f["conditions"] {
                guard case .sequence(let list, _) = t else {
                    reader.error(
                        t.mark, .expected(.key("conditions"), .listOf("text, {text, due, met}"), found: DocumentReader.describe(t)))
                    continue
                }
                for c in list {
                    if case .scalar(let s) = c, !s.isNull {
                        conditions.append(DecisionCondition(text: LocalizedText(["nb": s.text, "nn": s.text]), due: nil, met: nil))
                    } else if let cf = reader.fields(
                        c, .part(.condition), allowed: ["text", "due", "met", "responsible"], required: ["text"]),
                        let text = reader.ownText(cf["text"], .key("text"))
                    {
                        conditions.append(
                            DecisionCondition(
                                text: text, due: cf["due"].flatMap { reader.date($0, .key("due")) },
                                met: cf["met"].flatMap { reader.bool($0, .key("met")) },
                                responsible: optionalString(cf["responsible"], .key("responsible"), &reader)))
                    }
                }
            }
            ledger.append(
                Decision(
                    outcome: outcome, body: body, date: date, caseReference: optionalString(f["case"], .key("case"), &reader),
                    conditions: conditions, recommended: recommended, justification: justification,
                    location: reader.location(f.mark),
                    ruleSetHash: optionalString(f["rule_set_sha256"], .key("rule_set_sha256"), &reader)))
        }
        return ledger
    }

    private func decidedOutcome(_ tree: YAMLTree?, _ reader: inout DocumentReader) -> String? {
        guard let tree, let s = reader.scalar(tree, .part(.outcome)) else { return nil }
        let known = outcomes + RuleSetLoader.vocabulary.keys.sorted().filter { !outcomes.contains($0) }
        guard outcomes.isEmpty || known.contains(s.text) else {
            reader.error(s.mark, .unknownOutcome(s.text, Suggestion.choices(s.text, in: known, .outcomes)))
            return nil
        }
        return s.text
    }

    /// A record of a bulk input (JSON Lines, CSV): fields and facts side by side, or facts under `facts:`.
    /// `reported` names fields whose cell was already found wrong, so they are not reported again as missing.
    func flatRecord(_ tree: YAMLTree, _ reader: inout DocumentReader, reported: Set<String> = []) -> Record? {
        let allowed = Self.keys + schema.keys.sorted().filter { !Self.keys.contains($0) }
        let required = ["id", "name", "kind"].filter { !reported.contains($0) }
        guard let f = reader.fields(tree, .part(.record), allowed: allowed, required: required) else { return nil }
        var record = Record(id: "", name: "", kind: "", location: reader.location(f.mark))
        guard builtIns(f, into: &record, &reader) else { return nil }
        for key in f.order where schema[key] != nil { read(fact: key, f[key]!, into: &record, &reader) }
        nestedFacts(f, into: &record, &reader)
        if let names = reader.strings(f["illustrative"], .key("illustrative")) { record.illustrative = names.map(\.0) }
        if let t = f["decisions"], !Self.isNull(t) { record.decisions = decisions(t, &reader) }
        return record
    }

    /// A spreadsheet row's record made straight from its read cells, as `flatRecord` would read them written as a
    /// record file; nil where any of them needs a message, which only `flatRecord` gives.
    func sheetRecord(
        _ cells: [(key: String, value: CellReader.CellValue, mark: YAMLMark)],
        evidence: [String: [(part: String, text: String, mark: YAMLMark)]], location: SourceLocation, _ reader: DocumentReader
    ) -> Record? {
        // A plain null in a record file is no value; in a cell it is rare enough to leave to the file's reading.
        func plain(_ text: String) -> String? { YAMLScalar.isNullWord(text) ? nil : text }
        var record = Record(id: "", name: "", kind: "", location: location)
        var seen = 0
        for (key, value, mark) in cells {
            switch (key, value) {
            case ("id", .text(let t)):
                guard let id = plain(t), Self.isID(id) else { return nil }
                record.id = id
                seen += 1
            case ("name", .text(let t)):
                guard let name = plain(t) else { return nil }
                record.name = name
                seen += 1
            case ("kind", .text(let t)):
                guard let kind = plain(t), Record.kinds.contains(kind) else { return nil }
                record.kind = kind
                seen += 1
            case ("country", .text(let t)):
                guard let country = plain(t), Self.isCountryCode(country) else { return nil }
                record.country = country
            case ("since", .whole(let y)):
                guard Self.years.contains(y) else { return nil }
                record.since = y
            case ("responsible", .text(let t)):
                guard let text = plain(t) else { return nil }
                record.responsible = text
            case ("url", .text(let t)):
                guard let text = plain(t) else { return nil }
                record.url = text
            case ("notes", .text(let t)):
                guard let text = plain(t) else { return nil }
                record.notes = text
            case ("activities", .names(let names)) where names.isEmpty:
                record.activities = []
            case ("illustrative", .names(let names)):
                guard names.allSatisfy({ plain($0) != nil }) else { return nil }
                record.illustrative = names
            default:
                guard let shape = shapes[key], let fact = Self.fact(value, shape) else { return nil }
                record.facts[key] = fact
                if let parts = evidence[key] {
                    var source: String?
                    var asOf: ReviewDate?
                    for part in parts {
                        if part.part == "source" {
                            source = part.text
                        } else {
                            guard plain(part.text) != nil, let date = ReviewDate(part.text) else { return nil }
                            asOf = date
                        }
                    }
                    record.evidence[key] = Record.Evidence(source: source, asOf: asOf, location: reader.location(mark))
                }
            }
        }
        // Evidence for a fact without a value is refused where the record is read as a file.
        guard seen == 3, evidence.keys.allSatisfy({ record.facts[$0] != nil }) else { return nil }
        return record
    }

    /// A read cell as the fact `definition` declares, where `value` reads it without a message.
    private static func fact(_ cell: CellReader.CellValue, _ definition: Shape) -> Value? {
        let fact: Value
        switch (definition.type, cell) {
        case (.bool, .truth(let b)): fact = .bool(b)
        case (.int, .whole(let n)), (.year, .whole(let n)): fact = .int(n)
        case (.decimal, .number(let d)), (.money, .number(let d)):
            // As a record file would write it and read it back.
            guard let written = Double(Value.format(d)), definition.type != .money || written >= 0 else { return nil }
            fact = .decimal(written)
        case (.string, .text(let t)) where !YAMLScalar.isNullWord(t): fact = .string(t)
        case (.enum, .text(let t)) where !YAMLScalar.isNullWord(t) && (definition.values ?? []).contains(t): fact = .string(t)
        case (.set, .names(let names)):
            let values = definition.values ?? []
            guard names.allSatisfy({ !YAMLScalar.isNullWord($0) && (values.isEmpty || values.contains($0)) }) else { return nil }
            fact = Value.makeSet(names)
        default: return nil
        }
        if let range = definition.range, let n = fact.number, !range.contains(n) { return nil }
        return fact
    }

    /// What an id may be written with: ASCII letters and digits, `_` and `-`.
    static func isID(_ id: String) -> Bool {
        // By bytes: every id of every record passes here, and the allowed characters are all ASCII.
        !id.isEmpty
            && id.utf8.allSatisfy { b in
                (0x61...0x7A).contains(b) || (0x41...0x5A).contains(b) || (0x30...0x39).contains(b) || b == 0x5F || b == 0x2D
            }
    }

    /// A country as ISO 3166 writes it: two capital letters.
    static func isCountryCode(_ code: String) -> Bool { code.count == 2 && code.allSatisfy { $0.isASCII && $0.isUppercase } }

    /// The years a tie's start may be.
    static let years = 1000...9999

    /// A short example record: fields and facts side by side, anything not written is missing.
    func example(_ tree: YAMLTree, defaultKind: String, _ reader: inout DocumentReader, extraKeys: [String] = []) -> (Record, Fields)? {
        let allowed = ["id", "name", "kind", "country", "since", "responsible", "activities"] + schema.keys.sorted() + extraKeys
        guard let f = reader.fields(tree, .part(.exampleRecord), allowed: allowed) else { return nil }
        var record = Record(id: "example", name: "example", kind: defaultKind, location: reader.location(f.mark))
        guard builtIns(f, into: &record, &reader) else { return nil }
        for key in f.order where schema[key] != nil { read(fact: key, f[key]!, into: &record, &reader) }
        return (record, f)
    }

    /// A built-in field as messages call it: by the heading a spreadsheet gives it («Land»), else by its key.
    private func field(_ key: String) -> Phrase.Subject { .key(headings[key] ?? key) }

    private func builtIns(_ f: Fields, into record: inout Record, _ reader: inout DocumentReader) -> Bool {
        let before = reader.diagnostics.count
        if let id = reader.string(f["id"], field("id")) {
            if !Self.isID(id) {
                reader.error(f["id"]!.mark, .expected(field("id"), .id, found: .text(id)))
            }
            record.id = id
        }
        if let name = reader.string(f["name"], field("name")) { record.name = name }
        if let kind = reader.string(f["kind"], field("kind")) {
            if !Record.kinds.contains(kind) {
                reader.error(f["kind"]!.mark, .unknownKind(kind, Suggestion.choices(kind, in: Record.kinds, .kinds)))
            }
            record.kind = kind
        }
        if let t = f["country"], !Self.isNull(t), let country = reader.string(t, field("country")) {
            if !Self.isCountryCode(country) {
                reader.error(f["country"]!.mark, .expected(field("country"), .countryCode, found: .text(country)))
            }
            record.country = country
        }
        if let tree = f["since"], !Self.isNull(tree) {
            guard case .scalar = tree else {
                reader.error(tree.mark, .expected(field("since"), .year(example: 1946), found: DocumentReader.describe(tree)))
                return false
            }
            record.since = reader.int(tree, field("since"))
            if let y = record.since, !Self.years.contains(y) {
                reader.error(tree.mark, .expected(field("since"), .year(example: 1946), found: .text("\(y)")))
            }
        }
        record.responsible = optionalString(f["responsible"], field("responsible"), &reader)
        record.url = optionalString(f["url"], field("url"), &reader)
        record.notes = optionalString(f["notes"], field("notes"), &reader)
        if let tree = f["activities"] { record.activities = activities(tree, &reader) }
        return reader.diagnostics.count == before || !record.id.isEmpty
    }

    /// The facts under `facts:`. In a bulk record a fact may also stand beside the fields; given in both places, one
    /// value would silently win, and which one the author meant is theirs to say.
    private func nestedFacts(_ f: Fields, into record: inout Record, _ reader: inout DocumentReader) {
        guard let factsTree = f["facts"], !Self.isNull(factsTree),
            let facts = reader.fields(factsTree, .named(.factsOf, record.id), allowed: schema.keys.sorted())
        else { return }
        for key in facts.order {
            if f[key] != nil {
                reader.error(facts[key]!.mark, .givenTwice(key))
                continue
            }
            read(fact: key, facts[key]!, into: &record, &reader)
        }
    }

    static func isNull(_ tree: YAMLTree) -> Bool {
        if case .scalar(let s) = tree { return s.isNull }
        return false
    }

    private func optionalString(_ tree: YAMLTree?, _ what: Phrase.Subject, _ reader: inout DocumentReader) -> String? {
        guard let tree else { return nil }
        if case .scalar(let s) = tree, s.isNull { return nil }
        return reader.string(tree, what)
    }

    private func activities(_ tree: YAMLTree, _ reader: inout DocumentReader) -> [Activity]? {
        guard case .sequence(let items, _) = tree else {
            if case .scalar(let s) = tree, s.isNull { return nil }
            reader.error(
                tree.mark, .expected(.key("activities"), .listOf("{year, type, amount_nok, note}"), found: DocumentReader.describe(tree)))
            return nil
        }
        var log: [Activity] = []
        for item in items {
            guard
                let f = reader.fields(
                    item, .part(.activity), allowed: ["year", "type", "amount_nok", "note"], required: ["year", "type"]),
                let year = reader.int(f["year"], .key("year")), let type = reader.string(f["type"], .key("type"))
            else { continue }
            if !(1000...9999).contains(year) {
                reader.error(f["year"]!.mark, .expected(.key("year"), .year(example: 2024), found: .text("\(year)")))
            }
            if !Activity.types.contains(type) {
                reader.error(f["type"]!.mark, .unknownActivityType(type, Suggestion.choices(type, in: Activity.types, .activityTypes)))
            }
            var amount: Double?
            if let t = f["amount_nok"], case .scalar(let s) = t, !s.isNull { amount = reader.number(t, .key("amount_nok")) }
            log.append(Activity(year: year, type: type, amountNOK: amount, note: optionalString(f["note"], .key("note"), &reader)))
        }
        return log
    }

    /// One fact checked against its definition: type, allowed values, range; null means missing.
    /// A fact may carry its evidence: `{value: 2, source: "Årsrapport 2025 fra nettverket", as_of: 2025-12-01}`.
    func read(fact name: String, _ tree: YAMLTree, into record: inout Record, _ reader: inout DocumentReader) {
        guard let definition = schema[name] else { return }
        if case .scalar(let s) = tree, s.isNull { return }
        var tree = tree
        if tree.isMapping(withKeyIn: ["value"]) {
            guard let f = reader.fields(tree, .key(name), allowed: ["value", "source", "as_of", "note"], required: ["value"]) else {
                return
            }
            let evidence = Record.Evidence(
                source: f["source"].flatMap { t in Self.isNull(t) ? nil : reader.string(t, .key("source")) },
                asOf: f["as_of"].flatMap { t in Self.isNull(t) ? nil : reader.date(t, .key("as_of")) },
                note: f["note"].flatMap { t in Self.isNull(t) ? nil : reader.string(t, .key("note")) }, location: reader.location(f.mark))
            if evidence.source != nil || evidence.asOf != nil || evidence.note != nil { record.evidence[name] = evidence }
            tree = f["value"]!
            if case .scalar(let s) = tree, s.isNull { return }
        }
        if let value = value(tree, definition, &reader) { record.facts[name] = value }
    }

    func value(_ tree: YAMLTree, _ definition: FactDefinition, _ reader: inout DocumentReader) -> Value? {
        let what = Phrase.Subject.key(headings[definition.name] ?? definition.name)
        var result: Value?
        switch definition.type {
        case .bool:
            result = reader.bool(tree, what).map(Value.bool)
        case .int, .year:
            result = reader.int(tree, what).map(Value.int)
        case .decimal, .money:
            if let d = reader.number(tree, what) {
                if definition.type == .money, d < 0 {
                    reader.error(tree.mark, .expected(what, .amount, found: .text(Value.format(d))))
                    return nil
                }
                result = .decimal(d)
            }
        case .string:
            result = reader.string(tree, what).map(Value.string)
        case .enum:
            guard let s = reader.scalar(tree, what) else { return nil }
            let values = definition.values ?? []
            guard values.contains(s.text) else {
                reader.error(s.mark, .notAValue(s.text, of: what, Suggestion.choices(s.text, in: values, listing: .allowed)))
                return nil
            }
            result = .string(s.text)
        case .set:
            guard let names = reader.strings(tree, what) else { return nil }
            let values = definition.values ?? []
            var ok = true
            for (name, mark) in names where !values.isEmpty && !values.contains(name) {
                reader.error(mark, .notAValue(name, of: what, Suggestion.choices(name, in: values, listing: .allowed)))
                ok = false
            }
            result = ok ? Value.makeSet(names.map(\.0)) : nil
        }
        if let range = definition.range, let n = result?.number, !range.contains(n) {
            reader.error(
                tree.mark,
                .outOfRange(what, low: Value.format(range.lowerBound), high: Value.format(range.upperBound), found: Value.format(n)))
            return nil
        }
        return result
    }
}
