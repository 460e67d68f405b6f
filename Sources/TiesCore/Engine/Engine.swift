/// Evaluates a compiled rule set against records and portfolios.
public struct Engine: Sendable {
    public let ruleSet: RuleSet
    public let scope: Scope

    /// Per kind of record, the schema facts its applicable rules, categories and scores read for their value:
    /// the ones worth reporting as missing.
    let factsRead: [String: [String]]
    /// Severities and kinds looked up once, for the verdict path that runs per record.
    let tables: Tables

    struct Tables: Sendable {
        var ruleSeverity: [Int]
        /// The severity of each rule's `at_most`, or nil.
        var ruleCap: [Int?]
        /// Per kind of record, which rules apply to it.
        var ruleApplies: [String: [Bool]]
        var requirementSeverity: [[Int]]
        /// For each category, the most severe outcome classification could still lead to if it is undecided.
        var undecidedSeverity: [Int]
        var defaultSeverity: Int
        var unknownSeverity: Int
        var unclassifiedSeverity: Int
        var assessed: Set<String>
        var categorised: Set<String>
    }

    public init(ruleSet: RuleSet) {
        self.ruleSet = ruleSet
        self.scope = ruleSet.scope
        let severity = ruleSet.severity(of:)
        let requirementSeverity = ruleSet.categories.map { $0.requirements.map { severity($0.outcome) } }
        let unclassifiedSeverity = ruleSet.unclassified?.outcome.map(severity) ?? -1
        var undecided = [Int](repeating: unclassifiedSeverity, count: ruleSet.categories.count)
        var worst = unclassifiedSeverity
        for i in ruleSet.categories.indices.reversed() {
            worst = max(worst, requirementSeverity[i].max() ?? -1)
            undecided[i] = worst
        }
        let kinds = Set(Record.kinds + ruleSet.appliesTo)
        tables = Tables(
            ruleSeverity: ruleSet.rules.map { $0.outcome.map(severity) ?? -1 },
            ruleCap: ruleSet.rules.map { $0.atMost.map(severity) },
            ruleApplies: Dictionary(uniqueKeysWithValues: kinds.map { kind in (kind, ruleSet.rules.map { $0.applies(to: kind) }) }),
            requirementSeverity: requirementSeverity, undecidedSeverity: undecided,
            defaultSeverity: severity(ruleSet.defaultOutcome), unknownSeverity: severity(ruleSet.onUnknown.outcome),
            unclassifiedSeverity: unclassifiedSeverity,
            assessed: Set(ruleSet.appliesTo), categorised: Set(ruleSet.categoriesApplyTo ?? ruleSet.appliesTo))
        var read: [String: [String]] = [:]
        for kind in kinds {
            var conditions = ruleSet.rules.filter { $0.applies(to: kind) }.map(\.when) + ruleSet.categories.map(\.when)
            conditions += ruleSet.criteria.filter { $0.applies(to: kind) }.compactMap(\.score)
            conditions += ruleSet.categories.flatMap { $0.requirements.map(\.holds) } + ruleSet.derived.map(\.value)
            // A fact only ever read behind has() is no gap when it is missing: its absence is an answer.
            let names = Set(conditions.flatMap(\.syntax.namesThatCanBeUnknown))
            read[kind] = ruleSet.facts.map(\.name).filter(names.contains)
        }
        factsRead = read
    }

    /// Reviews every record, then applies the portfolio rules; `asOf` overrides the portfolio's date.
    public func review(_ portfolio: Portfolio, asOf: String? = nil) -> Review {
        let date = asOf ?? portfolio.asOf
        let year = date.flatMap { Int($0.prefix(4)) }
        var reviews = portfolio.records.map { evaluate($0, asOfYear: year) }
        let findings = PortfolioCheck(engine: self).check(portfolio.records, asOfYear: year)
        for finding in findings where !finding.holds && finding.outcome != nil {
            for index in reviews.indices where finding.records.contains(reviews[index].record.id) {
                apply(finding, to: &reviews[index])
            }
        }
        for index in reviews.indices { reviews[index].decisionNotes = DecisionCheck(ruleSet: ruleSet).notes(reviews[index], asOf: date) }
        // Records in id order: the same portfolio gives the same report whatever order its records came in.
        reviews.sort { $0.record.id < $1.record.id }
        return Review(ruleSet: ruleSet, portfolio: portfolio, asOf: date, records: reviews, findings: findings)
    }

