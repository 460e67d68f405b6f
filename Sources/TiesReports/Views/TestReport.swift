import TiesCore

/// The text of a `ties test` run for one rule set.
public enum TestReport {
    /// The report for the rule set at `path`: counts, the samples not checked, and coverage by rule and branch.
    public static func render(path: String, check: RuleSetCheck) -> String {
        let results = check.results
        let coverage = check.coverage
        let samples = check.samples.count
        let examples = results.filter { $0.rule != nil }
        let failures = results.filter { !$0.passed }.count
        var out =
            "\(path): \(examples.count) examples, \(results.count - examples.count) test checks, \(samples) "
            + (samples == 1 ? "sample" : "samples") + (check.unchecked.isEmpty ? "" : " (\(check.unchecked.count) not checked)") + ", "
            + (failures == 0 ? (check.unchecked.isEmpty ? "all pass\n" : "all that were checked pass\n") : "\(failures) failed\n")
        for folder in check.unchecked {
            out += "  not checked: \(folder) has no expected results; `ties test --record \(path)` writes them from today's review\n"
        }
        let width = max(coverage.map(\.label.count).max() ?? 0, 4)
        out += "  " + "".padding(width) + "  true  false  unknown\n"
        for c in coverage {
            let unknown = c.kind == .portfolio || !c.canBeUnknown ? "n/a" : String(c.unknown)
            out +=
                "  " + c.label.padding(width)
                + "  \(String(c.fired).leftPadding(4))  \(String(c.notFired).leftPadding(5))  \(unknown.leftPadding(7))"
            if !c.unreached.isEmpty { out += "  ← never " + c.unreached.joined(separator: ", ") }
            out += "\n"
        }
        let rules = coverage.filter { $0.kind == .rule }
        let exercised = rules.filter(\.exercised).count
        let all = rules.filter(\.allBranches).count
        out += "  rules exercised (fired and not fired): \(exercised)/\(rules.count) (\(percent(exercised, rules.count)))"
        out += "; every branch: \(all)/\(rules.count) (\(percent(all, rules.count)))\n"
        let others = coverage.filter { $0.kind != .rule }
        if !others.isEmpty {
            let complete = others.filter(\.unreached.isEmpty).count
            out += "  categories, requirements and portfolio rules with every branch reached: \(complete)/\(others.count)\n"
        }
        let missing = coverage.filter { !$0.unreached.isEmpty }
        if !missing.isEmpty {
            out +=
                "  not reached by any example, test or sample: "
                + missing.map { "\($0.label) (\($0.unreached.joined(separator: ", ")))" }.joined(separator: "; ") + "\n"
        }
        return out
    }

    static func percent(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "100%" : "\(part * 100 / whole)%"
    }
}

extension String {
    func leftPadding(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
