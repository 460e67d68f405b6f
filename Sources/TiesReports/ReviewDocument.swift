import TiesCore

/// The review as a document: what was reviewed and against what, the summary, the table, the rationale
/// per tie with citations, earlier decisions, data gaps, portfolio findings and the fingerprint.
public struct ReviewDocument: Sendable {
    public var language: String

    public init(language: String = "nb") { self.language = language }

    func w(_ key: String) -> String { Words.word(key, language) }

    public func build(_ review: Review) -> Document {
        let rs = review.ruleSet
        var doc = Document(title: "\(w("review_title")): \(review.portfolio.municipality)", language: language)
        doc.blocks.append(
            .paragraph([
                .text("\(w("reviewed")) \(review.asOf.map { Words.date($0, language) } ?? w("no_date")) \(w("against")) "),
                .strong(rs.title),
                .text(". \(w("source_document")): \(Words.source(rs, language))."),
            ]))

        if let notes = review.portfolio.notes { doc.blocks.append(.note(notes)) }

        doc.blocks.append(.heading(1, w("summary")))
        var counts = review.outcomeCounts.map { [Words.outcome($0.outcome, rs, language), String($0.count)] }
        counts.append([Words.word("in_all", language), String(review.records.count)])
        doc.blocks.append(.table(header: [w("outcome"), w("count")], rows: counts))
        let categorised = review.records.compactMap(\.category)
        if !categorised.isEmpty {
            let ids = rs.categories.map(\.id) + [RecordReview.unclassified]
            let rows = ids.map { id in [Words.category(id, rs, language), String(categorised.filter { $0 == id }.count)] }
                .filter { $0[1] != "0" }
            doc.blocks.append(.table(header: [w("category"), w("count")], rows: rows))
        }

        doc.blocks.append(.heading(1, w("overview")))
        let hasCategories = !categorised.isEmpty
        // Short headings for the criteria (K1, K2, …) with their titles in a legend, so the table fits a page.
        let short = rs.criteria.indices.map { Words.word("criterion_short", language) + String($0 + 1) }
        var header = [w("record"), w("kind"), w("outcome")]
        if hasCategories { header.append(w("category")) }
        header += short
        let order = review.readingOrder
        let rows = order.map { r -> [String] in
            var row = [r.record.name, Words.kind(r.record.kind, language), Words.outcome(r, rs, language, short: true)]
            if hasCategories { row.append(Words.category(r.category, rs, language)) }
            row += rs.criteria.map { c in
                r.scores.first { $0.criterion == c.id }.map { Words.score($0.value, language) }
                    ?? (r.notApplicable.contains(c.id) ? "–" : "")
            }
            return row
        }
        let details = order.map { $0.decisive.text.text(language) + ($0.decisive.parameters.isEmpty ? "" : " †") }
        let legend =
            zip(short, rs.criteria).map { "\($0): \($1.title.text(language))" } + [
                "– " + w("not_applicable").lowercased() + "; ? " + w("missing")
            ]
        doc.blocks.append(.overview(header: header, rows: rows, detailHeader: w("reason"), details: details, legend: legend))

        // The numbers that are ours, after the overview whose † marks they explain: a page of them before it would
        // leave the overview's landscape section to start after a full page.
        if !rs.parameters.isEmpty {
            doc.blocks.append(.heading(1, w("operational")))
            doc.blocks.append(.text(w("operational_intro")))
            doc.blocks.append(
                .table(
                    header: [w("parameter"), w("value"), w("basis")],
                    rows: rs.parameters.map { p in
                        [p.label?.text(language) ?? p.name, Words.parameterValue(p, language), p.basis?.text(language) ?? "—"]
                    }))
        }

        if !review.findings.isEmpty {
            doc.blocks.append(.heading(1, w("findings")))
            for f in review.findings {
                let status = w(f.holds ? "holds" : "violated")
                var spans: [Span] = [.strong("[\(status)] "), .text(f.text.text(language))]
                if !f.holds, let effect = Words.findingEffect(f, review, language) { spans.append(.text(" " + effect)) }
                doc.blocks.append(.paragraph(spans))
                doc.blocks.append(.quote(f.citation.quote, source: citationSource(f.citation, rs)))
            }
        }

        doc.blocks.append(.heading(1, w("rationale")))
        for r in review.readingOrder { doc.blocks += rationale(r, rs) }

        let gaps = review.readingOrder.filter { !$0.missingFacts.isEmpty && $0.outcome != RecordReview.notAssessed }
        if !gaps.isEmpty {
            doc.blocks.append(.heading(1, Words.word("data_gaps", language)))
            doc.blocks.append(
                .text(
                    language == "en"
                        ? "Facts the rule set reads that a tie lacks. Those marked * keep the outcome open: with them it could be more severe."
                        : "Opplysninger regelsettet bruker som mangler. De merket * holder utfallet åpent: med dem kunne det blitt strengere."
                ))
            doc.blocks.append(
                .table(
                    header: [w("record"), w("missing")],
                    rows: gaps.map { r in
                        [
                            r.record.name,
                            r.missingFacts.map { f in review.ruleSet.factLabel(f, language) + (r.openingFacts.contains(f) ? " *" : "") }
                                .joined(separator: ", "),
                        ]
                    }))
        }

        if let f = review.fingerprint {
            doc.blocks.append(.heading(1, w("fingerprint")))
            doc.blocks.append(.note(f.line(language)))
        }
        return doc
    }

