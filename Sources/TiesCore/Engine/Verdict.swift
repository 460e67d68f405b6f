/// The decision for one record without the explanation: outcome, category and which rules fired.
/// What bulk reviews and the benchmark need; `Engine.evaluate` gives the same decision with every reason.
public struct Verdict: Sendable, Hashable {
    /// Index into the rule set's outcomes, or -1 for not assessed.
    public var outcome: Int
    /// Index into the rule set's categories; `unclassified`, `undecided` or `none` otherwise.
    public var category: Int
    /// Bit i set: rule i fired (the first 64 rules).
    public var fired: UInt64
    /// Bit i set: rule i could not be evaluated.
    public var unknown: UInt64
    /// The outcome stands until missing facts are known (see `Precedence`).
    public var provisional: Bool = false

    public static let unclassified = -1
    public static let undecided = -2
    public static let none = -3

    /// The outcome's id as the full review names it (`not_assessed` where the rule set does not assess the kind).
    public func outcomeID(in ruleSet: RuleSet) -> String {
        outcome >= 0 ? ruleSet.outcomes[outcome].id : RecordReview.notAssessed
    }

    /// The category's id as the full review gives it: nil where the kind has no categories or none could be decided.
    public func categoryID(in ruleSet: RuleSet) -> String? {
        switch category {
        case Verdict.unclassified: RecordReview.unclassified
        case Verdict.undecided, Verdict.none: nil
        default: ruleSet.categories[category].id
        }
    }
}

extension Engine {
    /// A record's fields and facts in their slots, derived values not yet computed: the input as loaded.
    public func slots(_ record: Record, asOfYear: Int?) -> EvaluationContext {
        EvaluationContext(slots: scope.slots(for: record, asOfYear: asOfYear), activities: record.activities)
    }

    /// Computes the derived values into their slots, in order.
    public func derive(_ ctx: inout EvaluationContext) {
        for d in ruleSet.derived { ctx.slots[d.slot] = d.value.evaluate(ctx) }
    }

    /// The decision for a bound record, by the same precedence as `evaluate` (see `Precedence`), with no reasons,
    /// traces or texts made: the path bulk reviews take.
    public func verdict(_ ctx: EvaluationContext, kind: String) -> Verdict {
        let t = tables
        guard t.assessed.contains(kind), let applies = t.ruleApplies[kind] else {
            return Verdict(outcome: -1, category: Verdict.none, fired: 0, unknown: 0)
        }
        var fired: UInt64 = 0
        var unknown: UInt64 = 0
        var worst = -1
        var open = -1
        var cap: Int?
        let rules = ruleSet.rules
        for i in rules.indices where applies[i] {
            switch rules[i].when.evaluate(ctx) {
            case .bool(true):
                if i < 64 { fired |= 1 << UInt64(i) }
                worst = max(worst, t.ruleSeverity[i])
                if let c = t.ruleCap[i] { cap = min(cap ?? c, c) }
            case .bool(false):
                break
            default:
                if i < 64 { unknown |= 1 << UInt64(i) }
                open = max(open, t.ruleSeverity[i])
            }
        }
        var category = Verdict.none
        let categories = ruleSet.categories
        if !categories.isEmpty, t.categorised.contains(kind) {
            category = Verdict.unclassified
            for i in categories.indices {
                let v = categories[i].when.evaluate(ctx)
                if v == .bool(true) {
                    category = i
                    for (j, q) in categories[i].requirements.enumerated() {
                        switch q.holds.evaluate(ctx) {
                        case .bool(false): worst = max(worst, t.requirementSeverity[i][j])
                        case .bool(true): break
                        default: open = max(open, t.requirementSeverity[i][j])
                        }
                    }
                    break
                }
                if v != .bool(false) {
                    category = Verdict.undecided
                    open = max(open, t.undecidedSeverity[i])
                    break
                }
            }
            if category == Verdict.unclassified { worst = max(worst, t.unclassifiedSeverity) }
        }
        let result = Precedence.outcome(
            fired: worst, open: open, cap: cap, defaultSeverity: t.defaultSeverity, unknownSeverity: t.unknownSeverity)
        return Verdict(outcome: result.severity, category: category, fired: fired, unknown: unknown, provisional: result.provisional)
    }
}
