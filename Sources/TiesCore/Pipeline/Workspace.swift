/// A portfolio and its rule set, loaded from the paths a user gave.
public struct Workspace: Sendable {
    public var portfolio: Portfolio
    public var ruleSet: RuleSet
    /// Every file read, so outputs can refuse to overwrite them.
    public var inputs: [String]
    /// The rule set file as read, for its fingerprint.
    public var ruleText: String
    /// What-if edits applied to the rule set.
    public var edits: [RuleSetEdit] = []
}

extension Pipeline {
    /// Inputs that are lists of ties: one record per line, a spreadsheet export, a workbook.
    public static let bulkExtensions = ["jsonl", "ndjson", "csv", "xlsx"]

    /// Finds and loads a portfolio file or folder and the rule set it names (or `rules`), with any what-if edits. A
    /// portfolio another file names (`reference`) must be one by its name and its shape.
    public func workspace(
        portfolio path: String, rules rulesOverride: String?, edits: [RuleSetEdit] = [], reference: FileReference? = nil,
        asOf: ReviewDate? = nil
    ) throws -> Workspace {
        try workspace(portfolio: path, rules: rulesOverride, edits: edits, reference: reference, asOf: asOf, loaded: nil)
    }

    /// The same, with the rule set at `rulesOverride` already read and compiled by the caller (`loaded`), so a memo's
    /// rule set is read once.
    func workspace(
        portfolio path: String, rules rulesOverride: String?, edits: [RuleSetEdit] = [], reference: FileReference? = nil,
        asOf: ReviewDate? = nil, loaded: (source: SourceText, ruleSet: RuleSet)?
    ) throws -> Workspace {
        // A portfolio another file names that is not there at all is missing (66), not the wrong kind of file.
        if reference != nil, !files.exists(path) { throw InputError(.missing, .noSuchFile(path)) }
        try reference?.checkExtension(.portfolio, isFolder: files.isDirectory(path))
        if let ext = Paths.extensionOf(path), Self.bulkExtensions.contains(ext) {
            return try bulkWorkspace(path, rules: rulesOverride, edits: edits, asOf: asOf)
        }
        if Paths.extensionOf(path) == Self.workspaceExtension {
            return try storedWorkspace(path, rules: rulesOverride, edits: edits, asOf: asOf)
        }
        let headerPath: String
        var recordPaths: [String] = []
        if files.isDirectory(path) {
            headerPath = Paths.join(path, "portfolio.yaml")
            let recordsFolder = Paths.join(path, "records")
            if files.isDirectory(recordsFolder) { recordPaths = try files.yamlFiles(in: recordsFolder) }
        } else {
            headerPath = path
        }
        let file = try PortfolioLoader.parse(files.read(headerPath), reference: reference)
        let summary = file.header
        let rulesPath: String
        var rulesReference: FileReference?
        if let rulesOverride {
            rulesPath = rulesOverride
        } else if let named = summary.rulesPath, let location = summary.rulesLocation {
            rulesReference = FileReference(path: named, location: location)
            try rulesReference?.checkExtension(.ruleSet, isFolder: false)
            rulesPath = Paths.resolve(named, from: Paths.directory(of: headerPath))
        } else {
            throw InputError(.data, .namesNoRuleSet(headerPath))
        }
        let ruleSource: SourceText
        let ruleSet: RuleSet
        if let loaded, rulesOverride != nil, edits.isEmpty {
            (ruleSource, ruleSet) = loaded
        } else {
            ruleSource = try files.read(rulesPath)
            ruleSet = try RuleSetLoader.load(ruleSource, edits: edits, reference: rulesReference)
        }
        let records = try recordPaths.map(files.read)
        var inputs = [headerPath, rulesPath] + recordPaths
        var listed: [Record] = []
        if let list = summary.recordsFile {
            // Named, not found: a list that is not there is missing (66); one of another kind is refused unread.
            guard let ext = Paths.extensionOf(list.path), Self.bulkExtensions.contains(ext) else {
                throw DiagnosticsError([Diagnostic(at: list.location, .notAListOfTies(list.path))])
            }
            let listPath = Paths.resolve(list.path, from: Paths.directory(of: headerPath))
            guard files.exists(listPath) else { throw InputError(.missing, .noSuchFile(listPath)) }
            listed = try DiagnosticsError.speaking(ruleSet) { try bulkRecords(listPath, ruleSet: ruleSet, inputs: &inputs) }
        }
        let portfolio = try DiagnosticsError.speaking(ruleSet) {
            try PortfolioLoader.load(file, recordFiles: records, listed: listed, ruleSet: ruleSet, asOf: asOf)
        }
        return Workspace(portfolio: portfolio, ruleSet: ruleSet, inputs: inputs, ruleText: ruleSource.text, edits: edits)
    }

