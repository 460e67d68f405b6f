import TiesCore

/// A portfolio and its rule set, loaded from the paths a user gave.
struct Workspace {
    var portfolio: Portfolio
    var ruleSet: RuleSet
    /// Every file read, so outputs can refuse to overwrite them.
    var inputs: [String]

    /// Loads a portfolio file or folder and the rule set it names (or `rulesPath`).
    static func load(portfolio path: String, rules rulesOverride: String?) throws -> Workspace {
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
        let ruleSet = try RuleSetLoader.load(Files.read(rulesPath))
        let records = try recordPaths.map(Files.read)
        let portfolio = try PortfolioLoader.load(header: header, recordFiles: records, ruleSet: ruleSet)
        return Workspace(portfolio: portfolio, ruleSet: ruleSet, inputs: [headerPath, rulesPath] + recordPaths)
    }
}
