/// Loads a portfolio: a header (municipality, review date, rule set) and its records, inline or one per file.
public enum PortfolioLoader {
    static let headerKeys = ["municipality", "as_of", "rules", "title", "notes", "follow_up_by", "records"]
    /// More records than a YAML portfolio should hold; bulk data belongs in JSON Lines, which is streamed.
    public static let recordLimit = 100_000

    /// Every record whose id an earlier record already has, pointing at the first one.
    public static func duplicateIDs(_ records: [Record]) -> [Diagnostic] {
        var seen: [String: SourceLocation] = [:]
        var found: [Diagnostic] = []
        // By index: a copy of each of a hundred thousand records would cost more than the check.
        for i in records.indices {
            if let first = seen[records[i].id] {
                found.append(duplicateID(records[i], first: first))
            } else {
                seen[records[i].id] = records[i].location
            }
        }
        return found
    }

    /// The error for a record whose id the record at `first` already has; streamed reviews report it the same way.
    public static func duplicateID(_ record: Record, first: SourceLocation) -> Diagnostic {
        duplicateID(record.id, at: record.location, first: first)
    }

    /// The same for a record known by its id and where it starts, as a streamed review keeps them.
    public static func duplicateID(_ id: String, at location: SourceLocation, first: SourceLocation) -> Diagnostic {
        Diagnostic(at: location, .duplicateRecordID(id, first: first.description))
    }

    /// Dates after the review date: a tie cannot start, be visited or be decided on in the future.
    static func future(_ records: [Record], asOf: ReviewDate) -> [Diagnostic] {
        let year = asOf.year
        var found: [Diagnostic] = []
        // By index: a copy of each of a hundred thousand records would cost more than the check.
        for i in records.indices {
            if let since = records[i].since, since > year {
                found.append(Diagnostic(at: records[i].location, .startsAfterReview(records[i].id, since: since, asOf: asOf.description)))
            }
            for a in records[i].activities ?? [] where a.year > year {
                found.append(
                    Diagnostic(at: records[i].location, .activityAfterReview(records[i].id, year: a.year, asOf: asOf.description)))
            }
            for d in records[i].decisions where d.date > asOf {
                found.append(
                    Diagnostic(at: d.location, .decisionAfterReview(records[i].id, date: d.date.description, asOf: asOf.description)))
            }
            guard !records[i].evidence.isEmpty else { continue }
            for (name, e) in records[i].evidence.sorted(by: { $0.key < $1.key }) {
                guard let date = e.asOf, date > asOf else { continue }
                found.append(
                    Diagnostic(at: e.location, .factAfterReview(records[i].id, fact: name, date: date.description, asOf: asOf.description)))
            }
        }
        return found
    }

    /// Who, when, and which rule set: what is needed before the records can be checked against a schema.
    /// A portfolio another file names (`reference`) must look like one before any of its lines is quoted.
    public static func header(_ source: SourceText, reference: FileReference? = nil) throws(DiagnosticsError) -> Portfolio {
        try parse(source, reference: reference).header
    }

    /// The portfolio file parsed once: its header read, for the rule set it names, and its tree kept for the records.
    public static func parse(_ source: SourceText, reference: FileReference? = nil) throws(DiagnosticsError) -> PortfolioFile {
        var reader = DocumentReader(source)
        let tree = try YAMLReader.referencedDocument(source, &reader, expected: .mapping, reference: reference, kind: .portfolio)
        let portfolio = header(tree, &reader)
        guard let portfolio, !reader.hasErrors else { throw DiagnosticsError(reader.diagnostics) }
        return PortfolioFile(source: source, tree: tree, header: portfolio)
    }

    /// The whole portfolio, every record validated against the rule set's schema; all problems at once.
    public static func load(header source: SourceText, recordFiles: [SourceText], ruleSet: RuleSet) throws(DiagnosticsError) -> Portfolio {
        var reader = DocumentReader(source)
        let tree = try YAMLReader.document(source, &reader, expected: .mapping)
        return try load(tree, source, reader, recordFiles: recordFiles, ruleSet: ruleSet)
    }

    /// The same for a file `parse` has read; `asOf`, the run's date where it gives one, is the date nothing recorded
    /// may come after (else the portfolio's own).
    /// `listed` are the records of the list of ties it names (`records: medlemskap.xlsx`), already read.
    public static func load(
        _ file: PortfolioFile, recordFiles: [SourceText], listed: [Record] = [], ruleSet: RuleSet, asOf: ReviewDate? = nil
    )
        throws(DiagnosticsError) -> Portfolio
    {
        try load(
            file.tree, file.source, DocumentReader(file.source), recordFiles: recordFiles, listed: listed, ruleSet: ruleSet, asOf: asOf)
    }

