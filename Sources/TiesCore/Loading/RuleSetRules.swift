// Criteria and the rules that implement them.
extension RuleSetBuilder {
    mutating func criterion(_ tree: YAMLTree) -> Criterion? {
        guard
            let c = reader.fields(
                tree, .part(.criterion), allowed: ["id", "title", "cite", "score", "applies_to", "applies_when", "met_from"],
                required: ["id", "title"]),
            let id = reader.string(c["id"], .key("id"))
        else { return nil }
        var score = reader.condition(c["score"], .named(.scoreOf, id), scope: scope, expecting: nil)
        if let s = score, !(s.type.isNumeric || s.type == .bool) {
            reader.error(c["score"]!.mark, .scoreType(id, found: "\(s.type)"))
            score = nil
        }
        return Criterion(
            id: id, title: reader.localized(c["title"], .key("title"), languages: languages) ?? LocalizedText([:]),
            citation: c["cite"].flatMap { citation($0) }, score: score,
            appliesTo: kinds(c["applies_to"], .key("applies_to")),
            appliesWhen: reader.condition(c["applies_when"], .keyOf("applies_when", .criterion, id), scope: scope),
            location: reader.location(c.mark),
            metFrom: reader.number(c["met_from"], .key("met_from")))
    }

    mutating func rule(_ tree: YAMLTree, criteria: [String]) -> Rule? {
        let keys = [
            "id", "criterion", "applies_to", "when", "outcome", "at_most", "points", "flag", "condition", "asks", "because", "cite",
            "operational", "examples",
        ]
        guard let r = reader.fields(tree, .part(.rule), allowed: keys, required: ["id", "when", "because", "cite"]),
            let id = reader.string(r["id"], .key("id"))
        else { return nil }
        var criterion: String?
        if let t = r["criterion"], let c = reader.string(t, .key("criterion")) {
            if criteria.contains(c) {
                criterion = c
            } else {
                reader.error(t.mark, .unknownCriterion(c, Suggestion.choices(c, in: criteria, .criteria)))
            }
        }
        var points: [String: Double] = [:]
        if let t = r["points"], let p = reader.fields(t, .key("points"), allowed: criteria) {
            for key in p.order { points[key] = reader.number(p[key], .named(.pointsFor, key)) }
        }
        let when = reader.condition(r["when"], .keyOf("when", .rule, id), scope: scope)
        let because = template(r["because"], .keyOf("because", .rule, id), names: recordNames)
        let cite = r["cite"].flatMap { citation($0) }
        let ruleOutcome = r["outcome"].flatMap { outcome($0) }
        let condition = reader.localized(r["condition"], .key("condition"), languages: languages)
        if condition != nil, !conditionalOutcomes.contains(ruleOutcome ?? "") {
            reader.error(r.keyMark("condition"), .conditionNeedsConditionalOutcome(conditionalOutcomes.sorted()))
        }
        let atMost = r["at_most"].flatMap { outcome($0) }
        let appliesTo = kinds(r["applies_to"], .key("applies_to")) ?? criterion.flatMap { criterionKinds[$0] }
        let exampleKind = appliesTo?.first ?? defaultKind
        var examples: [RuleExample] = []
        if let t = r["examples"], let e = reader.fields(t, .key("examples"), allowed: ["fires", "does_not_fire", "unknown"]) {
            for key in e.order {
                for item in listItems(e[key]!, .key(key)) {
                    guard let (record, f) = records.example(item, defaultKind: exampleKind, &reader, extraKeys: ["as_of"]) else { continue }
                    examples.append(
                        RuleExample(
                            expectation: RuleExample.Expectation(rawValue: key)!, record: record,
                            asOf: f["as_of"].flatMap { reader.date($0, .key("as_of")) }))
                }
            }
        }
        guard let when, let because, let cite else { return nil }
        var made = Rule(
            id: id, criterion: criterion, when: when, outcome: ruleOutcome, points: points,
            flag: reader.string(r["flag"], .key("flag")), condition: condition,
            asks: reader.localized(r["asks"], .key("asks"), languages: languages), atMost: atMost, because: because,
            citation: cite, appliesTo: appliesTo, parameters: parametersRead(when, because), examples: examples,
            location: reader.location(r.mark))
        made.stated = parametersRead(when, because, stated: true)
        // Its force is ours where it reads a number of ours, unless the rule set says otherwise (a date of the
        // calendar, say); a rule may also say so where it reads a fact the strategy never asks for.
        made.operational =
            r["operational"].flatMap { reader.bool($0, .key("operational")) } ?? !parametersRead(when).isEmpty
        return made
    }

    /// What each list of a rule set holds, for the message where something else stands there.
    static let itemShapes: [String: Phrase.Shape] = [
        "criteria": .listOf("{id, title, applies_to, score, cite}"), "rules": .listOf("{id, when, outcome, because, cite, examples, …}"),
        "categories": .listOf("{id, label, when, requires, …}"),
        "portfolio_rules": .listOf("{id, select, count, outcome, because, cite, …}"),
        "tests": .listOf("{record, as_of, outcome, category, fired}"), "requires": .listOf("{id, holds, because, cite}"),
        "fires": .exampleRecords, "does_not_fire": .exampleRecords, "unknown": .exampleRecords,
    ]

    mutating func listItems(_ tree: YAMLTree, _ what: Phrase.Subject) -> [YAMLTree] {
        guard case .sequence(let items, _) = tree else {
            var shape = Phrase.Shape.list
            if case .key(let key) = what { shape = Self.itemShapes[key] ?? .list }
            reader.error(tree.mark, .expected(what, shape, found: DocumentReader.describe(tree)))
            return []
        }
        return items
    }
}
