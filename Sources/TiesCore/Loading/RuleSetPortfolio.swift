// Portfolio rules and the rule set's own tests.
extension RuleSetBuilder {
    mutating func portfolioRule(_ tree: YAMLTree) -> PortfolioRule? {
        let keys = ["id", "for_each", "select", "count", "each", "prioritise", "outcome", "because", "held", "none", "cite"]
        guard let p = reader.fields(tree, .part(.portfolioRule), allowed: keys, required: ["id", "select", "because", "cite"]),
            let id = reader.string(p["id"], .key("id"))
        else { return nil }
        var ruleScope = scope
        var forEach: (String, [Value])?
        if let t = p["for_each"] {
            if case .mapping(let pairs, _) = t, pairs.count == 1,
                let values = reader.strings(pairs[0].value, .named(.valuesOf, pairs[0].key.text))
            {
                let name = pairs[0].key.text
                if scope.entries[name] != nil {
                    reader.error(pairs[0].key.mark, .forEachNameTaken(name))
                }
                forEach = (name, values.map { .string($0.0) })
                ruleScope = scope.binding(name, type: .string)
            } else {
                reader.error(t.mark, .expected(.key("for_each"), .forEach, found: DocumentReader.describe(t)))
            }
        }
        var minCount: Int?
        var maxCount: Int?
        if let t = p["count"] {
            if case .mapping = t, let c = reader.fields(t, .key("count"), allowed: ["min", "max"]) {
                minCount = reader.int(c["min"], .key("min"))
                maxCount = reader.int(c["max"], .key("max"))
            } else if let n = reader.int(t, .key("count")) {
                minCount = n
                maxCount = n
            }
        }
        let names = ruleScope.slotNames + ruleScope.variables.keys.sorted() + ["count", "records"]
        guard let select = reader.condition(p["select"], .keyOf("select", .portfolioRule, id), scope: ruleScope),
            let because = template(p["because"], .keyOf("because", .portfolioRule, id), names: names),
            let cite = p["cite"].flatMap({ citation($0) })
        else { return nil }
        return PortfolioRule(
            id: id, forEach: forEach, select: select, minCount: minCount, maxCount: maxCount,
            each: reader.condition(p["each"], .keyOf("each", .portfolioRule, id), scope: ruleScope),
            prioritise: reader.condition(p["prioritise"], .keyOf("prioritise", .portfolioRule, id), scope: ruleScope),
            outcome: p["outcome"].flatMap { outcome($0) }, because: because,
            held: template(p["held"], .keyOf("held", .portfolioRule, id), names: names),
            none: template(p["none"], .keyOf("none", .portfolioRule, id), names: names), citation: cite,
            location: reader.location(p.mark))
    }

    mutating func test(_ tree: YAMLTree) -> RuleSetTest? {
        guard
            let t = reader.fields(tree, .part(.test), allowed: ["record", "as_of", "outcome", "category", "fired"], required: ["record"]),
            let recordTree = t["record"], let record = records.record(recordTree, &reader)
        else { return nil }
        return RuleSetTest(
            record: record, asOf: t["as_of"].flatMap { reader.date($0, .key("as_of")) },
            outcome: t["outcome"].flatMap { outcome($0) }, category: reader.string(t["category"], .key("category")),
            fired: reader.strings(t["fired"], .key("fired"))?.map(\.0), location: reader.location(t.mark))
    }
}
