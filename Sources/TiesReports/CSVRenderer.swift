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

    /// One row per tie in reading order, headed and filled in the reader's words: labels, not ids (JSON keeps those).
    public func render(_ review: Review) -> String {
        let rs = review.ruleSet
        let en = language == "en"
        let w = { (key: String) in Words.word(key, self.language) }
        var header = [w("record"), w("kind"), rs.factLabel("country", language), w("outcome"), w("provisional").capitalized, w("category")]
        header += rs.criteria.map { $0.title.text(language) }
        header += [
            w("reason"), w("operational"), en ? "Quote" : "Sitat", en ? "Source" : "Kilde", w("conditions"),
            en ? "Missing, keeps the outcome open" : "Mangler, holder utfallet åpent", en ? "Missing" : "Mangler",
            w("last_decision"), en ? "Notes on the decision" : "Merknader til vedtaket", "Id",
        ]
        let facts = { (names: [String]) in
            names.map { rs.factLabel($0, self.language) }.joined(separator: self.separator == ";" ? ", " : "; ")
        }
        var rows = [header]
        for r in review.readingOrder {
            var row = [
                r.record.name, Words.kind(r.record.kind, language), r.record.country ?? "",
                Words.outcome(r.outcome, rs, language),
                cell(.bool(r.provisional)), Words.category(r.category, rs, language),
            ]
            row += rs.criteria.map { c in r.scores.first { $0.criterion == c.id }.map { cell($0.value) } ?? "" }
            row += [
                r.decisive.text.text(language), Words.operational(r.decisive, rs, language).joined(separator: "; "),
                r.decisive.citation?.quote ?? "", r.decisive.citation.map { Words.citationSource($0, rs, language) } ?? "",
                r.conditions.map { $0.text(language) }.joined(separator: "; "), facts(r.openingFacts), facts(r.missingFacts),
                r.record.lastDecision.map { Words.decision($0, rs, language) } ?? "",
                r.decisionNotes.map { $0.text.text(language) }.joined(separator: "; "), r.record.id,
            ]
            rows.append(row)
        }
        // The fingerprint goes in a last row of its own, so a council can reproduce even a spreadsheet.
        if let f = review.fingerprint { rows.append([en ? "Fingerprint" : "Fingeravtrykk", f.line(language)]) }
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
