/// A sample's expected results: for each record id, the outcome, category and fired rules it must get.
public struct ExpectedResults: Sendable {
    /// What one record must get; fields left out are not checked.
    public struct Entry: Sendable, Hashable {
        public var recordID: String
        public var outcome: String?
        public var category: String?
        public var fired: [String]?
        public var location: SourceLocation
    }

    public var entries: [Entry]
    public var file: String

    /// Reads `expected.yaml`: a mapping from record id to `{outcome, category, fired, why}`.
    public static func load(_ source: SourceText) throws(DiagnosticsError) -> ExpectedResults {
        var reader = DocumentReader(source)
        var entries: [Entry] = []
        switch YAMLReader.read(source) {
        case .failure(let d):
            // Not parsed: its lines are shown only where an entry's `outcome:` stands, as expected results have it.
            reader.absorb(d, quoting: source.hasKeyLine("outcome", indented: true))
        case .success(nil):
            break
        case .success(.mapping(let pairs, _)?):
            // Recognised by what it holds, an entry with an outcome, before any of its lines is shown: the file is found
            // by name beside a sample, and a link there may lead to any file on the machine.
            let recognised = pairs.contains { pair in
                if case .mapping(let fields, _) = pair.value { fields.contains { $0.key.text == "outcome" } } else { false }
            }
            guard recognised || pairs.isEmpty else {
                throw DiagnosticsError([
                    Diagnostic(at: SourceLocation(file: source.path, line: 0, column: 0), .notAFileOfKind(source.path, .expectedResult))
                ])
            }
            for pair in pairs {
                guard
                    let f = reader.fields(
                        pair.value, .named(.expectedResult, pair.key.text),
                        allowed: ["outcome", "category", "fired", "why"])
                else { continue }
                // Why the author expects it: read so that it must be text, never checked against the review.
                _ = reader.string(f["why"], .key("why"))
                entries.append(
                    Entry(
                        recordID: pair.key.text, outcome: reader.string(f["outcome"], .key("outcome")),
                        category: reader.string(f["category"], .key("category")),
                        fired: reader.strings(f["fired"], .key("fired"))?.map(\.0),
                        location: reader.location(pair.key.mark)))
            }
        case .success(let tree?):
            reader.error(tree.mark, .expected(.part(.expectedResult), .mappingFromRecordID, found: DocumentReader.describe(tree)))
        }
        guard !reader.hasErrors else { throw DiagnosticsError(reader.diagnostics) }
        return ExpectedResults(entries: entries, file: source.path)
    }

    /// Every difference between the review and what is expected, each at the line of its entry.
    public func mismatches(in review: Review) -> [Diagnostic] {
        var found = differences(in: review).flatMap(\.mismatches)
        let listed = Set(entries.map(\.recordID))
        for r in review.records where !listed.contains(r.record.id) {
            found.append(Diagnostic(at: SourceLocation(file: file, line: 1, column: 1), .noExpectedResult(r.record.id)))
        }
        return found
    }

    /// Each entry with how today's review differs from it (nothing where it agrees).
    public func differences(in review: Review) -> [(entry: Entry, mismatches: [Diagnostic])] {
        let byID = Dictionary(review.records.map { ($0.record.id, $0) }, uniquingKeysWith: { a, _ in a })
        return entries.map { e in
            guard let r = byID[e.recordID] else {
                let message = Phrase.Problem.noRecordInPortfolio(e.recordID, Suggestion.choices(e.recordID, in: Array(byID.keys), .records))
                return (e, [Diagnostic(at: e.location, message)])
            }
            var found: [Diagnostic] = []
            if let o = e.outcome, o != r.outcome {
                found.append(
                    Diagnostic(at: e.location, .expectedOutcome(e.recordID, expected: o, got: r.outcome, because: r.decisive.source)))
            }
            if let c = e.category, c != (r.category ?? "none") {
                found.append(Diagnostic(at: e.location, .expectedCategory(e.recordID, expected: c, got: r.category)))
            }
            if let f = e.fired {
                let fired = r.reasons.filter { $0.kind == .rule }.map(\.source)
                if Set(f) != Set(fired) {
                    found.append(
                        Diagnostic(at: e.location, .expectedFired(e.recordID, expected: f, got: fired)))
                }
            }
            return (e, found)
        }
    }
}