    /// A portfolio finding that involves a record takes part in deciding its outcome.
    private func apply(_ finding: PortfolioFinding, to review: inout RecordReview) {
        guard review.outcome != RecordReview.notAssessed, let outcome = finding.outcome else { return }
        let reason = Reason(
            kind: .portfolio, source: finding.rule, outcome: outcome, text: finding.text,
            citation: finding.citation, location: finding.location)
        let proposals = [
            Precedence.Proposal(outcome: review.outcome, reason: review.decisive),
            Precedence.Proposal(outcome: outcome, reason: reason),
        ]
        let winner = Precedence.decide(proposals, severity: ruleSet.severity(of:))!
        review.outcome = winner.outcome
        review.decisive = winner.reason
        // «Nothing calls for a change» no longer holds once the finding does.
        let kept = review.reasons.filter { $0.kind != .standard || winner.reason != reason }
        review.reasons = Precedence.ordered(kept + [reason], decisive: winner.reason, severity: ruleSet.severity(of:))
    }

    /// The slots an expression reads for this record.
    public func context(for record: Record, asOfYear: Int?) -> EvaluationContext {
        var ctx = slots(record, asOfYear: asOfYear)
        derive(&ctx)
        return ctx
    }

    func seen(_ condition: Condition, _ ctx: EvaluationContext) -> [SeenValue] {
        condition.names.map { name in
            if name == "activities" {
                return SeenValue(name: name, value: ctx.activities.map { .int($0.count) } ?? .unknown)
            }
            return SeenValue(name: name, value: scope.value(of: name, in: ctx))
        }
    }

    /// Evaluates `condition` for the record and keeps the verdict and the values it saw, for `explain`.
    private func traced(
        _ condition: Condition, _ kind: RuleTrace.Kind, _ id: String, _ location: SourceLocation, _ ctx: EvaluationContext,
        _ traces: inout [RuleTrace]
    ) -> Value {
        let result = condition.evaluate(ctx)
        traces.append(
            RuleTrace(kind: kind, id: id, condition: condition.text, result: result, seen: seen(condition, ctx), location: location))
        return result
    }

    func missing(_ condition: Condition, _ ctx: EvaluationContext) -> [String] {
        let guarded = condition.syntax.guardedNames
        return seen(condition, ctx).filter { $0.value.isUnknown && !guarded.contains($0.name) }.map(\.name)
    }

    func render(_ template: Template, _ ctx: EvaluationContext, extra: [String: Value] = [:]) -> LocalizedText {
        var texts: [String: String] = [:]
        for language in ruleSet.languages {
            texts[language] = template.render(language) { name in extra[name] ?? ruleSet.shown(name, in: ctx, language: language) }
        }
        return LocalizedText(texts)
    }

