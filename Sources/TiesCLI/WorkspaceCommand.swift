import ArgumentParser
import Foundation
import TiesCore
import TiesReports
import TiesWorkspace

/// `ties workspace`: a team's workspace (`ties.sqlite`) filled from the files the tool reads, written back to them,
/// and its history read.
struct WorkspaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workspace",
        abstract: "Fill a team's workspace (ties.sqlite) from a portfolio or workbook, write it back as files, read its history.",
        discussion: """
            A workspace is one SQLite file, ties.sqlite, in the folder beside the municipality's rule sets. It holds the \
            ties, their facts with source, date and note, the activity logs, the decisions and the obligations, and \
            every change: who, when, what it was before and after, and the evidence given. `ties review ties.sqlite` \
            reviews it like any portfolio; `ties serve FOLDER` opens it in the browser.

            Examples:
              ties workspace import Samples/bergen --workspace work/
              ties workspace import medlemskap.xlsx --rules Rules/bergen.yaml --as-of 2026-11-15 --workspace work/
              ties review work/ties.sqlite
              ties workspace export -o last-year/ --workspace work/
              ties workspace history eurocities --workspace work/
            """,
        subcommands: [ImportCommand.self, ExportCommand.self, HistoryCommand.self, AccountCommand.self])

    /// The workspace file a `--workspace` names: the file itself, or `ties.sqlite` in the folder.
    static func file(_ named: String) -> String {
        Paths.extensionOf(named) == Pipeline.workspaceExtension ? named : Paths.join(named, WorkspaceStore.fileName)
    }

    /// The name changes are recorded under where no account is signed in: the user who runs the tool.
    static var user: String {
        let env = ProcessInfo.processInfo.environment
        return env["TIES_USER"] ?? env["USER"] ?? env["LOGNAME"] ?? "ties"
    }
}

/// `ties workspace import`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Fill the workspace from a portfolio folder, a portfolio.yaml, a workbook, a CSV export or JSON Lines.",
        discussion: """
            Every tie is read and checked against the rule set as `ties review` reads it; nothing is written unless all \
            of them read. A workspace that already holds ties is refused unless --merge is given: then each tie is \
            added or brought up to date, and every change is recorded with the file as its source. A merge never \
            erases: an empty cell keeps what was known, and decisions are only ever added.

            Exit status: 0 imported; 64 bad usage or a workspace with ties and no --merge; 65 the input does not \
            read or the workspace is refused; 66 an input is missing.
            """)

    @Argument(help: "The portfolio: a folder, a portfolio.yaml, an .xlsx workbook, a .csv export or .jsonl.")
    var source: String

    @Option(name: [.short, .customLong("workspace")], help: "The workspace: its folder or its .sqlite file. Default: this folder.")
    var workspace = "."

    @Option(help: "The rule set; required for a workbook, CSV or JSON Lines, which name none.")
    var rules: String?

    @Option(name: .customLong("as-of"), help: "The review date (YYYY-MM-DD) for a list that gives none.")
    var asOf: String?

    @Flag(help: "Bring the ties into a workspace that already holds some, each change recorded.")
    var merge = false

    func validate() throws {
        try Language.checkEnvironment()
        if let asOf, ReviewDate(written: asOf) == nil { throw ValidationError(.asOfDate(asOf)) }
    }

    func run() throws {
        let target = WorkspaceCommand.file(workspace)
        let date = asOf.flatMap { ReviewDate(written: $0) }
        let loaded = try pipeline.workspace(portfolio: source, rules: rules, asOf: date)
        guard Files.isDirectory(Paths.directory(of: target)) else { throw InputError(.missing, .noSuchFolder(Paths.directory(of: target))) }
        // The rule set stays a file; the workspace names it relative to its own folder.
        let rulesPath = rules ?? loaded.inputs[1]
        let relative = Paths.relative(Files.absolute(rulesPath), from: Files.absolute(Paths.directory(of: target)))
        var portfolio = loaded.portfolio
        if portfolio.asOf == nil { portfolio.asOf = date }
        let order = loaded.ruleSet.facts.map(\.name)
        let store = try WorkspaceStore.open(target, create: true)
        var records = portfolio.records
        if merge, try store.count() > 0 {
            // Each tie brought up to date with what the list gives, nothing known erased by an empty cell.
            let held = try pipeline.storedWorkspace(target, stored: store.stored()).portfolio.records
            let byID = Dictionary(held.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            records = records.map { r in byID[r.id].map { $0.merged(with: r) } ?? r }
        }
        let counts = try store.fill(
            header: PortfolioText.header(portfolio, rules: relative), rules: relative,
            ties: records.map { RecordParts($0, factOrder: order) },
            by: Editor(WorkspaceCommand.user, source: Paths.fileName(of: source)), at: WorkspaceStore.timestamp(), merge: merge)
        var said = Terminal.book.workbench(
            .imported(added: counts.added, changed: counts.changed, unchanged: counts.unchanged, into: target))
        if counts.keptNewer > 0 { said += "\n" + Terminal.book.workbench(.keptNewer(counts.keptNewer)) }
        try Terminal.standardText(said + "\n")
    }
}

