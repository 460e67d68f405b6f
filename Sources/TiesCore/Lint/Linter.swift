/// Static checks of a loaded rule set, beyond what loading already rejects: conditions that can never be
/// true, shadowed categories, facts no rule reads, criteria no rule implements, unguarded facts where the
/// rule set requires guards, and — given the strategy documents — quotes that are not verbatim and
/// documents that changed since the rules were written.
public struct Linter: Sendable {
    public let ruleSet: RuleSet

    public init(ruleSet: RuleSet) { self.ruleSet = ruleSet }

    /// The documents a rule set cites that were found, by file name, with their SHA-256 as computed by the caller,
    /// and the folders searched for them.
    public struct Sources: Sendable {
        /// The folders looked in, in order, as the user would write them.
        public var searched: [String]
        public var documents: [String: (text: String, sha256: String)]
        /// Whether a document that was not found fails the lint (`--strict`): its quotes could not be checked.
        public var missingIsError: Bool

        public init(searched: [String], documents: [String: (text: String, sha256: String)], missingIsError: Bool = false) {
            self.searched = searched
            self.documents = documents
            self.missingIsError = missingIsError
        }
    }

    /// How many of the rule set's quotes were checked against their documents, and how many could not be.
    public func quoteCounts(_ sources: Sources) -> (checked: Int, unchecked: Int) {
        let checked = ruleSet.citations.filter { sources.documents[$0.document] != nil }.count
        return (checked, ruleSet.citations.count - checked)
    }

    public func lint(sources: Sources? = nil) -> [Diagnostic] {
        var found = ruleSet.readingWarnings
        found += neverTrue()
        found += shadowedCategories()
        found += unreadFacts()
        found += unimplementedCriteria()
        if ruleSet.requireGuards { found += unguardedFacts() }
        found += unguardedOptionalFields() + criteriaOfOneTie() + rulesReadingNoTie()
        found += parametersWithoutBasis() + unstatedNumbers()
        if let sources { found += documents(sources) + quotes(sources) }
        let english = Phrasebook(.en)
        return found.sorted { ($0.location, $0.text(english)) < ($1.location, $1.text(english)) }
    }

