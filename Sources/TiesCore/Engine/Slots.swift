extension Engine {
    /// A record's fields and facts in their slots, derived values not yet computed: the input as loaded.
    public func slots(_ record: Record, asOfYear: Int?) -> EvaluationContext {
        EvaluationContext(slots: scope.slots(for: record, asOfYear: asOfYear), activities: record.activities)
    }

    /// Computes the derived values into their slots, in order.
    public func derive(_ ctx: inout EvaluationContext) {
        for d in ruleSet.derived { ctx.slots[d.slot] = d.value.evaluate(ctx) }
    }
}
