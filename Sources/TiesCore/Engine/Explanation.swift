extension Engine {
    /// The words of one evaluation: reasons with their citations, conditions, flags, traces and missing facts.
    /// Nothing is decided here; every verdict comes from `evaluation`.
    func explain(_ record: Record, _ e: Evaluation, _ ctx: EvaluationContext) -> RecordReview {
        guard let outcomeIndex = e.outcome else { return notAssessed(record) }
        var reasons: [Reason] = []
        var unevaluated: [UnevaluatedRule] = []
        var traces: [RuleTrace] = []
        var conditions: [LocalizedText] = []
        var asks: [LocalizedText: LocalizedText] = [:]
        var flags: [String] = []
        var notApplicable: [String] = []
        var proposalReasons: [Evaluation.Proposer: Reason] = [:]
        var capReason: Reason?
        var held: [(severity: Int, reason: Reason)] = []
        var mattering: [String] = []
        let outcome = ruleSet.outcomes[outcomeIndex].id
        // Without every reason, only those that may decide are worded: the cap's, the winner's, and the first rule's
        // that gives the outcome.
        let all = keepsAllReasons
        var keepingRule: Int?

        for (i, rule) in ruleSet.rules.enumerated() {
            if e.contains(i, .notApplicable) {
                notApplicable.append(rule.id)
                continue
            }
            let result: Value = e.contains(i, .fired) ? .bool(true) : e.contains(i, .unknown) ? .unknown : .bool(false)
            trace(rule.when, .rule, rule.id, rule.location, result, ctx, &traces)
            if e.contains(i, .fired) {
                let keeps = keepingRule == nil && rule.outcome == outcome
                if keeps { keepingRule = i }
                guard all || keeps || e.cap == i || e.winner == .rule(i) else {
                    if let f = rule.flag, !flags.contains(f) { flags.append(f) }
                    continue
                }
                var reason = Reason(
                    kind: .rule, source: rule.id, outcome: rule.outcome, text: render(rule.because, ctx),
                    citation: rule.citation, location: rule.location, parameters: rule.parameters)
                reason.stated = rule.stated
                reasons.append(reason)
                proposalReasons[.rule(i)] = reason
                if rule.outcome != nil { held.append((tables.ruleSeverity[i], reason)) }
                if let c = rule.condition {
                    conditions.append(c)
                    if let a = rule.asks { asks[c] = a }
                }
                if let f = rule.flag, !flags.contains(f) { flags.append(f) }
                if e.cap == i { capReason = reason }
            } else if e.contains(i, .unknown) {
                // Without every reason, only what holds the outcome open is kept: the facts it waits for.
                let matters = e.contains(i, .matteringRules)
                if all || matters { unevaluated.append(UnevaluatedRule(rule: rule.id, missing: missing(rule.when, ctx))) }
                if matters { mattering.append(rule.id) }
            }
        }

        var category: String?
        var categoryReason: Reason?
        var undecided: String?
        switch e.category {
        case .none:
            break
        case .matched(let c), .undecided(let c):
            for earlier in ruleSet.categories.prefix(c) {
                trace(earlier.when, .category, earlier.id, earlier.location, .bool(false), ctx, &traces)
            }
            let found = ruleSet.categories[c]
            if case .undecided = e.category {
                trace(found.when, .category, found.id, found.location, .unknown, ctx, &traces)
                unevaluated.append(UnevaluatedRule(rule: found.id, missing: missing(found.when, ctx)))
                undecided = found.id
                break
            }
            trace(found.when, .category, found.id, found.location, .bool(true), ctx, &traces)
            category = found.id
            categoryReason = Reason(
                kind: .category, source: found.id, outcome: nil, text: found.because.map { render($0, ctx) } ?? found.label,
                citation: found.citation, location: found.location)
            for (r, requirement) in found.requirements.enumerated() {
                let failed = e.contains(r, .failedRequirements)
                let unknown = e.contains(r, .unknownRequirements)
                trace(
                    requirement.holds, .requirement, requirement.id, requirement.location,
                    failed ? .bool(false) : unknown ? .unknown : .bool(true), ctx, &traces)
                if failed, !all, e.winner != .requirement(r) {
                    continue
                } else if failed {
                    let reason = Reason(
                        kind: .requirement, source: requirement.id, outcome: requirement.outcome,
                        text: render(requirement.because, ctx), citation: requirement.citation,
                        location: requirement.location, parameters: requirement.parameters)
                    reasons.append(reason)
                    proposalReasons[.requirement(r)] = reason
                    held.append((tables.requirementSeverity[c][r], reason))
                    if let condition = requirement.condition {
                        conditions.append(condition)
                        if let a = requirement.asks { asks[condition] = a }
                    }
                } else if unknown {
                    let matters = e.contains(r, .matteringRequirements)
                    if all || matters {
                        unevaluated.append(UnevaluatedRule(rule: requirement.id, missing: missing(requirement.holds, ctx)))
                    }
                    if matters { mattering.append(requirement.id) }
                }
            }
        case .unclassified:
            for c in ruleSet.categories { trace(c.when, .category, c.id, c.location, .bool(false), ctx, &traces) }
            category = RecordReview.unclassified
            let policy = ruleSet.unclassified
            let reason = Reason(
                kind: .category, source: RecordReview.unclassified, outcome: policy?.outcome,
                text: policy?.because ?? words { $0.engine(.fitsNoCategory) },
                citation: policy?.citation, location: nil)
            categoryReason = reason
            if let outcome = policy?.outcome {
                reasons.append(reason)
                proposalReasons[.unclassified] = reason
                held.append((ruleSet.severity(of: outcome), reason))
            }
        }
        if e.undecidedMatters, let undecided { mattering.append(undecided) }

        let opening = unique(unevaluated.filter { mattering.contains($0.rule) }.flatMap(\.missing))
        var unknownReason: Reason?
        if !mattering.isEmpty, all || e.raised {
            let reason = Reason(
                kind: .unknownData, source: "on_unknown", outcome: e.raised ? outcome : nil,
                text: withMissing(ruleSet.onUnknown.because, opening), citation: nil, location: nil)
            reasons.append(reason)
            unknownReason = reason
        }
        let cap = e.capped ? e.cap.flatMap { tables.ruleCap[$0] } : nil
        if let cap, capReason != nil {
            // What the cap held back is still to be followed up: each reason it overrode becomes a condition.
            for p in held where p.severity > cap { conditions.append(followUp(p.reason.text)) }
        }
        // A rule that keeps the record explains it best, then its category, then the rule set's default.
        let keeping =
            reasons.first { $0.kind == .rule && $0.outcome == outcome }
            ?? categoryReason.flatMap { $0.source == RecordReview.unclassified ? nil : $0 }
        let chosen = Precedence.decisive(
            capping: cap == nil ? nil : capReason, raisedBy: e.raised ? unknownReason : nil,
            winner: e.winner.flatMap { proposalReasons[$0] }, keeping: keeping)
        let decisive =
            chosen
            ?? Reason(
                kind: .standard, source: "default_outcome", outcome: outcome,
                text: ruleSet.defaultReason ?? words { $0.engine(.noChange) }, citation: nil, location: nil)
        if chosen == nil || (chosen == keeping && chosen?.kind == .category) { reasons.append(decisive) }
        if !all {
            (reasons, conditions, asks) = ([], [], [:])
        }
        if all, e.provisional, !opening.isEmpty {
            // The one thing a provisional outcome is known to need: the missing facts. Where each awaits a rule that
            // would ask something of the proposer, the council asks that, or to be shown it is done: whether it is
            // needed is not known, so it is not asserted. Else it asks for what the criteria need, not for fields.
            let provide = words { $0.engine(.provideMissing($0.facts(opening, self.ruleSet))) }
            conditions.append(provide)
            let waiting = unevaluated.filter { mattering.contains($0.rule) }.compactMap { u in
                let asks =
                    ruleSet.rules.first { $0.id == u.rule }?.asks
                    ?? ruleSet.categories.lazy.flatMap(\.requirements).first { $0.id == u.rule }?.asks
                return asks.map { (asks: $0, missing: u.missing) }
            }
            let covered = Set(waiting.flatMap(\.missing))
            asks[provide] =
                !waiting.isEmpty && opening.allSatisfy(covered.contains)
                ? words { book in
                    book.list(unique(waiting.map { book.engine(.askOrShowDone(book.text($0.asks))) }))
                }
                : words { $0.engine(.askForAssessment(tie: $0.theTie(record.kind))) }
        }

        var scores: [CriterionScore] = []
        // Each criterion read in place: a copy of one, for every record, costs more than the rest of the loop.
        let criteria = ruleSet.criteria
        for c in criteria.indices {
            guard criteria[c].applies(to: record.kind), criteria[c].appliesWhen?.evaluate(ctx) != .bool(false) else {
                notApplicable.append(criteria[c].id)
                continue
            }
            guard let value = e.scores[c] else { continue }
            if let expression = criteria[c].score {
                trace(expression, .criterion, criteria[c].id, criteria[c].location, value, ctx, &traces)
            }
            scores.append(CriterionScore(criterion: criteria[c].id, value: value))
        }
        var review = RecordReview(
            record: record, outcome: outcome, decisive: decisive, category: category, categoryReason: categoryReason,
            scores: scores, reasons: all ? Precedence.ordered(reasons, decisive: decisive, severity: severity) : [],
            unevaluated: all ? unevaluated : [], conditions: ruleSet.outcomes[outcomeIndex].role == .conditional ? conditions : [],
            flags: flags, traces: traces,
            missingFacts: ruleSet.outcomes[outcomeIndex].role == .ended ? [] : missingFacts(record, notApplicable: notApplicable),
            openingFacts: opening)
        review.provisional = e.provisional
        if e.provisional {
            review.mildest = ruleSet.outcomes[max(e.decided, 0)].id
            review.strictest = ruleSet.outcomes[max(e.open, outcomeIndex)].id
        }
        if all { review.notApplicable = notApplicable }
        review.asks = asks
        review.evaluation = e
        return review
    }

    /// The facts the review reads that the tie lacks, in the rule set's order: those of a criterion that does not speak
    /// of this tie (`applies_when`) are not among them.
    private func missingFacts(_ record: Record, notApplicable: [String]) -> [String] {
        let limited = factsReadWhere[record.kind] ?? []
        guard !limited.isEmpty else { return (factsRead[record.kind] ?? []).filter { record.facts[$0] == nil } }
        var read = Set(factsRead[record.kind] ?? [])
        for (c, facts) in limited where !notApplicable.contains(ruleSet.criteria[c].id) { read.formUnion(facts) }
        return ruleSet.facts.map(\.name).filter { read.contains($0) && record.facts[$0] == nil }
    }

    /// Keeps one condition's verdict and the values it saw, for `explain`.
    private func trace(
        _ condition: Condition, _ kind: RuleTrace.Kind, _ id: String, _ location: SourceLocation, _ result: Value,
        _ ctx: EvaluationContext, _ traces: inout [RuleTrace]
    ) {
        guard keepsTraces else { return }
        traces.append(
            RuleTrace(kind: kind, id: id, condition: condition.text, result: result, seen: seen(condition, ctx), location: location))
    }
}
