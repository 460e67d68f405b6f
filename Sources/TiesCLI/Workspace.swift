import Crypto
import TiesCore
import TiesWorkbooks

/// A portfolio and its rule set, loaded from the paths a user gave.
struct Workspace {
    var portfolio: Portfolio
    var ruleSet: RuleSet
    /// Every file read, so outputs can refuse to overwrite them.
    var inputs: [String]
    /// The rule set file as read, for its fingerprint.
    var ruleText: String
    /// What-if edits applied to the rule set.
    var edits: [RuleSetEdit] = []

    /// SHA-256 of the rule set as written and of the portfolio's canonical text, with the tool and date.
    func fingerprint(asOf: String?) -> Fingerprint {
        // An edited rule set is not the file's: its hash covers the edits too.
        let rules = edits.isEmpty ? ruleText : ruleText + edits.map { "\n# --set \($0)" }.joined()
        return Fingerprint(
            ruleSet: Self.sha256(rules), portfolio: Self.sha256(portfolio.canonicalText),
            tool: "ties \(TiesCommand.version)", asOf: asOf ?? portfolio.asOf, edits: edits.map(\.description))
    }

    /// A JSON Lines file, a CSV export or an Excel workbook: none names a rule set or date, so --rules is required
    /// and --as-of is the date. A CSV's activity log is the file `NAME.activities.csv` beside it, if there is one.
    static func loadBulk(_ path: String, rules: String?, edits: [RuleSetEdit]) throws -> Workspace {
        guard let rules else {
            throw Failure.data("\(path) is a list of ties without a portfolio header and names no rule set; pass --rules FILE")
        }
        let ruleSource = try Files.read(rules)
        let ruleSet = try RuleSetLoader.load(ruleSource, edits: edits)
        var inputs = [path, rules]
        let records: [Record]
        switch Files.extensionOf(path) {
        case "csv":
            let log = activityLog(beside: path)
            if let log { inputs.append(log) }
            records = try SpreadsheetLoader.csv(Files.readSpreadsheet(path), activities: log.map(Files.readSpreadsheet), ruleSet: ruleSet)
        case "xlsx":
            records = try SpreadsheetLoader.workbook(WorkbookReader.sheets(Files.contents(path), path: path), path: path, ruleSet: ruleSet)
        default:
            records = try BulkLoader.jsonLines(Files.read(path), ruleSet: ruleSet)
        }
        let duplicates = PortfolioLoader.duplicateIDs(records)
        if !duplicates.isEmpty { throw DiagnosticsError(duplicates) }
        let portfolio = Portfolio(
            municipality: ruleSet.municipality, asOf: nil, rulesPath: rules, records: records,
            location: SourceLocation(file: path, line: 1, column: 1))
        return Workspace(portfolio: portfolio, ruleSet: ruleSet, inputs: inputs, ruleText: ruleSource.text, edits: edits)
    }

    /// `medlemskap.activities.csv` (or `.aktiviteter.csv`) beside `medlemskap.csv`.
    static func activityLog(beside path: String) -> String? {
        let stem = String(path.dropLast(".csv".count))
        return ["activities", "aktiviteter"].map { "\(stem).\($0).csv" }.first(where: Files.exists)
    }

    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Array(text.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Inputs that are lists of ties: one record per line, a spreadsheet export, a workbook.
    static let bulkExtensions = ["jsonl", "ndjson", "csv", "xlsx"]

    /// Loads a portfolio file or folder and the rule set it names (or `rulesPath`).
    static func load(portfolio path: String, rules rulesOverride: String?, edits: [RuleSetEdit] = []) throws -> Workspace {
        if let ext = Files.extensionOf(path), bulkExtensions.contains(ext) {
            return try loadBulk(path, rules: rulesOverride, edits: edits)
        }
        let headerPath: String
        var recordPaths: [String] = []
        if Files.isDirectory(path) {
            headerPath = Files.join(path, "portfolio.yaml")
            let recordsFolder = Files.join(path, "records")
            if Files.isDirectory(recordsFolder) { recordPaths = try Files.yamlFiles(in: recordsFolder) }
        } else {
            headerPath = path
        }
        let header = try Files.read(headerPath)
        let summary = try PortfolioLoader.header(header)
        let rulesPath: String
        if let rulesOverride {
            rulesPath = rulesOverride
        } else if let named = summary.rulesPath {
            rulesPath = Files.normalize(named.hasPrefix("/") ? named : Files.join(Files.directory(of: headerPath), named))
        } else {
            throw Failure.data("\(headerPath) names no rule set; add 'rules: path/to/rules.yaml' or pass --rules")
        }
        let ruleSource = try Files.read(rulesPath)
        let ruleSet = try RuleSetLoader.load(ruleSource, edits: edits)
        let records = try recordPaths.map(Files.read)
        let portfolio = try PortfolioLoader.load(header: header, recordFiles: records, ruleSet: ruleSet)
        return Workspace(
            portfolio: portfolio, ruleSet: ruleSet, inputs: [headerPath, rulesPath] + recordPaths, ruleText: ruleSource.text, edits: edits)
    }
}
