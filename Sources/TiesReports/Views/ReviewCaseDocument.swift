import TiesCore

/// The annual review as a council case (saksframlegg): the proposer's resolution naming the ties proposed ended, kept
/// on conditions, or to be reconsidered, and taking the rest «til orientering»; what the outcomes mean; what the ties
/// cost; the portfolio as a whole. The review itself is its attachment.
public struct ReviewCaseDocument: Sendable {
    public var book: Phrasebook
    /// Proposals treated in cases of their own: named where the case speaks of their ties.
    public var pending: [Proposal] = []

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
            review.portfolio.title.map { c(.titled(book.text($0), municipality: municipality)) }
            ?? c(.title(municipality: municipality, year: year))
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
        // Named for what it is, not by the case's own title, so «til orientering» is not read as about the attachment.
        let attachment = c(.reviewAttachment(title: book.review(.title(municipality: review.portfolio.municipality)), date: date))
        doc.blocks.append(.list(ordered: true, items: [[.text(attachment)]]))
        doc.blocks.append(.heading(2, book.memo(.otherDocuments)))
        doc.blocks.append(.list(ordered: false, items: [[.text(book.source(rs))]]))

        doc.blocks.append(.heading(1, rs.council.proposal.map(book.text) ?? book.memo(.ownersProposal(proposer: owner))))
        let resolved = resolution(review, body: body, owner: owner, date: date)
        doc.blocks.append(.list(ordered: true, items: resolved.points.map { [.text($0)] }))

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
        // What is proposed, as the summary of a case says it.
        summary += " " + conclusion(review, owner: owner)
        doc.blocks.append(.text(summary))

        // What was reviewed and against which adopted text.
        doc.blocks.append(.heading(1, book.memo(.factsOfTheCase)))
        doc.blocks.append(.text(c(.reviewedAgainst(source: book.source(rs), date: date))))
        // What the ties are, by kind, in the order the kinds first appear; the categories, where the strategy has them.
        let live = review.readingOrder.filter { rs.role(of: $0.outcome) != .ended }
        let kinds = TieKind.allCases.map(\.rawValue).filter { k in live.contains { $0.record.kind == k } }
        let byKind = kinds.map { k in book.kindCount(k, live.filter { $0.record.kind == k }.count) }
        if !byKind.isEmpty { doc.blocks.append(.text(c(.tiesAre(book.list(byKind))))) }
        if !rs.categories.isEmpty {
            let labels = rs.categories.map { book.category($0.id, rs).lowercasedFirst }
            doc.blocks.append(.text(c(.categoriesAre(book.list(labels), count: labels.count))))
        }
        if !pending.isEmpty {
            let titles = pending.map { book.quoted(book.text($0.title)) }
            doc.blocks.append(.text(c(.pendingProposals(book.list(titles), count: titles.count))))
        }