    func citationSource(_ c: Citation, _ rs: RuleSet) -> String { Words.citationSource(c, rs, language) }

    func rationale(_ r: RecordReview, _ rs: RuleSet) -> [Block] {
        var blocks: [Block] = [.heading(2, r.record.name)]
        var head: [Span] = [.text("\(w("outcome")): "), .strong(Words.outcome(r, rs, language))]
        if let c = r.category { head += [.text(" · \(w("category")): "), .strong(Words.category(c, rs, language))] }
        if !r.scores.isEmpty {
            head.append(
                .text(
                    " · \(w("scores")): "
                        + r.scores.map { s in
                            "\(rs.criteria.first { $0.id == s.criterion }?.title.text(language) ?? s.criterion): \(Words.score(s.value, language))"
                        }.joined(separator: ", "))
            )
        }
        blocks.append(.paragraph(head))
        if let d = r.record.lastDecision {
            blocks.append(.paragraph([.text("\(w("last_decision")): "), .text(Words.decision(d, rs, language))]))
        }
        if !r.decisionNotes.isEmpty {
            blocks.append(.list(ordered: false, items: r.decisionNotes.map { [.strong("⚑ "), .text($0.text.text(language))] }))
        }
        var items: [[Span]] = []
        var quotes: [Block] = []
        for reason in r.reasons {
            let outcome = reason.outcome.map { "[\(Words.outcome($0, rs, language))] " } ?? ""
            // The rule's id is for JSON and `explain`; the reader has the reason and, below, the sentence it rests on.
            var item: [Span] = [.text(outcome), .text(reason.text.text(language))]
            for note in Words.operational(reason, rs, language) { item.append(.emphasis(" † " + note)) }
            items.append(item)
            if let c = reason.citation, !quotes.contains(.quote(c.quote, source: citationSource(c, rs))) {
                quotes.append(.quote(c.quote, source: citationSource(c, rs)))
            }
        }
        blocks.append(.list(ordered: true, items: items))
        blocks += quotes
        if !r.conditions.isEmpty {
            blocks.append(.paragraph([.strong(w("conditions") + ":")]))
            blocks.append(.list(ordered: false, items: r.conditions.map { [.text($0.text(language))] }))
        }
        let inapplicable = rs.criteria.filter { r.notApplicable.contains($0.id) }.map { $0.title.text(language) }
        if !inapplicable.isEmpty { blocks.append(.note("\(w("not_applicable")): \(inapplicable.joined(separator: "; "))")) }
        // Rules that could not be evaluated matter to the reader where they hold the outcome open.
        if !r.unevaluated.isEmpty, r.provisional {
            // One entry per criterion (or sentence), with every fact it waits for.
            var order: [String] = []
            var missing: [String: [String]] = [:]
            for u in r.unevaluated {
                let name = Words.ruleName(u.rule, rs, language)
                if missing[name] == nil { order.append(name) }
                for f in u.missing where !(missing[name] ?? []).contains(f) { missing[name, default: []].append(f) }
            }
            let text = order.map { name in
                "\(name) (\(w("missing")) " + missing[name]!.map { rs.factLabel($0, language, quoted: true) }.joined(separator: ", ") + ")"
            }.joined(separator: "; ")
            blocks.append(.note("\(w("not_evaluable")): \(text)"))
        }
        if !r.record.illustrative.isEmpty {
            blocks.append(
                .note(
                    "\(w("illustrative")): \(r.record.illustrative.map { rs.factLabel($0, language, quoted: true) }.joined(separator: ", "))"
                ))
        }
        return blocks
    }
}
