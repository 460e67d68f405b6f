import TiesCore

/// The review as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads it as UTF-8),
/// a header row, RFC 4180 quoting, and cells that a spreadsheet would run as a formula neutralised.
public struct CSVRenderer: Sendable {
    public var language: String

    public init(language: String = "nb") { self.language = language }

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
        for r in review.records {
            var row = [
                r.record.id, r.record.name, r.record.kind, r.record.country ?? "", r.outcome, Words.outcome(r.outcome, rs, language),
                r.provisional ? Words.word("yes", language) : Words.word("no", language), r.category ?? "",
            ]
            row += rs.criteria.map { c in r.scores.first { $0.criterion == c.id }.map { Self.cell($0.value) } ?? "" }
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
        return "\u{FEFF}" + rows.map { $0.map(Self.quote).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func cell(_ value: Value) -> String {
        switch value {
        case .unknown: ""
        case .set(let names): names.joined(separator: "; ")
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