        // Why each tie the resolution names gets what it gets, group by group, each group led by what its outcome
        // means; then the ties kept and those already over, by name.
        doc.blocks.append(.heading(1, book.memo(.assessment)))
        let standing = review.readingOrder.compactMap { r in review.standingDecision(r).map { (r, $0) } }
        for role in groupOrder(rs) {
            let ties = review.readingOrder.filter { r in
                rs.role(of: r.outcome) == role && review.standingDecision(r) == nil && proposal(on: r) == nil
            }
            guard !ties.isEmpty else { continue }
            doc.blocks.append(.heading(2, c(.groupHeading(role))))
            doc.blocks.append(.text(c(.groupLead(role, count: ties.count))))
            doc.blocks.append(.list(ordered: false, items: ties.map { paragraph($0, review) }))
        }
        // A tie a proposal of its own concerns: what the review found, and that the council decides it there.
        let elsewhere = review.readingOrder.filter { rs.role(of: $0.outcome)?.asksTheCouncil ?? false && proposal(on: $0) != nil }
        if !elsewhere.isEmpty {
            doc.blocks.append(.heading(2, c(.ownCaseHeading)))
            doc.blocks.append(.list(ordered: false, items: elsewhere.map { paragraph($0, review) }))
        }
        if !standing.isEmpty {
            doc.blocks.append(.heading(2, c(.standingHeading)))
            for (r, decision) in standing {
                doc.blocks.append(
                    .text(
                        c(
                            .standingSaid(
                                tie: r.record.name,
                                decision: c(
                                    .decisionMade(
                                        body: book.body(decision.body, rs), date: book.date(decision.date),
                                        caseReference: decision.caseReference)),
                                decided: decided(decision.outcome, rs), facts: missing(r, rs), against: decision.isOverride,
                                because: decision.justification.map(book.text)))))
            }
        }
        let kept = review.readingOrder.filter { r in
            rs.role(of: r.outcome).map { [.keep, .join].contains($0) } ?? false && review.standingDecision(r) == nil
        }
        if !kept.isEmpty {
            doc.blocks.append(.heading(2, c(.groupHeading(.keep))))
            // A tie kept though a criterion's score is below where we count it met says why, in the rule's words:
            // the committee would otherwise ask (Orléans, benefit 1, kept for its low cost).
            // The reason of a rule of that criterion that fired says it; a tie with none is listed by name.
            func explained(_ r: RecordReview) -> Reason? {
                for score in r.scores {
                    guard let from = rs.criteria.first(where: { $0.id == score.criterion })?.metFrom, let v = score.value.number, v < from
                    else { continue }
                    if let reason = r.reasons.first(where: { reason in
                        reason.kind == .rule && rs.rules.first { $0.id == reason.source }?.criterion == score.criterion
                    }) {
                        return reason
                    }
                }
                return nil
            }
            let below = kept.compactMap { r in explained(r).map { (r, $0) } }
            if !below.isEmpty {
                doc.blocks.append(
                    .list(
                        ordered: false,
                        items: below.map { r, reason in
                            let t = book.text(reason.text)
                            return [.text(c(.keptBecause(name: r.record.name, reason: t.hasSuffix(".") ? t : t + ".")))]
                        }))
            }
            // A tie kept in a category (Trondheim's dormant relations) is kept as that, not as meeting every criterion.
            let names = kept.map { r in
                r.category.map {
                    $0 == RecordReview.unclassified ? r.record.name : r.record.name + " (" + book.category($0, rs).lowercasedFirst + ")"
                }
                    ?? r.record.name
            }
            let rest = zip(kept, names).filter { pair in !below.contains { $0.0.record.id == pair.0.record.id } }.map(\.1)
            if !rest.isEmpty { doc.blocks.append(.text(c(.keptNamed(ties: book.list(rest), count: rest.count)))) }
        }
        let over = review.readingOrder.filter { rs.role(of: $0.outcome) == .ended }
        if !over.isEmpty { doc.blocks.append(.text(c(.endedNamed(ties: book.list(over.map(\.record.name)), count: over.count)))) }
        let notAssessed = review.records.filter { $0.outcome == RecordReview.notAssessed }.count
        if notAssessed > 0 { doc.blocks.append(.text(c(.notAssessed(notAssessed)))) }