    /// A team's workspace, read as the portfolio folder it would export: its header names the rule set, relative to
    /// the workspace's folder.
    func storedWorkspace(_ path: String, rules: String?, edits: [RuleSetEdit], asOf: ReviewDate?) throws -> Workspace {
        try storedWorkspace(path, stored: files.storedPortfolio(path), rules: rules, edits: edits, asOf: asOf)
    }

    /// The same for a workspace's texts already read (the workbench holds its workspace open).
    public func storedWorkspace(
        _ path: String, stored: StoredPortfolio, rules: String? = nil, edits: [RuleSetEdit] = [], asOf: ReviewDate? = nil
    ) throws -> Workspace {
        let file = try PortfolioLoader.parse(stored.header)
        let rulesPath = rules ?? Paths.resolve(stored.rules, from: Paths.directory(of: path))
        let ruleSource = try files.read(rulesPath)
        let ruleSet = try RuleSetLoader.load(ruleSource, edits: edits)
        let portfolio = try DiagnosticsError.speaking(ruleSet) {
            try PortfolioLoader.load(file, recordFiles: stored.records, ruleSet: ruleSet, asOf: asOf)
        }
        return Workspace(portfolio: portfolio, ruleSet: ruleSet, inputs: [path, rulesPath], ruleText: ruleSource.text, edits: edits)
    }

    /// The extension of a team's workspace file.
    public static let workspaceExtension = "sqlite"

    /// A JSON Lines file, a CSV export or an Excel workbook: none names a rule set or date, so --rules is required
    /// and --as-of is the date. A CSV's activity log is the file `NAME.activities.csv` beside it, if there is one.
    func bulkWorkspace(_ path: String, rules: String?, edits: [RuleSetEdit], asOf: ReviewDate?) throws -> Workspace {
        guard let rules else {
            throw InputError(.data, .listNamesNoRuleSet(path))
        }
        let ruleSource = try files.read(rules)
        let ruleSet = try RuleSetLoader.load(ruleSource, edits: edits)
        var inputs = [path, rules]
        let records = try DiagnosticsError.speaking(ruleSet) { () throws -> [Record] in
            let records = try bulkRecords(path, ruleSet: ruleSet, inputs: &inputs)
            // What a YAML portfolio checks against its date, a list of ties checks against --as-of.
            let problems = PortfolioLoader.duplicateIDs(records) + (asOf.map { PortfolioLoader.future(records, asOf: $0) } ?? [])
            if !problems.isEmpty { throw DiagnosticsError(problems) }
            return records
        }
        let portfolio = Portfolio(
            municipality: ruleSet.municipality, asOf: nil, rulesPath: rules, records: records,
            location: SourceLocation(file: path, line: 1, column: 1))
        return Workspace(portfolio: portfolio, ruleSet: ruleSet, inputs: inputs, ruleText: ruleSource.text, edits: edits)
    }

