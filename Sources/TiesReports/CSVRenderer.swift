import TiesCore

/// The review as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads it as UTF-8),
/// a header row, RFC 4180 quoting, and cells that a spreadsheet would run as a formula neutralised.
/// In Norwegian the dialect is Norwegian Excel's: `;` between cells, a decimal comma, Ja/Nei; in English, `,`
/// and a decimal point. Either can be asked for.
public struct CSVRenderer: Sendable {
    public var language: String
    /// The cell separator: `;` as Excel with Norwegian settings expects, or `,`.
    public var separator: Character

    public init(language: String = "nb", separator: Character? = nil) {
        self.language = language
        self.separator = separator ?? (language == "en" ? "," : ";")
    }

    /// With `;` between cells a decimal comma is safe, and it is what a Norwegian spreadsheet reads as a number.
    var decimalComma: Bool { separator == ";" }

    public func render(_ review: Review) -> String {
        let rs = review.ruleSet
        var header = ["id", "name", "kind", "country", "outcome", "outcome_label", "provisional", "category"]
        header += rs.criteria.map(\.id)
        header += [
            "main_reason", "main_rule", "operational_basis", "citation_document", "citation_quote", "conditions", "opening_facts",
            "missing_facts",
            "last_decision", "decision_notes",
        ]
        var rows = [header]
        for r in review.readingOrder {
            var row = [
                r.record.id, r.record.name, r.record.kind, r.record.country ?? "", r.outcome, Words.outcome(r.outcome, rs, language),
                cell(.bool(r.provisional)), r.category ?? "",
            ]
            row += rs.criteria.map { c in r.scores.first { $0.criterion == c.id }.map { cell($0.value) } ?? "" }
            row += [
                r.decisive.text.text(language), r.decisive.source, Words.operational(r.decisive, rs, language).joined(separator: "; "),
                r.decisive.citation?.document ?? "", r.decisive.citation?.quote ?? "",
                r.conditions.map { $0.text(language) }.joined(separator: "; "), r.openingFacts.joined(separator: "; "),
                r.missingFacts.joined(separator: "; "), r.record.lastDecision.map { Words.decision($0, rs, language) } ?? "",
                r.decisionNotes.map { $0.text.text(language) }.joined(separator: "; "),
            ]
            rows.append(row)
        }
        // The fingerprint goes in a last row of its own, so a council can reproduce even a spreadsheet.
        if let f = review.fingerprint { rows.append(["fingerprint", f.line]) }
        return "\u{FEFF}" + rows.map { $0.map(Self.quote).joined(separator: String(separator)) }.joined(separator: "\r\n") + "\r\n"
    }

    /// A value as the spreadsheet should read it: numbers as numbers in the dialect, yes/no in words, unknown empty.
    func cell(_ value: Value) -> String {
        switch value {
        case .unknown: ""
        case .set(let names): names.joined(separator: separator == ";" ? ", " : "; ")
        case .bool(let b): Words.word(b ? "yes" : "no", language).capitalized
        case .decimal where decimalComma: value.description.replacing(".", with: ",")
        default: value.description
        }
    }

    /// Quotes a cell when needed; a leading `=`, `+`, `-`, `@`, tab or carriage return gets a `'` so it stays text.
    public static func quote(_ cell: String) -> String {
        var text = cell
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
