/// Loads a rule set file: schema, criteria, rules, categories, portfolio rules and tests, every
/// expression parsed and type-checked against the schema and compiled once.
public enum RuleSetLoader {
    static let topKeys = [
        "ruleset", "title", "municipality", "source", "other_sources", "applies_to", "languages", "outcomes",
        "default_outcome", "default_because", "on_unknown", "out_of_scope", "facts", "parameters", "derived", "criteria", "rules",
        "categories", "categories_apply_to", "unclassified", "portfolio_rules", "tests", "require_guards",
    ]

    /// What each outcome of the vocabulary means; an outcome of another name says its `role`.
    public static let vocabularyRoles: [String: OutcomeRole] = [
        "keep": .keep, "keep_with_conditions": .conditional, "review": .review, "make_dormant": .dormant, "exit": .exit,
        "join": .join, "do_not_join": .doNotJoin,
    ]

    /// The review vocabulary municipalities use, with bokmål and English labels.
    public static let vocabulary: [String: LocalizedText] = [
        "keep": LocalizedText(["nb": "videreføres", "en": "keep"]),
        "keep_with_conditions": LocalizedText(["nb": "videreføres med vilkår", "en": "keep with conditions"]),
        "review": LocalizedText(["nb": "vurderes", "en": "review"]),
        "make_dormant": LocalizedText(["nb": "gjøres hvilende", "en": "make dormant"]),
        "exit": LocalizedText(["nb": "vurderes avviklet", "en": "exit"]),
        "join": LocalizedText(["nb": "inngås", "en": "join"]),
        "do_not_join": LocalizedText(["nb": "inngås ikke", "en": "do not join"]),
    ]

    /// Loads and checks a rule set, with any what-if `edits` applied first; throws every problem at once.
    public static func load(_ source: SourceText, edits: [RuleSetEdit] = []) throws(DiagnosticsError) -> RuleSet {
        var reader = DocumentReader(source)
        var tree = try YAMLReader.document(source, &reader, expected: "a rule set with 'ruleset', 'facts' and 'rules'")
        do {
            for edit in edits { tree = try tree.applying(edit) }
        } catch {
            throw DiagnosticsError([error])
        }
        var builder = Builder(reader: reader)
        let ruleSet = builder.build(tree)
        let errors = builder.reader.diagnostics.filter { $0.severity == .error }
        guard let ruleSet, errors.isEmpty else { throw DiagnosticsError(builder.reader.diagnostics) }
        return ruleSet
    }
}

private struct Builder {
    var reader: DocumentReader
    var languages = ["nb", "en"]
    /// The least severe outcome whose role is review, and the outcomes that keep a tie on conditions.
    var reviewOutcome: String?
    var conditionalOutcomes: Set<String> = []
    var outcomes: [String] = []
    var sources: [String] = []
    var scope = Scope(facts: [])
    var records = RecordReader(facts: [])
    var defaultKind = "network"
    var criterionIDs: [String] = []
    var criterionKinds: [String: [String]] = [:]
    var parameterNames: Set<String> = []
    /// The parameters each derived value reads, directly or through derived values before it.
    var derivedParameters: [String: [String]] = [:]

    mutating func build(_ tree: YAMLTree) -> RuleSet? {
        guard
            let f = reader.fields(
                tree, "the rule set", allowed: RuleSetLoader.topKeys,
                required: ["ruleset", "title", "source", "outcomes", "facts", "rules"])
        else { return nil }
        if let langs = reader.strings(f["languages"], "'languages'") {
            languages = langs.map(\.0)
            for (l, mark) in langs where !["nb", "nn", "en"].contains(l) {
                reader.error(mark, "unknown language '\(l)'; expected nb, nn or en")
            }
        }
        let documents = sourceDocuments(f)
        sources = documents.map(\.file)
        let outcomeList = readOutcomes(f["outcomes"])
        outcomes = outcomeList.map(\.id)
        reviewOutcome = outcomeList.first { $0.role == .review }?.id
        conditionalOutcomes = Set(outcomeList.filter { $0.role == .conditional }.map(\.id))
        let facts = readFacts(f["facts"])
        let parameters = readParameters(f["parameters"], facts: facts)
        parameterNames = Set(parameters.map(\.name))
        scope = Scope(facts: facts).with(parameters: Dictionary(parameters.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a }))
        let derived = readDerived(f["derived"])
        for d in derived { derivedParameters[d.name] = parametersRead(d.value) }
        records = RecordReader(facts: facts)
        let appliesTo = kinds(f["applies_to"], "'applies_to'") ?? Record.kinds
        defaultKind = appliesTo.first ?? "network"