/// `ties workspace export`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the workspace back as a portfolio folder (portfolio.yaml, records/, proposals/) or a workbook.",
        discussion: """
            The folder holds the same ties, facts, evidence, logs, decisions and obligations as the workspace, and \
            `ties review FOLDER` gives the same review with the same fingerprint. A workbook (-o x.xlsx) is the one \
            `ties template` makes, filled in: the ties, facts with their source and date, the activity log and the \
            obligations, each text in the workbook's language; it has no place for the decisions or a fact's note, and \
            says how many it leaves out. Files \
            already there are never replaced without --overwrite; all files are written, or none.

            Exit status: 0 written; 65 the workspace is refused; 66 it is missing; 73/74 the files cannot be written.
            """)

    @Option(name: [.short, .customLong("output")], help: "The folder to write, or an .xlsx workbook.")
    var output: String

    @Option(name: [.short, .customLong("workspace")], help: "The workspace: its folder or its .sqlite file. Default: this folder.")
    var workspace = "."

    @Flag(help: "Replace files already there.")
    var overwrite = false

    @Option(help: "The language of a workbook's headings and values: nb, nn or en. Default: TIES_LANG, else the rule set's first.")
    var lang: Language?

    func run() throws {
        let source = WorkspaceCommand.file(workspace)
        // The workspace opened once: its ties, its rule set's place and its proposals from the same file.
        let store = try WorkspaceStore.open(source)
        let stored = try store.stored()
        let loaded = try pipeline.storedWorkspace(source, stored: stored)
        if Paths.extensionOf(output) == "xlsx" { return try workbook(loaded, source: source) }
        let rulesPath = Paths.resolve(stored.rules, from: Paths.directory(of: source))
        let relative = Paths.relative(Files.absolute(rulesPath), from: Files.absolute(output))
        let order = loaded.ruleSet.facts.map(\.name)
        var files = [(Paths.join(output, "portfolio.yaml"), Array(PortfolioText.header(loaded.portfolio, rules: relative).utf8))]
        for r in loaded.portfolio.records {
            files.append((Paths.join(output, "records/\(r.id).yaml"), Array(PortfolioText.record(r, factOrder: order).utf8)))
        }
        // Proposals go in proposals/, each naming the rule set and the exported portfolio (the folder above it).
        let proposalRules = Paths.relative(Files.absolute(rulesPath), from: Files.absolute(Paths.join(output, "proposals")))
        for p in try store.proposals() {
            let text = "rules: \(YAMLText.quoted(proposalRules))\nportfolio: \"..\"\n" + p.text
            files.append((Paths.join(output, "proposals/\(p.id).yaml"), Array(text.utf8)))
        }
        let taken = files.map(\.0).filter(Files.occupied)
        if !overwrite, !taken.isEmpty { throw CommandError.cannotCreate(.alreadyThere(taken)) }
        let folders =
            [output, Paths.join(output, "records")]
            + (files.contains { $0.0.contains("/proposals/") } ? [Paths.join(output, "proposals")] : [])
        for folder in folders where !Files.isDirectory(folder) {
            guard mkdir(folder, 0o777) == 0 || Files.isDirectory(folder) else {
                throw CommandError.cannotCreate(.cannotMakeFolder(folder, occupied: Files.occupied(folder)))
            }
        }
        try Files.writeTogether(files.map { (path: $0.0, bytes: $0.1) }, inputs: loaded.inputs, replacing: overwrite)
        try Terminal.standardText(Terminal.book.workbench(.exported(ties: loaded.portfolio.records.count, to: output)) + "\n")
    }
}

extension ExportCommand {
    /// The ties as the workbook `ties template` makes, filled in: ties, facts with their source and date, the activity
    /// log and the obligations, which `ties review x.xlsx --rules …` reads back. What a workbook has no place for (the
    /// decisions, a fact's note) is said, not dropped without a word.
    func workbook(_ loaded: Workspace, source: String) throws {
        let book = Language.book(asked: lang, ruleSet: loaded.ruleSet)
        let records = loaded.portfolio.records
        let bytes = try SpreadsheetTemplate(ruleSet: loaded.ruleSet, book: book).xlsx(records: records)
        if !overwrite, Files.occupied(output) { throw CommandError.cannotCreate(.alreadyThere([output])) }
        try Files.writeAtomically([UInt8](bytes), to: output, inputs: loaded.inputs)
        let decisions = records.reduce(0) { $0 + $1.decisions.count }
        let notes = records.reduce(0) { $0 + $1.evidence.values.filter { $0.note != nil }.count }
        if decisions + notes > 0 {
            Terminal.standardError("ties: " + book.workbench(.workbookLeavesOut(decisions: decisions, notes: notes)) + "\n")
        }
        try Terminal.standardText(book.workbench(.exported(ties: records.count, to: output)) + "\n")
    }
}

/// `ties workspace history`.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Every change to a tie (or every tie): when, who, what, before and after, and the evidence given.",
        discussion: """
            Written as CSV for Excel with -o FILE.csv, else as lines.

            Examples:
              ties workspace history eurocities --workspace work/
              ties workspace history --workspace work/ -o endringer.csv
            """)

    @Argument(help: "The tie's id; every tie where none is given.")
    var tie: String?

    @Option(name: [.short, .customLong("workspace")], help: "The workspace: its folder or its .sqlite file. Default: this folder.")
    var workspace = "."

    @Option(name: [.short, .customLong("output")], help: "A .csv file to write the history to.")
    var output: String?

    @Option(help: "The language of the headings: nb, nn or en.")
    var lang: Language?

    func run() throws {
        let source = WorkspaceCommand.file(workspace)
        let store = try WorkspaceStore.open(source)
        let changes = try store.history(tie: tie)
        // Values in the reader's words where the workspace's rule set reads (the rule set alone, not every tie); else
        // as stored.
        let ruleSet = try? RuleSetLoader.load(
            Files.read(Paths.resolve(store.stored().rules, from: Paths.directory(of: source))))
        let book = Phrasebook(Language.asked(lang) ?? ruleSet?.languages.first ?? .nb)
        let view = HistoryTable(changes: changes, book: book, ruleSet: ruleSet)
        if let output {
            try Files.writeAtomically(Array(view.csv().utf8), to: output, inputs: [source])
            Terminal.sayWritten(output)
        } else {
            try Terminal.standardText(view.lines(width: Terminal.width))
        }
    }
}
