/// The one place that decides what wins when several rules speak about a record.
///
/// 1. A record whose kind the rule set does not assess gets `not_assessed` (decided before this).
/// 2. Every fired rule, failed category requirement and violated portfolio rule proposes its outcome.
///    A rule that could not be evaluated (a fact it needs is missing) proposes the rule set's `on_unknown`
///    outcome if the outcome it would have given is more severe than what the evaluable rules decide —
///    that is, if the missing fact could change the result; a category that cannot be decided always does.
/// 3. The most severe proposal wins, by the rule set's declared order of outcomes.
/// 4. Between equally severe proposals, a rule beats missing data (its reason is more specific),
///    and among rules the one written first in the file wins.
/// 5. With no proposal, the default outcome holds.
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

    /// The same decision on severities alone, for the verdict path that keeps no reasons (`Engine.verdict`):
    /// the most severe fired outcome, or the default; raised to the `on_unknown` outcome where a rule that could
    /// not be evaluated would have given something more severe, or the category could not be decided.
    public static func severity(fired: Int, unknown: Int, undecided: Bool, defaultSeverity: Int, unknownSeverity: Int) -> Int {
        let decided = fired >= 0 ? fired : defaultSeverity
        return unknown > decided || undecided ? max(fired, unknownSeverity) : decided
    }

    /// The unknown rules whose missing facts could change `decided`: those that would give a more severe outcome.
    public static func mattering(_ unknown: [(rule: String, outcome: String?)], decided: String, severity: (String) -> Int) -> [String] {
        unknown.filter { $0.outcome.map(severity) ?? -1 > severity(decided) }.map(\.rule)
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