    /// The records of a list of ties: a CSV export and its activity log, a workbook, or JSON Lines.
    private func bulkRecords(_ path: String, ruleSet: RuleSet, inputs: inout [String]) throws -> [Record] {
        if !inputs.contains(path) { inputs.append(path) }
        let records: [Record]
        switch Paths.extensionOf(path) {
        case "csv":
            let log = try activityLog(beside: path)
            if let log { inputs.append(log) }
            // The obligations beside it, `NAME.forpliktelser.csv` (or `.plikter.csv`, `.obligations.csv`).
            let duties = [Language.en, .nb, .nn].map { Self.obligationsPath(beside: path, language: $0) }
                .first(where: files.exists)
            if let duties { inputs.append(duties) }
            records = try SpreadsheetLoader.csv(
                files.readSpreadsheet(path), activities: log.map(files.readSpreadsheet), obligations: duties.map(files.readSpreadsheet),
                ruleSet: ruleSet)
        case "xlsx":
            let sheets = try files.workbook(path)
            // A log beside a workbook that has none of its own would be left out without a word; with a sheet of its
            // own, the file beside it belongs to a CSV export of the same list.
            let hasLog = sheets.contains { SpreadsheetLoader.activitySheetNames.contains(($0.name ?? "").lowercased()) }
            if !hasLog, let log = try activityLog(beside: path) {
                throw InputError(.data, .logBesideWorkbook(log))
            }
            records = try SpreadsheetLoader.workbook(sheets, path: path, ruleSet: ruleSet)
        default:
            records = try BulkLoader.jsonLines(files.read(path), ruleSet: ruleSet)
        }
        return records
    }

    /// `medlemskap.activities.csv` (or `.aktiviteter.csv`) beside `medlemskap.csv`; two of them are refused, since one
    /// would be left out.
    public func activityLog(beside path: String) throws -> String? {
        let found = [Language.en, .nb, .nn].map { Self.activityLogPath(beside: path, language: $0) }.filter(files.exists)
        if found.count > 1 { throw InputError(.data, .twoLogs(path, found)) }
        return found.first
    }

    /// Where the activity log of the CSV file at `path` is looked for: `NAME.aktiviteter.csv`, `NAME.aktivitetar.csv`
    /// in nynorsk, or `NAME.activities.csv` in English.
    public static func activityLogPath(beside path: String, language: Language) -> String {
        besidePath(path, word: Phrasebook(language).template(.activityLogFileWord))
    }

    /// Where the obligations of the CSV file at `path` are looked for: `NAME.forpliktelser.csv`, `NAME.plikter.csv` in
    /// nynorsk, or `NAME.obligations.csv` in English.
    public static func obligationsPath(beside path: String, language: Language) -> String {
        besidePath(path, word: Phrasebook(language).template(.obligationFileWord))
    }

    /// Where a CSV template's explanation of its columns goes: `NAME.forklaring.csv`, or `NAME.explanation.csv` in
    /// English.
    public static func explanationPath(beside path: String, language: Language) -> String {
        besidePath(path, word: Phrasebook(language).template(.explanationFileWord))
    }

    /// `NAME.WORD.csv` beside `NAME.csv`.
    static func besidePath(_ path: String, word: String) -> String {
        String(path.dropLast((Paths.extensionOf(path) ?? "").count + 1)) + "." + word + ".csv"
    }

    /// SHA-256 of the rule set as written and of the portfolio's canonical text, with the tool and date.
    public func fingerprint(_ workspace: Workspace, asOf: ReviewDate?) -> Fingerprint {
        // An edited rule set is not the file's: its hash covers the edits too.
        let edits = workspace.edits
        let rules = edits.isEmpty ? workspace.ruleText : workspace.ruleText + edits.map { "\n# --set \($0)" }.joined()
        return Fingerprint(
            ruleSet: hash(rules), portfolio: hashPieces(workspace.portfolio.writeCanonical), tool: tool,
            asOf: asOf ?? workspace.portfolio.asOf, edits: edits.map(\.description))
    }
}

extension FileReference {
    /// The file's extension must be one its kind can have, before it is read at all.
    func checkExtension(_ kind: Kind, isFolder: Bool) throws(DiagnosticsError) {
        let ext = Paths.extensionOf(path) ?? ""
        switch kind {
        case .ruleSet where ["yaml", "yml"].contains(ext): return
        case .portfolio
        where isFolder || ["yaml", "yml", Pipeline.workspaceExtension].contains(ext) || Pipeline.bulkExtensions.contains(ext):
            return
        default: throw refusal(kind)
        }
    }
}
