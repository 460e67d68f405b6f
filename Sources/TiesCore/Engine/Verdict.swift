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

    public static let unclassified = -1
    public static let undecided = -2
    public static let none = -3
}

extension Engine {
    /// Binds a record to a fresh context: its fields and facts in their slots, and the derived values computed.
    public func bind(_ record: Record, asOfYear: Int?) -> EvaluationContext { context(for: record, asOfYear: asOfYear) }

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
        guard ruleSet.appliesTo.contains(kind) else { return Verdict(outcome: -1, category: Verdict.none, fired: 0, unknown: 0) }
        var fired: UInt64 = 0
        var unknown: UInt64 = 0
        var worst = -1
        var unknownWorst = -1
        for (i, rule) in ruleSet.rules.enumerated() {
            switch rule.when.evaluate(ctx) {
            case .bool(true):
                if i < 64 { fired |= 1 << UInt64(i) }
                if let o = rule.outcome { worst = max(worst, ruleSet.severity(of: o)) }
            case .bool(false):
                break
            default:
                if i < 64 { unknown |= 1 << UInt64(i) }
                if let o = rule.outcome { unknownWorst = max(unknownWorst, ruleSet.severity(of: o)) }
            }
        }
        var category = Verdict.none
        var undecided = false
        if !ruleSet.categories.isEmpty, (ruleSet.categoriesApplyTo ?? ruleSet.appliesTo).contains(kind) {
            category = Verdict.unclassified
            for (i, c) in ruleSet.categories.enumerated() {
                let v = c.when.evaluate(ctx)
                if v == .bool(true) {
                    category = i
                    for q in c.requirements {
                        switch q.holds.evaluate(ctx) {
                        case .bool(false): worst = max(worst, ruleSet.severity(of: q.outcome))
                        case .bool(true): break
                        default: unknownWorst = max(unknownWorst, ruleSet.severity(of: q.outcome))
                        }
                    }
                    break
                }
                if v != .bool(false) {
                    category = Verdict.undecided
                    undecided = true
                    break
                }
            }
            if category == Verdict.unclassified, let o = ruleSet.unclassified?.outcome { worst = max(worst, ruleSet.severity(of: o)) }
        }
        let decided = worst >= 0 ? worst : ruleSet.severity(of: ruleSet.defaultOutcome)
        if unknownWorst > decided || undecided { worst = max(worst, ruleSet.severity(of: ruleSet.onUnknown.outcome)) }
        return Verdict(
            outcome: worst >= 0 ? worst : ruleSet.severity(of: ruleSet.defaultOutcome), category: category,
            fired: fired, unknown: unknown)
    }
}