    /// One record's outcome, category, scores, reasons and the full trace behind them.
    public func evaluate(_ record: Record, asOfYear: Int?) -> RecordReview {
        let ctx = context(for: record, asOfYear: asOfYear)
        if !ruleSet.appliesTo.contains(record.kind) { return notAssessed(record) }

        var proposals: [Precedence.Proposal] = []
        var reasons: [Reason] = []
        var unevaluated: [UnevaluatedRule] = []
        var unknownOutcomes: [(rule: String, outcome: String?)] = []
        var traces: [RuleTrace] = []
        var conditions: [LocalizedText] = []
        var flags: [String] = []
        var fired: Set<String> = []
        var caps: [(severity: Int, reason: Reason)] = []
        var notApplicable: [String] = []
        let severity = ruleSet.severity(of:)

        for rule in ruleSet.rules {
            guard rule.applies(to: record.kind) else {
                notApplicable.append(rule.id)
                continue
            }
            let result = traced(rule.when, .rule, rule.id, rule.location, ctx, &traces)
            switch result {
            case .bool(true):
                fired.insert(rule.id)
                let reason = Reason(
                    kind: .rule, source: rule.id, outcome: rule.outcome, text: render(rule.because, ctx),
                    citation: rule.citation, location: rule.location, parameters: rule.parameters)
                reasons.append(reason)
                if let o = rule.outcome { proposals.append(.init(outcome: o, reason: reason)) }
                if let c = rule.condition { conditions.append(c) }
                if let f = rule.flag, !flags.contains(f) { flags.append(f) }
                if let cap = rule.atMost { caps.append((severity(cap), reason)) }
            case .bool(false):
                break
            default:
                unknownOutcomes.append((rule.id, rule.outcome))
                unevaluated.append(UnevaluatedRule(rule: rule.id, missing: missing(rule.when, ctx)))
            }
        }

        let classification = classify(record, ctx, &traces, &reasons, &proposals)
        unevaluated += classification.unevaluated
        unknownOutcomes += classification.unknownOutcomes

        // Steps 2–4 of `Precedence`: the decided outcome, what the missing facts could still give, the cap.
        let known = Precedence.decide(proposals, severity: severity)
        let firedSeverity = known.map { severity($0.outcome) } ?? -1
        let decided = firedSeverity >= 0 ? firedSeverity : tables.defaultSeverity
        var mattering = Precedence.mattering(unknownOutcomes, decided: ruleSet.outcomes[decided].id, severity: severity)
        var open = unknownOutcomes.filter { mattering.contains($0.rule) }.compactMap { $0.outcome.map(severity) }.max() ?? -1
        if let undecided = classification.undecided, let index = ruleSet.categories.firstIndex(where: { $0.id == undecided }),
            tables.undecidedSeverity[index] > decided
        {
            mattering.append(undecided)
            open = max(open, tables.undecidedSeverity[index])
        }
        let cap = caps.min { $0.severity < $1.severity }
        let result = Precedence.outcome(
            fired: firedSeverity, open: open, cap: cap?.severity,
            defaultSeverity: tables.defaultSeverity, unknownSeverity: tables.unknownSeverity)
        let outcome = ruleSet.outcomes[result.severity].id
        let opening = unique(unevaluated.filter { mattering.contains($0.rule) }.flatMap(\.missing))
        let raised = result.severity > decided
        var unknownReason: Reason?
        if !mattering.isEmpty {
            let reason = Reason(
                kind: .unknownData, source: "on_unknown", outcome: raised ? outcome : nil,
                text: withMissing(ruleSet.onUnknown.because, opening), citation: nil, location: nil)
            reasons.append(reason)
            unknownReason = reason
        }
        let decisive: Reason
        if result.capped, let cap {
            decisive = cap.reason
            // What the cap held back is still to be followed up: each reason it overrode becomes a condition.
            for p in proposals where severity(p.outcome) > cap.severity {
                conditions.append(prefixed(p.reason.text, nb: "Følg opp: ", en: "Follow up: "))
            }
        } else if raised, let unknownReason {
            decisive = unknownReason
        } else if let winner = known {
            decisive = winner.reason
        } else {
            // A rule that keeps the record explains it best, then its category, then the rule set's default.
            let positive =
                reasons.first { $0.kind == .rule && $0.outcome == outcome }
                ?? classification.reason.flatMap { $0.source == RecordReview.unclassified ? nil : $0 }
            decisive =
                positive
                ?? Reason(
                    kind: .standard, source: "default_outcome", outcome: outcome,
                    text: ruleSet.defaultReason
                        ?? LocalizedText(["nb": "Ingen regel tilsier endring", "en": "No rule calls for a change"]),
                    citation: nil, location: nil)
            if positive == nil || positive?.kind == .category { reasons.append(decisive) }
        }
        if result.provisional, !opening.isEmpty {
            // The one thing a provisional outcome is known to need: the missing facts. What the rules that read them
            // would ask for is not known, so it is not asserted.
            let list = { (language: String) in
                opening.map { self.ruleSet.factLabel($0, language, quoted: true) }.joined(separator: ", ")
            }
            conditions.append(
                LocalizedText([
                    "nb": "Legg fram opplysningene som mangler: \(list("nb"))", "en": "Provide the missing facts: \(list("en"))",
                ]))
        }

        let unknownRules = Set(unknownOutcomes.map(\.rule))
        var scores: [CriterionScore] = []
        for criterion in ruleSet.criteria {
            guard criterion.applies(to: record.kind) else {
                notApplicable.append(criterion.id)
                continue
            }
            if let s = score(criterion, record.kind, ctx, fired: fired, unknown: unknownRules, &traces) { scores.append(s) }
        }
        var review = RecordReview(
            record: record, outcome: outcome, decisive: decisive, category: classification.category,
            categoryReason: classification.reason,
            scores: scores, reasons: Precedence.ordered(reasons, decisive: decisive, severity: severity),
            unevaluated: unevaluated, conditions: outcome == "keep_with_conditions" ? conditions : [],
            flags: flags, traces: traces, missingFacts: (factsRead[record.kind] ?? []).filter { record.facts[$0] == nil },
            openingFacts: opening)
        review.provisional = result.provisional
        review.notApplicable = notApplicable
        return review
    }

    /// A record whose kind the rule set does not assess, with the reason its `out_of_scope` gives for the kind.
    private func notAssessed(_ record: Record) -> RecordReview {
        let scope = ruleSet.outOfScope(for: record.kind)
        let text =
            scope?.because
            ?? LocalizedText([
                "nb": "Regelsettet vurderer ikke tilknytninger av typen \(record.kind)",
                "en": "The rule set does not assess ties of kind \(record.kind)",
            ])
        let reason = Reason(
            kind: .outOfScope, source: "out_of_scope", outcome: nil, text: text,
            citation: scope?.citation, location: scope?.citation?.location)
        return RecordReview(
            record: record, outcome: RecordReview.notAssessed, decisive: reason, category: nil,
            categoryReason: nil, scores: [], reasons: [reason], unevaluated: [], conditions: [],
            flags: [], traces: [], missingFacts: [], openingFacts: [])
    }

