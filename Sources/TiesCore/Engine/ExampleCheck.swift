/// Runs a rule set's own examples and tests: each rule's triggering and non-triggering records,
/// and each whole-record test with its expected outcome, category and fired rules.
public struct ExampleCheck: Sendable {
    /// One example or test and whether the rule set behaved as it says.
    public struct Result: Sendable, Hashable {
        public var rule: String?
        public var expected: String
        public var actual: String
        public var location: SourceLocation
        public var passed: Bool { expected == actual }
    }

    public let engine: Engine

    public init(ruleSet: RuleSet) { engine = Engine(ruleSet: ruleSet) }

    /// Every rule example: did the rule fire, not fire, or come out unknown, as the example says?
    public func examples() -> [Result] {
        engine.ruleSet.rules.flatMap { rule in
            rule.examples.map { example in
                let year = example.asOf.flatMap { Int($0.prefix(4)) }
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
            let review = engine.evaluate(test.record, asOfYear: test.asOf.flatMap { Int($0.prefix(4)) })
            var results: [Result] = []
            if let o = test.outcome {
                results.append(Result(rule: nil, expected: "outcome \(o)", actual: "outcome \(review.outcome)", location: test.location))
            }
            if let c = test.category {
                results.append(
                    Result(
                        rule: nil, expected: "category \(c)", actual: "category \(review.category ?? "none")",
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

/// How often the examples and tests made each rule fire, not fire, or come out unknown.
public struct RuleCoverage: Sendable, Hashable {
    public var rule: String
    public var fired = 0
    public var notFired = 0
    public var unknown = 0

    /// Fired at least once and did not fire at least once.
    public var exercised: Bool { fired > 0 && notFired > 0 }
    public var allBranches: Bool { exercised && unknown > 0 }
}

extension ExampleCheck {
    /// Coverage of every rule, category and category requirement over the rule set's examples and tests.
    public func coverage() -> [RuleCoverage] {
        let rs = engine.ruleSet
        var byID: [String: RuleCoverage] = [:]
        var order: [String] = rs.rules.map(\.id)
        for c in rs.categories {
            order.append("category \(c.id)")
            order += c.requirements.map { "requirement \($0.id)" }
        }
        for id in order { byID[id] = RuleCoverage(rule: id) }
        func count(_ id: String, _ value: Value) {
            switch value {
            case .bool(true): byID[id]?.fired += 1
            case .bool(false): byID[id]?.notFired += 1
            default: byID[id]?.unknown += 1
            }
        }
        for rule in rs.rules {
            for example in rule.examples {
                let year = example.asOf.flatMap { Int($0.prefix(4)) }
                count(rule.id, rule.when.evaluate(engine.context(for: example.record, asOfYear: year)))
            }
        }
        for test in rs.tests {
            let review = engine.evaluate(test.record, asOfYear: test.asOf.flatMap { Int($0.prefix(4)) })
            for trace in review.traces {
                switch trace.kind {
                case .rule: count(trace.id, trace.result)
                case .category: count("category \(trace.id)", trace.result)
                case .requirement: count("requirement \(trace.id)", trace.result)
                case .criterion: break
                }
            }
        }
        return order.compactMap { byID[$0] }
    }
}
