import TiesCore

/// The review as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads it as UTF-8),
/// a header row, RFC 4180 quoting, and cells that a spreadsheet would run as a formula neutralised.
/// In Norwegian the dialect is Norwegian Excel's: `;` between cells, a decimal comma, Ja/Nei; in English, `,`
/// and a decimal point. Either can be asked for.
public struct CSVRenderer: Sendable {
    public var book: Phrasebook
    /// The cell separator: `;` as Excel with Norwegian settings expects, or `,`.
    public var separator: Character

    public init(_ book: Phrasebook = Phrasebook(.nb), separator: Character? = nil) {
        self.book = book
        self.separator = separator ?? book.csvSeparator
    }

    /// With `;` between cells a decimal comma is safe, and it is what a Norwegian spreadsheet reads as a number.
    var decimalComma: Bool { separator == ";" }

    /// One row per tie in reading order, headed and filled in the reader's words: labels, not ids (JSON keeps those).
    public func render(_ review: Review) -> String {
        let rs = review.ruleSet
        var header = [
            book.review(.tie), book.review(.kind), book.fact("country", rs), book.review(.outcome), book(.provisional).capitalizedFirst,
            book.review(.category),
        ]
        header += rs.criteria.map { book.text($0.title) }
        header += [
            book.review(.mainReason), book.review(.operational), book.review(.statedNumbers), book.review(.quote), book.review(.source),
            book.review(.conditions),
            book.review(.missingKeepsOpen), book(.missing).capitalizedFirst, book.review(.lastDecision), book.review(.decisionNotes), "Id",
            book.review(.countryCode),
        ]
        if rs.annualCost != nil { header.append(book.costLabel(rs)) }
        let facts = { (names: [String]) in
            names.map { self.book.fact($0, rs) }.joined(separator: self.separator == ";" ? ", " : "; ")
        }
        var rows = [header]
        for r in review.readingOrder {
            var row = [
                r.record.name, book.kind(r.record.kind), r.record.country.map(book.country) ?? "",
                book.outcome(r.outcome, rs),
                cell(.bool(r.provisional)), book.category(r.category, rs),
            ]
            row += rs.criteria.map { c in r.scores.first { $0.criterion == c.id }.map { cell($0.value) } ?? "" }
            row += [
                book.text(r.decisive.text), book.operational(r.decisive, rs).joined(separator: "; "),
                book.stated(r.decisive, rs).joined(separator: "; "),
                r.decisive.citation?.quote ?? "", r.decisive.citation.map { book.citationSource($0, rs) } ?? "",
                r.conditions.map { book.condition($0, of: r, rs) }.joined(separator: " "), facts(r.openingFacts), facts(r.missingFacts),
                r.record.lastDecision.map { book.decision($0, rs) } ?? "",
                r.decisionNotes.map { book.text($0.text) }.joined(separator: "; "), r.record.id, r.record.country ?? "",
            ]
            // Empty where the cost is not given: a sum leaves it out, never counts it as zero.
            if let fact = rs.annualCost { row.append(r.record.facts[fact].map(cell) ?? "") }
            rows.append(row)
        }
        // Every row is a tie: the fingerprint is written beside the file (`fingerprint(_:)`), never as a row Excel would count.
        return "\u{FEFF}" + rows.map { $0.map(Self.quote).joined(separator: String(separator)) }.joined(separator: "\r\n") + "\r\n"
    }

    /// The fingerprint of a CSV review, for the text file beside it: the CSV holds only ties.
    public func fingerprint(_ review: Review) -> String? { review.fingerprint.map { $0.line(book.language) + "\n" } }

    /// A value as the spreadsheet should read it: numbers as numbers in the dialect, yes/no in words, unknown empty.
    func cell(_ value: Value) -> String {
        switch value {
        case .unknown: ""
        case .set(let names): names.joined(separator: separator == ";" ? ", " : "; ")
        case .bool(let b): book.cell(b)
        case .decimal where decimalComma: value.description.replacing(".", with: ",")
        default: value.description
        }
    }

    /// Quotes a cell that holds a separator, a quote, CR or LF, looked for scalar by scalar (a `,` with a combining
    /// accent after it is still a separator); a leading `=`, `+`, `-`, `@`, tab or carriage return gets a `'` so it
    /// stays text; other control characters are shown as text.
    public static func quote(_ cell: String) -> String {
        var text = Escaping.shown(cell, keeping: ["\n", "\r", "\t"])
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { text = "'" + text }
        guard text.unicodeScalars.contains(where: { [",", "\"", "\n", "\r", ";"].contains($0) }) else { return text }
        var doubled = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\"" { doubled.append(scalar) }
            doubled.append(scalar)
        }
        return "\"" + String(doubled) + "\""
    }
}
