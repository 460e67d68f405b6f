import TiesCore

/// The category view of a review: each relation's category, why, and what would move it to an earlier category.
public struct ClassifyRenderer: Sendable {
    public var language: String

    public init(language: String = "nb") { self.language = language }

    public func render(_ review: Review) -> String {
        let rs = review.ruleSet
        let en = language == "en"
        let relations = review.records.filter { $0.category != nil || $0.traces.contains { $0.kind == .category } }
        var out = "\(review.portfolio.municipality) — \(rs.title)\n"
        out +=
            "\(Words.word("reviewed", language)) \(review.asOf.map { Words.date($0, language) } ?? Words.word("no_date", language)) "
            + "\(Words.word("against", language)) \(Words.source(rs, language))\n\n"
        guard !rs.categories.isEmpty else {
            return out + (en ? "This rule set has no categories.\n" : "Rulesettet har ingen kategorier.\n")
        }
        let header = [
            Words.word("record", language), Words.word("category", language), Words.word("outcome", language),
            en ? "Why" : "Hvorfor",
        ]
        let rows = relations.map { r in
            [r.record.name, category(r, rs), Words.outcome(r.outcome, rs, language), why(r)]
        }
        out += TextTable.render(header, rows)

        out += "\n" + (en ? "Categories: " : "Kategorier: ")
        let ids = rs.categories.map(\.id) + [RecordReview.unclassified]
        let counts = ids.map { id in (id, relations.filter { $0.category == id }.count) }.filter { $0.1 > 0 }
        var summary = counts.map { "\(Words.category($0.0, rs, language)) \($0.1)" }
        let undecided = relations.filter { $0.category == nil }.count
        if undecided > 0 { summary.append((en ? "undecided " : "uavklart ") + String(undecided)) }
        out += summary.joined(separator: ", ") + "\n"

        out +=
            "\n"
            + (en
                ? "What would move each relation to an earlier category:\n"
                : "Hva som skal til for å flytte relasjonen til en tidligere kategori:\n")
        for r in relations {
            let moves = self.moves(r, rs)
            guard !moves.isEmpty else { continue }
            out += "  \(r.record.name) (\(category(r, rs))):\n"
            for m in moves { out += "    → \(m)\n" }
        }
        return out
    }

    private func category(_ r: RecordReview, _ rs: RuleSet) -> String {
        r.category.map { Words.category($0, rs, language) } ?? Words.word("undecided", language)
    }

    private func why(_ r: RecordReview) -> String {
        var parts: [String] = []
        if let reason = r.categoryReason { parts.append(reason.text.text(language)) }
        if r.category == nil, let u = r.unevaluated.first(where: { u in r.traces.contains { $0.kind == .category && $0.id == u.rule } }) {
            parts.append(
                ToolWords.text("cannot_decide", language, ["rule": u.rule])
                    + u.missing.joined(separator: ", "))
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
            text += c.toEnter?.text(language) ?? Words.word("its_condition", language) + "'\(c.when.text)'"
            // A false condition is explained by the values it saw; an unknown one by what is missing.
            let shown = trace.result.isUnknown ? trace.seen.filter(\.value.isUnknown) : trace.seen.filter { !$0.value.isUnknown }
            let now = shown.map { seen in
                "\(seen.name) = " + (seen.value.isUnknown ? Words.word("missing", language) : seen.value.description)
            }
            if !now.isEmpty { text += " (" + Words.word("now", language) + now.joined(separator: ", ") + ")" }
            return text
        }
    }
}
