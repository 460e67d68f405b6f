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
        var doc = Document(title: c(.title(municipality: municipality, year: year)), book: book)

        doc.blocks.append(.heading(2, book.memo(.caseFlow)))
        doc.blocks.append(
            .table(
                header: [book.memo(.committee), book.memo(.meetingDate), book.memo(.caseNumberHeading)],
                rows: [[body.capitalizedFirst, "", ""]]))
        doc.blocks.append(.heading(2, book.memo(.attachments)))
        doc.blocks.append(.list(ordered: true, items: [[.text(c(.reviewAttachment(date: date)))]]))
        doc.blocks.append(.heading(2, book.memo(.otherDocuments)))
        doc.blocks.append(.list(ordered: false, items: [[.text(book.source(rs))]]))

        doc.blocks.append(.heading(1, rs.council.proposal.map(book.text) ?? book.memo(.ownersProposal(proposer: owner))))
        doc.blocks.append(.list(ordered: true, items: resolution(review, body: body, owner: owner, date: date).map { [.text($0)] }))

        doc.blocks.append(.heading(1, book.memo(.summary)))
        var summary = c(.summary(count: review.records.count, date: date))
        if let costs = review.costs {
            summary += " " + c(.costsSaid(total: book.amount(costs.all.known), unknown: costs.all.unknown, count: costs.all.count))
        }
        doc.blocks.append(.text(summary))
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
            doc.blocks.append(.table(header: [c(.tie), c(.outcome), c(.yearlyCost)], rows: rows))
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

    /// The council endorses the review; each outcome that asks something of it is a point naming its ties (a condition
    /// with its tie); the proposer is asked to follow them up; the rest is noted.
    func resolution(_ review: Review, body: String, owner: String, date: String) -> [String] {
        let rs = review.ruleSet
        var points = [c(.endorses(body: body, date: date))]
        var noted = 0
        var asks = false
        for outcome in rs.outcomes.reversed() {
            let ties = review.records.filter { $0.outcome == outcome.id }
            guard !ties.isEmpty else { continue }
            switch outcome.role {
            case .keep, .join, .ended:
                noted += ties.count
            case .conditional:
                asks = true
                // Ties under the same condition are named together, the condition once.
                var order: [String] = []
                var byCondition: [String: [String]] = [:]
                for r in ties {
                    let condition = r.conditions.map(book.text).joined(separator: "; ")
                    if byCondition[condition] == nil { order.append(condition) }
                    byCondition[condition, default: []].append(r.record.name)
                }
                for condition in order {
                    let label = book.outcome(outcome.id, rs)
                    let named = condition.isEmpty ? label : c(.withCondition(tie: label, condition: condition))
                    points.append(c(.outcomeNamed(label: named, ties: book.list(byCondition[condition]!))))
                }
            case .review:
                asks = true
                points.append(c(.outcomeNamed(label: book.outcome(outcome.id, rs), ties: book.list(ties.map(\.record.name)))))
            case .dormant, .exit, .doNotJoin:
                points.append(c(.outcomeNamed(label: book.outcome(outcome.id, rs), ties: book.list(ties.map(\.record.name)))))
            }
        }
        if asks { points.append(c(.followUp(body: body, proposer: owner))) }
        if noted > 0 { points.append(c(.notedRest(count: noted))) }
        return points
    }
}
