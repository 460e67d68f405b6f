import TiesCore

/// A workspace's history as a person reads it: one line per change, facts by their labels, in the reader's language.
public struct HistoryTable: Sendable {
    public var changes: [Change]
    public var book: Phrasebook
    /// Where known, the rule set whose labels name the facts.
    public var ruleSet: RuleSet?

    public init(changes: [Change], book: Phrasebook, ruleSet: RuleSet? = nil) {
        (self.changes, self.book, self.ruleSet) = (changes, book, ruleSet)
    }

    /// What was changed, in words: a fact by its label, a field by its heading, a log or a ledger by its name.
    public func subject(_ c: Change) -> String {
        if c.subject.hasPrefix("fact:") {
            let name = String(c.subject.dropFirst(5))
            return ruleSet?.fact(named: name)?.label.map(book.text) ?? name
        }
        if let heading = Record.fieldHeadings[c.subject]?[book.language.code]?.first { return heading }
        return book.workbench(.subject(c.subject))
    }

    /// The cells of each change, in the order of `Phrase.HistoryColumn`.
    public func rows() -> [[String]] {
        changes.map { c in
            [
                c.at, c.who, c.tie, subject(c), c.before ?? "", c.after ?? (c.subject == "tie" ? book.workbench(.removed) : ""),
                c.source ?? "", c.asOf.map { book.date(iso: $0) } ?? "", c.note ?? "",
            ]
        }
    }

    /// The history as CSV for Excel: a byte-order mark, the reader's separator, CRLF.
    public func csv() -> String {
        let separator = String(book.csvSeparator)
        let headings = Phrase.HistoryColumn.allCases.map { book.workbench(.historyHeading($0)) }
        return "\u{FEFF}" + ([headings] + rows()).map { $0.map(CSVRenderer.quote).joined(separator: separator) + "\r\n" }.joined()
    }

    /// The history as lines for a terminal: when, who, the tie and what, then before → after.
    public func lines() -> String {
        guard !changes.isEmpty else { return book.workbench(.noChanges) + "\n" }
        return rows().map { r in
            let change = r[3] == book.workbench(.subject("tie")) ? book.workbench(.created) : "\(oneLine(r[4])) → \(oneLine(r[5]))"
            let evidence = [r[6], r[7], r[8]].filter { !$0.isEmpty }.joined(separator: ", ")
            return "\(r[0])  \(r[1])  \(r[2])  \(r[3]): \(change)" + (evidence.isEmpty ? "" : "  (\(evidence))") + "\n"
        }.joined()
    }

    private func oneLine(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " · ")
        return flat.isEmpty ? "—" : flat
    }
}
