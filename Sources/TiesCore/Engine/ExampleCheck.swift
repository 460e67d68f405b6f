/// Runs a rule set's own examples and tests: each rule's triggering and non-triggering records,
/// and each whole-record test with its expected outcome, category and fired rules.
public struct ExampleCheck: Sendable {
    /// One example or test and whether the rule set behaved as it says.
    public struct Result: Sendable, Hashable {
        public var rule: String?
        /// What was expected and what came out, as the rule set's own words write them (`fires`, `outcome keep`).
        public var expected: String
        public var actual: String
        public var location: SourceLocation
        /// A sample's difference from its expected results, said as it is.
        public var mismatch: Phrase.Problem?
        public var passed: Bool { mismatch == nil && expected == actual }

        public init(rule: String?, expected: String, actual: String, location: SourceLocation) {
            self.rule = rule
            self.expected = expected
            self.actual = actual
            self.location = location
        }

        /// A sample's tie that differs from its expected result.
        public init(mismatch: Phrase.Problem, location: SourceLocation) {
            self.init(rule: nil, expected: "", actual: "", location: location)
            self.mismatch = mismatch
        }

        /// What a failed check says.
        public var failure: Phrase.Problem {
            mismatch ?? rule.map { .exampleExpected(rule: $0, expected: expected, got: actual) } ?? .testExpected(expected, got: actual)
        }
    }

    public let engine: Engine

    public init(ruleSet: RuleSet) { engine = Engine(ruleSet: ruleSet) }

    /// Every rule example: did the rule fire, not fire, or come out unknown, as the example says?
    public func examples() -> [Result] {
        engine.ruleSet.rules.flatMap { rule in
            rule.examples.map { example in
                let year = example.asOf?.year
                let value = rule.when.evaluate(engine.context(for: example.record, asOfYear: year))
                let actual: RuleExample.Expectation =
                    switch value {
                    case .bool(true): .fires
                    case .bool(false): .doesNotFire
                    default: .unknown
                    }
                return Result(
                    rule: rule.id, expected: example.expectation.rawValue, actual: actual.rawValue,
                    location: example.record.location)
            }
        }
    }

    /// Every whole-record test: outcome, category and the set of fired rules, each compared when given.
    public func tests() -> [Result] {
        engine.ruleSet.tests.flatMap { test -> [Result] in
            let review = engine.evaluate(test.record, asOfYear: test.asOf?.year)
            var results: [Result] = []
            if let o = test.outcome {
                results.append(Result(rule: nil, expected: "outcome \(o)", actual: "outcome \(review.outcome)", location: test.location))
            }
            if let c = test.category {
                results.append(
                    Result(
                        rule: nil, expected: "category \(c)", actual: "category \(review.category ?? "undecided")",
                        location: test.location))
            }
            if let f = test.fired {
                let fired = review.reasons.filter { $0.kind == .rule }.map(\.source)
                results.append(
                    Result(
                        rule: nil, expected: "fired [\(f.sorted().joined(separator: ", "))]",
                        actual: "fired [\(fired.sorted().joined(separator: ", "))]", location: test.location))
            }
            return results
        }
    }
}

/// How often the examples, tests and samples made a rule fire, not fire, or come out unknown
/// (for a category: chosen, passed over, undecided; for a portfolio rule: held, violated).
public struct RuleCoverage: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case rule, category, requirement, portfolio }
    public var kind: Kind
    public var id: String
    public var fired = 0
    public var notFired = 0
    public var unknown = 0
    /// Whether the condition can come out unknown at all (one that only asks `has(x)` cannot).
    public var canBeUnknown = true

    /// The label a report shows: the id, prefixed by the kind for anything but a rule.
    public var label: String { kind == .rule ? id : "\(kind.rawValue) \(id)" }

    /// Fired at least once and did not fire at least once.
    public var exercised: Bool { fired > 0 && notFired > 0 }
    /// Every branch that can occur was reached.
    public var allBranches: Bool { exercised && (unknown > 0 || !canBeUnknown || kind == .portfolio) }

    /// The branches no example, test or sample reached, in words.
    public var unreached: [Phrase.Branch] {
        let names: (Phrase.Branch, Phrase.Branch, Phrase.Branch) =
            switch kind {
            case .rule: (.fired, .notFired, .unknown)
            case .category: (.chosen, .notChosen, .undecided)
            case .requirement: (.held, .failed, .unknown)
            case .portfolio: (.held, .violated, .unknown)
            }
        var list: [Phrase.Branch] = []
        if fired == 0 { list.append(names.0) }
        if notFired == 0 { list.append(names.1) }
        if unknown == 0, canBeUnknown, kind != .portfolio { list.append(names.2) }
        return list
    }
}

extension ExampleCheck {
    /// Coverage of every rule, category, requirement and portfolio rule over the rule set's examples and
    /// tests, and over `samples` (reviews of portfolios that use this rule set).
    public func coverage(samples: [Review] = []) -> [RuleCoverage] {
        let rs = engine.ruleSet
        var order: [String] = []
        var byKey: [String: RuleCoverage] = [:]
        func add(_ kind: RuleCoverage.Kind, _ id: String, _ condition: Condition?) {
            let key = "\(kind.rawValue) \(id)"
            order.append(key)
            byKey[key] = RuleCoverage(kind: kind, id: id, canBeUnknown: condition.map { !$0.syntax.namesThatCanBeUnknown.isEmpty } ?? true)
        }
        for r in rs.rules { add(.rule, r.id, r.when) }
        for c in rs.categories {
            add(.category, c.id, c.when)
            for q in c.requirements { add(.requirement, q.id, q.holds) }
        }
        for p in rs.portfolioRules { add(.portfolio, p.id, nil) }
        func count(_ kind: RuleCoverage.Kind, _ id: String, _ value: Value) {
            let key = "\(kind.rawValue) \(id)"
            switch value {
            case .bool(true): byKey[key]?.fired += 1
            case .bool(false): byKey[key]?.notFired += 1
            default: byKey[key]?.unknown += 1
            }
        }
        func count(_ traces: [RuleTrace]) {
            for trace in traces {
                switch trace.kind {
                case .rule: count(.rule, trace.id, trace.result)
                case .category: count(.category, trace.id, trace.result)
                case .requirement: count(.requirement, trace.id, trace.result)
                case .criterion: break
                }
            }
        }
        for rule in rs.rules {
            for example in rule.examples {
                let year = example.asOf?.year
                count(.rule, rule.id, rule.when.evaluate(engine.context(for: example.record, asOfYear: year)))
            }
        }
        for test in rs.tests {
            count(engine.evaluate(test.record, asOfYear: test.asOf?.year).traces)
        }
        for review in samples {
            for r in review.records { count(r.traces) }
            for f in review.findings { count(.portfolio, f.rule, .bool(f.holds)) }
        }
        return order.compactMap { byKey[$0] }
    }
}
