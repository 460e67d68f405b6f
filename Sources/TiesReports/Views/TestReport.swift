import TiesCore

/// The text of a `ties test` run for one rule set.
public enum TestReport {
    /// The report for the rule set at `path`: counts, the samples not checked, and coverage by rule and branch.
    public static func render(path: String, check: RuleSetCheck, _ book: Phrasebook) -> String {
        let results = check.results
        let coverage = check.coverage
        let examples = results.filter { $0.rule != nil }
        let failures = results.filter { !$0.passed }.count
        var out =
            "\(path): "
            + book(
                .testSummary(
                    examples: examples.count, checks: results.count - examples.count, samples: check.samples.count,
                    unchecked: check.unchecked.count + check.empty.count, failures: failures)) + "\n"
        for folder in check.unchecked { out += "  " + book(.notChecked(folder: folder, path: path)) + "\n" }
        for folder in check.empty { out += "  " + book(.sampleHasNoTies(folder: folder)) + "\n" }
        func label(_ c: RuleCoverage) -> String { c.kind == .rule ? c.id : book(.coverageKind(c.kind.rawValue)) + " " + c.id }
        let width = max(coverage.map { label($0).count }.max() ?? 0, 4)
        out += "  " + "".padding(width) + book(.coverageHeading) + "\n"
        for c in coverage {
            let unknown = c.kind == .portfolio || !c.canBeUnknown ? book(.notApplicable) : String(c.unknown)
            out +=
                "  " + label(c).padding(width)
                + "  \(String(c.fired).leftPadding(4))  \(String(c.notFired).leftPadding(5))  \(unknown.leftPadding(7))"
            if !c.unreached.isEmpty { out += "  " + book(.never(c.unreached.map(book.branch))) }
            out += "\n"
        }
        let rules = coverage.filter { $0.kind == .rule }
        let exercised = rules.filter(\.exercised).count
        let all = rules.filter(\.allBranches).count
        out += "  " + book(.rulesExercised(exercised, of: rules.count, everyBranch: all)) + "\n"
        let others = coverage.filter { $0.kind != .rule }
        if !others.isEmpty {
            out += "  " + book(.othersComplete(others.filter(\.unreached.isEmpty).count, of: others.count)) + "\n"
        }
        let missing = coverage.filter { !$0.unreached.isEmpty }
        if !missing.isEmpty {
            let list = missing.map { "\(label($0)) (\($0.unreached.map(book.branch).joined(separator: ", ")))" }.joined(separator: "; ")
            out += "  " + book(.notReached(list)) + "\n"
        }
        return out
    }
}

extension String {
    func leftPadding(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
