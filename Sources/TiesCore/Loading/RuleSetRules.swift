// Criteria and the rules that implement them.
extension RuleSetBuilder {
    mutating func criterion(_ tree: YAMLTree) -> Criterion? {
        guard
            let c = reader.fields(
                tree, "a criterion", allowed: ["id", "title", "cite", "score", "applies_to"], required: ["id", "title"]),
            let id = reader.string(c["id"], "a criterion id")
        else { return nil }
        var score = reader.condition(c["score"], "the score of '\(id)'", scope: scope, expecting: nil)
        if let s = score, !(s.type.isNumeric || s.type == .bool) {
            reader.error(c["score"]!.mark, "the score of '\(id)' must be a number or a condition, found \(s.type)")
            score = nil
        }
        return Criterion(
            id: id, title: reader.localized(c["title"], "'title'", languages: languages) ?? LocalizedText([:]),
            citation: c["cite"].flatMap { citation($0) }, score: score,
            appliesTo: kinds(c["applies_to"], "'applies_to'"), location: reader.location(c.mark))
    }

    mutating func rule(_ tree: YAMLTree, criteria: [String]) -> Rule? {
        let keys = [
            "id", "criterion", "applies_to", "when", "outcome", "at_most", "points", "flag", "condition", "because", "cite", "examples",
        ]
        guard let r = reader.fields(tree, "a rule", allowed: keys, required: ["id", "when", "because", "cite"]),
            let id = reader.string(r["id"], "a rule id")
        else { return nil }
        var criterion: String?
        if let t = r["criterion"], let c = reader.string(t, "a criterion id") {
            if criteria.contains(c) {
                criterion = c
            } else {
                reader.error(t.mark, "unknown criterion '\(c)'" + Suggestion.choices(c, in: criteria, "criteria"))
            }
        }
        var points: [String: Double] = [:]
        if let t = r["points"], let p = reader.fields(t, "'points'", allowed: criteria) {
            for key in p.order { points[key] = reader.number(p[key], "points for '\(key)'") }
        }
        let when = reader.condition(r["when"], "'when' of rule '\(id)'", scope: scope)
        let because = template(r["because"], "'because' of rule '\(id)'", names: recordNames)
        let cite = r["cite"].flatMap { citation($0) }
        let ruleOutcome = r["outcome"].flatMap { outcome($0) }
        let condition = reader.localized(r["condition"], "'condition'", languages: languages)
        if condition != nil, !conditionalOutcomes.contains(ruleOutcome ?? "") {
            let names = conditionalOutcomes.sorted().map { "'\($0)'" }.joined(separator: " or ")
            reader.error(
                r.keyMark("condition"),
                "a 'condition' belongs to a rule whose outcome keeps the tie on conditions" + (names.isEmpty ? "" : " (\(names))"))
        }
        let atMost = r["at_most"].flatMap { outcome($0) }
        let appliesTo = kinds(r["applies_to"], "'applies_to'") ?? criterion.flatMap { criterionKinds[$0] }
        let exampleKind = appliesTo?.first ?? defaultKind
        var examples: [RuleExample] = []
        if let t = r["examples"], let e = reader.fields(t, "'examples'", allowed: ["fires", "does_not_fire", "unknown"]) {
            for key in e.order {
                for item in listItems(e[key]!, "'\(key)'") {
                    guard let (record, f) = records.example(item, defaultKind: exampleKind, &reader, extraKeys: ["as_of"]) else { continue }
                    examples.append(
                        RuleExample(
                            expectation: RuleExample.Expectation(rawValue: key)!, record: record,
                            asOf: f["as_of"].flatMap { reader.date($0, "'as_of'") }))
                }
            }
        }
        guard let when, let because, let cite else { return nil }
        return Rule(
            id: id, criterion: criterion, when: when, outcome: ruleOutcome, points: points,
            flag: reader.string(r["flag"], "a flag"), condition: condition, atMost: atMost, because: because,
            citation: cite, appliesTo: appliesTo, parameters: parametersRead(when, because), examples: examples,
            location: reader.location(r.mark))
    }

    /// What each list of a rule set holds, for the message where something else stands there.
    static let itemShapes = [
        "'criteria'": "{id, title, applies_to, score, cite}", "'rules'": "{id, when, outcome, because, cite, examples, …}",
        "'categories'": "{id, label, when, requires, …}", "'portfolio_rules'": "{id, select, count, outcome, because, cite, …}",
        "'tests'": "{record, as_of, outcome, category, fired}", "'requires'": "{id, holds, because, cite}",
        "'fires'": "example records such as {fact: value}", "'does_not_fire'": "example records such as {fact: value}",
        "'unknown'": "example records such as {fact: value}",
    ]

    mutating func listItems(_ tree: YAMLTree, _ what: String) -> [YAMLTree] {
        guard case .sequence(let items, _) = tree else {
            let shape = Self.itemShapes[what].map { " of \($0), each item starting with '- '" } ?? ""
            reader.error(tree.mark, "expected \(what) as a list\(shape), found \(DocumentReader.describe(tree))")
            return []
        }
        return items
    }
}
