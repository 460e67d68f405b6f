/// Loads a rule set file: schema, criteria, rules, categories, portfolio rules and tests, every
/// expression parsed and type-checked against the schema and compiled once.
public enum RuleSetLoader {
    static let topKeys = [
        "ruleset", "title", "municipality", "source", "other_sources", "applies_to", "languages", "outcomes",
        "default_outcome", "default_because", "on_unknown", "out_of_scope", "facts", "parameters", "derived", "criteria", "rules",
        "categories", "categories_apply_to", "unclassified", "portfolio_rules", "tests", "require_guards", "council", "annual_cost",
        "council_decisions", "evidence_max_age",
    ]

    /// What each outcome of the vocabulary means; an outcome of another name says its `role`.
    public static let vocabularyRoles: [String: OutcomeRole] = [
        "keep": .keep, "keep_with_conditions": .conditional, "review": .review, "make_dormant": .dormant, "exit": .exit,
        "join": .join, "do_not_join": .doNotJoin,
    ]

    /// The review vocabulary municipalities use, with bokmål and English labels.
    public static let vocabulary: [String: LocalizedText] = Dictionary(
        uniqueKeysWithValues: VocabularyOutcome.allCases.map { o in (o.rawValue, Phrasebook.everyLanguage { $0.outcome(o) }) })

    /// Loads and checks a rule set, with any what-if `edits` applied first; throws every problem at once. A rule set
    /// another file names (`reference`) must look like one before any of its lines is quoted.
    public static func load(_ source: SourceText, edits: [RuleSetEdit] = [], reference: FileReference? = nil) throws(DiagnosticsError)
        -> RuleSet
    {
        var reader = DocumentReader(source)
        var tree = try YAMLReader.referencedDocument(
            source, &reader, expected: .ruleSet, reference: reference, kind: .ruleSet)
        do {
            for edit in edits { tree = try tree.applying(edit) }
        } catch {
            throw DiagnosticsError([error])
        }
        var builder = RuleSetBuilder(reader: reader)
        let ruleSet = builder.build(tree)
        let errors = builder.reader.diagnostics.filter { $0.severity == .error }
        guard var ruleSet, errors.isEmpty else { throw DiagnosticsError(builder.reader.diagnostics) }
        ruleSet.readingWarnings = builder.reader.diagnostics
        return ruleSet
    }
}

/// Reads a rule set's sections one by one (one file per section: schema, citations, rules, categories, portfolio
/// rules and tests), collecting every problem with its location.
struct RuleSetBuilder {
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
    var statedParameters: Set<String> = []
    /// The parameters each derived value reads, directly or through derived values before it.
    var derivedParameters: [String: [String]] = [:]

