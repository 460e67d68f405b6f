/// The one place that decides what wins when several rules speak about a record.
///
/// 1. A record whose kind the rule set does not assess gets `not_assessed` (decided before this); a rule
///    or criterion whose `applies_to` leaves out the record's kind is not applicable and takes no part.
/// 2. Every fired rule, failed category requirement, unclassified record and violated portfolio rule
///    proposes its outcome. The most severe proposal wins, by the rule set's declared order of outcomes;
///    with none, the default outcome holds. That is the *decided* outcome.
/// 3. A rule that could not be evaluated (a fact it needs is missing) could still give its outcome; a
///    category that could not be decided could still lead to any outcome of the categories from it on,
///    or to the unclassified outcome. Where the most severe of these is more severe than the decided
///    outcome, the missing facts matter: the outcome becomes that most severe outcome, but never more
///    severe than the rule set's `on_unknown` outcome, and it is **provisional**, naming the missing facts.
///    A missing fact never gives a worse outcome than its rule could, nor a worse one than `on_unknown`.
/// 4. A fired rule with `at_most` caps the outcome (what the strategy says to continue may get conditions,
///    never review or exit). A capped outcome is provisional only if the missing facts could still change
///    it below the cap.
/// 5. Between equally severe proposals, a rule beats missing data (its reason is more specific),
///    and among rules the one written first in the file wins.
/// 6. A violated portfolio rule is applied after all this, and after the cap: it speaks of the portfolio as a
///    whole, and where it meets a sentence that keeps a record (Fredrikstad: fixed traditions, yet one twin city in
///    each country), the two adopted sentences conflict and the council must choose. The finding names the records
///    and who is kept by its `prioritise`.
public enum Precedence {
    /// A candidate outcome and the reason that proposes it.
    public struct Proposal: Sendable, Hashable {
        public var outcome: String
        public var reason: Reason

        public init(outcome: String, reason: Reason) {
            self.outcome = outcome
            self.reason = reason
        }
    }

    /// The winning proposal, or nil when the default outcome holds.
    public static func decide(_ proposals: [Proposal], severity: (String) -> Int) -> Proposal? {
        var best: Proposal?
        for p in proposals {
            guard let current = best else {
                best = p
                continue
            }
            let (a, b) = (severity(p.outcome), severity(current.outcome))
            if a > b || (a == b && current.reason.kind == .unknownData && p.reason.kind != .unknownData) {
                best = p
            }
        }
        return best
    }

    /// The outcome by severities (-1 for none), as the steps above decide it, for both the full review and
    /// the verdict path: `fired` the most severe proposal, `open` the most severe outcome a rule or category
    /// that could not be evaluated could still give, `cap` the strictest `at_most` of the rules that fired.
    public static func outcome(
        fired: Int, open: Int, cap: Int?, defaultSeverity: Int, unknownSeverity: Int
    ) -> (severity: Int, provisional: Bool, capped: Bool) {
        let decided = fired >= 0 ? fired : defaultSeverity
        var severity = decided
        var provisional = false
        if open > decided {
            severity = max(decided, min(open, unknownSeverity))
            provisional = true
        }
        guard let cap, severity > cap else { return (severity, provisional, false) }
        return (cap, provisional && decided < cap, true)
    }

    /// The reason that explains the outcome, by step: where a cap held it, the capping rule's; where missing data raised
    /// it, the missing data's; else the winning proposal's; else a rule or category that keeps the record. Nil where none
    /// does, and the rule set's default reason explains it.
    public static func decisive(capping: Reason?, raisedBy unknown: Reason?, winner: Reason?, keeping: Reason?) -> Reason? {
        capping ?? unknown ?? winner ?? keeping
    }

    /// Reasons in the order a reader needs them: the decisive first, then by severity, then as written.
    public static func ordered(_ reasons: [Reason], decisive: Reason, severity: (String) -> Int) -> [Reason] {
        let rest = reasons.enumerated().filter { $0.element != decisive }
            .sorted { l, r in
                let (a, b) = (l.element.outcome.map(severity) ?? -1, r.element.outcome.map(severity) ?? -1)
                return a != b ? a > b : l.offset < r.offset
            }
            .map(\.element)
        return [decisive] + rest
    }
}
