import TiesCore

/// The category view of a review: each relation's category, why, and what would move it to an earlier category.
public struct ClassifyRenderer: Sendable {
    public var book: Phrasebook
    /// The terminal's width: the reasons wrap in their column and no line is wider; nil for whole lines.
    public var width: Int?
    var language: Language { book.language }

    public init(_ book: Phrasebook = Phrasebook(.nb), width: Int? = nil) {
        self.book = book
        self.width = width
    }

    public func render(_ review: Review) -> String {
        let rs = review.ruleSet
        let relations = review.records.filter { $0.category != nil || $0.traces.contains { $0.kind == .category } }
        var out = "\(review.portfolio.municipality) — \(rs.title)\n"
        out +=
            book.review(.reviewedAgainst(date: review.asOf.map(book.date) ?? book(.noDate))) + " " + book.source(rs) + "\n\n"
        guard !rs.categories.isEmpty else {
            return out + book.terminal(.noCategories) + "\n"
        }
        let header = [
            book.review(.tie), book.review(.category), book.review(.outcome),
            book.terminal(.why),
        ]
        let rows = relations.map { r in
            [r.record.name, category(r, rs), book.outcome(r.outcome, rs, short: true), why(r, rs)]
        }
        out += table(header, rows)

        out += "\n" + book.terminal(.categoriesAre)
        let ids = rs.categories.map(\.id) + [RecordReview.unclassified]
        let counts = ids.map { id in (id, relations.filter { $0.category == id }.count) }.filter { $0.1 > 0 }
        var summary = counts.map { "\(book.category($0.0, rs)) \($0.1)" }
        let undecided = relations.filter { $0.category == nil }.count
        if undecided > 0 { summary.append(book(.undecided) + " " + String(undecided)) }
        out += summary.joined(separator: ", ") + "\n"

        out +=
            "\n"
            + book.terminal(.whatWouldMove) + "\n"
        for r in relations {
            let moves = self.moves(r, rs)
            guard !moves.isEmpty else { continue }
            out += "  \(r.record.name) (\(category(r, rs))):\n"
            for m in moves { out += "    → \(m)\n" }
        }
        guard let width else { return out }
        return out.split(separator: "\n", omittingEmptySubsequences: false).map { ReviewTable.wrap(String($0), width) }
            .joined(separator: "\n")
    }

    /// The table with its last column, the reasons, wrapped to fit `width` beside the others.
    private func table(_ header: [String], _ rows: [[String]]) -> String {
        guard let width else { return TextTable.render(header, rows) }
        let widths = (0..<header.count - 1).map { i in max(header[i].count, rows.map { $0[i].count }.max() ?? 0) }
        let fixed = widths.reduce(0, +) + 2 * widths.count
        // The reasons stand beside their row where they have room to be read, else on the lines under it.
        let last = width - fixed
        let beside = last >= 30
        func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(n - s.count, 0)) }
        func cells(_ row: [String]) -> String { zip(row.dropLast(), widths).map { pad($0, $1) }.joined(separator: "  ") }
        var out = (beside ? cells(header) + "  " + header.last! : cells(header).replacing(try! Regex(" +$"), with: "")) + "\n"
        out += String(repeating: "─", count: min(width, beside ? fixed + last : fixed - 2)) + "\n"
        for row in rows {
            if beside {
                let lines = ReviewTable.wrapWords(row.last!, last)
                out += cells(row) + "  " + (lines.first ?? "") + "\n"
                for l in lines.dropFirst() { out += String(repeating: " ", count: fixed) + l + "\n" }
            } else {
                out += cells(row).replacing(try! Regex(" +$"), with: "") + "\n"
                for l in ReviewTable.wrapWords(row.last!, width - 4) { out += "    " + l + "\n" }
            }
        }
        return out
    }

    private func category(_ r: RecordReview, _ rs: RuleSet) -> String {
        r.category.map { book.category($0, rs) } ?? book(.undecided)
    }

    private func why(_ r: RecordReview, _ rs: RuleSet) -> String {
        var parts: [String] = []
        if let reason = r.categoryReason { parts.append(reason.text.text(language)) }
        if r.category == nil, let u = r.unevaluated.first(where: { u in r.traces.contains { $0.kind == .category && $0.id == u.rule } }) {
            parts.append(
                book.engine(.cannotDecide(rule: book.ruleName(u.rule, rs), missing: book.facts(u.missing, rs))))
        }
        for reason in r.reasons where reason.kind == .requirement { parts.append(reason.text.text(language)) }
        return parts.joined(separator: "; ")
    }

    /// Each category tried before the one the record got, with what it would take and what the record has now.
    private func moves(_ r: RecordReview, _ rs: RuleSet) -> [String] {
        let tried = r.traces.filter { $0.kind == .category && $0.result != .bool(true) }
        return tried.compactMap { trace in
            guard let c = rs.categories.first(where: { $0.id == trace.id }) else { return nil }
            var text = c.label.text(language) + ": "
            text += c.toEnter.map(book.text) ?? book.terminal(.itsCondition("«\(c.when.text)»"))
            // A false condition is explained by the values it saw; an unknown one by what is missing.
            let shown = trace.result.isUnknown ? trace.seen.filter(\.value.isUnknown) : trace.seen.filter { !$0.value.isUnknown }
            let now = shown.map { seen in
                "\(book.fact(seen.name, rs)): " + (seen.value.isUnknown ? book(.missing) : book.value(of: seen.name, seen.value, rs))
            }
            if !now.isEmpty { text += book.terminal(.now(now.joined(separator: ", "))) }
            return text
        }
    }
}
