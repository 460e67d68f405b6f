// The rule set's schema: outcomes and their roles, facts, derived values and parameters.
extension RuleSetBuilder {
    mutating func readOutcomes(_ tree: YAMLTree?) -> [Outcome] {
        guard let tree, case .sequence(let items, _) = tree else {
            if let tree {
                reader.error(
                    tree.mark,
                    .expected(
                        .key("outcomes"), .outcomes(words: RuleSetLoader.vocabularyRoles.keys.sorted()),
                        found: DocumentReader.describe(tree)))
            }
            return []
        }
        var list: [Outcome] = []
        for item in items {
            if case .scalar(let s) = item, !s.isNull {
                guard let label = RuleSetLoader.vocabulary[s.text] else {
                    reader.error(
                        s.mark,
                        .unknownOutcomeNeedsRole(
                            s.text, Suggestion.choices(s.text, in: RuleSetLoader.vocabulary.keys.sorted(), .outcomesWithLabel),
                            roles: OutcomeRole.allCases.map(\.rawValue)))
                    continue
                }
                list.append(Outcome(id: s.text, label: label, role: RuleSetLoader.vocabularyRoles[s.text]!))
            } else if let o = reader.fields(item, .part(.outcome), allowed: ["id", "label", "role"], required: ["id", "label"]),
                let id = reader.string(o["id"], .key("id")), let label = reader.localized(o["label"], .key("label"), languages: languages)
            {
                let roles = OutcomeRole.allCases.map(\.rawValue)
                if let t = o["role"] {
                    guard let name = reader.string(t, .key("role")), let role = OutcomeRole(rawValue: name) else {
                        if case .scalar(let s) = t {
                            reader.error(s.mark, .unknownRole(s.text, Suggestion.choices(s.text, in: roles, listing: .expectedOneOf)))
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
                    reader.error(o.keyMark("id"), .outcomeNeedsRole(id, roles: roles))
                    list.append(Outcome(id: id, label: label, role: .review))
                }
            }
        }
        duplicates(list.map { ($0.id, reader.location(tree.mark)) }, .outcome)
        return list
    }

    mutating func outcome(_ tree: YAMLTree) -> String? {
        guard let s = reader.scalar(tree, .key("outcome")) else { return nil }
        guard outcomes.contains(s.text) else {
            reader.error(s.mark, .unknownOutcome(s.text, Suggestion.choices(s.text, in: outcomes, listing: .declared)))
            return nil
        }
        return s.text
    }

    mutating func readFacts(_ tree: YAMLTree?) -> [FactDefinition] {
        guard let tree, case .mapping(let pairs, _) = tree else {
            if let tree { reader.error(tree.mark, .expected(.key("facts"), .mappingFromFactName, found: DocumentReader.describe(tree))) }
            return []
        }
        var facts: [FactDefinition] = []
        for pair in pairs {
            let name = pair.key.text
            if Record.fieldNames[name] != nil || ["as_of_year", "activities"].contains(name) {
                reader.error(pair.key.mark, .builtInField(name))
                continue
            }
            guard
                let d = reader.fields(
                    pair.value, .named(.fact, name),
                    allowed: ["type", "values", "range", "description", "label", "topic", "says", "max_age"],
                    required: ["type"]),
                let typeName = reader.string(d["type"], .key("type"))
            else { continue }
            guard let type = FactType(rawValue: typeName) else {
                reader.error(
                    d["type"]!.mark, .unknownType(typeName, Suggestion.choices(typeName, in: FactType.allCases.map(\.rawValue), .types)))
                continue
            }
            // `values: [a, b]`, or `values: {a: {nb: …, en: …}, …}` with what each is called in each language.
            var values: [String]?
            var valueLabels: [String: LocalizedText] = [:]
            if let t = d["values"], case .mapping(let pairs, _) = t {
                values = pairs.map(\.key.text)
                for pair in pairs {
                    if let label = reader.localized(pair.value, .named(.labelOf, pair.key.text), languages: languages) {
                        valueLabels[pair.key.text] = label
                    }
                }
            } else {
                values = reader.strings(d["values"], .key("values"))?.map(\.0)
            }
            if (type == .enum || type == .set), values == nil {
                reader.error(pair.key.mark, .factNeedsValues(type: type.rawValue, name))
            }
            // A set is kept as one bit per allowed value in a 64-bit word; a longer list is a list of facts in disguise.
            if type == .set, let values, values.count > 64, let t = d["values"] {
                reader.error(t.mark, .setTooLarge(name, count: values.count))
            }
            // Reports print a fact's label (in «mangler …», the data gaps) and its values' labels (in reasons): an id
            // there is an internal code in a council document, so a rule set without them does not load.
            if d["label"] == nil {
                let example = languages.map { "\($0): …" }.joined(separator: ", ")
                reader.error(pair.key.mark, .factNeedsLabel(name, example: example))
            }
            if let values, d["values"].map({ if case .mapping = $0 { false } else { true } }) == true, !values.isEmpty {
                let example = languages.map { "\($0): …" }.joined(separator: ", ")
                reader.error(d["values"]!.mark, .valuesNeedLabels(name, first: values[0], example: example))
            }
            var range: ClosedRange<Double>?
            if let r = d["range"] {
                if case .sequence(let bounds, _) = r, bounds.count == 2,
                    let low = reader.number(bounds[0], .key("range")), let high = reader.number(bounds[1], .key("range")), low <= high
                {
                    range = low...high
                } else {
                    reader.error(r.mark, .expected(.key("range"), .lowHigh, found: nil))
                }
            }
            var fact = FactDefinition(
                name: name, type: type, values: values, range: range,
                description: reader.string(d["description"], .key("description")),
                label: reader.localized(d["label"], .key("label"), languages: languages),
                location: reader.location(pair.key.mark))
            fact.valueLabels = valueLabels
            fact.topic = reader.localized(d["topic"], .key("topic"), languages: languages)
            if let t = d["says"] { fact.says = says(t, type: type) }
            fact.maxAge = d["max_age"].flatMap { reader.string($0, .key("max_age")) }
            checkLabels(fact, at: pair.key.mark, among: facts)
            facts.append(fact)
        }
        return facts
    }

    /// `says: {yes: {nb: …}, no: {nb: …}}` for a yes or no, `says: {nb: "… {value} …"}` for any other fact.
    mutating func says(_ tree: YAMLTree, type: FactType) -> FactDefinition.Says? {
        if type == .bool {
            guard let f = reader.fields(tree, .key("says"), allowed: ["yes", "no"]) else { return nil }
            return FactDefinition.Says(
                yes: reader.localized(f["yes"], .key("yes"), languages: languages),
                no: reader.localized(f["no"], .key("no"), languages: languages))
        }
        // A scale may say each of its points: `says: {0: {nb: …}, 1: {nb: …}, …}`.
        if type == .int, case .mapping(let pairs, _) = tree, !pairs.isEmpty, pairs.allSatisfy({ Int($0.key.text) != nil }) {
            var says = FactDefinition.Says()
            for pair in pairs {
                if let text = reader.localized(pair.value, .key(pair.key.text), languages: languages) {
                    says.points[Int(pair.key.text)!] = text
                }
            }
            return says
        }
        guard let text = reader.localized(tree, .key("says"), languages: languages) else { return nil }
        if text.texts.values.contains(where: { !$0.contains("{value}") }) {
            reader.error(tree.mark, .saysNeedsValue)
            return nil
        }
        return FactDefinition.Says(value: text)
    }

    /// The headings a spreadsheet's built-in columns go by, normalised, and what each heads.
    static let fieldHeadings: [String: Phrase.HeadingOwner] = {
        var taken: [String: Phrase.HeadingOwner] = [:]
        for (field, words) in Record.fieldHeadings {
            for word in [field] + words.values.flatMap({ $0 }) { taken[CellReader.normalized(word)] = .field(field) }
        }
        for word in CellReader.activityColumnWords { taken[word] = .activityColumn }
        return taken
    }()

    /// A fact's label heads its column in a spreadsheet and its values fill its lists: one line each, short, and
    /// unlike every other heading, or a list filled in could not be read back as it was meant.
    mutating func checkLabels(_ fact: FactDefinition, at mark: YAMLMark, among earlier: [FactDefinition]) {
        var taken = Self.fieldHeadings
        for other in earlier {
            for text in [other.name] + (other.label?.texts.values.map { $0 } ?? []) {
                taken[CellReader.normalized(text)] = .fact(other.name)
            }
        }
        func check(_ text: String, _ what: Phrase.Subject) -> Bool {
            guard YAMLText.isPlain(text), text.count <= 200, !CellReader.normalized(text).isEmpty else {
                reader.error(mark, .labelOneLine(what, CellReader.shortened(text)))
                return false
            }
            return true
        }
        for (language, text) in (fact.label?.texts ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard check(text, .inLanguage(.named(.labelOf, fact.name), language)) else { continue }
            if let owner = taken[CellReader.normalized(text)] {
                reader.error(mark, .labelIsHeading(text, of: fact.name, owner: owner))
            }
        }
        for (value, label) in fact.valueLabels.sorted(by: { $0.key < $1.key }) {
            for (language, text) in label.texts.sorted(by: { $0.key < $1.key }) {
                guard check(text, .inLanguage(.named(.valueLabelOf, value), language)) else { continue }
                let clash = fact.valueLabels.first { other in
                    other.key < value && other.value.texts[language].map(CellReader.normalized) == CellReader.normalized(text)
                }
                if let clash {
                    reader.error(mark, .valuesSameLabel(clash.key, value, of: fact.name, label: text))
                }
            }
        }
    }

    /// Named expressions computed per record before the rules, each able to read the ones before it.
    mutating func readDerived(_ tree: YAMLTree?) -> [(name: String, value: Condition, slot: Int)] {
        guard let tree else { return [] }
        guard case .mapping(let pairs, _) = tree else {
            reader.error(tree.mark, .expected(.key("derived"), .mappingFromName, found: DocumentReader.describe(tree)))
            return []
        }
        var list: [(name: String, value: Condition, slot: Int)] = []
        for pair in pairs {
            let name = pair.key.text
            if scope.entries[name] != nil || scope.constants[name] != nil || name == "activities" {
                reader.error(pair.key.mark, .derivedNameTaken(name))
                continue
            }
            guard let value = reader.condition(pair.value, .named(.derivedValue, name), scope: scope, expecting: nil) else { continue }
            list.append((name, value, scope.addDerived(name, type: value.type)))
        }
        return list
    }

    /// Named numbers the rules read, e.g. `fee_threshold_nok: {value: 100000, basis: {nb: …, en: …}}`: ours, not
    /// adopted text, so each says who set it and why. A bare number is read too; lint asks for its basis.
    mutating func readParameters(_ tree: YAMLTree?, facts: [FactDefinition]) -> [Parameter] {
        guard let tree else { return [] }
        guard case .mapping(let pairs, _) = tree else {
            reader.error(tree.mark, .expected(.key("parameters"), .parameters, found: DocumentReader.describe(tree)))
            return []
        }
        var list: [Parameter] = []
        for pair in pairs {
            let name = pair.key.text
            if facts.contains(where: { $0.name == name }) || Record.fieldNames[name] != nil || name == "as_of_year" {
                reader.error(pair.key.mark, .parameterNameTaken(name))
                continue
            }
            var valueTree = pair.value
            var label: LocalizedText?
            var basis: LocalizedText?
            var type: FactType?
            var stated: Citation?
            if case .mapping = pair.value {
                guard
                    let p = reader.fields(
                        pair.value, .named(.parameter, name), allowed: ["value", "label", "basis", "stated", "type"],
                        required: ["value"]),
                    let v = p["value"]
                else { continue }
                valueTree = v
                label = reader.localized(p["label"], .key("label"), languages: languages)
                basis = reader.localized(p["basis"], .key("basis"), languages: languages)
                stated = p["stated"].flatMap { citation($0) }
                if let t = p["type"], let typeName = reader.string(t, .key("type")) {
                    type = FactType(rawValue: typeName)
                    if type == nil || ![.int, .decimal, .money, .year].contains(type!) {
                        reader.error(t.mark, .expected(.key("type"), .parameterType, found: .text(typeName)))
                    }
                }
            }
            guard case .scalar(let s) = valueTree, !s.isNull, s.style == .plain else {
                reader.error(valueTree.mark, .expected(.named(.parameter, name), .number, found: DocumentReader.describe(valueTree)))
                continue
            }
            let text = s.text.replacing("_", with: "")
            let value: Value
            if let i = Int(text) {
                value = .int(i)
            } else if let d = Double(text), d.isFinite {
                value = .decimal(d)
            } else {
                reader.error(s.mark, .expected(.named(.parameter, name), .number, found: .text(s.text)))
                continue
            }
            list.append(
                Parameter(
                    name: name, value: value, label: label, basis: basis, type: type, location: reader.location(pair.key.mark),
                    stated: stated))
        }
        return list
    }

    /// The parameters of ours an expression (or a reason's placeholders) reads, directly or through derived values;
    /// a number the strategy states is not ours.
    func parametersRead(_ condition: Condition?, _ template: Template? = nil, stated: Bool = false) -> [String] {
        var names: [String] = []
        condition?.syntax.visitNames { name, _ in names.append(name) }
        names += template?.names ?? []
        var found: [String] = []
        for name in names {
            for p in (parameterNames.contains(name) ? [name] : []) + (derivedParameters[name] ?? [])
            where !found.contains(p) && statedParameters.contains(p) == stated {
                found.append(p)
            }
        }
        return found
    }
}
