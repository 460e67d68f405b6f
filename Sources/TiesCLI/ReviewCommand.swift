import ArgumentParser
import Synchronization
import TiesCore
import TiesReports

/// `ties review`: the annual review of every tie in a portfolio.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review every record of a portfolio: outcome, category, scores and reasons with citations.",
        usage:
            "ties review PORTFOLIO [--rules FILE] [--as-of DATE] [-o FILE]\n[--format F] [--lang nb|nn|en] [--wide] [--fail-on OUTCOME]\n[--set PATH=VALUE... [--compare]]",
        discussion: """
            The portfolio names its rule set ('rules:' in portfolio.yaml); --rules reviews it against another.

            A fact a record lacks is unknown, never zero: rules that need it are reported as not evaluable, \
            and the rule set says what that leads to (usually 'review').

            Examples:
              ties review Samples/bergen
              ties review Samples/bergen -o gjennomgang.docx
              ties review Samples/bergen --case -o sak.docx
              ties review medlemskap.xlsx --rules Rules/bergen.yaml --as-of 2026-12-31
              ties review Samples/bergen --lang en
              ties review Samples/bergen --format json -o bergen-review.json
              ties review Samples/bergen --fail-on exit   # exit 1 if a tie gets exit
              ties review Samples/bergen --compare \\
                --set parameters.fee_threshold_nok=20000
              ties review Samples/bergen --compare \\
                --set rules.no_recent_activity.outcome=exit

            What-if: --set PATH=VALUE edits the rule set for this run only (the file is not touched); a list \
            item is named by its id, e.g. rules.fee_without_return.when="annual_fee_nok > 50000". With \
            --compare, the output lists the records whose outcome, category or fired rules change, and why.

            Exit status: 0 done; 1 --fail-on matched; 64 usage; 65 bad rules or records; 66 missing input; \
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

    @Flag(
        name: .customLong("case"),
        help:
            "Write the annual review as a council case (saksframlegg): the resolution naming the ties to end, keep on conditions or reconsider, what the outcomes mean, the costs and their totals; md (the default), html or docx. The review itself is its attachment."
    )
    var asCase = false

    func validate() throws {
        for edit in edits where RuleSetEdit(edit) == nil {
            throw ValidationError(Terminal.book(.editSyntax(edit)))
        }
        if compare, edits.isEmpty { throw ValidationError(.compareNeedsSet) }
        if asCase, ![.table, .md, .html, .docx].contains(report.format) { throw ValidationError(.caseFormats(report.format.rawValue)) }
    }

    func run() throws {
        let ruleEdits = edits.compactMap(RuleSetEdit.init)
        let lowered = options.portfolio.lowercased()
        if report.format == .jsonl, !compare, lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") {
            // A bulk file is streamed: constant memory, one line out per record in.
            var stream = try pipeline.stream(options.portfolio, rules: options.rules, edits: ruleEdits, asOf: options.asOf)
            stream.language = options.book(for: stream.ruleSet).language
            try check(failOn, in: stream.ruleSet)
            let matched = try BulkReview(stream: stream).run(output: report.output, failOn: failOn).matched
            if options.asOf == nil { Self.noteUndated() }
            if matched { throw ExitCode(.found) }
            return
        }
        if compare {
            let comparison = try pipeline.compare(portfolio: options.portfolio, rules: options.rules, edits: ruleEdits, asOf: options.asOf)
            let renderer = ChangeRenderer(options.book(for: comparison.workspace.ruleSet))
            let title = "ties review \(options.portfolio) " + ruleEdits.map { "--set \($0)" }.joined(separator: " ")
            let (before, after) = (comparison.before, comparison.after)
            try emit(
                report.format == .json
                    ? renderer.json(comparison.changes, old: before, new: after)
                    : renderer.text(comparison.changes, old: before, new: after, title: title),
                to: report.output, inputs: comparison.workspace.inputs)
            return
        }
        // Only a council case reads every rule's verdict on each tie; the other reports leave them out.
        let (workspace, review) = try options.review(
            edits: ruleEdits, traces: asCase, allReasons: asCase || !report.readsDecisiveReasonAlone, oneLanguage: true)
        try check(failOn, in: workspace.ruleSet)
        let book = options.book(for: review.ruleSet)
        let bytes = asCase ? try caseDocument(review, book: book) : try report.render(review, book: book)
        // A CSV holds only ties; its fingerprint goes in a text file beside it, so a council can still reproduce it. The
        // two are written as one, both checked before either is written: never this year's list beside last year's
        // fingerprint.
        if !asCase, report.format == .csv, let output = report.output, let line = CSVRenderer(book).fingerprint(review) {
            let stem = String(output.dropLast((Paths.extensionOf(output) ?? "").count + 1))
            try Files.writeTogether(
                [(output, bytes), (stem + ".fingerprint.txt", Array(line.utf8))], inputs: workspace.inputs, replacing: true)
            Terminal.sayWritten(output)
        } else {
            try emit(bytes, to: report.output, inputs: workspace.inputs)
        }
        if review.asOf == nil { Self.noteUndated() }
        Self.noteExampleLeft(review.portfolio)
        if let failOn, review.records.contains(where: { $0.outcome == failOn }) { throw ExitCode(.found) }
        // Held to the end: taking a review of 100,000 ties apart piece by piece costs a tenth of the run, and the
        // process ends here anyway.
        Self.keptUntilExit.withLock { $0.append(review) }
    }

    static let keptUntilExit = Mutex<[Review]>([])

    /// `ties review PATH` and nothing else, the commonest call: the table in bokmål on standard output, run without
    /// the argument parser, whose reflection costs a tenth of a twenty-millisecond review. The same as `run()` with
    /// every option at its default.
    static func plain(_ portfolio: String) throws {
        let report = Report(format: .table, output: nil, wide: false, csvSeparator: nil)
        let (workspace, review) = try pipeline.review(
            portfolio: portfolio, rules: nil, traces: false, allReasons: !report.readsDecisiveReasonAlone,
            wordsIn: { Language.book(asked: nil, ruleSet: $0, saying: false).language })
        try emit(report.render(review, book: Language.book(asked: nil, ruleSet: review.ruleSet)), to: nil, inputs: workspace.inputs)
        if review.asOf == nil { noteUndated() }
        noteExampleLeft(review.portfolio)
    }

    /// The annual review as a council case, in the format asked for; Markdown where none is.
    func caseDocument(_ review: Review, book: Phrasebook) throws -> [UInt8] {
        // Proposals beside the portfolio are cases of their own; the case says so where it speaks of their ties.
        let (pending, unreadable) = pipeline.pendingProposals(beside: options.portfolio, ruleSet: review.ruleSet)
        for path in unreadable { Terminal.standardError("ties: " + book.message(.proposalNotMentioned(path)) + "\n") }
        for p in pending where NewMunicipality.isExample(p) {
            Terminal.standardError("ties: " + Terminal.book(.exampleProposalLeft(p.record.location.file)) + "\n")
        }
        var caseDocument = ReviewCaseDocument(book)
        caseDocument.pending = pending
        let document = caseDocument.build(review)
        switch report.format {
        case .html: return Array(HTMLWriter.write(document).utf8)
        case .docx:
            if report.output == nil, Terminal.standardOutputIsTerminal { throw CommandError.usage(.binaryNeedsFile("docx")) }
            return Array(try DocxWriter.write(document))
        default: return Array(MarkdownWriter.write(document).utf8)
        }
    }

    /// A review without a date cannot count activities by year: said, so an undated report is never taken for a dated one.
    static func noteUndated() {
        Terminal.standardError("ties: " + Terminal.book(.undated) + "\n")
    }

    /// Says so where init's example tie still stands beside the municipality's own.
    static func noteExampleLeft(_ portfolio: Portfolio) {
        guard let example = NewMunicipality.exampleLeft(in: portfolio) else { return }
        Terminal.standardError("ties: " + Terminal.book(.exampleLeft(example.location.file)) + "\n")
    }

    private func check(_ failOn: String?, in ruleSet: RuleSet) throws {
        if let failOn, ruleSet.outcome(failOn) == nil {
            throw ValidationError(.failOnNotAnOutcome(failOn, file: ruleSet.file, outcomes: ruleSet.outcomes.map(\.id)))
        }
    }
}

/// Writes a report to standard output, or atomically to a file.
func emit(_ bytes: [UInt8], to output: String?, inputs: [String]) throws {
    if let output {
        try Files.writeAtomically(bytes, to: output, inputs: inputs)
        Terminal.sayWritten(output)
    } else {
        try Terminal.standardOutput(bytes)
    }
}

func emit(_ text: String, to output: String?, inputs: [String]) throws {
    try emit(Array(text.utf8), to: output, inputs: inputs)
}

extension ReportOptions {
    /// The review in the chosen format; colour and width only when the table goes to a terminal.
    func render(_ review: Review, book: Phrasebook) throws -> [UInt8] {
        try Report(format: format, output: output, wide: wide, csvSeparator: csvSeparator).render(review, book: book)
    }

    /// Whether the report reads each tie's decisive reason alone (`Report.readsDecisiveReasonAlone`).
    var readsDecisiveReasonAlone: Bool {
        Report(format: format, output: output, wide: wide, csvSeparator: csvSeparator).readsDecisiveReasonAlone
    }
}

/// The report's form as the options chose it.
struct Report {
    var format: ReportOptions.Format
    var output: String?
    var wide: Bool
    var csvSeparator: ReportOptions.Separator?

    /// Whether the report reads each tie's decisive reason alone: the table fitted to a width, which shows no scores.
    var readsDecisiveReasonAlone: Bool { format == .table && !wide }

    /// The review in the chosen format; colour and width only when the table goes to a terminal.
    func render(_ review: Review, book: Phrasebook) throws -> [UInt8] {
        switch format {
        case .table:
            let toTerminal = output == nil
            var renderer = ReviewTable(
                book, color: toTerminal && Terminal.useColor, width: Terminal.width)
            renderer.wide = wide
            return renderer.bytes(review)
        case .md: return Array(MarkdownWriter.write(ReviewDocument(book).build(review)).utf8)
        case .html: return Array(HTMLWriter.write(ReviewDocument(book).build(review)).utf8)
        case .csv:
            let separator: Character? = csvSeparator.map { $0 == .semicolon ? ";" : "," }
            return Array(CSVRenderer(book, separator: separator).render(review).utf8)
        case .json: return JSONRenderer(book).bytes(review)
        case .jsonl:
            let lines = VerdictLine(ruleSet: review.ruleSet, language: book.language)
            var out: [UInt8] = []
            for record in review.records {
                lines.write(record, into: &out)
                out.append(0x0A)
            }
            return out
        case .docx:
            if output == nil, Terminal.standardOutputIsTerminal {
                throw CommandError.usage(.binaryNeedsFile("docx"))
            }
            return Array(try DocxWriter.write(ReviewDocument(book).build(review)))
        case .xlsx:
            if output == nil, Terminal.standardOutputIsTerminal {
                throw CommandError.usage(.binaryNeedsFile("xlsx"))
            }
            return Array(try ReviewWorkbook(book).write(review))
        }
    }
}
