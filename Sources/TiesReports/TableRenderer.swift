import TiesCore

/// The review as a terminal table: one line per record, then the summary, findings and data gaps.
public struct TableRenderer: Sendable {
    public var language: String
    /// Wrap outcomes in ANSI colours (only on a terminal, and never with NO_COLOR).
    public var color: Bool
    /// Cut lines to this many characters; nil leaves them whole (for pipes and files).
    public var width: Int?

    public init(language: String = "nb", color: Bool = false, width: Int? = nil) {
        self.language = language
        self.color = color
        self.width = width
    }

    public func render(_ review: Review) -> String {
        let rs = review.ruleSet
        var out = "\(review.portfolio.municipality) — \(rs.title)\n"
        out +=
            "\(Words.word("reviewed", language)) \(review.asOf ?? Words.word("no_date", language)) "
            + "\(Words.word("against", language)) \(rs.file) (\(rs.id))\n"
        if let notes = review.portfolio.notes { out += notes + "\n" }
        out += "\n"

        let hasCategories = review.records.contains { $0.category != nil }
        let criteria = rs.criteria.map(\.id)
        var header = [Words.word("record", language), Words.word("kind", language), Words.word("outcome", language)]
        if hasCategories { header.append(Words.word("category", language)) }
        header += criteria
        header.append(Words.word("reason", language))
        var rows: [[String]] = []
        for r in review.records {
            var row = [shorten(r.record.name, 48), r.record.kind, Words.outcome(r, rs, language, short: true)]
            if hasCategories { row.append(Words.category(r.category, rs, language)) }
            for c in criteria {
                row.append(
                    r.scores.first { $0.criterion == c }.map { Words.score($0.value, language) } ?? (r.notApplicable.contains(c) ? "–" : "")
                )
            }
            row.append(r.decisive.text.text(language) + (r.decisive.parameters.isEmpty ? "" : " †"))
            rows.append(row)
        }
        let numeric = Set((0..<criteria.count).map { $0 + (hasCategories ? 4 : 3) })
        let outcomes = review.records.map(\.outcome)
        out += TextTable.render(header, rows, rightAligned: numeric, width: color ? nil : width) { row, column, cell in
            column == 2 && color ? paint(cell, outcomes[row]) : cell
        }

        let used = rs.parameters.filter { p in review.records.contains { $0.decisive.parameters.contains(p.name) } }
        for p in used { out += "† \(Words.operational(p, language))\n" }

        out += "\n\(Words.word("summary", language)): "
        out += review.outcomeCounts.map { "\(Words.outcome($0.outcome, rs, language)) \($0.count)" }.joined(separator: ", ")
        out += "\n"

        if !review.findings.isEmpty {
            out += "\n\(Words.word("findings", language)):\n"
            for f in review.findings {
                let status = Words.word(f.holds ? "holds" : "violated", language)
                out += "  [\(status)] \(f.rule)\(f.binding.map { " \($0)" } ?? ""): \(f.text.text(language))\n"
                if !f.holds, let effect = Words.findingEffect(f, review, language) { out += "      \(effect)\n" }
            }
        }

        let noted = review.records.filter { !$0.decisionNotes.isEmpty }
        if !noted.isEmpty {
            out += "\n\(Words.word("decisions", language)):\n"
            for r in noted {
                for note in r.decisionNotes { out += "  \(r.record.name): \(note.text.text(language))\n" }
            }
        }

        let open = review.records.filter { !$0.openingFacts.isEmpty }
        if !open.isEmpty {
            out += "\n\(Words.word("gaps", language)):\n"
            for r in open {
                let marker = r.provisional ? "\(Words.word("provisional", language)), " : ""
                out += "  \(r.record.name): \(marker)\(Words.word("missing", language)) \(r.openingFacts.joined(separator: ", "))\n"
            }
        }
        if let f = review.fingerprint { out += "\n\(f.line)\n" }
        let quiet = review.records.filter { $0.openingFacts.isEmpty && !$0.missingFacts.isEmpty }.count
        if quiet > 0 { out += "\n\(quiet) \(Words.word("other_gaps", language))\n" }
        return out
    }

    /// Long names cut with an ellipsis so the table stays readable; the full name is in every other format.
    private func shorten(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    private func paint(_ text: String, _ outcome: String) -> String {
        let code: String
        switch outcome {
        case "keep", "join": code = "32"
        case "keep_with_conditions", "make_dormant": code = "36"
        case "review": code = "33"
        case "exit", "do_not_join": code = "31"
        default: code = "2"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
