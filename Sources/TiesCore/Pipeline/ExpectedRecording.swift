/// `ties test --record`: a sample's `expected.yaml` written from today's review, for its author to confirm. Entries
/// already there that agree are kept as written, comments and all; new records get an entry with a `why:` line from
/// their main reason; an entry that disagrees with today's review is kept unless the author says to replace it.
public struct ExpectedRecording: Sendable {
    /// The file's new text; nil when nothing changes.
    public var text: String?
    /// The records given an entry.
    public var added: [String] = []
    /// Entries that disagree with today's review, replaced (with `overwrite`) or kept, each with what differs.
    public var differing: [Diagnostic] = []
    /// Whether the differing entries were replaced (or, for records no longer in the sample, removed).
    public var overwrote = false

    /// Why the file could not be written as asked, where it could not: nothing is written then.
    public var problem: Phrase.Problem?

    /// The recording for one sample; `language` is the language of the `why:` lines.
    public init(_ run: SampleRun, overwrite: Bool, language: Language) {
        let review = run.review
        guard let (expected, source) = run.expected else {
            added = review.records.map(\.record.id)
            text = Self.header(review, language: language) + review.records.map { Self.entry($0, in: review, language: language) }.joined()
            return
        }
        // Lines as the YAML reader counts them, so an entry's line is the line it is on, whatever the line ends.
        var lines = YAMLText.lines(source.text)
        // A file of comments alone may say it is empty (`{}`, `~`): the entries take that line's place.
        if expected.entries.isEmpty { lines.removeAll { ["{}", "~", "null"].contains($0.trimmingSpaces) } }
        guard expected.entries.allSatisfy({ $0.location.column == 1 && lines.indices.contains($0.location.line - 1) }) else {
            problem = .recordingNeedsPlainFile
            return
        }
        var spans = Self.spans(expected, lines: lines)
        let byID = Dictionary(review.records.map { ($0.record.id, $0) }, uniquingKeysWith: { a, _ in a })
        var replaced = false
        for (i, (e, mismatches)) in expected.differences(in: review).enumerated() {
            guard !mismatches.isEmpty else { continue }
            differing += mismatches
            guard overwrite else { continue }
            replaced = true
            spans[i].replacement = byID[e.recordID].map { Self.entry($0, in: review, language: language) } ?? ""
        }
        overwrote = overwrite && replaced
        let listed = Set(expected.entries.map(\.recordID))
        let new = review.records.filter { !listed.contains($0.record.id) }
        added = new.map(\.record.id)
        guard replaced || !new.isEmpty else { return }
        var out: [String] = []
        var line = 0
        for span in spans {
            out += lines[line..<span.lines.lowerBound]
            if let replacement = span.replacement {
                out += replacement.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            } else {
                out += lines[span.lines]
            }
            line = span.lines.upperBound
        }
        out += lines[line...]
        var result = out.joined(separator: "\n")
        if !result.isEmpty, !result.hasSuffix("\n") { result += "\n" }
        if !new.isEmpty {
            result += Phrasebook(language).message(.recordedNew(date: Self.date(review, language))) + "\n"
            result += new.map { Self.entry($0, in: review, language: language) }.joined()
        }
        // What is written must read back as the entries meant: a layout the line edits do not know (one flow mapping,
        // anchors, several documents, indented keys) is refused rather than written broken.
        let removed = Set(zip(spans, expected.entries).filter { $0.0.replacement == "" }.map(\.1.recordID))
        let meant = Set(expected.entries.map(\.recordID)).subtracting(removed).union(added)
        guard let written = try? ExpectedResults.load(SourceText(path: source.path, text: result)),
            written.entries.count == meant.count, Set(written.entries.map(\.recordID)) == meant
        else {
            problem = .recordingNeedsPlainFile
            return
        }
        text = result
    }

    /// The lines each entry takes: from its key to the next entry's, less the comments and blank lines before the next.
    private static func spans(_ expected: ExpectedResults, lines: [String]) -> [(lines: Range<Int>, replacement: String?)] {
        let starts = expected.entries.map { $0.location.line - 1 }
        return starts.enumerated().map { i, start in
            var end = i + 1 < starts.count ? starts[i + 1] : lines.count
            while end > start + 1, lines[end - 1].trimmingSpaces.isEmpty || lines[end - 1].hasPrefix("#") { end -= 1 }
            return (start..<end, nil)
        }
    }

    static func date(_ review: Review, _ language: Language) -> String {
        review.asOf?.written(language) ?? Phrasebook(language)(.noDate)
    }

    static func header(_ review: Review, language: Language) -> String {
        Phrasebook(language).message(
            .recordedHeader(municipality: YAMLText.comment(review.portfolio.municipality), date: date(review, language))) + "\n"
    }

    /// One record's entry: its outcome, category where the rule set has categories, the rules that fired, and why.
    static func entry(_ r: RecordReview, in review: Review, language: Language) -> String {
        let categories = !review.ruleSet.categories.isEmpty
        var out = "\(quotedKey(r.record.id)):\n  outcome: \(r.outcome)\n"
        if categories { out += "  category: \(r.category ?? "none")\n" }
        let fired = r.reasons.filter { $0.kind == .rule }.map(\.source)
        out += "  fired: [\(fired.joined(separator: ", "))]\n"
        var why = r.decisive.text.text(language)
        // "None of the criteria calls for a change" says little to confirm; the first rule that spoke says what it saw.
        if r.decisive.kind == .standard, let first = r.reasons.first(where: { $0.kind == .rule }) {
            why += ". " + first.text.text(language)
        } else {
            // Under a cap the decisive reason is why it is no worse; the rules it held back say what is wrong.
            for other in r.reasons.filter({ $0.kind == .rule && $0 != r.decisive && $0.outcome != nil }).prefix(2) {
                why += "; " + other.text.text(language)
            }
        }
        if r.provisional {
            // The reason of missing data names what is missing already; a capped rule's reason does not.
            if r.decisive.kind != .unknownData {
                let book = Phrasebook(language)
                why += book.engine(.missingFacts(r.openingFacts.map { book.fact($0, review.ruleSet) }.joined(separator: ", ")))
            }
            why += " — " + Phrasebook(language)(.provisional)
        }
        out += "  why: \(YAMLText.quoted(why))\n"
        return out
    }

    /// A record id as a YAML key: plain where it is a plain word, quoted otherwise.
    static func quotedKey(_ id: String) -> String {
        let plain = !id.isEmpty && id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" } && !id.hasPrefix("-")
        return plain ? id : YAMLText.quoted(id)
    }
}
