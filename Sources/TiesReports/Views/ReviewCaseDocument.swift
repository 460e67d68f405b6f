import TiesCore

/// The annual review as a council case (saksframlegg): the proposer's resolution naming the ties proposed ended, kept
/// on conditions, or to be reconsidered, and taking the rest «til orientering»; what the outcomes mean; what the ties
/// cost; the portfolio as a whole. The review itself is its attachment.
public struct ReviewCaseDocument: Sendable {
    public var book: Phrasebook

    public init(_ book: Phrasebook = Phrasebook(.nb)) { self.book = book }

    func c(_ p: Phrase.Case) -> String { book.annualCase(p) }

    public func build(_ review: Review) -> Document {
        let rs = review.ruleSet
        let date = review.asOf.map(book.date) ?? book(.noDate)
        let year = review.asOf.map { String($0.year) } ?? ""
        let municipality = review.portfolio.municipality.isEmpty ? rs.municipality : review.portfolio.municipality
        let (owner, body) = (book.text(rs.council.proposer), book.text(rs.council.body))
        // The review's own title where the portfolio gives one; no adopted text makes it yearly.
        let title =
            review.portfolio.title.map { c(.titled($0, municipality: municipality)) } ?? c(.title(municipality: municipality, year: year))
        var doc = Document(title: title, book: book)
        if review.records.contains(where: { !$0.record.illustrative.isEmpty }) {
            doc.blocks.append(.note(book.memo(.illustrativeWarning)))
        }

        doc.blocks.append(.heading(2, book.memo(.caseFlow)))
        doc.blocks.append(
            .table(
                header: [book.memo(.committee), book.memo(.meetingDate), book.memo(.caseNumberHeading)],
                rows: (rs.council.before.map { book.text($0).capitalizedFirst } + [body.capitalizedFirst]).map { [$0, "", ""] }))
        doc.blocks.append(.heading(2, book.memo(.attachments)))
        doc.blocks.append(.list(ordered: true, items: [[.text(c(.reviewAttachment(date: date)))]]))
        doc.blocks.append(.heading(2, book.memo(.otherDocuments)))
        doc.blocks.append(.list(ordered: false, items: [[.text(book.source(rs))]]))

        doc.blocks.append(.heading(1, rs.council.proposal.map(book.text) ?? book.memo(.ownersProposal(proposer: owner))))
        doc.blocks.append(.list(ordered: true, items: resolution(review, body: body, owner: owner, date: date).map { [.text($0)] }))

        doc.blocks.append(.heading(1, book.memo(.summary)))
        let ended = review.records.filter { rs.role(of: $0.outcome) == .ended }.count
        var summary = c(.summaryWithEnded(count: review.records.count - ended, ended: ended, date: date))
        if let costs = review.costs {
            summary +=
                " "
                + c(
                    .costsSaidOf(
                        label: book.costLabel(rs), total: book.amount(costs.all.known), unknown: costs.all.unknown,
                        count: costs.all.count))
        }
        doc.blocks.append(.text(summary))

        // What was reviewed, against which adopted text, and what the council decided before.
        doc.blocks.append(.heading(1, book.memo(.factsOfTheCase)))
        doc.blocks.append(.text(c(.reviewedAgainst(source: book.source(rs), date: date))))
        let notes = review.readingOrder.filter { !$0.decisionNotes.isEmpty && rs.role(of: $0.outcome) != .ended }
        if !notes.isEmpty {
            doc.blocks.append(.heading(2, c(.earlierDecisions)))
            for r in notes {
                doc.blocks.append(.text(r.record.name + ": " + r.decisionNotes.map { book.text($0.text) + "." }.joined(separator: " ")))
            }
        }
        // Why each tie the resolution names gets what it gets, in the rule set's own sentences; the rest in one line.
        doc.blocks.append(.heading(1, book.memo(.assessment)))
        let named = review.readingOrder.filter { r in
            rs.role(of: r.outcome).map { ![.keep, .join, .ended].contains($0) } ?? false
        }
        if !named.isEmpty {
            doc.blocks.append(
                .list(
                    ordered: false,
                    items: named.map { r in
                        // A reason that does not name its tie («Relasjonen passer ikke …») is headed by the name.
                        let text = book.text(r.decisive.text)
                        let head: [Span] = text.contains(r.record.name) ? [] : [.strong(r.record.name + ": ")]
                        return head + [.text(text + " "), .emphasis("(" + book.outcome(r, rs, short: true) + ")")]
                    }))
            if named.contains(where: \.provisional) { doc.blocks.append(.text(c(.provisionalNote))) }
        }
        let kept = review.records.filter { rs.role(of: $0.outcome).map { [.keep, .join].contains($0) } ?? false }.count
        if kept > 0 { doc.blocks.append(.text(c(.restKept(kept)))) }
        // An outcome put to the council that rests on a number of ours is said to.
        let ours = review.readingOrder.filter { r in
            rs.role(of: r.outcome).map { ![.keep, .join, .ended].contains($0) } ?? false && !r.decisive.parameters.isEmpty
        }
        if !ours.isEmpty {
            doc.blocks.append(.heading(2, c(.ourNumbers)))
            for r in ours {
                let numbers = r.decisive.parameters.compactMap { rs.parameter(named: $0) }.map { p in
                    (p.label.map(book.text) ?? p.name) + " (" + book.parameterValue(p) + ")"
                }
                doc.blocks.append(.text(c(.restsOnOurNumber(tie: r.record.name, numbers: book.list(numbers)))))
            }
        }
        let notAssessed = review.records.filter { $0.outcome == RecordReview.notAssessed }.count
        if notAssessed > 0 { doc.blocks.append(.text(c(.notAssessed(notAssessed)))) }

        doc.blocks.append(.heading(1, c(.outcomesMeaning)))
        let used = Set(review.records.map(\.outcome))
        doc.blocks.append(
            .list(
                ordered: false,
                items: rs.outcomes.filter { used.contains($0.id) }.map { o in
                    [.strong(book.outcome(o.id, rs).capitalizedFirst + ": "), .text(c(.meaning(o.role)))]
                }))

        doc.blocks.append(.heading(1, c(.costs)))
        if let costs = review.costs {
            let unknown = c(.unknownCost)
            // In the order the reader knows from the review, ties already over last: they cost nothing more.
            let order = review.readingOrder.map(\.record.id)
            let ended = review.readingOrder.filter { rs.role(of: $0.outcome) == .ended }.map(\.record.id)
            let rank = Dictionary(uniqueKeysWithValues: (order.filter { !ended.contains($0) } + ended).enumerated().map { ($1, $0) })
            let lines = costs.lines.sorted { rank[$0.record.id] ?? 0 < rank[$1.record.id] ?? 0 }
            func amount(_ t: CostSummary.Total) -> String {
                book.amount(t.known) + (t.unknown > 0 ? " (+ \(t.unknown) \(unknown))" : "")
            }
            var rows = lines.map { [$0.record.name, book.outcome($0.outcome, rs), $0.cost.map(book.amount) ?? unknown] }
            rows.append([c(.totalKnown), "", amount(costs.all)])
            for t in costs.totals.dropFirst() {
                guard let outcome = t.outcome else { continue }
                let label = book.outcome(outcome, rs)
                rows.append([c(.totalFor(label)), "", amount(t)])
            }
            doc.blocks.append(.table(header: [c(.tie), c(.outcome), book.costLabel(rs)], rows: rows))
        } else {
            doc.blocks.append(.text(c(.noCostFact)))
        }

        let violated = review.findings.filter { !$0.holds }
        if !violated.isEmpty {
            doc.blocks.append(.heading(1, c(.findings)))
            for f in violated { doc.blocks.append(.text(book.text(f.text) + ".")) }
        }

        if let fingerprint = review.fingerprint {
            doc.blocks.append(.heading(1, book.memo(.aboutTheBasis)))
            doc.blocks.append(.note(fingerprint.line(book.language)))
        }
        return doc
    }

