import TiesCore

/// The review as a document: what was reviewed and against what, the summary, the table, the rationale
/// per tie with citations, earlier decisions, data gaps, portfolio findings and the fingerprint.
public struct ReviewDocument: Sendable {
    public var book: Phrasebook

    public init(_ book: Phrasebook = Phrasebook(.nb)) { self.book = book }

    func w(_ p: Phrase.Review) -> String { book.review(p) }

    public func build(_ review: Review) -> Document {
        let rs = review.ruleSet
        var doc = Document(title: w(.title(municipality: review.portfolio.municipality)), book: book)
        doc.blocks.append(
            .paragraph([.text(w(.reviewedAgainst(date: review.asOf.map(book.date) ?? book(.noDate))) + " " + book.source(rs) + ".")]))

        if let notes = review.portfolio.notes { doc.blocks.append(.note(notes)) }
        // The fingerprint that reproduces the review, in small print under its opening: at the end, after a table, a
        // word processor may leave it alone on a last page.
        if let f = review.fingerprint { doc.blocks.append(.note(f.line(book.language))) }

        doc.blocks.append(.heading(1, w(.summary)))
        let costs = review.costs
        // Each outcome's count and, where the rule set keeps a yearly cost, what its ties cost: an unknown cost is
        // counted as unknown, never as zero.
        func cost(_ outcome: String?) -> [String] {
            guard let costs else { return [] }
            guard let t = costs.totals.first(where: { $0.outcome == outcome }) else { return ["–"] }
            return [book.amount(t.known) + (t.unknown > 0 ? " " + w(.plusUnknown(t.unknown)) : "")]
        }
        var counts = review.outcomeCounts.map { [book.outcome($0.outcome, rs), String($0.count)] + cost($0.outcome) }
        counts.append([book(.inAll), String(review.records.count)] + cost(nil))
        doc.blocks.append(.table(header: [w(.outcome), w(.count)] + (costs == nil ? [] : [book.costLabel(rs)]), rows: counts))
        let categorised = review.records.compactMap(\.category)
        if !categorised.isEmpty {
            let ids = rs.categories.map(\.id) + [RecordReview.unclassified]
            let rows = ids.map { id in [book.category(id, rs), String(categorised.filter { $0 == id }.count)] }
                .filter { $0[1] != "0" }
            doc.blocks.append(.table(header: [w(.category), w(.count)], rows: rows))
        }

        doc.blocks.append(.heading(1, w(.overview)))
        let hasCategories = !categorised.isEmpty
        // The overview names each tie, its outcome, cost and main reason; each criterion's score stands with the tie's
        // own reasons below, by its title: a committee cannot read a row of codes.
        var header = [w(.tie), w(.kind), w(.outcome)]
        if costs != nil { header.append(book.costLabel(rs)) }
        if hasCategories { header.append(w(.category)) }
        let order = review.readingOrder
        let rows = order.map { r -> [String] in
            var row = [r.record.name, book.kind(r.record.kind), book.outcome(r, rs, short: true)]
            if costs != nil { row.append(r.yearlyCost(rs).map { $0.number.map { book.amount($0) } ?? "?" } ?? "–") }
            if hasCategories { row.append(book.category(r.category, rs)) }
            return row
        }
        let details = order.map { book.text($0.decisive.text) + ($0.decisive.parameters.isEmpty ? "" : " †") }
        let legend = costs == nil ? [] : [w(.legendMarks)]
        doc.blocks.append(.overview(header: header, rows: rows, detailHeader: w(.mainReason), details: details, legend: legend))

        // Each adopted sentence is quoted once, where it first carries an argument; later places refer back to it.
        var quoted: [String: String] = [:]
        if !review.findings.isEmpty {
            doc.blocks.append(.heading(1, w(.findings)))
            for f in review.findings {
                // The finding's sentence says whether the portfolio holds to the strategy; no tag beside it.
                var spans: [Span] = [.text(book.text(f.text) + ".")]
                if !f.holds, let effect = book.findingEffect(f, review) { spans.append(.text(" " + effect)) }
                doc.blocks.append(.paragraph(spans))
                doc.blocks += quote(f.citation, rs, under: w(.findings), &quoted)
            }
        }

        // What is owed in the coming year, and what is already overdue: the obligations and the decisions' conditions.
        if let asOf = review.asOf {
            let due = review.deadlines(through: asOf.adding(years: 1))
            if !due.isEmpty {
                doc.blocks.append(.heading(1, w(.deadlines)))
                doc.blocks.append(
                    .table(
                        header: [w(.tie), w(.owed), w(.owedTo), w(.due), w(.source)],
                        rows: due.map { d in
                            [
                                d.record.name, book.text(d.what), d.to.map(book.text) ?? "",
                                d.overdue ? w(.overdue(book.date(d.date))) : book.date(d.date),
                                book.deadlineSource(d) ?? "",
                            ]
                        }))
            }
        }

        doc.blocks.append(.heading(1, w(.rationale)))
        for r in review.readingOrder { doc.blocks += rationale(r, rs, &quoted) }

        // The numbers that are ours, whose † marks the reasons carry, and those the strategy states: methodology, so after
        // the reasons, before the data gaps whose table the fingerprint closes.
        let ours = rs.parameters.filter(\.isOurs)
        if !ours.isEmpty {
            doc.blocks.append(.heading(1, w(.operational)))
            doc.blocks.append(.text(w(.operationalIntro)))
            doc.blocks.append(
                .table(
                    header: [w(.parameter), w(.value), w(.basis)],
                    rows: ours.map { p in
                        [p.label.map(book.text) ?? p.name, book.parameterValue(p), p.basis.map(book.text) ?? "—"]
                    }))
        }
        // A number the strategy states is the strategy's own: shown with the sentence, never as ours.
        let stated = rs.parameters.filter { !$0.isOurs }
        if !stated.isEmpty {
            doc.blocks.append(.heading(1, w(.statedNumbers)))
            doc.blocks.append(.text(w(.statedNumbersIntro)))
            doc.blocks.append(
                .table(
                    header: [w(.parameter), w(.value), w(.statedIn)],
                    rows: stated.map { p in
                        [p.label.map(book.text) ?? p.name, book.parameterValue(p), book.quoted(p.stated!.quote)]
                    }))
        }

        // A tie already over is not reviewed again: what it lacks is no gap.
        let gaps = review.readingOrder.filter {
            !$0.missingFacts.isEmpty && $0.outcome != RecordReview.notAssessed && rs.role(of: $0.outcome) != .ended
        }
        if !gaps.isEmpty {
            doc.blocks.append(.heading(1, w(.dataGaps)))
            doc.blocks.append(
                .text(w(.dataGapsIntro)))
            doc.blocks.append(
                .table(
                    header: [w(.tie), book(.missing).capitalizedFirst],
                    rows: gaps.map { r in
                        [
                            r.record.name,
                            r.missingFacts.map { f in
                                let name = book.fact(f, rs)
                                // A stale fact is named with its date and the age the rule set allows.
                                let said =
                                    r.record.stale[f] == nil
                                    ? name
                                    : r.record.evidence[f]?.asOf.flatMap { date in
                                        (rs.fact(named: f)?.maxAge ?? rs.evidenceMaxAge).flatMap { rs.parameter(named: $0)?.value.number }
                                            .map { w(.staleFact(fact: name, date: book.date(date), years: Int($0))) }
                                    } ?? name
                                return said + (r.openingFacts.contains(f) ? " *" : "")
                            }
                            .joined(separator: ", "),
                        ]
                    }))
        }
        // Where the portfolio dates its facts at all, how many it leaves undated.
        if review.records.contains(where: { !$0.record.evidence.isEmpty }) {
            let undated = review.records.reduce(0) { n, r in
                n + r.record.facts.keys.filter { r.record.evidence[$0]?.asOf == nil }.count
            }
            if undated > 0 { doc.blocks.append(.text(w(.undatedFacts(undated)))) }
        }

        return doc
    }

