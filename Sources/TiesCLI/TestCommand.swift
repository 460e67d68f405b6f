import ArgumentParser
import TiesCore
import TiesReports

/// `ties test`: a rule set's own examples and tests, and how much of it they reach.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the rule sets' examples and tests, and report each rule as fired / not fired / unknown.",
        discussion: """
            Every rule's 'examples' (fires, does_not_fire, unknown) and every whole-record test under 'tests'
            are run. Coverage counts, per rule and per category, how often they came out true, false and
            unknown; a rule is exercised when it both fired and did not fire at least once.

            Examples:
              ties test Rules/*.yaml
              ties test Rules/trondheim.yaml

            Exit status: 0 all pass; 1 a test failed; 65 a rule set does not load; 66 a file is missing.
            """)

    @Argument(help: "Rule set files.")
    var rules: [String]

    func validate() throws {
        if rules.isEmpty { throw ValidationError("give at least one rule set file") }
    }

    func run() throws {
        var failed = 0
        try guarded {
            for path in rules {
                let check = ExampleCheck(ruleSet: try RuleSetLoader.load(Files.read(path)))
                let results = check.examples() + check.tests()
                let failures = results.filter { !$0.passed }
                failed += failures.count
                for f in failures {
                    let what =
                        f.rule.map { "rule '\($0)' expected \(f.expected), got \(f.actual)" }
                        ?? "expected \(f.expected), got \(f.actual)"
                    Terminal.standardError("\(f.location): error: \(what)\n")
                }
                Terminal.standardOutput(TestReport.render(path: path, results: results, coverage: check.coverage()))
            }
        }
        if failed > 0 { throw ExitCode(1) }
    }
}

/// The text of a `ties test` run for one rule set.
enum TestReport {
    static func render(path: String, results: [ExampleCheck.Result], coverage: [RuleCoverage]) -> String {
        let examples = results.filter { $0.rule != nil }
        let failures = results.filter { !$0.passed }.count
        var out = "\(path): \(examples.count) examples, \(results.count - examples.count) test checks, "
        out += failures == 0 ? "all pass\n" : "\(failures) failed\n"
        let width = max(coverage.map(\.rule.count).max() ?? 0, 4)
        out += "  " + "rule".padding(toLength: width) + "  fired  not fired  unknown\n"
        for c in coverage {
            out +=
                "  " + c.rule.padding(toLength: width)
                + "  \(String(c.fired).leftPadding(5))  \(String(c.notFired).leftPadding(9))  \(String(c.unknown).leftPadding(7))"
            if !c.exercised { out += "  ← never " + (c.fired == 0 ? "fired" : "not fired") }
            out += "\n"
        }
        let rules = coverage.filter { !$0.rule.contains(" ") }
        let exercised = rules.filter(\.exercised).count
        let all = rules.filter(\.allBranches).count
        out += "  rules exercised (fired and not fired): \(exercised)/\(rules.count) (\(percent(exercised, rules.count)))"
        out += "; fired, not fired and unknown: \(all)/\(rules.count) (\(percent(all, rules.count)))\n"
        let categories = coverage.filter { $0.rule.contains(" ") }
        if !categories.isEmpty {
            let reached = categories.filter { $0.fired > 0 }.count
            out += "  categories and requirements reached by tests: \(reached)/\(categories.count)\n"
        }
        return out
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "100%" : "\(part * 100 / whole)%"
    }
}

extension String {
    func padding(toLength width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadding(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