    private static func load(
        _ tree: YAMLTree, _ source: SourceText, _ headerReader: DocumentReader, recordFiles: [SourceText], listed: [Record] = [],
        ruleSet: RuleSet, asOf: ReviewDate? = nil
    ) throws(DiagnosticsError) -> Portfolio {
        var diagnostics: [Diagnostic] = []
        let records = RecordReader(facts: ruleSet.facts, outcomes: ruleSet.outcomes.map(\.id))
        var reader = headerReader
        var portfolio = header(tree, &reader)
        if case .mapping = tree, let items = inlineRecords(tree, &reader) {
            portfolio?.records += items.compactMap { records.record($0, &reader) }
        }
        portfolio?.records += listed
        diagnostics += reader.diagnostics
        // A file found in records/ is shown line by line only once it is recognised as a record (a mapping with an
        // `id:`): a link planted there to any other file is refused by name, quoting nothing from it.
        var recognised: [SourceText] = []
        for file in recordFiles {
            var fileReader = DocumentReader(file)
            switch YAMLReader.read(file) {
            case .success(let t?):
                guard t.isMapping(withKeyIn: ["id"]) else {
                    diagnostics.append(
                        Diagnostic(at: SourceLocation(file: file.path, line: 0, column: 0), .notAFileOfKind(file.path, .record)))
                    continue
                }
                recognised.append(file)
                if let record = records.record(t, &fileReader) { portfolio?.records.append(record) }
            case .success(nil):
                fileReader.report(SourceLocation(file: file.path, line: 1, column: 1), .emptyFile(expected: .record))
            case .failure(let d):
                // Not parsed: its lines are shown only where one starts with `id:`, as a record's does.
                fileReader.absorb(d, quoting: file.hasKeyLine("id"))
            }
            diagnostics += fileReader.diagnostics
        }
        if let count = portfolio?.records.count, count > recordLimit {
            diagnostics.append(
                Diagnostic(
                    at: source.location, .tooManyRecords(count, limit: recordLimit)))
        }
        if let date = asOf ?? portfolio?.asOf { diagnostics += future(portfolio?.records ?? [], asOf: date) }
        diagnostics += duplicateIDs(portfolio?.records ?? [])
        guard let portfolio, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticsError(Diagnostic.withSourceLines(diagnostics, [source] + recognised))
        }
        return portfolio
    }

    private static func header(_ tree: YAMLTree, _ reader: inout DocumentReader) -> Portfolio? {
        guard let f = reader.fields(tree, .part(.portfolio), allowed: headerKeys, required: ["municipality"]) else { return nil }
        var portfolio = Portfolio(
            municipality: reader.string(f["municipality"], .key("municipality")) ?? "",
            asOf: f["as_of"].flatMap { reader.date($0, .key("as_of")) },
            rulesPath: f["rules"].flatMap { reader.string($0, .key("rules")) },
            records: [], location: reader.location(f.mark))
        portfolio.notes = f["notes"].flatMap { reader.string($0, .key("notes")) }
        portfolio.title = reader.ownText(f["title"], .key("title"))
        portfolio.followUpBy = f["follow_up_by"].flatMap { reader.date($0, .key("follow_up_by")) }
        portfolio.rulesLocation = f["rules"].map { reader.location($0.mark) }
        // `records:` is the ties themselves, or the name of the list that holds them.
        if case .scalar(let s)? = f["records"], !s.isNull, let named = reader.string(f["records"], .key("records")) {
            portfolio.recordsFile = FileReference(path: named, location: reader.location(s.mark))
        }
        return portfolio
    }

    private static func inlineRecords(_ tree: YAMLTree, _ reader: inout DocumentReader) -> [YAMLTree]? {
        guard case .mapping(let pairs, _) = tree, let t = pairs.first(where: { $0.key.text == "records" })?.value else { return nil }
        if case .scalar = t { return nil }
        guard case .sequence(let items, _) = t else {
            reader.error(t.mark, .expected(.key("records"), .listOf("{id, name, kind, …}"), found: DocumentReader.describe(t)))
            return nil
        }
        return items
    }
}

/// A portfolio file read and parsed once: what its header says, and its tree for the records it holds.
public struct PortfolioFile: Sendable {
    public let source: SourceText
    let tree: YAMLTree
    public let header: Portfolio
}
