import ArgumentParser
import TiesCore
import TiesReports

/// `ties review`: the annual review of every tie in a portfolio.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review every record of a portfolio: outcome, category, scores and reasons with citations.",
        discussion: """
            The portfolio names its rule set ('rules:' in portfolio.yaml); --rules reviews it against another.
            A fact a record lacks is unknown, never zero: rules that need it are reported as not evaluable,
            and the rule set says what that leads to (usually 'review').

            Examples:
              ties review Samples/bergen
              ties review Samples/bergen --lang en
              ties review Samples/bergen --format json -o bergen-review.json
              ties review Samples/bergen --fail-on exit      # exit status 1 if any record gets 'exit'
              ties review Samples/bergen --set parameters.fee_threshold_nok=20000 --compare
              ties review Samples/bergen --set rules.no_recent_activity.outcome=exit --compare

            What-if: --set PATH=VALUE edits the rule set for this run only (the file is not touched); a list
            item is named by its id, e.g. rules.fee_without_return.when="annual_fee_nok > 50000". With
            --compare, the output lists the records whose outcome, category or fired rules change, and why.

            Exit status: 0 done; 1 --fail-on matched; 64 usage; 65 bad rules or records; 66 missing input;
            73/74 the output cannot be written.
            """)

    @OptionGroup var options: PortfolioOptions

    @OptionGroup var report: ReportOptions

    @Option(name: .customLong("fail-on"), help: "Exit with status 1 if any record gets this outcome (e.g. exit).")
    var failOn: String?

    @Option(name: .customLong("set"), help: "What-if: edit the rule set for this run, PATH=VALUE (repeatable).")
    var edits: [String] = []

    @Flag(help: "With --set: list the records whose outcome changes under the edits, and why, instead of the review.")
    var compare = false

    func validate() throws {
        for edit in edits where RuleSetEdit(edit) == nil {
            throw ValidationError("--set takes PATH=VALUE, e.g. parameters.fee_threshold_nok=150000; not '\(edit)'")
        }
        if compare, edits.isEmpty { throw ValidationError("--compare needs at least one --set PATH=VALUE to compare with") }
    }

    func run() throws {
        var matched = false
        try guarded {
            let ruleEdits = edits.compactMap(RuleSetEdit.init)
            let lowered = options.portfolio.lowercased()
            if report.format == .jsonl, !compare, lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") {
                // A bulk file is streamed: constant memory, one line out per record in.
                guard let rules = options.rules else {
                    throw Failure.data("\(options.portfolio) is a bulk file (JSON Lines) and names no rule set; pass --rules FILE")
                }
                let ruleSet = try RuleSetLoader.load(Files.read(rules), edits: ruleEdits)
                if let failOn, ruleSet.outcome(failOn) == nil {
                    throw ValidationError(
                        "--fail-on '\(failOn)' is not an outcome of \(ruleSet.file): " + ruleSet.outcomes.map(\.id).joined(separator: ", "))
                }
                matched = try BulkReview(
                    ruleSet: ruleSet, language: options.lang.rawValue, asOfYear: options.asOf.flatMap { Int($0.prefix(4)) }
                )
                .run(input: options.portfolio, output: report.output, inputs: [options.portfolio, rules], failOn: failOn).matched
                return
            }
            let (workspace, review) = try options.review(edits: ruleEdits)
            if compare {
                let (_, original) = try options.review()
                let before = ReviewSnapshot(original)
                let after = ReviewSnapshot(review)
                let changes = ReviewComparison.changes(from: before, to: after)
                let renderer = ChangeRenderer(language: options.lang.rawValue)
                let title = "ties review \(options.portfolio) " + ruleEdits.map { "--set \($0)" }.joined(separator: " ")
                try emit(
                    report.format == .json
                        ? renderer.json(changes, old: before, new: after)
                        : renderer.text(changes, old: before, new: after, title: title),
                    to: report.output, inputs: workspace.inputs)
                return
            }
            if let failOn, workspace.ruleSet.outcome(failOn) == nil {
                throw ValidationError(
                    "--fail-on '\(failOn)' is not an outcome of \(workspace.ruleSet.file): "
                        + workspace.ruleSet.outcomes.map(\.id).joined(separator: ", "))
            }
            try emit(report.render(review, language: options.lang.rawValue), to: report.output, inputs: workspace.inputs)
            matched = failOn.map { o in review.records.contains { $0.outcome == o } } ?? false
        }
        if matched { throw ExitCode(1) }
    }
}

/// Writes a report to standard output, or atomically to a file.
func emit(_ bytes: [UInt8], to output: String?, inputs: [String]) throws {
    if let output {
        try Files.writeAtomically(bytes, to: output, inputs: inputs)
    } else {
        Terminal.standardOutput(bytes)
    }
}

func emit(_ text: String, to output: String?, inputs: [String]) throws {
    try emit(Array(text.utf8), to: output, inputs: inputs)
}

extension ReportOptions {
    /// The review in the chosen format; colour and width only when the table goes to a terminal.
    func render(_ review: Review, language: String) throws -> [UInt8] {
        switch format {
        case .table:
            let toTerminal = output == nil
            var renderer = TableRenderer(
                language: language, color: toTerminal && Terminal.useColor, width: toTerminal ? Terminal.width : nil)
            renderer.wide = wide
            return Array(renderer.render(review).utf8)
        case .md: return Array(MarkdownWriter.write(ReviewDocument(language: language).build(review)).utf8)
        case .html: return Array(HTMLWriter.write(ReviewDocument(language: language).build(review)).utf8)
        case .csv:
            let separator: Character? = csvSeparator.map { $0 == .semicolon ? ";" : "," }
            return Array(CSVRenderer(language: language, separator: separator).render(review).utf8)
        case .json: return Array(JSONRenderer(language: language).render(review).utf8)
        case .jsonl:
            let lines = VerdictLine(ruleSet: review.ruleSet, language: language)
            var out: [UInt8] = []
            for record in review.records {
                lines.write(record, into: &out)
                out.append(0x0A)
            }
            return out
        case .docx:
            if output == nil, Terminal.standardOutputIsTerminal {
                throw Failure(message: "a .docx is binary; write it to a file with -o", code: 64)
            }
            return Array(try DocxWriter.write(ReviewDocument(language: language).build(review)))
        case .xlsx:
            if output == nil, Terminal.standardOutputIsTerminal {
                throw Failure(message: "an .xlsx is binary; write it to a file with -o", code: 64)
            }
            return Array(try XLSXWriter(language: language).write(review))
        }
    }
}
