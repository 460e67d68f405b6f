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
            + "\(Words.word("against", language)) \(rs.file) (\(rs.id))\n\n"

        let hasCategories = review.records.contains { $0.category != nil }
        let criteria = rs.criteria.map(\.id)
        var header = [Words.word("record", language), Words.word("kind", language), Words.word("outcome", language)]
        if hasCategories { header.append(Words.word("category", language)) }
        header += criteria
        header.append(Words.word("reason", language))
        var rows: [[String]] = []
        for r in review.records {
            var row = [shorten(r.record.name, 48), r.record.kind, Words.outcome(r.outcome, rs, language)]
            if hasCategories { row.append(Words.category(r.category, rs, language)) }
            for c in criteria {
                row.append(r.scores.first { $0.criterion == c }.map { Words.score($0.value, language) } ?? "")
            }
            row.append(r.decisive.text.text(language))
            rows.append(row)
        }
        let numeric = Set((0..<criteria.count).map { $0 + (hasCategories ? 4 : 3) })
        out += table(header, rows, rightAligned: numeric, outcomeColumn: 2, outcomes: review.records.map(\.outcome))

        out += "\n\(Words.word("summary", language)): "
        out += review.outcomeCounts.map { "\(Words.outcome($0.outcome, rs, language)) \($0.count)" }.joined(separator: ", ")
        out += "\n"

        if !review.findings.isEmpty {
            out += "\n\(Words.word("findings", language)):\n"
            for f in review.findings {
                let status = Words.word(f.holds ? "holds" : "violated", language)
                let who = f.records.isEmpty ? "" : " (\(Words.word("records_involved", language)) \(f.records.joined(separator: ", ")))"
                out += "  [\(status)] \(f.rule)\(f.binding.map { " \($0)" } ?? ""): \(f.text.text(language))\(who)\n"
            }
        }

        let gaps = review.records.filter { !$0.missingFacts.isEmpty && $0.outcome != RecordReview.notAssessed }
        if !gaps.isEmpty {
            out += "\n\(Words.word("gaps", language)):\n"
            for r in gaps {
                out += "  \(r.record.name): \(Words.word("missing", language)) \(r.missingFacts.joined(separator: ", "))\n"
            }
        }
        return out
    }

    private func table(_ header: [String], _ rows: [[String]], rightAligned: Set<Int>, outcomeColumn: Int, outcomes: [String]) -> String {
        // Widths count characters, not bytes, so 'Tromsø' and 'Düsseldorf' keep columns aligned.
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        let last = header.count - 1
        func line(_ cells: [String], outcome: String?) -> String {
            var text = ""
            for (i, cell) in cells.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                var shown = rightAligned.contains(i) ? pad + cell : (i == last ? cell : cell + pad)
                if i == outcomeColumn, let outcome, color { shown = paint(shown, outcome) }
                text += (i == 0 ? "" : "  ") + shown
            }
            if let width, text.count > width, !color { text = String(text.prefix(max(width - 1, 0))) + "…" }
            return text + "\n"
        }
        var out = line(header, outcome: nil)
        let ruler = widths.dropLast().reduce(0, +) + 2 * last + header[last].count
        out += String(repeating: "─", count: min(ruler, width ?? Int.max)) + "\n"
        for (row, outcome) in zip(rows, outcomes) { out += line(row, outcome: outcome) }
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
