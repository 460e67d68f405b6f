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

            Exit status: 0 done; 1 --fail-on matched; 64 usage; 65 bad rules or records; 66 missing input;
            73/74 the output cannot be written.
            """)

    @OptionGroup var options: PortfolioOptions

    @OptionGroup var report: ReportOptions

    @Option(name: .customLong("fail-on"), help: "Exit with status 1 if any record gets this outcome (e.g. exit).")
    var failOn: String?

    func run() throws {
        var matched = false
        try guarded {
            let (workspace, review) = try options.review()
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
            return Array(
                TableRenderer(language: language, color: toTerminal && Terminal.useColor, width: toTerminal ? Terminal.width : nil)
                    .render(review).utf8)
        case .md: return Array(MarkdownWriter.write(ReviewDocument(language: language).build(review)).utf8)
        case .html: return Array(HTMLWriter.write(ReviewDocument(language: language).build(review)).utf8)
        case .csv: return Array(CSVRenderer(language: language).render(review).utf8)
        case .json: return Array(JSONRenderer(language: language).render(review).utf8)
        case .docx:
            if output == nil, Terminal.standardOutputIsTerminal {
                throw Failure(message: "a .docx is binary; write it to a file with -o", code: 64)
            }
            return Array(try DocxWriter.write(ReviewDocument(language: language).build(review)))
        }
    }
}
