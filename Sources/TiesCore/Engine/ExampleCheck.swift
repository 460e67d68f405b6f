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
