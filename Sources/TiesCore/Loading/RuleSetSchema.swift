// The rule set's schema: outcomes and their roles, facts, derived values and parameters.
extension RuleSetBuilder {
    mutating func readOutcomes(_ tree: YAMLTree?) -> [Outcome] {
        guard let tree, case .sequence(let items, _) = tree else {
            if let tree {
                reader.error(
                    tree.mark,
                    "expected 'outcomes' as a list from least to most severe, each one of "
                        + RuleSetLoader.vocabularyRoles.keys.sorted().joined(separator: ", ") + " or {id, label, role}, found "
                        + DocumentReader.describe(tree))
            }
            return []
        }
        var list: [Outcome] = []
        for item in items {
            if case .scalar(let s) = item, !s.isNull {
                guard let label = RuleSetLoader.vocabulary[s.text] else {
                    reader.error(
                        s.mark,
                        "unknown outcome '\(s.text)'"
                            + Suggestion.choices(s.text, in: RuleSetLoader.vocabulary.keys.sorted(), "outcomes with a label")
                            + "; another outcome needs a label and a role: {id: \(s.text), label: {nb: ..., en: ...}, role: "
                            + OutcomeRole.allCases.map(\.rawValue).joined(separator: " | ") + "}")
                    continue
                }
                list.append(Outcome(id: s.text, label: label, role: RuleSetLoader.vocabularyRoles[s.text]!))
            } else if let o = reader.fields(item, "an outcome", allowed: ["id", "label", "role"], required: ["id", "label"]),
                let id = reader.string(o["id"], "an outcome id"), let label = reader.localized(o["label"], "'label'", languages: languages)
            {
                let roles = OutcomeRole.allCases.map(\.rawValue)
                if let t = o["role"] {
                    guard let name = reader.string(t, "a role"), let role = OutcomeRole(rawValue: name) else {
                        if case .scalar(let s) = t {
                            reader.error(
                                s.mark,
                                "unknown role '\(s.text)'" + Suggestion.didYouMean(s.text, in: roles) + "; expected one of "
                                    + roles.joined(separator: ", "))
                        }
                        // Kept, so the rules that name it are not reported too; the rule set does not load.
                        list.append(Outcome(id: id, label: label, role: .review))
                        continue
                    }
                    list.append(Outcome(id: id, label: label, role: role))
                } else if let role = RuleSetLoader.vocabularyRoles[id] {
                    list.append(Outcome(id: id, label: label, role: role))
                } else {
                    // The engine, the memo and the colours act on what an outcome means; a new name must say it.
                    reader.error(
                        o.keyMark("id"), "the outcome '\(id)' needs a role, what it means: role: " + roles.joined(separator: " | "))
                    list.append(Outcome(id: id, label: label, role: .review))
                }
            }
        }
        duplicates(list.map { ($0.id, reader.location(tree.mark)) }, "outcome")
        return list
    }

    mutating func outcome(_ tree: YAMLTree) -> String? {
        guard let s = reader.scalar(tree, "an outcome") else { return nil }
        guard outcomes.contains(s.text) else {
            reader.error(
                s.mark,
                "unknown outcome '\(s.text)'" + Suggestion.didYouMean(s.text, in: outcomes)
                    + " (declared: \(outcomes.joined(separator: ", ")))")
            return nil
        }
        return s.text
    }