    mutating func build(_ tree: YAMLTree) -> RuleSet? {
        guard
            let f = reader.fields(
                tree, .part(.ruleSet), allowed: RuleSetLoader.topKeys,
                required: ["ruleset", "title", "source", "outcomes", "facts", "rules"])
        else { return nil }
        if let langs = reader.strings(f["languages"], .key("languages")) {
            languages = langs.map(\.0)
            for (l, mark) in langs where Language(rawValue: l) == nil {
                reader.error(mark, .unknownLanguage(l))
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
        statedParameters = Set(parameters.filter { !$0.isOurs }.map(\.name))
        let yearParameters = parameters.filter { if case .int(let n) = $0.value { n > 0 } else { false } }.map(\.name)
        for fact in facts {
            if let age = fact.maxAge, !yearParameters.contains(age) {
                reader.report(
                    fact.location,
                    .notAValue(age, of: .key("max_age"), Suggestion.choices(age, in: yearParameters, listing: .expectedOneOf)))
            }
        }
        scope = Scope(facts: facts).with(parameters: Dictionary(parameters.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a }))
        let derived = readDerived(f["derived"])
        for d in derived { derivedParameters[d.name] = parametersRead(d.value) }
        records = RecordReader(facts: facts)
        let appliesTo = kinds(f["applies_to"], .key("applies_to")) ?? Record.kinds
        defaultKind = appliesTo.first ?? "network"

        var defaultOutcome = outcomes.first ?? "keep"
        if let t = f["default_outcome"], let o = outcome(t) { defaultOutcome = o }
        let criteria = optionalItems(f["criteria"], .key("criteria")).compactMap { criterion($0) }
        criterionIDs = criteria.map(\.id)
        for c in criteria { criterionKinds[c.id] = c.appliesTo }
        let rules = optionalItems(f["rules"], .key("rules")).compactMap { rule($0, criteria: criterionIDs) }
        let categories = optionalItems(f["categories"], .key("categories")).compactMap { category($0) }
        let portfolioRules = optionalItems(f["portfolio_rules"], .key("portfolio_rules")).compactMap { portfolioRule($0) }
        let tests = optionalItems(f["tests"], .key("tests")).compactMap { test($0) }
        duplicates(rules.map { ($0.id, $0.location) }, .rule)
        duplicates(criteria.map { ($0.id, $0.location) }, .criterion)
        duplicates(categories.map { ($0.id, $0.location) }, .category)
        duplicates(portfolioRules.map { ($0.id, $0.location) }, .portfolioRule)
        for test in tests {
            for id in test.fired ?? [] where !rules.contains(where: { $0.id == id }) {
                reader.report(test.location, .testExpectsUnknownRule(id, Suggestion.choices(id, in: rules.map(\.id), .rules)))
            }
        }

        var onUnknown = UnknownPolicy.standard
        onUnknown.outcome = reviewOutcome ?? onUnknown.outcome
        if let t = f["on_unknown"],
            let u = reader.fields(t, .key("on_unknown"), allowed: ["outcome", "because"], required: ["outcome", "because"])
        {
            if let t = u["outcome"], let o = outcome(t) { onUnknown.outcome = o }
            if let b = reader.localized(u["because"], .key("because"), languages: languages) { onUnknown.because = b }
        } else if reviewOutcome == nil {
            reader.error(f.mark, .noReviewOutcome)
        }
        let council = f["council"].flatMap { readCouncil($0) }
        let decisions = optionalItems(f["council_decisions"], .key("council_decisions")).compactMap { councilDecision($0) }
        let outOfScope = readOutOfScope(f["out_of_scope"])
        return RuleSet(
            id: reader.string(f["ruleset"], .key("ruleset")) ?? "",
            title: reader.string(f["title"], .key("title")) ?? "",
            municipality: reader.string(f["municipality"], .key("municipality")) ?? "",
            sources: documents, appliesTo: appliesTo, languages: languages.compactMap(Language.init(rawValue:)), outcomes: outcomeList,
            defaultOutcome: defaultOutcome,
            defaultReason: reader.localized(f["default_because"], .key("default_because"), languages: languages),
            onUnknown: onUnknown, outOfScope: outOfScope, facts: facts, parameters: parameters, derived: derived, scope: scope,
            criteria: criteria, rules: rules,
            categories: categories, categoriesApplyTo: kinds(f["categories_apply_to"], .key("categories_apply_to")),
            unclassified: unclassified(f["unclassified"]),
            portfolioRules: portfolioRules, tests: tests,
            requireGuards: f["require_guards"].flatMap { reader.bool($0, .key("require_guards")) } ?? false, file: reader.source.path,
            council: council ?? .standard, councilDecisions: decisions, annualCost: annualCost(f["annual_cost"], facts),
            evidenceMaxAge: ageParameter(f["evidence_max_age"], .key("evidence_max_age"), parameters))
    }

    /// `{id, body, date, case, when, cite, asks}`: a council decision and the ties it bears on.
    mutating func councilDecision(_ tree: YAMLTree) -> CouncilDecision? {
        guard
            let d = reader.fields(
                tree, .key("council_decisions"), allowed: ["id", "body", "date", "case", "when", "cite", "asks", "remark"],
                required: ["id", "body", "date", "when", "cite"]),
            let id = reader.string(d["id"], .key("id")), let body = reader.localized(d["body"], .key("body"), languages: languages),
            let date = reader.date(d["date"], .key("date")), let when = reader.condition(d["when"], .key("when"), scope: scope),
            let cite = d["cite"].flatMap({ citation($0) })
        else { return nil }
        var asks: CouncilDecision.Ask?
        if let t = d["asks"], let s = reader.string(t, .key("asks")) {
            asks = CouncilDecision.Ask(rawValue: s)
            if asks == nil {
                reader.error(t.mark, .notAValue(s, of: .key("asks"), Suggestion.choices(s, in: ["funding_plan"], listing: .expectedOneOf)))
            }
        }
        var decision = CouncilDecision(
            id: id, body: body, date: date, caseNumber: reader.string(d["case"], .key("case")), when: when, citation: cite, asks: asks)
        decision.remark = d["remark"].flatMap { reader.bool($0, .key("remark")) } ?? false
        return decision
    }

    /// `evidence_max_age: evidence_years` (or a fact's `max_age:`): a parameter of whole years, with its basis.
    mutating func ageParameter(_ tree: YAMLTree?, _ what: Phrase.Subject, _ parameters: [Parameter]) -> String? {
        guard let tree, let name = reader.string(tree, what) else { return nil }
        let years = parameters.filter { if case .int(let n) = $0.value { n > 0 } else { false } }.map(\.name)
        guard years.contains(name) else {
            reader.error(tree.mark, .notAValue(name, of: what, Suggestion.choices(name, in: years, listing: .expectedOneOf)))
            return nil
        }
        return name
    }

    /// `annual_cost: annual_fee_nok`: a declared money fact.
    mutating func annualCost(_ tree: YAMLTree?, _ facts: [FactDefinition]) -> String? {
        guard let tree, let name = reader.string(tree, .key("annual_cost")) else { return nil }
        let money = facts.filter { $0.type == .money }.map(\.name)
        guard money.contains(name) else {
            reader.error(tree.mark, .notAValue(name, of: .key("annual_cost"), Suggestion.choices(name, in: money, listing: .expectedOneOf)))
            return nil
        }
        return name
    }

    /// `council: {proposer: {nb: byrådet, …}, body: {nb: bystyret, …}, proposal: {nb: Byrådets innstilling, …}}`.
    mutating func readCouncil(_ tree: YAMLTree) -> RuleSet.Council? {
        guard
            let c = reader.fields(
                tree, .key("council"), allowed: ["proposer", "proposal", "body", "before"], required: ["proposer", "body"]),
            let proposer = reader.localized(c["proposer"], .key("proposer"), languages: languages),
            let body = reader.localized(c["body"], .key("body"), languages: languages)
        else { return nil }
        var council = RuleSet.Council(
            proposer: proposer, proposal: reader.localized(c["proposal"], .key("proposal"), languages: languages), body: body)
        if let t = c["before"] {
            council.before = listItems(t, .key("before")).compactMap { reader.localized($0, .key("before"), languages: languages) }
        }
        return council
    }

    mutating func optionalItems(_ tree: YAMLTree?, _ what: Phrase.Subject) -> [YAMLTree] {
        guard let tree else { return [] }
        return listItems(tree, what)
    }

    mutating func duplicates(_ ids: [(String, SourceLocation)], _ what: Phrase.Part) {
        var first: [String: SourceLocation] = [:]
        for (id, location) in ids {
            if let earlier = first[id] {
                reader.report(location, .duplicateID(what, id, firstLine: earlier.line))
            } else {
                first[id] = location
            }
        }
    }

    mutating func kinds(_ tree: YAMLTree?, _ what: Phrase.Subject) -> [String]? {
        guard let list = reader.strings(tree, what) else { return nil }
        for (kind, mark) in list where !Record.kinds.contains(kind) {
            reader.error(mark, .unknownKind(kind, Suggestion.choices(kind, in: Record.kinds, .kinds)))
        }
        return list.map(\.0)
    }

    mutating func sourceDocuments(_ f: Fields) -> [SourceDocument] {
        var documents: [SourceDocument] = []
        var trees: [YAMLTree] = []
        if let t = f["source"] { trees.append(t) }
        if let t = f["other_sources"] {
            if case .sequence(let items, _) = t {
                trees += items
            } else {
                reader.error(
                    t.mark,
                    .expected(.key("other_sources"), .listOf("{file, title, adopted, case, sha256}"), found: DocumentReader.describe(t)))
            }
        }
        for t in trees {
            guard
                let d = reader.fields(
                    t, .part(.sourceDocument), allowed: ["file", "title", "adopted", "case", "sha256"], required: ["file", "title"]),
                let file = reader.string(d["file"], .key("file")), let title = reader.string(d["title"], .key("title"))
            else { continue }
            var adopted: ReviewDate?
            if let a = d["adopted"] { adopted = reader.date(a, .key("adopted")) }
            var sha: String?
            if let t = d["sha256"], let s = reader.string(t, .key("sha256")) {
                if s.count == 64, s.allSatisfy(\.isHexDigit) {
                    sha = s.lowercased()
                } else {
                    reader.error(t.mark, .expected(.key("sha256"), .sha256, found: .text(s)))
                }
            }
            documents.append(
                SourceDocument(
                    file: file, title: title, adopted: adopted, caseReference: reader.string(d["case"], .key("case")),
                    sha256: sha, location: reader.location(d.mark)))
        }
        return documents
    }

}