    /// The council takes note of the review; each outcome that asks something of it is a point in the council's
    /// voice naming its ties, with what it asks of the proposer; then the follow-up of what has no wording of its own.
    func resolution(_ review: Review, body: String, owner: String, date: String) -> [String] {
        let rs = review.ruleSet
        var points = [review.portfolio.title.map { c(.endorsesTitled(body: body, title: $0)) } ?? c(.endorses(body: body, date: date))]
        var unworded = false
        var asksAnything = false
        var reconsidered = false
        for outcome in rs.outcomes.reversed() {
            let ties = review.records.filter { $0.outcome == outcome.id }
            guard !ties.isEmpty else { continue }
            switch outcome.role {
            case .keep, .join, .ended:
                continue
            case .conditional:
                // Ties asked the same are named together, what is asked once.
                var order: [String] = []
                var groups: [String: (names: [String], said: [String])] = [:]
                for r in ties {
                    var said: [String] = []
                    for condition in r.conditions {
                        if let asks = r.asks[condition] {
                            said.append(c(.asksOf(body: body, proposer: owner, what: book.text(asks))))
                        } else {
                            said.append("\u{0}" + book.text(condition))
                        }
                    }
                    if !said.isEmpty { asksAnything = true }
                    let key = said.joined(separator: " ")
                    if groups[key] == nil { order.append(key) }
                    groups[key, default: ([], said)].names.append(r.record.name)
                }
                for key in order {
                    let (names, said) = groups[key]!
                    let list = book.list(names)
                    var point = c(.decided(.conditional, ties: list, count: names.count))
                    for s in said {
                        if s.hasPrefix("\u{0}") {
                            unworded = true
                            point += " " + c(.conditionOf(ties: list, count: names.count, condition: String(s.dropFirst())))
                        } else {
                            point += " " + s
                        }
                    }
                    points.append(point)
                }
            case .review:
                reconsidered = true
                points.append(c(.decided(.review, ties: book.list(ties.map(\.record.name)), count: ties.count)))
            case .dormant, .exit, .doNotJoin:
                points.append(c(.decided(outcome.role, ties: book.list(ties.map(\.record.name)), count: ties.count)))
            }
        }
        // A date only where the municipality set one.
        let by = review.portfolio.followUpBy.map(book.date)
        if unworded || (by != nil && asksAnything) { points.append(c(.followUpConditions(body: body, proposer: owner, by: by))) }
        if reconsidered { points.append(c(.followUpReview(body: body, proposer: owner, by: by))) }
        return points
    }
}