    mutating func readFacts(_ tree: YAMLTree?) -> [FactDefinition] {
        guard let tree, case .mapping(let pairs, _) = tree else {
            if let tree { reader.error(tree.mark, "expected 'facts' as a mapping from fact name to its definition") }
            return []
        }
        var facts: [FactDefinition] = []
        for pair in pairs {
            let name = pair.key.text
            if Record.fieldNames[name] != nil || ["as_of_year", "activities"].contains(name) {
                reader.error(pair.key.mark, "'\(name)' is a built-in field, not a fact")
                continue
            }
            guard
                let d = reader.fields(
                    pair.value, "the fact '\(name)'", allowed: ["type", "values", "range", "description", "label"], required: ["type"]),
                let typeName = reader.string(d["type"], "a type")
            else { continue }
            guard let type = FactType(rawValue: typeName) else {
                reader.error(
                    d["type"]!.mark,
                    "unknown type '\(typeName)'" + Suggestion.choices(typeName, in: FactType.allCases.map(\.rawValue), "types"))
                continue
            }
            // `values: [a, b]`, or `values: {a: {nb: …, en: …}, …}` with what each is called in each language.
            var values: [String]?
            var valueLabels: [String: LocalizedText] = [:]
            if let t = d["values"], case .mapping(let pairs, _) = t {
                values = pairs.map(\.key.text)
                for pair in pairs {
                    if let label = reader.localized(pair.value, "the label of '\(pair.key.text)'", languages: languages) {
                        valueLabels[pair.key.text] = label
                    }
                }
            } else {
                values = reader.strings(d["values"], "'values'")?.map(\.0)
            }
            if (type == .enum || type == .set), values == nil {
                reader.error(pair.key.mark, "the \(type.rawValue) fact '\(name)' needs its allowed 'values'")
            }
            // A set is kept as one bit per allowed value in a 64-bit word; a longer list is a list of facts in disguise.
            if type == .set, let values, values.count > 64, let t = d["values"] {
                reader.error(
                    t.mark, "the set fact '\(name)' has \(values.count) values; a set takes at most 64, so split it into several facts")
            }
            // Reports print a fact's label (in «mangler …», the data gaps) and its values' labels (in reasons): an id
            // there is an internal code in a council document, so a rule set without them does not load.
            if d["label"] == nil {
                let example = languages.map { "\($0): …" }.joined(separator: ", ")
                reader.error(pair.key.mark, "the fact '\(name)' has no label, and reports print it; write label: {\(example)}")
            }
            if let values, d["values"].map({ if case .mapping = $0 { false } else { true } }) == true, !values.isEmpty {
                let example = languages.map { "\($0): …" }.joined(separator: ", ")
                reader.error(
                    d["values"]!.mark,
                    "the values of '\(name)' have no labels, and reports print them; write values: {\(values[0]): {\(example)}, …}")
            }
            var range: ClosedRange<Double>?
            if let r = d["range"] {
                if case .sequence(let bounds, _) = r, bounds.count == 2,
                    let low = reader.number(bounds[0], "a lower bound"), let high = reader.number(bounds[1], "an upper bound"), low <= high
                {
                    range = low...high
                } else {
                    reader.error(r.mark, "expected 'range' as [low, high]")
                }
            }
            var fact = FactDefinition(
                name: name, type: type, values: values, range: range,
                description: reader.string(d["description"], "a description"),
                label: reader.localized(d["label"], "'label'", languages: languages),
                location: reader.location(pair.key.mark))
            fact.valueLabels = valueLabels
            checkLabels(fact, at: pair.key.mark, among: facts)
            facts.append(fact)
        }
        return facts
    }

    /// The headings a spreadsheet's built-in columns go by, normalised, and what each heads.
    static let fieldHeadings: [String: String] = {
        var taken: [String: String] = [:]
        for (field, words) in Record.fieldHeadings {
            for word in [field] + words.values.flatMap({ $0 }) { taken[CellReader.normalized(word)] = "the field '\(field)'" }
        }
        for word in CellReader.activityColumnWords { taken[word] = "the activity column" }
        return taken
    }()

    /// A fact's label heads its column in a spreadsheet and its values fill its lists: one line each, short, and
    /// unlike every other heading, or a list filled in could not be read back as it was meant.
    mutating func checkLabels(_ fact: FactDefinition, at mark: YAMLMark, among earlier: [FactDefinition]) {
        var taken = Self.fieldHeadings
        for other in earlier {
            for text in [other.name] + (other.label?.texts.values.map { $0 } ?? []) {
                taken[CellReader.normalized(text)] = "the fact '\(other.name)'"
            }
        }
        func check(_ text: String, _ what: String) -> Bool {
            guard YAMLText.isPlain(text), text.count <= 200, !CellReader.normalized(text).isEmpty else {
                reader.error(
                    mark, "\(what) '\(CellReader.shortened(text))' must be one line of at most 200 characters, without control characters")
                return false
            }
            return true
        }
        for (language, text) in (fact.label?.texts ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard check(text, "the \(language) label of '\(fact.name)'") else { continue }
            if let owner = taken[CellReader.normalized(text)] {
                reader.error(
                    mark,
                    "the label '\(text)' of '\(fact.name)' is the heading of \(owner) too; a spreadsheet could not tell the two columns apart"
                )
            }
        }
        for (value, label) in fact.valueLabels.sorted(by: { $0.key < $1.key }) {
            for (language, text) in label.texts.sorted(by: { $0.key < $1.key }) {
                guard check(text, "the \(language) label of the value '\(value)'") else { continue }
                let clash = fact.valueLabels.first { other in
                    other.key < value && other.value.texts[language].map(CellReader.normalized) == CellReader.normalized(text)
                }
                if let clash {
                    reader.error(
                        mark,
                        "the values '\(clash.key)' and '\(value)' of '\(fact.name)' are both called '\(text)'; a list could not tell them apart"
                    )
                }
            }
        }
    }

