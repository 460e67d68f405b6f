import ArgumentParser
import Foundation
import TiesCore
import TiesReports

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `ties`: reviews a municipality's international ties against its adopted strategy.
public struct TiesCommand: ParsableCommand {
    public static let version = Pipeline.toolVersion

    public static let configuration = CommandConfiguration(
        commandName: "ties",
        abstract: "Review a municipality's international ties against the criteria of its adopted strategy.",
        discussion: """
            Every recommendation names the rule that gave it and cites the sentence of the strategy it comes from.

            Examples:
              ties review Samples/bergen
              ties review Samples/bergen --format json -o review.json
              ties explain Samples/bergen eurocities
              ties init stavanger --source strategi/stavanger.txt
              ties template Rules/stavanger.yaml -o medlemskap.xlsx

            A new municipality's rule set: docs/writing-rules.md.
            """,
        version: "\(version) (\(Build.commit.map { "commit \($0)" } ?? "built from source, no commit recorded"))",
        subcommands: [
            ReviewCommand.self, ClassifyCommand.self, JustifyCommand.self, ExplainCommand.self, DiffCommand.self, LintCommand.self,
            TestCommand.self, InitCommand.self, TemplateCommand.self, CalendarCommand.self, WorkspaceCommand.self, ServeCommand.self,
        ])

    public init() {}
}

extension Language: ExpressibleByArgument {}

extension Language {
    /// The language the person running the tool asked for: `--lang`, else `TIES_LANG`; nil where neither says.
    static func asked(_ flag: Language?) -> Language? {
        flag ?? ProcessInfo.processInfo.environment["TIES_LANG"].flatMap { $0.isEmpty ? nil : Language(rawValue: $0) }
    }

    /// The language asked for on a command line that may not have parsed: `--lang X` or `--lang=X`, else `TIES_LANG`.
    static func asked(arguments: [String]) -> Language? {
        var flag: Language?
        for (i, a) in arguments.enumerated() {
            if a == "--lang", i + 1 < arguments.count { flag = Language(rawValue: arguments[i + 1]) }
            if a.hasPrefix("--lang=") { flag = Language(rawValue: String(a.dropFirst(7))) }
        }
        return asked(flag)
    }

    /// A usage error where `TIES_LANG` names no language the tool writes.
    static func checkEnvironment() throws {
        guard let value = ProcessInfo.processInfo.environment["TIES_LANG"], !value.isEmpty, Language(rawValue: value) == nil else { return }
        throw ValidationError(Phrasebook(.nb).message(.unknownLanguage(value, from: "TIES_LANG")))
    }

    /// The book a command writes with once its rule set is loaded: the language asked for, else the rule set's first,
    /// else bokmål. Where the rule set does not give its own texts in that language, says once which it shows them in;
    /// a `document` is written wholly in a language the rule set writes.
    static func book(asked flag: Language?, ruleSet: RuleSet?, saying: Bool = true, document: Bool = false) -> Phrasebook {
        var language = asked(flag) ?? ruleSet?.languages.first ?? .nb
        // Languages are not mixed in one document: asked for one the rule set does not write, the whole document is
        // in the rule set's own (for bokmål or nynorsk, the other of the two), and the tool says so.
        if document, let ruleSet, case let other = ruleSet.documentLanguage(language), other != language {
            if saying { Terminal.standardError("ties: " + Phrasebook(language).message(.documentWrittenIn(other)) + "\n") }
            language = other
        }
        let book = Phrasebook(language)
        if saying, let ruleSet, !ruleSet.languages.contains(language) {
            Terminal.standardError("ties: " + book.message(.ruleSetTextsShownIn(ruleSet.textLanguage(language))) + "\n")
        }
        return book
    }
}

/// Which rule set, which date, which language: shared by every command that assesses ties.
struct AssessmentOptions: ParsableArguments {
    @Option(help: "The rule set to use, instead of the one the input names.")
    var rules: String?