        doc.blocks.append(.heading(1, c(.costs)))
        if let costs = review.costs {
            let unknown = c(.unknownCost)
            // In the order the reader knows from the review, ties already over last: they cost nothing more.
            let order = review.readingOrder.map(\.record.id)
            let ended = review.readingOrder.filter { rs.role(of: $0.outcome) == .ended }.map(\.record.id)
            let rank = Dictionary(uniqueKeysWithValues: (order.filter { !ended.contains($0) } + ended).enumerated().map { ($1, $0) })
            let lines = costs.lines.sorted { rank[$0.record.id] ?? 0 < rank[$1.record.id] ?? 0 }
            func amount(_ t: CostSummary.Total) -> String {
                book.amount(t.known) + (t.unknown > 0 ? " (" + c(.unknownCount(t.unknown)) + ")" : "")
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
        // Where the council asked that a case on twin cities contain a funding plan, the case says whether it has one.
        if let plan = fundingPlanAsked(review) {
            doc.blocks.append(.heading(2, book.memo(.fundingPlan)))
            // A majority's remark is said as one, not as the council's decision.
            let asked =
                plan.remark
                ? c(.fundingPlanRemarked(body: book.text(plan.body), caseNumber: plan.caseNumber))
                : book.memo(.fundingPlanAsked(body: book.text(plan.body), caseNumber: plan.caseNumber))
            let plan =
                review.costs != nil
                ? c(.fundingPlanIsCosts)
                : resolved.fundingPlan.map { c(.fundingPlanAskedAt(point: $0, proposer: owner)) } ?? c(.noFundingPlanInReview)
            doc.blocks.append(.text(asked + " " + plan))
        }

        // A finding already said of a tie in the assessment is not said again.
        let said = Set(
            review.records.flatMap { r in r.reasons.filter { $0 == r.decisive || $0.outcome == r.outcome }.map { book.text($0.text) } })
        let violated = review.findings.filter { !$0.holds && !said.contains(book.text($0.text)) }
        if !violated.isEmpty {
            doc.blocks.append(.heading(1, c(.findings)))
            for f in violated { doc.blocks.append(.text(book.text(f.text) + ".")) }
        }

        doc.blocks.append(.heading(1, book.memo(.conclusion)))
        doc.blocks.append(.text(conclusion(review, owner: owner)))

        // What is ours, not adopted text, closes the case: the numbers an outcome put to the council rests on, with
        // their basis; the illustrative data; the fingerprint.
        var basis: [Block] = []
        var numbers: [Parameter] = []
        for r in review.readingOrder where rs.role(of: r.outcome)?.asksTheCouncil ?? false {
            for p in r.decisive.parameters.compactMap({ rs.parameter(named: $0) }) where !numbers.contains(where: { $0.name == p.name }) {
                numbers.append(p)
            }
            // A fact set aside as too old rests on the age limit, which is a number too.
            for name in r.record.stale.keys.sorted() {
                guard let limit = (rs.fact(named: name)?.maxAge ?? rs.evidenceMaxAge).flatMap({ rs.parameter(named: $0) }),
                    !numbers.contains(where: { $0.name == limit.name })
                else { continue }
                numbers.append(limit)
            }
        }
        if !numbers.isEmpty {
            basis.append(.text(book.memo(.ourNumbers)))
            basis.append(.list(ordered: false, items: numbers.map { [.text(book.operational($0))] }))
        }
        if review.records.contains(where: { !$0.record.illustrative.isEmpty }) { basis.append(.text(c(.illustrativeBasis))) }
        if let fingerprint = review.fingerprint { basis.append(.note(fingerprint.line(book.language))) }
        if !basis.isEmpty {
            doc.blocks.append(.heading(1, book.memo(.aboutTheBasis)))
            doc.blocks += basis
        }
        return doc
    }

    /// A tie's name as a resolution's subject: quoted where it holds a colon («Covenant of Mayors: Mayors adapt»), so the
    /// point does not read as a heading and its text.
    func name(_ r: RecordReview) -> String { r.record.name.contains(":") ? book.quoted(r.record.name) : r.record.name }

    /// Ties as a resolution names them: «medlemskapet i Eureau», «samarbeidet med Keren».
    func subject(_ ties: [RecordReview]) -> String { book.tiesNamed(ties.map { ($0.record.kind, name($0)) }) }

    /// The grammatical number of `subject(ties)`, for the verb that follows it.
    func number(_ ties: [RecordReview]) -> Int { book.tiesNamedArePlural(ties.map(\.record.kind)) ? 2 : 1 }

    /// The proposal beside the portfolio on this tie, if there is one.
    func proposal(on r: RecordReview) -> Proposal? {
        pending.first { $0.record.name == r.record.name || $0.record.id == r.record.id }
    }

    /// The outcomes that ask something of the council, most severe first: the order of the resolution.
    func groupOrder(_ rs: RuleSet) -> [OutcomeRole] {
        var seen: [OutcomeRole] = []
        for o in rs.outcomes.reversed() where o.role.asksTheCouncil && !seen.contains(o.role) { seen.append(o.role) }
        return seen
    }

    /// One tie's paragraph: its name where its reason does not say it, the reason in the rule set's words, what a
    /// provisional outcome waits for, and what its last decision asked that is not done.
    func paragraph(_ r: RecordReview, _ review: Review) -> [Span] {
        let rs = review.ruleSet
        // An outcome that rests only on missing facts is said by what is missing, not by the rule set's stock sentence.
        let onlyMissing = r.waitsOnlyForFacts
        // Every reason that calls for the tie's outcome, so each condition the resolution sets is argued here; for a
        // tie put to the council, also what else speaks against it, though it would have asked less.
        let against = rs.role(of: r.outcome)?.asksTheCouncil ?? false
        var same: [Reason] = []
        for reason in r.reasons where reason != r.decisive && reason.kind != .unknownData {
            // What else speaks against it is what the rules found, not the category it fell out of.
            let counts =
                reason.outcome == r.outcome
                || (against && reason.kind == .rule && (reason.outcome.flatMap(rs.role(of:))?.asksTheCouncil ?? false))
            if counts, !same.contains(where: { book.text($0.text) == book.text(reason.text) }) { same.append(reason) }
        }
        let text = book.merged(
            ((onlyMissing ? [] : [r.decisive]) + same).map { reason in
                let t = book.text(reason.text)
                return t.hasSuffix(".") ? t : t + "."
            }
        ).joined(separator: " ")
        var said = text
        if r.provisional, !r.openingFacts.isEmpty {
            // Stricter only where the missing facts could lead further than the outcome now is; milder only where the rules
            // that fired decide less.
            let severity = rs.severity(of: r.outcome)
            let stricter = r.strictest.flatMap { rs.severity(of: $0) > severity ? book.outcome($0, rs) : nil }
            let milder = r.mildest.flatMap { rs.severity(of: $0) < severity ? book.outcome($0, rs) : nil }
            said += (said.isEmpty ? "" : " ") + c(.provisionalFor(facts: missing(r, rs), mildest: milder, strictest: stricter))
            // What else is not recorded, though it would not move the outcome by itself: the reader sees how little is known.
            // By their labels as the attachment shows them, quoted: some are clauses («Involverer de fleste …»).
            var gaps = r.missingFacts.filter { !r.openingFacts.contains($0) && r.record.stale[$0] == nil }.map { gap($0, rs) }
            if r.record.activities == nil, rs.namesRead(except: r.notApplicable).contains("activities") { gaps.append(c(.activityWord)) }
            if !gaps.isEmpty { said += " " + c(.alsoUnrecorded(book.list(gaps))) }
        }
        // A tie sent to a new assessment or an end that the review could not see whole: what is not recorded is said,
        // for the new assessment to settle.
        // Only what the strategy's criteria read: the facts its requirements turn on.
        if !r.provisional, let role = rs.role(of: r.outcome), [.review, .exit, .doNotJoin].contains(role) {
            var names: [String] = []
            // …of criteria the review could not score: one met another way needs nothing more.
            let unscored = Set(r.scores.filter { $0.value.isUnknown }.map(\.criterion))
            for seen in r.traces.filter({ $0.kind == .criterion && unscored.contains($0.id) }).flatMap(\.seen)
            where seen.value.isUnknown && rs.fact(named: seen.name) != nil && !names.contains(seen.name) {
                names.append(seen.name)
            }
            // A fact recorded but too old to rest on is said to be so, with its date: it is not missing.
            let absent = names.filter { r.record.stale[$0] == nil }.map { gap($0, rs) }
            if !absent.isEmpty { said += " " + c(.unrecorded(book.list(absent))) }
            for name in names where r.record.stale[name] != nil {
                said += " " + c(.tooOld(gap(name, rs), date: r.record.evidence[name]?.asOf.map(book.date)))
            }
        }
        if let last = r.record.lastDecision {
            for condition in unmet(r, review) {
                said +=
                    " "
                    + c(
                        .unmetCondition(
                            decision: decisionName(last, rs), condition: book.text(condition.text), due: condition.due.map(book.date)))
            }
        }
        // A proposal on the same tie is a case of its own.
        if let p = proposal(on: r) { said += " " + c(.proposalOnTie(book.quoted(book.text(p.title)))) }
        return (text.contains(r.record.name) ? [] : [.strong(r.record.name + ". ")]) + [.text(said)]
    }

    /// The conditions of the tie's last decision that are past due and not met.
    func unmet(_ r: RecordReview, _ review: Review) -> [DecisionCondition] {
        (r.record.lastDecision?.conditions ?? []).filter { condition in
            guard condition.met != true else { return false }
            if let due = condition.due, let asOf = review.asOf, due > asOf { return false }
            return true
        }
    }

    /// A fact a tie lacks, as running text names it: its topic, else its label as the attachment shows it, quoted (some
    /// labels are clauses, «Involverer de fleste …»).
    func gap(_ name: String, _ rs: RuleSet) -> String {
        rs.fact(named: name)?.topic.map(book.text) ?? book.quoted(book.fact(name, rs))
    }

    /// The council decision that asks a case on twin cities for a funding plan, where there is one and the review has
    /// such ties.
    func fundingPlanAsked(_ review: Review) -> CouncilDecision? {
        let relations: Set<TieKind> = [.twinCity, .friendship, .solidarity]
        guard review.records.contains(where: { TieKind(rawValue: $0.record.kind).map(relations.contains) ?? false }) else { return nil }
        return review.ruleSet.councilDecisions.first { $0.asks == .fundingPlan }
    }

    /// The facts a provisional outcome waits for, by their labels without a scale («Kompetanseheving»).
    func missing(_ r: RecordReview, _ rs: RuleSet) -> String { book.factsInText(r.openingFacts, rs) }

    /// «bystyret 18.06.2025, sak 45/25».
    func decisionName(_ d: Decision, _ rs: RuleSet) -> String {
        c(.decisionOf(body: book.body(d.body, rs), date: book.date(d.date), caseReference: d.caseReference))
    }

    /// What a decision decided, as the clause after «at Mayors for Peace»: «skulle videreføres».
    func decided(_ outcome: String, _ rs: RuleSet) -> String {
        c(.decidedClause(rs.role(of: outcome) ?? .keep))
    }

    /// The administration's recommendation in one sentence: how many ties get each outcome.
    func conclusion(_ review: Review, owner: String) -> String {
        let rs = review.ruleSet
        let roleNow = { (r: RecordReview) in rs.role(of: r.outcome) }
        var parts: [String] = []
        let roles: [OutcomeRole] = [.keep, .join, .conditional, .dormant, .review, .exit, .doNotJoin]
        // A tie a proposal of its own concerns is not counted: the council decides it in that case.
        let here = review.records.filter { proposal(on: $0) == nil }
        for role in roles {
            let n = here.filter { roleNow($0) == role }.count
            guard n > 0 else { continue }
            parts.append(c(.conclusionPart(role, count: n, first: parts.isEmpty)))
        }
        var said = c(.concludes(owner: owner, parts: parts))
        let elsewhere = review.readingOrder.filter { proposal(on: $0) != nil }
        if !elsewhere.isEmpty { said += " " + c(.decidedElsewhere(subject(elsewhere), count: number(elsewhere))) }
        return said
    }

    /// What a resolution asks of the proposer for a condition: the council's own words, or the condition as written.
    enum Asked: Hashable {
        case words(String), condition(String)
    }

    /// The council takes note of the review; each outcome that asks something of it is a point in the council's
    /// voice naming its ties, with what it asks of the proposer; then the follow-up of what has no wording of its own.
    /// The council's points, and the number of the one that asks for a funding plan, where one does.
    func resolution(_ review: Review, body: String, owner: String, date: String) -> (points: [String], fundingPlan: Int?) {
        let rs = review.ruleSet
        var points = [
            review.portfolio.title.map { c(.endorsesTitled(body: body, title: book.text($0))) } ?? c(.endorses(body: body, date: date))
        ]
        var unworded = false
        var asksAnything = false
        var reconsidered: [Int] = []
        let by = review.portfolio.followUpBy.map(book.date)
        for outcome in rs.outcomes.reversed() {
            let ties = review.readingOrder.filter { r in
                r.outcome == outcome.id && review.standingDecision(r) == nil && proposal(on: r) == nil
            }
            guard !ties.isEmpty else { continue }
            switch outcome.role {
            case .keep, .join, .ended:
                continue
            case .conditional:
                // Ties asked the same are named together, what is asked once: in the council's words where the rule gives
                // them, else as the condition is written.
                var order: [[Asked]] = []
                var groups: [[Asked]: [RecordReview]] = [:]
                for r in ties {
                    // A condition an earlier decision set and that is still not met is asked for again, by name: a tie
                    // that missed one is not asked the same as the others.
                    let earlier =
                        r.record.lastDecision.map { last in
                            unmet(r, review).map {
                                Asked.words(
                                    c(.meetEarlierCondition(decision: decisionName(last, rs), condition: book.text($0.text), by: by)))
                            }
                        } ?? []
                    let said =
                        r.conditions.map { condition in
                            r.asks[condition].map { Asked.words(book.text($0)) } ?? .condition(book.text(condition))
                        } + earlier
                    if !said.isEmpty { asksAnything = true }
                    if groups[said] == nil { order.append(said) }
                    groups[said, default: []].append(r)
                }
                for said in order {
                    let names = groups[said]!
                    let list = subject(names)
                    var point = c(.decided(.conditional, ties: list, count: number(names)))
                    for asked in said {
                        switch asked {
                        case .condition(let text):
                            unworded = true
                            point += " " + c(.conditionOf(ties: list, count: names.count, condition: text))
                        case .words(let what):
                            point += " " + c(.asksOf(body: body, proposer: owner, what: what, count: names.count))
                        }
                    }
                    points.append(point)
                }
            case .review:
                // A tie sent to review only for want of facts is asked about first: the facts, then a new assessment.
                let wanting = ties.filter(\.waitsOnlyForFacts)
                let settled = ties.filter { !$0.waitsOnlyForFacts }
                if !settled.isEmpty {
                    points.append(c(.decided(.review, ties: subject(settled), count: number(settled))))
                    reconsidered.append(points.count)
                }
                if !wanting.isEmpty {
                    reconsidered.append(points.count + 1)
                    points.append(
                        c(
                            .factsFirst(
                                // The date is the follow-up point's, which brings this new assessment back with the rest.
                                body: body, proposer: owner, ties: subject(wanting), count: wanting.count, by: nil)))
                }
            case .dormant:
                points.append(c(.decided(outcome.role, ties: subject(ties), count: number(ties))))
            case .exit, .doNotJoin:
                points.append(
                    c(.exitPoint(body: body, proposer: owner, ties: subject(ties), count: ties.count, by: by)))
            }
        }
        // A tie a proposal of its own concerns is decided in that case, not here.
        for r in review.readingOrder where rs.role(of: r.outcome)?.asksTheCouncil ?? false {
            if let p = proposal(on: r) { points.append(c(.decidedInOwnCase(tie: r.record.name, title: book.quoted(book.text(p.title))))) }
        }
        // A decision that stands is said to, and the facts it waits for are asked for.
        for r in review.readingOrder {
            guard let decision = review.standingDecision(r) else { continue }
            points.append(c(.standingPoint(body: body, proposer: owner, tie: subject([r]), decision: decisionName(decision, rs))))
        }
        // A date only where the municipality set one.
        if unworded || (by != nil && asksAnything) { points.append(c(.followUpConditions(body: body, proposer: owner, by: by))) }
        // Where the council asked every twin-city case for a funding plan and this one has no costs to plan, the ties
        // to be reconsidered come back with one.
        if !reconsidered.isEmpty { points.append(c(.followUpReview(body: body, proposer: owner, by: by, points: reconsidered))) }
        // Where the council asked the twin-city case for a funding plan and this one has no costs to plan with, the
        // council asks for one for the cooperation as a whole.
        var fundingPlan: Int? = nil
        if let plan = fundingPlanAsked(review), review.costs == nil {
            points.append(c(.fundingPlanPoint(body: body, proposer: owner, by: by, caseNumber: plan.caseNumber, remark: plan.remark)))
            fundingPlan = points.count
        }
        return (points, fundingPlan)
    }
}
