/// Loads a portfolio: a header (municipality, review date, rule set) and its records, inline or one per file.
public enum PortfolioLoader {
    static let headerKeys = ["municipality", "as_of", "rules", "title", "notes", "records"]

    /// Who, when, and which rule set: what is needed before the records can be checked against a schema.
    public static func header(_ source: SourceText) throws(DiagnosticsError) -> Portfolio {
        var reader = DocumentReader(source)
        let tree = try YAMLReader.document(source, &reader, expected: "a mapping")
        let portfolio = header(tree, &reader)
        guard let portfolio, !reader.hasErrors else { throw DiagnosticsError(reader.diagnostics) }
        return portfolio
    }

    /// The whole portfolio, every record validated against the rule set's schema; all problems at once.
    public static func load(header source: SourceText, recordFiles: [SourceText], ruleSet: RuleSet) throws(DiagnosticsError) -> Portfolio {
        var diagnostics: [Diagnostic] = []
        let records = RecordReader(facts: ruleSet.facts, outcomes: ruleSet.outcomes.map(\.id))
        var reader = DocumentReader(source)
        let tree = try YAMLReader.document(source, &reader, expected: "a mapping")
        var portfolio = header(tree, &reader)
        if case .mapping = tree, let items = inlineRecords(tree, &reader) {
            portfolio?.records += items.compactMap { records.record($0, &reader) }
        }
        diagnostics += reader.diagnostics
        for file in recordFiles {
            var fileReader = DocumentReader(file)
            do {
                let t = try YAMLReader.document(file, &fileReader, expected: "a record")
                if let record = records.record(t, &fileReader) { portfolio?.records.append(record) }
            } catch {
                diagnostics += error.diagnostics
                continue
            }
            diagnostics += fileReader.diagnostics
        }
        var seen: [String: SourceLocation] = [:]
        for record in portfolio?.records ?? [] {
            if let first = seen[record.id] {
                diagnostics.append(Diagnostic(at: record.location, "duplicate record id '\(record.id)'; first used at \(first)"))
            } else {
                seen[record.id] = record.location
            }
        }
        guard let portfolio, !diagnostics.contains(where: { $0.severity == .error }) else { throw DiagnosticsError(diagnostics) }
        return portfolio
    }

    private static func header(_ tree: YAMLTree, _ reader: inout DocumentReader) -> Portfolio? {
        guard let f = reader.fields(tree, "the portfolio", allowed: headerKeys, required: ["municipality"]) else { return nil }
        return Portfolio(
            municipality: reader.string(f["municipality"], "a municipality") ?? "",
            asOf: f["as_of"].flatMap { reader.date($0, "'as_of'") },
            rulesPath: f["rules"].flatMap { reader.string($0, "the rule set's path") },
            records: [], location: reader.location(f.mark))
    }

    private static func inlineRecords(_ tree: YAMLTree, _ reader: inout DocumentReader) -> [YAMLTree]? {
        guard case .mapping(let pairs, _) = tree, let t = pairs.first(where: { $0.key.text == "records" })?.value else { return nil }
        guard case .sequence(let items, _) = t else {
            reader.error(t.mark, "expected 'records' as a list, found \(DocumentReader.describe(t))")
            return nil
        }
        return items
    }
}
