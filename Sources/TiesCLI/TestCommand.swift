import ArgumentParser
import Foundation
import TiesCore
import TiesReports

/// `ties test`: a rule set's own examples and tests, and how much of it they reach.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the rule sets' examples and tests, and report each rule as fired / not fired / unknown.",
        usage: "ties test RULES... [--strict] [--record [--overwrite]] [--samples FOLDER]",
        discussion: """
            Every rule's 'examples' (fires, does_not_fire, unknown) and every whole-record test under 'tests' \
            are run. Coverage counts, per rule and per category, how often they came out true, false and \
            unknown; a rule is exercised when it both fired and did not fire at least once.

            Examples:
              ties test Rules/*.yaml
              ties test --strict Rules/trondheim.yaml
              ties test --record Rules/stavanger.yaml

            Exit status: 0 all pass; 1 a test failed; 65 a rule set does not load; 66 a file is missing.
            """)

    @Argument(help: "Rule set files.")
    var rules: [String]

    @Option(
        help:
            "The folder of sample portfolios; each one that uses a rule set is reviewed and checked against its expected.yaml. Default: Samples/ beside the rule sets' folder."
    )
    var samples: String?

    @Flag(
        help:
            "Fail (exit 1) when a rule or category has a branch (fired, not fired, unknown) that no test reaches, or a sample has no expected results."
    )
    var strict = false

    @Flag(
        help:
            "Write each sample's expected.yaml from today's review first: an entry, with a why: line from the main reason, for every tie that has none. Entries that differ from today's review are kept and listed."
    )
    var record = false

    @Flag(help: "With --record: replace the entries that differ from today's review, and remove those of ties no longer in the sample.")
    var overwrite = false

    @Option(
        help:
            "The language of the report and messages, and of the why: lines --record writes: nb, nn or en. Default: TIES_LANG, else the rule set's first."
    )
    var lang: Language?

    func validate() throws {
        if rules.isEmpty { throw ValidationError(.giveARuleSet) }
        if overwrite, !record { throw ValidationError(.overwriteNeedsRecord) }
    }

    func run() throws {
        var failed = 0
        var unreached = 0
        var unchecked = 0
        for path in rules {
            var runs = try pipeline.sampleRuns(rules: path, samples: samples)
            for run in runs { ReviewCommand.noteExampleLeft(run.review.portfolio) }
            var said: Set<String> = []
            if record { (runs, said) = try recordExpected(path, runs) }
            let check = try pipeline.test(rules: path, runs: runs)
            let failures = check.results.filter { !$0.passed }
            failed += failures.count
            // An entry --record kept is said once, where it says what was done with it. Each failure is shown as a
            // compiler shows one: the line it stands at, and a caret under where.
            let book = Language.book(asked: lang, ruleSet: runs.first?.review.ruleSet, saying: false)
            let shown = failures.filter { !said.contains("\($0.location) \($0.failure)") }.map { Diagnostic(at: $0.location, $0.failure) }
            Terminal.standardError(DiagnosticRenderer.render(pipeline.withSourceLines(shown), book))
            unreached += check.coverage.filter { $0.kind != .portfolio && !$0.unreached.isEmpty }.count
            unchecked += check.unchecked.count + check.empty.count
            if strict {
                for folder in check.unchecked {
                    Terminal.standardError("\(Paths.join(folder, "expected.yaml")): error: " + book(.noExpectedResults(path: path)) + "\n")
                }
            }
            try Terminal.standardText(TestReport.render(path: path, check: check, book))
        }
        if failed > 0 || (strict && (unreached > 0 || unchecked > 0)) { throw ExitCode(.found) }
    }

    /// Writes the expected results of each sample run, and gives the runs back with what was written, so the check that
    /// follows uses the same reviews; and the differences it has said, so that check does not say them again.
    func recordExpected(_ path: String, _ runs: [SampleRun]) throws -> (runs: [SampleRun], said: Set<String>) {
        var said: Set<String> = []
        let book = Language.book(asked: lang, ruleSet: runs.first?.review.ruleSet)
        let language = book.language
        let recorded = try runs.map { run in
            let recording = ExpectedRecording(run, overwrite: overwrite, language: language)
            if let problem = recording.problem {
                throw DiagnosticsError([Diagnostic(at: SourceLocation(file: run.expectedPath, line: 1, column: 1), problem)])
            }
            var run = run
            if let text = recording.text {
                try Files.writeAtomically(
                    Array(text.utf8), to: run.expectedPath, inputs: [path, run.folder], replacing: run.expectedPath)
                let source = SourceText(path: run.expectedPath, text: text)
                run.expected = (try ExpectedResults.load(source), source)
            }
            for d in recording.differing {
                let action = book(recording.overwrote ? .differingReplaced : .differingKept)
                Terminal.standardError("\(d.location): \(recording.overwrote ? "note" : "error"): \(book(d.message)); \(action)\n")
                said.insert("\(d.location) \(d.message)")
            }
            let added = recording.added
            // Where nothing is written, why, and what to do: never the command just run.
            let said: Phrase.Run =
                !added.isEmpty
                ? .recorded(added)
                : run.review.records.isEmpty
                    ? .nothingToRecordNoTies(folder: run.folder)
                    : recording.differing.isEmpty ? .everyTieExpected(run.review.records.count) : .noNewEntries
            Terminal.standardError("\(run.expectedPath): " + book(said) + "\n")
            let provisional = run.review.records.filter { $0.provisional && added.contains($0.record.id) }.map(\.record.id)
            if !provisional.isEmpty { Terminal.standardError("\(run.expectedPath): " + book(.recordedProvisional(provisional)) + "\n") }
            return run
        }
        return (recorded, said)
    }
}