        var defaultOutcome = outcomes.first ?? "keep"
        if let t = f["default_outcome"], let o = outcome(t) { defaultOutcome = o }
        let criteria = optionalItems(f["criteria"], "'criteria'").compactMap { criterion($0) }
        criterionIDs = criteria.map(\.id)
        for c in criteria { criterionKinds[c.id] = c.appliesTo }
        let rules = optionalItems(f["rules"], "'rules'").compactMap { rule($0, criteria: criterionIDs) }
        let categories = optionalItems(f["categories"], "'categories'").compactMap { category($0) }
        let portfolioRules = optionalItems(f["portfolio_rules"], "'portfolio_rules'").compactMap { portfolioRule($0) }
        let tests = optionalItems(f["tests"], "'tests'").compactMap { test($0) }
        duplicates(rules.map { ($0.id, $0.location) }, "rule")
        duplicates(criteria.map { ($0.id, $0.location) }, "criterion")
        duplicates(categories.map { ($0.id, $0.location) }, "category")
        duplicates(portfolioRules.map { ($0.id, $0.location) }, "portfolio rule")
        for test in tests {
            for id in test.fired ?? [] where !rules.contains(where: { $0.id == id }) {
                reader.report(test.location, "test expects unknown rule '\(id)' to fire" + Suggestion.didYouMean(id, in: rules.map(\.id)))
            }
        }