    /// Named expressions computed per record before the rules, each able to read the ones before it.
    mutating func readDerived(_ tree: YAMLTree?) -> [(name: String, value: Condition, slot: Int)] {
        guard let tree else { return [] }
        guard case .mapping(let pairs, _) = tree else {
            reader.error(tree.mark, "expected 'derived' as a mapping from name to expression")
            return []
        }
        var list: [(name: String, value: Condition, slot: Int)] = []
        for pair in pairs {
            let name = pair.key.text
            if scope.entries[name] != nil || scope.constants[name] != nil || name == "activities" {
                reader.error(pair.key.mark, "derived value '\(name)' has the name of a fact, field or parameter; choose another")
                continue
            }
            guard let value = reader.condition(pair.value, "derived value '\(name)'", scope: scope, expecting: nil) else { continue }
            list.append((name, value, scope.addDerived(name, type: value.type)))
        }
        return list
    }

    /// Named numbers the rules read, e.g. `fee_threshold_nok: {value: 100000, basis: {nb: …, en: …}}`: ours, not
    /// adopted text, so each says who set it and why. A bare number is read too; lint asks for its basis.
    mutating func readParameters(_ tree: YAMLTree?, facts: [FactDefinition]) -> [Parameter] {
        guard let tree else { return [] }
        guard case .mapping(let pairs, _) = tree else {
            reader.error(tree.mark, "expected 'parameters' as a mapping from name to {value, label, basis}")
            return []
        }
        var list: [Parameter] = []
        for pair in pairs {
            let name = pair.key.text
            if facts.contains(where: { $0.name == name }) || Record.fieldNames[name] != nil || name == "as_of_year" {
                reader.error(pair.key.mark, "parameter '\(name)' has the name of a fact or field; choose another")
                continue
            }
            var valueTree = pair.value
            var label: LocalizedText?
            var basis: LocalizedText?
            var type: FactType?
            if case .mapping = pair.value {
                guard
                    let p = reader.fields(
                        pair.value, "the parameter '\(name)'", allowed: ["value", "label", "basis", "type"], required: ["value", "basis"]),
                    let v = p["value"]
                else { continue }
                valueTree = v
                label = reader.localized(p["label"], "'label'", languages: languages)
                basis = reader.localized(p["basis"], "'basis'", languages: languages)
                if let t = p["type"], let typeName = reader.string(t, "a type") {
                    type = FactType(rawValue: typeName)
                    if type == nil || ![.int, .decimal, .money, .year].contains(type!) {
                        reader.error(t.mark, "expected the parameter's 'type' as int, decimal, money or year, found '\(typeName)'")
                    }
                }
            }
            guard case .scalar(let s) = valueTree, !s.isNull, s.style == .plain else {
                reader.error(valueTree.mark, "expected the parameter '\(name)' as a number")
                continue
            }
            let text = s.text.replacing("_", with: "")
            let value: Value
            if let i = Int(text) {
                value = .int(i)
            } else if let d = Double(text), d.isFinite {
                value = .decimal(d)
            } else {
                reader.error(s.mark, "expected the parameter '\(name)' as a number, found '\(s.text)'")
                continue
            }
            list.append(
                Parameter(name: name, value: value, label: label, basis: basis, type: type, location: reader.location(pair.key.mark)))
        }
        return list
    }

    /// The parameters an expression (or a reason's placeholders) reads, directly or through derived values.
    func parametersRead(_ condition: Condition?, _ template: Template? = nil) -> [String] {
        var names: [String] = []
        condition?.syntax.visitNames { name, _ in names.append(name) }
        names += template?.names ?? []
        var found: [String] = []
        for name in names {
            for p in (parameterNames.contains(name) ? [name] : []) + (derivedParameters[name] ?? []) where !found.contains(p) {
                found.append(p)
            }
        }
        return found
    }
}