    @Option(
        name: .customLong("as-of"), help: "The date of the assessment, YYYY-MM-DD or DD.MM.YYYY, instead of the input's 'as_of'.")
    var asOf: String?

    @Option(help: "The language of the report: nb (bokmål), nn (nynorsk) or en. Default: TIES_LANG, else the rule set's first.")
    var lang: Language?

    /// The date --as-of names; checked in `validate`.
    var date: ReviewDate? { asOf.flatMap { ReviewDate(written: $0) } }

    /// The book for the rule set the command loaded.
    func book(for ruleSet: RuleSet?) -> Phrasebook { Language.book(asked: lang, ruleSet: ruleSet, document: true) }

    /// The language `book(for:)` will give, said nowhere: the review makes its words in it alone.
    func language(for ruleSet: RuleSet) -> Language { Language.book(asked: lang, ruleSet: ruleSet, saying: false, document: true).language }

    func validate() throws {
        try Language.checkEnvironment()
        if let asOf, ReviewDate(written: asOf) == nil {
            throw ValidationError(.asOfDate(asOf))
        }
    }
}

/// The options every command that reads a portfolio shares.
struct PortfolioOptions: ParsableArguments {
    @Argument(
        help:
            "A portfolio: a folder with portfolio.yaml (its ties in records/, or in a list it names: 'records: medlemskap.xlsx'), one YAML file, or a list of ties itself with --rules: a workbook (.xlsx), a CSV export (.csv) or JSON Lines (.jsonl)."
    )
    var portfolio: String

    @OptionGroup var assessment: AssessmentOptions

    var rules: String? { assessment.rules }
    var asOf: ReviewDate? { assessment.date }
    func book(for ruleSet: RuleSet?) -> Phrasebook { assessment.book(for: ruleSet) }

    /// Loads the portfolio and its rule set (with any what-if edits) and reviews it.
    /// `oneLanguage` where every report of the review is in the language of `book(for:)`; `allReasons` false where
    /// the report reads only the decisive reason.
    func review(edits: [RuleSetEdit] = [], traces: Bool = true, allReasons: Bool = true, oneLanguage: Bool = false) throws -> (
        Workspace, Review
    ) {
        let workspace = try pipeline.workspace(portfolio: portfolio, rules: rules, edits: edits, asOf: asOf)
        // What reading the files left behind (a workbook's cells) is given back before the reviews are made.
        Memory.giveBack()
        let review = pipeline.review(
            workspace, asOf: asOf, traces: traces, allReasons: allReasons,
            wordsIn: oneLanguage ? { [assessment] ruleSet in assessment.language(for: ruleSet) } : nil)
        return (workspace, review)
    }
}

/// Where a report goes and in which form.
struct ReportOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, md, html, csv, xlsx, json, jsonl, docx }

    @Option(
        name: .customLong("format"),
        help:
            "Output format: table (terminal), md, html (one printable file), csv or xlsx (spreadsheet), json (schema ties.review/1), jsonl (a line per record; streamed for a .jsonl input) or docx. Default: from the extension of -o, else table."
    )
    var formatOption: Format?

    @Option(
        name: [.short, .customLong("output")],
        help: "Write the report to this file (atomically) instead of standard output; its extension decides the format.")
    var output: String?

    enum Separator: String, ExpressibleByArgument, CaseIterable { case semicolon, comma }

    @Option(
        name: .customLong("csv-separator"),
        help:
            "CSV only: semicolon (with a decimal comma, as Norwegian Excel reads it; the default in nb and nn) or comma (the default in en)."
    )
    var csvSeparator: Separator?

    @Flag(help: "Table only: every column (kind and the criteria's scores), however wide the terminal is.")
    var wide = false

    /// The format asked for, else the one the output file's extension names, else the terminal table.
    var format: Format { formatOption ?? OutputExtension.format(of: output, Format.self) ?? .table }

    func validate() throws { try OutputExtension.check(formatOption, output) }
}

/// `-o FILE` decides the format by its extension; a `--format` that says otherwise is a mistake, not a choice.
enum OutputExtension {
    static let known = ["docx", "html", "md", "csv", "xlsx", "json", "jsonl", "txt"]