        var onUnknown = UnknownPolicy.standard
        onUnknown.outcome = reviewOutcome ?? onUnknown.outcome
        if let t = f["on_unknown"],
            let u = reader.fields(t, "'on_unknown'", allowed: ["outcome", "because"], required: ["outcome", "because"])
        {
            if let t = u["outcome"], let o = outcome(t) { onUnknown.outcome = o }
            if let b = reader.localized(u["because"], "'because'", languages: languages) { onUnknown.because = b }
        } else if reviewOutcome == nil {
            reader.error(f.mark, "the rule set has no outcome with the role 'review', so it must say what unknowns lead to in 'on_unknown'")
        }
        let outOfScope = readOutOfScope(f["out_of_scope"])
        return RuleSet(
            id: reader.string(f["ruleset"], "the rule set's id") ?? "",
            title: reader.string(f["title"], "a title") ?? "",
            municipality: reader.string(f["municipality"], "a municipality") ?? "",
            sources: documents, appliesTo: appliesTo, languages: languages, outcomes: outcomeList,
            defaultOutcome: defaultOutcome,
            defaultReason: reader.localized(f["default_because"], "'default_because'", languages: languages),
            onUnknown: onUnknown, outOfScope: outOfScope, facts: facts, parameters: parameters, derived: derived, scope: scope,
            criteria: criteria, rules: rules,
            categories: categories, categoriesApplyTo: kinds(f["categories_apply_to"], "'categories_apply_to'"),
            unclassified: unclassified(f["unclassified"]),
            portfolioRules: portfolioRules, tests: tests,
            requireGuards: f["require_guards"].flatMap { reader.bool($0, "'require_guards'") } ?? false, file: reader.source.path)
    }

    mutating func optionalItems(_ tree: YAMLTree?, _ what: String) -> [YAMLTree] {
        guard let tree else { return [] }
        return listItems(tree, what)
    }

    mutating func duplicates(_ ids: [(String, SourceLocation)], _ what: String) {
        var first: [String: SourceLocation] = [:]
        for (id, location) in ids {
            if let earlier = first[id] {
                reader.report(location, "duplicate \(what) id '\(id)'; first defined at line \(earlier.line)")
            } else {
                first[id] = location
            }
        }
    }

    mutating func kinds(_ tree: YAMLTree?, _ what: String) -> [String]? {
        guard let list = reader.strings(tree, what) else { return nil }
        for (kind, mark) in list where !Record.kinds.contains(kind) {
            reader.error(mark, "unknown kind '\(kind)'" + Suggestion.didYouMean(kind, in: Record.kinds))
        }
        return list.map(\.0)
    }

    mutating func sourceDocuments(_ f: Fields) -> [SourceDocument] {
        var documents: [SourceDocument] = []
        var trees: [YAMLTree] = []
        if let t = f["source"] { trees.append(t) }
        if let t = f["other_sources"] {
            if case .sequence(let items, _) = t { trees += items } else { reader.error(t.mark, "expected 'other_sources' as a list") }
        }
        for t in trees {
            guard
                let d = reader.fields(
                    t, "a source document", allowed: ["file", "title", "adopted", "case", "sha256"], required: ["file", "title"]),
                let file = reader.string(d["file"], "a file name"), let title = reader.string(d["title"], "a title")
            else { continue }
            var adopted: String?
            if let a = d["adopted"] { adopted = reader.date(a, "'adopted'") }
            var sha: String?
            if let t = d["sha256"], let s = reader.string(t, "a SHA-256") {
                if s.count == 64, s.allSatisfy(\.isHexDigit) {
                    sha = s.lowercased()
                } else {
                    reader.error(t.mark, "expected 'sha256' as 64 hexadecimal digits, found '\(s)'")
                }
            }
            documents.append(
                SourceDocument(
                    file: file, title: title, adopted: adopted, caseReference: reader.string(d["case"], "a case reference"),
                    sha256: sha, location: reader.location(d.mark)))
        }
        return documents
    }

    mutating func readOutcomes(_ tree: YAMLTree?) -> [Outcome] {
        guard let tree, case .sequence(let items, _) = tree else {
            if let tree { reader.error(tree.mark, "expected 'outcomes' as a list from least to most severe") }
            return []
        }
        var list: [Outcome] = []
        for item in items {
            if case .scalar(let s) = item, !s.isNull {
                guard let label = RuleSetLoader.vocabulary[s.text] else {
                    reader.error(
                        s.mark,
                        "unknown outcome '\(s.text)'" + Suggestion.didYouMean(s.text, in: RuleSetLoader.vocabulary.keys.sorted())
                            + "; a new outcome needs a label: {id: \(s.text), label: {nb: ..., en: ...}}")
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
                    d["type"]!.mark, "unknown type '\(typeName)'" + Suggestion.didYouMean(typeName, in: FactType.allCases.map(\.rawValue)))
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
            facts.append(fact)
        }
        return facts
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

    /// `out_of_scope: {because, cite}` for every kind not assessed, or a list of `{kinds, because, cite}`, one per kind.
    mutating func readOutOfScope(_ tree: YAMLTree?) -> [OutOfScope] {
        guard let tree else { return [] }
        let items: [YAMLTree]
        if case .sequence(let list, _) = tree { items = list } else { items = [tree] }
        var entries: [OutOfScope] = []
        for item in items {
            guard let o = reader.fields(item, "'out_of_scope'", allowed: ["kinds", "because", "cite"], required: ["because"]) else {
                continue
            }
            entries.append(
                OutOfScope(
                    kinds: kinds(o["kinds"], "'kinds'"),
                    because: reader.localized(o["because"], "'because'", languages: languages) ?? LocalizedText([:]),
                    citation: o["cite"].flatMap { citation($0) }))
        }
        return entries
    }

    mutating func citation(_ tree: YAMLTree) -> Citation? {
        guard let c = reader.fields(tree, "a citation", allowed: ["document", "section", "quote", "translation"], required: ["quote"]),
            let quote = reader.string(c["quote"], "a quote")
        else { return nil }
        var document = sources.first ?? ""
        if let t = c["document"], let d = reader.string(t, "a document") {
            if sources.contains(d) {
                document = d
            } else {
                reader.error(t.mark, "cited document '\(d)' is not among the rule set's sources" + Suggestion.didYouMean(d, in: sources))
            }
        }
        return Citation(
            document: document, section: reader.string(c["section"], "a section"), quote: quote,
            translation: reader.string(c["translation"], "a translation"), location: reader.location(c.mark),
            quoteLocation: c.pairs["quote"].map { pair in
                if case .scalar(let s) = pair.value { return reader.locate(s, offset: 0) }
                return reader.location(pair.value.mark)
            } ?? reader.location(c.mark))
    }

    /// A reason text whose placeholders must all be names the record has.
    mutating func template(_ tree: YAMLTree?, _ what: String, names: [String]) -> Template? {
        guard let tree, let text = reader.localized(tree, what, languages: languages) else { return nil }
        let template = Template(text)
        for name in template.names where !names.contains(name) {
            reader.error(tree.mark, "\(what) names unknown value '{\(name)}'" + Suggestion.didYouMean(name, in: names))
        }
        return template
    }

    var recordNames: [String] { scope.slotNames + scope.constants.keys.sorted() }

    mutating func criterion(_ tree: YAMLTree) -> Criterion? {
        guard
            let c = reader.fields(
                tree, "a criterion", allowed: ["id", "title", "cite", "score", "applies_to"], required: ["id", "title"]),
            let id = reader.string(c["id"], "a criterion id")
        else { return nil }
        return Criterion(
            id: id, title: reader.localized(c["title"], "'title'", languages: languages) ?? LocalizedText([:]),
            citation: c["cite"].flatMap { citation($0) },
            score: reader.condition(c["score"], "the score of '\(id)'", scope: scope, expecting: nil),
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
                reader.error(t.mark, "unknown criterion '\(c)'" + Suggestion.didYouMean(c, in: criteria))
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

    mutating func listItems(_ tree: YAMLTree, _ what: String) -> [YAMLTree] {
        guard case .sequence(let items, _) = tree else {
            reader.error(tree.mark, "expected \(what) as a list, found \(DocumentReader.describe(tree))")
            return []
        }
        return items
    }

    mutating func unclassified(_ tree: YAMLTree?) -> UnclassifiedPolicy? {
        guard let tree,
            let u = reader.fields(tree, "'unclassified'", allowed: ["outcome", "because", "cite"], required: ["because"]),
            let because = reader.localized(u["because"], "'because'", languages: languages)
        else { return nil }
        return UnclassifiedPolicy(
            outcome: u["outcome"].flatMap { outcome($0) }, because: because, citation: u["cite"].flatMap { citation($0) })
    }

    mutating func requirementCriterion(_ q: Fields) -> String? {
        guard let t = q["criterion"], let c = reader.string(t, "a criterion id") else { return nil }
        guard criterionIDs.contains(c) else {
            reader.error(t.mark, "unknown criterion '\(c)'" + Suggestion.didYouMean(c, in: criterionIDs))
            return nil
        }
        return c
    }

    mutating func category(_ tree: YAMLTree) -> Category? {
        guard
            let c = reader.fields(
                tree, "a category", allowed: ["id", "label", "when", "because", "cite", "to_enter", "requires"],
                required: ["id", "label", "when"]),
            let id = reader.string(c["id"], "a category id")
        else { return nil }
        var requirements: [Requirement] = []
        for item in c["requires"].map({ listItems($0, "'requires'") }) ?? [] {
            guard
                let q = reader.fields(
                    item, "a requirement", allowed: ["id", "criterion", "holds", "outcome", "because", "cite"],
                    required: ["id", "holds", "because", "cite"]),
                let rid = reader.string(q["id"], "a requirement id"),
                let holds = reader.condition(q["holds"], "'holds' of '\(rid)'", scope: scope),
                let because = template(q["because"], "'because' of '\(rid)'", names: recordNames),
                let cite = q["cite"].flatMap({ citation($0) })
            else { continue }
            let o = q["outcome"].flatMap { outcome($0) } ?? reviewOutcome ?? outcomes.last ?? "review"
            requirements.append(
                Requirement(
                    id: rid, criterion: requirementCriterion(q), holds: holds, outcome: o, because: because, citation: cite,
                    parameters: parametersRead(holds, because), location: reader.location(q.mark)))
        }
        guard let when = reader.condition(c["when"], "'when' of category '\(id)'", scope: scope),
            let label = reader.localized(c["label"], "'label'", languages: languages)
        else { return nil }
        return Category(
            id: id, label: label, when: when,
            because: template(c["because"], "'because' of category '\(id)'", names: recordNames),
            citation: c["cite"].flatMap { citation($0) },
            toEnter: reader.localized(c["to_enter"], "'to_enter'", languages: languages), requirements: requirements,
            location: reader.location(c.mark))
    }

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
