// Categories, their requirements, and what an unclassified tie leads to.
extension RuleSetBuilder {
    mutating func unclassified(_ tree: YAMLTree?) -> UnclassifiedPolicy? {
        guard let tree,
            let u = reader.fields(tree, .key("unclassified"), allowed: ["outcome", "because", "cite"], required: ["because"]),
            let because = reader.localized(u["because"], .key("because"), languages: languages)
        else { return nil }
        return UnclassifiedPolicy(
            outcome: u["outcome"].flatMap { outcome($0) }, because: because, citation: u["cite"].flatMap { citation($0) })
    }

    mutating func requirementCriterion(_ q: Fields) -> String? {
        guard let t = q["criterion"], let c = reader.string(t, .key("criterion")) else { return nil }
        guard criterionIDs.contains(c) else {
            reader.error(t.mark, .unknownCriterion(c, Suggestion.choices(c, in: criterionIDs, .criteria)))
            return nil
        }
        return c
    }

    mutating func category(_ tree: YAMLTree) -> Category? {
        guard
            let c = reader.fields(
                tree, .part(.category), allowed: ["id", "label", "when", "because", "cite", "to_enter", "requires"],
                required: ["id", "label", "when"]),
            let id = reader.string(c["id"], .key("id"))
        else { return nil }
        var requirements: [Requirement] = []
        for item in c["requires"].map({ listItems($0, .key("requires")) }) ?? [] {
            guard
                let q = reader.fields(
                    item, .part(.requirement), allowed: ["id", "criterion", "holds", "outcome", "because", "cite", "condition", "asks"],
                    required: ["id", "holds", "because", "cite"]),
                let rid = reader.string(q["id"], .key("id")),
                let holds = reader.condition(q["holds"], .keyOf("holds", .requirement, rid), scope: scope),
                let because = template(q["because"], .keyOf("because", .requirement, rid), names: recordNames),
                let cite = q["cite"].flatMap({ citation($0) })
            else { continue }
            let o = q["outcome"].flatMap { outcome($0) } ?? reviewOutcome ?? outcomes.last ?? "review"
            var requirement = Requirement(
                id: rid, criterion: requirementCriterion(q), holds: holds, outcome: o, because: because, citation: cite,
                parameters: parametersRead(holds, because), location: reader.location(q.mark))
            requirement.condition = reader.localized(q["condition"], .key("condition"), languages: languages)
            requirement.asks = reader.localized(q["asks"], .key("asks"), languages: languages)
            requirements.append(requirement)
        }
        guard let when = reader.condition(c["when"], .keyOf("when", .category, id), scope: scope),
            let label = reader.localized(c["label"], .key("label"), languages: languages)
        else { return nil }
        return Category(
            id: id, label: label, when: when,
            because: template(c["because"], .keyOf("because", .category, id), names: recordNames),
            citation: c["cite"].flatMap { citation($0) },
            toEnter: reader.localized(c["to_enter"], .key("to_enter"), languages: languages), requirements: requirements,
            location: reader.location(c.mark))
    }
}