    /// The format the file's extension names, where the command writes that format.
    static func format<F: RawRepresentable>(of output: String?, _: F.Type) -> F? where F.RawValue == String {
        guard let ext = output.flatMap(Paths.extensionOf) else { return nil }
        return F(rawValue: ext == "htm" ? "html" : ext == "ndjson" ? "jsonl" : ext == "txt" ? "table" : ext)
    }

    /// A usage error where `--format` and the extension of `-o` disagree, or `-o` names a format the command does not write.
    static func check<F: RawRepresentable & CaseIterable>(_ asked: F?, _ output: String?) throws where F.RawValue == String {
        guard let output, let ext = Paths.extensionOf(output) else { return }
        let named = format(of: output, F.self)
        let choices = F.allCases.map(\.rawValue)
        if let asked, let named, asked != named {
            throw ValidationError(.formatContradicts(asked: asked.rawValue, output: output, named: named.rawValue))
        }
        if asked == nil, named == nil {
            // An extension no format has (`.pdf`) would get the terminal table under a name that promises something else.
            throw ValidationError(.unknownExtension(ext, formats: choices))
        }
    }
}

extension TiesCommand {
    /// The command the arguments name. The common case, `ties review …`, is parsed by the review command alone: the
    /// root's tree of seven subcommands and its check for a completion-script request cost a few of a review's twenty
    /// milliseconds. Anything that does not parse that way is parsed from the root, so every message stays the same.
    static func parse(_ arguments: [String]) throws -> ParsableCommand {
        if arguments.first == "review", !arguments.contains(where: { $0.hasPrefix("-h") || $0.hasPrefix("--h") || $0.hasPrefix("--g") }),
            let review = try? ReviewCommand.parse(Array(arguments.dropFirst()))
        {
            return review
        }
        return try parseAsRoot(arguments)
    }

    /// Runs the command the arguments name. Every error is rendered here, once: located diagnostics, an input that
    /// cannot be used, an output that cannot be written, each with the exit status SPEC §4 gives it.
    public static func main() {
        // Past a file-size limit a write then fails with EFBIG, which is reported (exit 74), instead of the signal
        // killing the process with half a file left.
        signal(SIGXFSZ, SIG_IGN)
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            if arguments.count == 2, arguments[0] == "review", !arguments[1].hasPrefix("-"), !arguments[1].isEmpty {
                try Language.checkEnvironment()
                try ReviewCommand.plain(arguments[1])
                return
            }
            var command = try parse(arguments)
            try command.run()
        } catch let error as DiagnosticsError {
            // Twenty located messages are enough to start fixing; the count says how many more there are.
            let shown = Array(error.diagnostics.prefix(20))
            let book = Phrasebook(Language.asked(arguments: arguments) ?? error.language ?? .nb)
            Terminal.standardError(DiagnosticRenderer.render(shown, book))
            let count = error.diagnostics.filter { $0.severity == .error }.count
            if error.diagnostics.count > shown.count {
                Terminal.standardError(book(.andMore(error.diagnostics.count - shown.count)) + "\n")
            }
            if count > 1 { Terminal.standardError(book(.errorCount(count)) + "\n") }
            exit(withError: ExitCode(.data))
        } catch let error as InputError {
            // One line: a line break from a file name in the message is shown, not made.
            Terminal.standardError("ties: error: \(Escaping.terminal(Terminal.book(error.message)))\n")
            exit(withError: ExitCode(error.status))
        } catch let failure as CommandError {
            Terminal.standardError("ties: error: \(Escaping.terminal(Terminal.book(failure.message)))\n")
            exit(withError: ExitCode(failure.status))
        } catch {
            // The argument parser's messages quote what was typed; they go through the same escaping as every other.
            // Help and the version (exit 0) go to standard output as the parser writes them.
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty { Terminal.standardError(Escaping.terminal(message, keepingLines: true) + "\n") }
            exit(withError: code)
        }
    }
}