    var factsByName: [String: FactDefinition] { Dictionary(ruleSet.facts.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a }) }

    /// Whether a sentence states a number: its digits stand in it, in groups of three or not («100 000», «2025»); a
    /// year also in a date written with two digits («27.02.19» states 2019).
    static func states(_ quote: String, _ value: Value) -> Bool {
        guard let n = value.number else { return false }
        if n == n.rounded(), (1900...2099).contains(Int(n)) {
            let yy = String(Int(n)).suffix(2)
            let words = quote.split { $0.isWhitespace || ",;:()«»".contains($0) }
            if words.contains(where: { w in
                let parts = (w.hasSuffix(".") ? w.dropLast() : w[...]).split(separator: ".")
                return parts.count == 3 && parts[2] == yy && parts[0].allSatisfy(\.isNumber) && parts[1].allSatisfy(\.isNumber)
            }) {
                return true
            }
        }
        let plain = n == n.rounded() ? String(Int(n)) : Value.format(n)
        let digits = quote.filter { !$0.isWhitespace && $0 != "\u{00A0}" && $0 != "\u{202F}" && $0 != "." }
        // Not inside a longer number: «25» is not stated by «2025».
        var rest = Substring(digits)
        while let range = rest.range(of: plain) {
            let before = rest[rest.startIndex..<range.lowerBound].last
            let after = rest[range.upperBound...].first
            if !(before?.isNumber ?? false) && !(after?.isNumber ?? false) { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    /// Every condition with what it belongs to, for messages.
    var conditions: [(what: Phrase.Subject, condition: Condition)] {
        var list: [(what: Phrase.Subject, condition: Condition)] = ruleSet.rules.map { (.named(.rule, $0.id), $0.when) }
        for c in ruleSet.categories {
            list.append((.named(.category, c.id), c.when))
            list += c.requirements.map { (.named(.requirement, $0.id), $0.holds) }
        }
        list += ruleSet.criteria.compactMap { c in c.score.map { (.named(.scoreOf, c.id), $0) } }
        list += ruleSet.derived.map { (.named(.derivedValue, $0.name), $0.value) }
        for p in ruleSet.portfolioRules {
            list.append((.named(.portfolioRule, p.id), p.select))
            if let each = p.each { list.append((.named(.portfolioRule, p.id), each)) }
        }
        return list
    }

    func neverTrue() -> [Diagnostic] {
        let facts = factsByName
        var found: [Diagnostic] = []
        for rule in ruleSet.rules {
            if let why = Feasibility.contradiction(in: rule.when.syntax, facts: facts) {
                found.append(Diagnostic(at: rule.when.location, .neverFires(rule: rule.id, why)))
            }
        }
        for category in ruleSet.categories {
            if let why = Feasibility.contradiction(in: category.when.syntax, facts: facts) {
                found.append(Diagnostic(at: category.when.location, .neverChosen(category: category.id, why)))
            }
        }
        return found
    }

    /// A category whose condition includes every part of an earlier one's is never reached: the earlier wins first.
    func shadowedCategories() -> [Diagnostic] {
        var found: [Diagnostic] = []
        let parts = ruleSet.categories.map { Feasibility.conjunctTexts($0.when.syntax) }
        for (j, later) in ruleSet.categories.enumerated() {
            for i in 0..<j where parts[i].isSubset(of: parts[j]) {
                let earlier = ruleSet.categories[i]
                found.append(
                    Diagnostic(
                        at: later.when.location, .shadowed(category: later.id, by: earlier.id, line: earlier.location.line)))
                break
            }
        }
        return found
    }

    func unreadFacts() -> [Diagnostic] {
        let read = ruleSet.namesRead(except: [])
        return ruleSet.facts.filter { !read.contains($0.name) }.map {
            Diagnostic(at: $0.location, .unreadFact($0.name))
        }
    }

    func unimplementedCriteria() -> [Diagnostic] {
        var implemented = Set(ruleSet.rules.compactMap(\.criterion))
        implemented.formUnion(ruleSet.categories.flatMap { $0.requirements.compactMap(\.criterion) })
        return ruleSet.criteria.filter { !implemented.contains($0.id) }.map {
            Diagnostic(at: $0.location, .unimplementedCriterion($0.id))
        }
    }

    /// A parameter is a number no adopted sentence states: it must say who set it, when and why.
    func parametersWithoutBasis() -> [Diagnostic] {
        ruleSet.parameters.filter { $0.basis == nil && $0.stated == nil }.map {
            Diagnostic(at: $0.location, .parameterWithoutBasis($0.name, value: "\($0.value)"))
        }
            // A number the strategy states must stand in the sentence that states it.
            + ruleSet.parameters.compactMap { p in
                guard let c = p.stated, !Self.states(c.quote, p.value) else { return nil }
                return Diagnostic(.error, at: c.quoteLocation, .statedNumberNotInQuote(p.name, value: "\(p.value)"))
            }
    }

    /// A number in a condition that is not a parameter: a threshold the strategy does not state would be printed
    /// under a verbatim quote. Zero ("none"), one compared with a count ("at least one"), and values within a fact's
    /// declared range (a point on its scale) are not thresholds of ours.
    func unstatedNumbers() -> [Diagnostic] {
        let facts = factsByName
        var found: [Diagnostic] = []
        func isScalePoint(_ value: Value, beside other: Expression) -> Bool {
            guard let n = value.number else { return true }
            if n == 0 { return true }
            switch other {
            case .call("count", _, _), .aggregate("count", _, _, _): return n == 1
            case .name(let name, _): return facts[name]?.range.map { $0.contains(n) } ?? false
            default: return false
            }
        }
        // A number that stands in the rule's own quote is the strategy's, not ours.
        var cited = ruleSet.rules.map { ($0.when.location, $0.citation.quote) }
        for p in ruleSet.portfolioRules {
            cited += [(p.select.location, p.citation.quote)] + (p.each.map { [($0.location, p.citation.quote)] } ?? [])
        }
        cited += ruleSet.categories.flatMap { c in c.requirements.map { ($0.holds.location, $0.citation.quote) } }
        let quotes = Dictionary(cited, uniquingKeysWith: { a, _ in a })
        for (what, condition) in conditions {
            let quote = quotes[condition.location]
            func walk(_ e: Expression) {
                switch e {
                case .binary(_, let l, let r, _):
                    for (side, other) in [(l, r), (r, l)] {
                        if case .literal(let v, let offset) = side, v.number != nil, !isScalePoint(v, beside: other),
                            !(quote.map { Self.states($0, v) } ?? false)
                        {
                            var at = condition.location
                            at.column += offset
                            found.append(
                                Diagnostic(at: at, .unstatedNumber(what, "\(v)")))
                        }
                    }
                    walk(l)
                    walk(r)
                case .list(let items, _), .call(_, let items, _): items.forEach(walk)
                case .member(let b, _, _), .not(let b, _), .negate(let b, _): walk(b)
                case .aggregate(_, let source, let filter, _):
                    walk(source)
                    if let filter { walk(filter) }
                case .literal, .name: break
                }
            }
            walk(condition.syntax)
        }
        return found
    }

    /// With `require_guards: true`, a fact read for its value must also be asked about with `has(fact)`.
    func unguardedFacts() -> [Diagnostic] {
        let facts = Set(ruleSet.facts.map(\.name))
        var found: [Diagnostic] = []
        for (what, condition) in conditions {
            let guarded = condition.syntax.guardedNames
            for name in condition.syntax.valueNames where facts.contains(name) && !guarded.contains(name) {
                found.append(
                    Diagnostic(.error, at: condition.nameLocations[name] ?? condition.location, .unguarded(what, name)))
            }
        }
        return found
    }

    /// The built-in fields a tie may leave empty: a network has no country, an old relation no known start.
    static let optionalFields = ["country", "since", "responsible"]

    /// A deciding rule that reads an optional field unguarded holds open the outcome of every tie without it; an
    /// `unknown:` example without the field says the author meant that.
    func unguardedOptionalFields() -> [Diagnostic] {
        var found: [Diagnostic] = []
        for rule in ruleSet.rules where rule.changesWhatATieGets {
            let open = Set(rule.when.syntax.namesThatCanBeUnknown)
            for field in Self.optionalFields where open.contains(field) {
                let shown = rule.examples.contains { $0.expectation == .unknown && $0.record.value(of: field).isUnknown }
                if shown { continue }
                found.append(
                    Diagnostic(
                        .warning, at: rule.when.nameLocations[field] ?? rule.when.location,
                        .optionalFieldUnguarded(rule: rule.id, field: field, when: rule.when.text)))
            }
        }
        return found
    }

    /// What pins a condition to one named tie or one country: `name == 'Rivne'`, `id == …`, `country == 'RU'`,
    /// `country in […]`, as a part every case of it needs.
    static func pinned(_ e: Expression) -> Expression? {
        switch e {
        case .binary(.and, let l, let r, _): return pinned(l) ?? pinned(r)
        case .binary(.equal, .name(let n, _), .literal, _) where ["id", "name", "country"].contains(n): return e
        case .binary(.equal, .literal, .name(let n, _), _) where ["id", "name", "country"].contains(n): return e
        case .binary(.in, .name("country", _), .list, _): return e
        default: return nil
        }
    }

    /// A criterion every rule of which speaks of one named tie or country: a memo for another tie would grade it.
    func criteriaOfOneTie() -> [Diagnostic] {
        var found: [Diagnostic] = []
        for criterion in ruleSet.criteria where criterion.score == nil && criterion.appliesWhen == nil {
            let rules = ruleSet.rules.filter { $0.criterion == criterion.id }
            guard let first = rules.first, rules.allSatisfy({ Self.pinned($0.when.syntax) != nil }) else { continue }
            found.append(
                Diagnostic(
                    .warning, at: first.location,
                    .criterionOfOneTie(criterion: criterion.id, rule: first.id, reads: first.when.text)))
        }
        return found
    }

    /// A rule that reads nothing of the tie (only the review's year and parameters) is the same for every tie.
    func rulesReadingNoTie() -> [Diagnostic] {
        let ofTheStrategy = Set(ruleSet.parameters.map(\.name) + ["as_of_year"])
        return ruleSet.rules.filter { rule in
            var read: [String] = []
            rule.when.syntax.visitNames { name, _ in read.append(name) }
            return read.allSatisfy(ofTheStrategy.contains)
        }.map { Diagnostic(.warning, at: $0.location, .ruleReadsNoTie(rule: $0.id)) }
    }

    func documents(_ sources: Sources) -> [Diagnostic] {
        ruleSet.sources.compactMap { source in
            guard let document = sources.documents[source.file] else {
                let quotes = ruleSet.citations.filter { $0.document == source.file }.count
                return Diagnostic(
                    sources.missingIsError ? .error : .warning, at: source.location,
                    .sourceNotFound(source.file, places: sources.searched, quotes: quotes))
            }
            guard let recorded = source.sha256 else {
                return Diagnostic(at: source.location, .noSHA256(source.file, sha256: document.sha256))
            }
            guard recorded == document.sha256 else {
                return Diagnostic(
                    at: source.location,
                    .sourceChanged(source.file, now: document.sha256, recorded: String(recorded.prefix(12))))
            }
            return nil
        }
    }

    /// Every quote must stand verbatim in the document it cites, so a rule never cites a sentence the council did not adopt.
    func quotes(_ sources: Sources) -> [Diagnostic] {
        var folded: [String: QuoteCheck.Document] = [:]
        var found: [Diagnostic] = []
        for c in ruleSet.citations {
            guard let document = sources.documents[c.document] else { continue }
            let doc = folded[c.document] ?? QuoteCheck.Document(document.text)
            folded[c.document] = doc
            if !QuoteCheck.contains(doc, quote: c.quote) {
                found.append(
                    Diagnostic(.error, at: c.quoteLocation, .quoteNotFound(c.document, closest: QuoteCheck.closest(doc, quote: c.quote))))
            }
        }
        return found
    }
}