    func citationSource(_ c: Citation, _ rs: RuleSet) -> String { book.citationSource(c, rs) }

    /// The quote where it is first cited; a short reference to that place after.
    func quote(_ c: Citation, _ rs: RuleSet, under place: String, _ quoted: inout [String: String]) -> [Block] {
        if let first = quoted[c.quote] {
            return [.note(w(.quotedUnder(opening: book.opening(of: c.quote), place: first)))]
        }
        quoted[c.quote] = place
        return [.quote(c.quote, source: citationSource(c, rs))]
    }

    /// One tie's outcome, reasons, the sentences they rest on, conditions and sources, as the review document gives them
    /// under the tie's name: what the workbench's page of a tie shows.
    public func explanation(_ r: RecordReview, _ rs: RuleSet) -> [Block] {
        var quoted: [String: String] = [:]
        return Array(rationale(r, rs, &quoted).dropFirst())
    }

    func rationale(_ r: RecordReview, _ rs: RuleSet, _ quoted: inout [String: String]) -> [Block] {
        var blocks: [Block] = [.heading(2, r.record.name)]
        var head: [Span] = [.text("\(w(.outcome)): "), .strong(book.outcome(r, rs))]
        if let c = r.category { head += [.text(" · \(w(.category)): "), .strong(book.category(c, rs))] }
        let ended = rs.role(of: r.outcome) == .ended
        if !r.scores.isEmpty, !ended {
            head.append(
                .text(
                    " · \(w(.scores)): "
                        + r.scores.map { s in
                            "\(rs.criteria.first { $0.id == s.criterion }.map { book.text($0.title) } ?? s.criterion): \(book.scoreInText(s.value))"
                        }.joined(separator: ", "))
            )
        }
        blocks.append(.paragraph(head))
        if let d = r.record.lastDecision {
            blocks.append(.paragraph([.text("\(w(.lastDecision)): "), .text(book.decision(d, rs))]))
        }
        if !r.decisionNotes.isEmpty {
            blocks.append(.list(ordered: false, items: r.decisionNotes.map { [.strong(w(.noteMark) + " "), .text(book.text($0.text))] }))
        }
        var items: [[Span]] = []
        var citations: [Citation] = []
        for reason in r.reasons {
            // The rule's id is for JSON and `explain`; the reader has the reason, what it calls for, and, below, the
            // sentence it rests on.
            var item: [Span] = [.text(book.text(reason.text))]
            if let o = reason.outcome { item.append(.emphasis(" (" + w(.callsFor(book.outcome(o, rs))) + ")")) }
            for note in book.operational(reason, rs) { item.append(.emphasis(" † " + note)) }
            items.append(item)
            if let c = reason.citation, !citations.contains(where: { $0.quote == c.quote }) { citations.append(c) }
        }
        blocks.append(.list(ordered: true, items: items))
        for c in citations { blocks += quote(c, rs, under: r.record.name, &quoted) }
        if !r.conditions.isEmpty {
            blocks.append(.paragraph([.strong(w(.conditions) + ":")]))
            blocks.append(.list(ordered: false, items: r.conditions.map { [.text(book.condition($0, of: r, rs))] }))
        }
        let inapplicable = rs.criteria.filter { r.notApplicable.contains($0.id) }.map { book.text($0.title) }
        if !inapplicable.isEmpty, !ended { blocks.append(.note("\(w(.notApplicable)): \(inapplicable.joined(separator: "; "))")) }
        // Rules that could not be evaluated matter to the reader where they hold the outcome open.
        if !r.unevaluated.isEmpty, r.provisional {
            // One entry per criterion (or sentence), with every fact it waits for.
            var order: [String] = []
            var missing: [String: [String]] = [:]
            for u in r.unevaluated {
                let name = book.ruleName(u.rule, rs)
                if missing[name] == nil { order.append(name) }
                for f in u.missing where !(missing[name] ?? []).contains(f) { missing[name, default: []].append(f) }
            }
            let text = order.map { name in
                w(.notEvaluableEntry(rule: name, missing: book.facts(missing[name]!, rs)))
            }.joined(separator: "; ")
            blocks.append(.note("\(w(.notEvaluable)): \(text)"))
        }
        // Where each fact comes from and when it was recorded, and the record's own note, beside the reasons.
        let sourced = rs.facts.map(\.name).filter { r.record.evidence[$0] != nil }
        if !sourced.isEmpty {
            let lines = sourced.map { name -> String in
                let e = r.record.evidence[name]!
                let value = r.record.facts[name] ?? r.record.stale[name] ?? .unknown
                let shown = value.isUnknown ? "?" : book.value(of: name, value, rs)
                var line = w(.evidence(fact: book.fact(name, rs), value: shown, source: e.source, date: e.asOf.map(book.date)))
                if r.record.stale[name] != nil,
                    let years = (rs.fact(named: name)?.maxAge ?? rs.evidenceMaxAge).flatMap({ rs.parameter(named: $0)?.value.number })
                {
                    line += " (" + w(.staleRead(Int(years))) + ")"
                }
                return line
            }
            blocks.append(.note(w(.sources) + ": " + lines.joined(separator: "; ")))
        }
        if let note = r.record.notes { blocks.append(.note(w(.recordNote) + ": " + note)) }
        if !r.record.illustrative.isEmpty {
            blocks.append(
                .note(
                    "\(book(.illustrative)): \(book.facts(r.record.illustrative, rs))"
                ))
        }
        return blocks
    }
}