    private func prefixed(_ text: LocalizedText, nb: String, en: String) -> LocalizedText {
        LocalizedText(Dictionary(uniqueKeysWithValues: text.texts.map { ($0.key, ($0.key == "en" ? en : nb) + $0.value) }))
    }

    private func unique(_ names: [String]) -> [String] {
        names.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }

    private func withMissing(_ text: LocalizedText, _ names: [String]) -> LocalizedText {
        guard !names.isEmpty else { return text }
        var texts = text.texts
        for (language, t) in texts {
            let list = names.map { ruleSet.factLabel($0, language, quoted: true) }.joined(separator: ", ")
            texts[language] = t + (language == "en" ? " (missing " : " (mangler ") + list + ")"
        }
        return LocalizedText(texts)
    }

    /// What classification found: the category and its reason, or the id of a category that could not be decided.
    private struct Classification {
        var category: String?
        var reason: Reason?
        var undecided: String?
        var unevaluated: [UnevaluatedRule] = []
        var unknownOutcomes: [(rule: String, outcome: String?)] = []
    }

    /// First matching category wins; an unknown condition before any match leaves the category undecided.
    private func classify(
        _ record: Record, _ ctx: EvaluationContext, _ traces: inout [RuleTrace], _ reasons: inout [Reason],
        _ proposals: inout [Precedence.Proposal]
    ) -> Classification {
        var result = Classification()
        guard !ruleSet.categories.isEmpty, (ruleSet.categoriesApplyTo ?? ruleSet.appliesTo).contains(record.kind) else {
            return result
        }
        for category in ruleSet.categories {
            let verdict = traced(category.when, .category, category.id, category.location, ctx, &traces)
            switch verdict {
            case .bool(true):
                let text = category.because.map { render($0, ctx) } ?? category.label
                result.category = category.id
                result.reason = Reason(
                    kind: .category, source: category.id, outcome: nil, text: text,
                    citation: category.citation, location: category.location)
                for requirement in category.requirements {
                    let holds = traced(requirement.holds, .requirement, requirement.id, requirement.location, ctx, &traces)
                    if holds == .bool(false) {
                        let r = Reason(
                            kind: .requirement, source: requirement.id, outcome: requirement.outcome,
                            text: render(requirement.because, ctx), citation: requirement.citation,
                            location: requirement.location, parameters: requirement.parameters)
                        reasons.append(r)
                        proposals.append(.init(outcome: requirement.outcome, reason: r))
                    } else if holds.isUnknown {
                        result.unevaluated.append(UnevaluatedRule(rule: requirement.id, missing: missing(requirement.holds, ctx)))
                        result.unknownOutcomes.append((requirement.id, requirement.outcome))
                    }
                }
                return result
            case .bool(false):
                continue
            default:
                result.unevaluated.append(UnevaluatedRule(rule: category.id, missing: missing(category.when, ctx)))
                result.undecided = category.id
                return result
            }
        }
        result.category = RecordReview.unclassified
        let policy = ruleSet.unclassified
        result.reason = Reason(
            kind: .category, source: RecordReview.unclassified, outcome: policy?.outcome,
            text: policy?.because ?? LocalizedText(["nb": "Passer ikke i noen av kategoriene", "en": "Fits none of the categories"]),
            citation: policy?.citation, location: nil)
        if let reason = result.reason, let outcome = policy?.outcome {
            reasons.append(reason)
            proposals.append(.init(outcome: outcome, reason: reason))
        }
        return result
    }

    private func score(
        _ criterion: Criterion, _ kind: String, _ ctx: EvaluationContext, fired: Set<String>, unknown: Set<String>,
        _ traces: inout [RuleTrace]
    ) -> CriterionScore? {
        if let expression = criterion.score {
            let value = traced(expression, .criterion, criterion.id, criterion.location, ctx, &traces)
            return CriterionScore(criterion: criterion.id, value: value)
        }
        let contributing = ruleSet.rules.filter { $0.points[criterion.id] != nil && $0.applies(to: kind) }
        guard !contributing.isEmpty else { return nil }
        if contributing.contains(where: { unknown.contains($0.id) }) { return CriterionScore(criterion: criterion.id, value: .unknown) }
        let total = contributing.filter { fired.contains($0.id) }.reduce(0.0) { $0 + ($1.points[criterion.id] ?? 0) }
        return CriterionScore(criterion: criterion.id, value: total == total.rounded() ? .int(Int(total)) : .decimal(total))
    }
}
