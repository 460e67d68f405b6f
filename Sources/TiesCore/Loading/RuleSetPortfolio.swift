// Portfolio rules and the rule set's own tests.
extension RuleSetBuilder {
    mutating func portfolioRule(_ tree: YAMLTree) -> PortfolioRule? {
        let keys = ["id", "for_each", "select", "count", "each", "prioritise", "outcome", "because", "held", "cite"]
        guard let p = reader.fields(tree, "a portfolio rule", allowed: keys, required: ["id", "select", "because", "cite"]),
            let id = reader.string(p["id"], "a portfolio rule id")
        else { return nil }
        var ruleScope = scope
        var forEach: (String, [Value])?
        if let t = p["for_each"] {
            if case .mapping(let pairs, _) = t, pairs.count == 1,
                let values = reader.strings(pairs[0].value, "the values of '\(pairs[0].key.text)'")
            {
                let name = pairs[0].key.text
                if scope.entries[name] != nil {
                    reader.error(pairs[0].key.mark, "'\(name)' is already a fact or field; choose another name")
                }
                forEach = (name, values.map { .string($0.0) })
                ruleScope = scope.binding(name, type: .string)
            } else {
                reader.error(t.mark, "expected 'for_each' as one name and its values, e.g. {country_code: [SE, DK, FI]}")
            }
        }
        var minCount: Int?
        var maxCount: Int?
        if let t = p["count"] {
            if case .mapping = t, let c = reader.fields(t, "'count'", allowed: ["min", "max"]) {
                minCount = reader.int(c["min"], "'min'")
                maxCount = reader.int(c["max"], "'max'")
            } else if let n = reader.int(t, "'count'") {
                minCount = n
                maxCount = n
            }
        }
        let names = ruleScope.slotNames + ruleScope.variables.keys.sorted() + ["count", "records"]
        guard let select = reader.condition(p["select"], "'select' of '\(id)'", scope: ruleScope),
            let because = template(p["because"], "'because' of '\(id)'", names: names),
            let cite = p["cite"].flatMap({ citation($0) })
        else { return nil }
        return PortfolioRule(
            id: id, forEach: forEach, select: select, minCount: minCount, maxCount: maxCount,
            each: reader.condition(p["each"], "'each' of '\(id)'", scope: ruleScope),
            prioritise: reader.condition(p["prioritise"], "'prioritise' of '\(id)'", scope: ruleScope),
            outcome: p["outcome"].flatMap { outcome($0) }, because: because,
            held: template(p["held"], "'held' of '\(id)'", names: names), citation: cite,
            location: reader.location(p.mark))
    }

    mutating func test(_ tree: YAMLTree) -> RuleSetTest? {
        guard let t = reader.fields(tree, "a test", allowed: ["record", "as_of", "outcome", "category", "fired"], required: ["record"]),
            let recordTree = t["record"], let record = records.record(recordTree, &reader)
        else { return nil }
        return RuleSetTest(
            record: record, asOf: t["as_of"].flatMap { reader.date($0, "'as_of'") },
            outcome: t["outcome"].flatMap { outcome($0) }, category: reader.string(t["category"], "a category"),
            fired: reader.strings(t["fired"], "'fired'")?.map(\.0), location: reader.location(t.mark))
    }
}
