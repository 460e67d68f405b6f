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

    /// The cells of each change, in the order of `Phrase.HistoryColumn`: values as a reader reads them where the rule
    /// set is known, a tie added or removed in a word.
    public func rows() -> [[String]] {
        changes.map { c in
            // The evidence given for the change stands in its own columns; the value before keeps its own.
            var (before, after) = (c.before.map { shown($0, c) } ?? "", c.after.map { shown($0, c, evidence: false) } ?? "")
            if c.subject == "tie" {
                (before, after) = (c.before == nil ? "" : before, c.after == nil ? book.workbench(.removed) : book.workbench(.created))
            }
            return [
                book.timestamp(iso: c.at), c.who, c.tie, subject(c), before, after, c.source ?? "", c.asOf.map { book.date(iso: $0) } ?? "",
                c.note ?? "",
            ]
        }
    }

    /// A fact's or a decision's line as the record reader reads it, said in the reader's words; else the line as stored.
    func shown(_ line: String, _ c: Change, evidence withEvidence: Bool = true) -> String {
        guard let rs = ruleSet else { return line }
        let fact = c.subject.hasPrefix("fact:") ? String(c.subject.dropFirst(5)) : nil
        let body: String
        if let fact {
            body = "facts:\n  \(PortfolioText.key(fact)): \(line)\n"
        } else if c.subject == "decision" {
            body = "decisions:\n  - \(line)\n"
        } else {
            return line
        }
        let header = SourceText(path: "", text: "municipality: x\n")
        let record = SourceText(path: "", text: "id: x\nname: x\nkind: network\n" + body)
        guard let r = try? PortfolioLoader.load(header: header, recordFiles: [record], ruleSet: rs).records.first else { return line }
        if let fact, let definition = rs.fact(named: fact), let value = r.facts[fact] {
            let e = r.evidence[fact]
            let evidence = withEvidence ? [e?.source, e?.asOf.map(book.date), e?.note].compactMap { $0 } : []
            return book.factValue(value, of: definition) + (evidence.isEmpty ? "" : " (" + evidence.joined(separator: ", ") + ")")
        }
        return r.decisions.first.map { book.decision($0, rs) } ?? line
    }

    /// The history as CSV for Excel: a byte-order mark, the reader's separator, CRLF.
    public func csv() -> String {
        let separator = String(book.csvSeparator)
        let headings = Phrase.HistoryColumn.allCases.map { book.workbench(.historyHeading($0)) }
        return "\u{FEFF}" + ([headings] + rows()).map { $0.map(CSVRenderer.quote).joined(separator: separator) + "\r\n" }.joined()
    }

    /// The history as lines for a terminal: when, who, the tie and what, then before → after; each change wrapped at
    /// `width`, as the review's table is.
    public func lines(width: Int = .max) -> String {
        guard !changes.isEmpty else { return book.workbench(.noChanges) + "\n" }
        return rows().map { r in
            let change = r[3] == book.workbench(.subject("tie")) ? r[5] : "\(oneLine(r[4])) → \(oneLine(r[5]))"
            let evidence = [r[6], r[7], r[8]].filter { !$0.isEmpty }.joined(separator: ", ")
            return ReviewTable.wrap("\(r[0])  \(r[1])  \(r[2])  \(r[3]): \(change)" + (evidence.isEmpty ? "" : "  (\(evidence))"), width)
                + "\n"
        }.joined()
    }

    private func oneLine(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " · ")
        return flat.isEmpty ? "—" : flat
    }
}
