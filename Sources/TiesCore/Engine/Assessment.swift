/// How a record stands on one criterion, in the words of a council memo.
public enum CriterionVerdict: String, Sendable, Hashable {
    case met, partly, notMet = "not_met", unknown
}

/// One criterion's verdict for a record, with the reasons behind it.
public struct CriterionAssessment: Sendable {
    public var criterion: Criterion
    public var verdict: CriterionVerdict
    public var score: Value?
    /// Reasons of this criterion's rules that fired.
    public var reasons: [Reason]
    /// Facts whose absence left this criterion undecided.
    public var missing: [String]
    /// Not met, but one of its rules keeps the tie on a condition that would meet it: «kan oppfylles med vilkår».
    public var curable = false
}

/// How an alternative stands beside the proposal on the strategy's criteria: what the proposal meets that it does not,
/// and what it meets that the proposal does not.
public struct AlternativeComparison: Sendable, Hashable {
    /// Criteria the proposal meets that the alternative does not meet.
    public var lacks: [String]
    /// Criteria the proposal meets that do not apply to the alternative (another kind of tie).
    public var outside: [String]
    /// Criteria the alternative meets that the proposal does not.
    public var gives: [String]
}

extension Assessment {
    /// The alternative's verdicts beside the proposal's; an unknown on either side says nothing.
    public func compare(_ alternative: RecordReview, with proposal: RecordReview) -> AlternativeComparison {
        let ours = Dictionary(uniqueKeysWithValues: criteria(proposal).map { ($0.criterion.id, $0.verdict) })
        let theirs = Dictionary(uniqueKeysWithValues: criteria(alternative).map { ($0.criterion.id, $0.verdict) })
        let short: Set<CriterionVerdict?> = [.notMet, .partly]
        let ids = ruleSet.criteria.map(\.id)
        return AlternativeComparison(
            lacks: ids.filter { ours[$0] == .met && short.contains(theirs[$0]) },
            outside: ids.filter { ours[$0] == .met && theirs[$0] == nil },
            gives: ids.filter { theirs[$0] == .met && short.contains(ours[$0]) })
    }
}

/// What the administration recommends on a proposal, derived from the review outcome.
public enum Recommendation: String, Sendable, Hashable {
    case join, joinWithConditions = "join_with_conditions", postpone, doNotJoin = "do_not_join"
}

/// Turns a record's review into the assessment a case memo needs: a verdict per criterion and a recommendation.
///
/// Per criterion, from its score where it has one, never from the outcome a rule gives: a rule's outcome says what
/// to do about the tie, not how far the tie meets the sentence.
/// - unknown: its score could not be evaluated;
/// - not met: its score is `false` or 0 (or the bottom of its declared scale);
/// - partly: its score is one fact with a declared scale and short of the scale's top;
/// - met: otherwise.
/// A criterion without a score is judged by its rules (those with `criterion:`): not met where one fired with an
/// outcome stricter than the default, unknown where one that could have could not be evaluated, met otherwise.
/// Not met is curable where a rule of the criterion that fired keeps the tie on conditions.
///
/// The recommendation follows the outcome's role: keep or join → join; conditional → join with conditions;
/// review → postpone (something must be found out or changed first); dormant, exit, do not join → do not join.
public struct Assessment: Sendable {
    public let ruleSet: RuleSet

    public init(ruleSet: RuleSet) { self.ruleSet = ruleSet }

    public func criteria(_ review: RecordReview) -> [CriterionAssessment] {
        let conditional = ruleSet.outcome(in: .conditional).map { ruleSet.severity(of: $0.id) } ?? -1
        let keep = ruleSet.severity(of: ruleSet.defaultOutcome)
        // A criterion whose sentence does not speak of this kind of tie takes no part in the assessment.
        return ruleSet.criteria.filter { !review.notApplicable.contains($0.id) }.map { criterion in
            let ruleIDs = Set(ruleSet.rules.filter { $0.criterion == criterion.id }.map(\.id))
            let reasons = review.reasons.filter { $0.kind == .rule && ruleIDs.contains($0.source) }
            let severities = reasons.compactMap { $0.outcome.map(ruleSet.severity(of:)) }
            let stricter = Set(ruleSet.rules.filter { r in r.outcome.map { ruleSet.severity(of: $0) > keep } ?? false }.map(\.id))
            let unknownRules = review.unevaluated.filter { ruleIDs.contains($0.rule) && stricter.contains($0.rule) }
            let score = review.scores.first { $0.criterion == criterion.id }?.value
            var missing = unknownRules.flatMap(\.missing)
            if score == .unknown, let trace = review.traces.first(where: { $0.kind == .criterion && $0.id == criterion.id }) {
                missing += trace.seen.filter(\.value.isUnknown).map(\.name)
            }
            missing = missing.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
            let verdict: CriterionVerdict
            if let score {
                if score == .unknown {
                    verdict = .unknown
                } else if score == .bool(false) || score.number == 0 {
                    verdict = .notMet
                } else if let n = score.number, let range = scale(of: criterion), n < (criterion.metFrom ?? range.upperBound) {
                    // A point on a declared scale short of where it is met: met in part («1 av 3» is not «oppfylt»).
                    verdict = n <= range.lowerBound ? .notMet : .partly
                } else {
                    verdict = .met
                }
            } else if severities.contains(where: { $0 > keep }) {
                verdict = .notMet
            } else if !unknownRules.isEmpty {
                verdict = .unknown
            } else {
                verdict = .met
            }
            var assessed = CriterionAssessment(criterion: criterion, verdict: verdict, score: score, reasons: reasons, missing: missing)
            assessed.curable = verdict == .notMet && conditional >= 0 && severities.contains(conditional)
            return assessed
        }
    }

    /// The declared range of the fact a criterion's score is, where its score is one fact with a range.
    /// The scale a criterion is scored on, where its score is one fact with a range (0–3).
    public func scale(of criterion: Criterion) -> ClosedRange<Double>? {
        guard case .name(let name, _)? = criterion.score?.syntax else { return nil }
        return ruleSet.fact(named: name)?.range
    }

    public func recommendation(_ review: RecordReview) -> Recommendation {
        switch ruleSet.role(of: review.outcome) {
        case .keep?, .join?: return .join
        case .conditional?: return .joinWithConditions
        case .review?: return .postpone
        case .dormant?, .exit?, .ended?, .doNotJoin?: return .doNotJoin
        case nil: return ruleSet.severity(of: review.outcome) <= ruleSet.severity(of: ruleSet.defaultOutcome) ? .join : .doNotJoin
        }
    }
}
