/// The result of reviewing a portfolio against a rule set.
public struct Review: Sendable {
    public var ruleSet: RuleSet
    public var portfolio: Portfolio
    /// The review date actually used (`--as-of` or the portfolio's).
    public var asOf: ReviewDate?
    public var records: [RecordReview]
    public var findings: [PortfolioFinding]
    /// Set by whoever read the files; reports print it so a council can reproduce the review.
    public var fingerprint: Fingerprint?

    /// How many records got each outcome, in the rule set's severity order.
    public var outcomeCounts: [(outcome: String, count: Int)] {
        var ids = ruleSet.outcomes.map(\.id)
        if records.contains(where: { $0.outcome == RecordReview.notAssessed }) { ids.append(RecordReview.notAssessed) }
        return ids.map { id in (id, records.filter { $0.outcome == id }.count) }.filter { $0.count > 0 }
    }
}

/// One record's outcome, category, scores and every reason behind them.
///
/// Its fields live in one shared box, copied only when a copy is changed: views and sorts pass reviews about by
/// the hundred thousand, and a review of twenty fields would otherwise retain each field at every copy.
public struct RecordReview: Sendable {
    /// The outcome of records whose kind the rule set does not assess.
    public static let notAssessed = "not_assessed"
    /// The category of a record that fits none of the rule set's categories.
    public static let unclassified = "unclassified"

    struct Fields {
        var record: Record
        var outcome: String
        var decisive: Reason
        var category: String?
        var categoryReason: Reason?
        var scores: [CriterionScore]
        var reasons: [Reason]
        var unevaluated: [UnevaluatedRule]
        var conditions: [LocalizedText]
        var flags: [String]
        var traces: [RuleTrace]
        var missingFacts: [String]
        var openingFacts: [String]
        var provisional: Bool = false
        var mildest: String?
        var strictest: String?
        var asks: [LocalizedText: LocalizedText] = [:]
        var notApplicable: [String] = []
        var decisionNotes: [DecisionNote] = []
        var evaluation = Evaluation()
    }

    private var fields: Shared<Fields>

    /// A review with every field given; the optional ones default to none.
    public init(
        record: Record, outcome: String, decisive: Reason, category: String? = nil, categoryReason: Reason? = nil, scores: [CriterionScore],
        reasons: [Reason], unevaluated: [UnevaluatedRule], conditions: [LocalizedText], flags: [String], traces: [RuleTrace],
        missingFacts: [String], openingFacts: [String], provisional: Bool = false, mildest: String? = nil, strictest: String? = nil,
        asks: [LocalizedText: LocalizedText] = [:], notApplicable: [String] = [], decisionNotes: [DecisionNote] = [],
        evaluation: Evaluation = Evaluation()
    ) {
        fields = Shared(
            Fields(
                record: record, outcome: outcome, decisive: decisive, category: category, categoryReason: categoryReason, scores: scores,
                reasons: reasons, unevaluated: unevaluated, conditions: conditions, flags: flags, traces: traces,
                missingFacts: missingFacts, openingFacts: openingFacts, provisional: provisional, mildest: mildest, strictest: strictest,
                asks: asks, notApplicable: notApplicable, decisionNotes: decisionNotes, evaluation: evaluation))
    }

    public var record: Record {
        _read { yield fields.value.record }
        _modify { yield &fields.value.record }
    }

    public var outcome: String {
        _read { yield fields.value.outcome }
        _modify { yield &fields.value.outcome }
    }

    /// The reason that decided the outcome.
    public var decisive: Reason {
        _read { yield fields.value.decisive }
        _modify { yield &fields.value.decisive }
    }

    public var category: String? {
        _read { yield fields.value.category }
        _modify { yield &fields.value.category }
    }

    public var categoryReason: Reason? {
        _read { yield fields.value.categoryReason }
        _modify { yield &fields.value.categoryReason }
    }

    public var scores: [CriterionScore] {
        _read { yield fields.value.scores }
        _modify { yield &fields.value.scores }
    }

    /// Every reason, the decisive first, then by severity and file order.
    public var reasons: [Reason] {
        _read { yield fields.value.reasons }
        _modify { yield &fields.value.reasons }
    }

    public var unevaluated: [UnevaluatedRule] {
        _read { yield fields.value.unevaluated }
        _modify { yield &fields.value.unevaluated }
    }

    public var conditions: [LocalizedText] {
        _read { yield fields.value.conditions }
        _modify { yield &fields.value.conditions }
    }

    public var flags: [String] {
        _read { yield fields.value.flags }
        _modify { yield &fields.value.flags }
    }

    /// Every rule's verdict on this record, for `explain`.
    public var traces: [RuleTrace] {
        _read { yield fields.value.traces }
        _modify { yield &fields.value.traces }
    }

    /// Facts the rule set reads that this record lacks (facts only asked about with `has()` excepted).
    public var missingFacts: [String] {
        _read { yield fields.value.missingFacts }
        _modify { yield &fields.value.missingFacts }
    }

    /// The missing facts that keep the outcome open: with them, the outcome could be more severe.
    public var openingFacts: [String] {
        _read { yield fields.value.openingFacts }
        _modify { yield &fields.value.openingFacts }
    }

    /// The outcome is the most severe the missing `openingFacts` could lead to, capped at the rule set's
    /// `on_unknown`: it stands until they are known.
    public var provisional: Bool {
        _read { yield fields.value.provisional }
        _modify { yield &fields.value.provisional }
    }

    /// Where the outcome is provisional, the mildest and the strictest outcome it may become once the missing facts are
    /// known: what the rules that fired decide, and what the rules that could not be evaluated could give.
    public var mildest: String? {
        _read { yield fields.value.mildest }
        _modify { yield &fields.value.mildest }
    }

    public var strictest: String? {
        _read { yield fields.value.strictest }
        _modify { yield &fields.value.strictest }
    }

    /// The council's wording of a condition, where the rule gives one (`asks`).
    public var asks: [LocalizedText: LocalizedText] {
        _read { yield fields.value.asks }
        _modify { yield &fields.value.asks }
    }

    /// Rules and criteria whose sentence does not speak of this kind of tie: not evaluated, not a data gap.
    public var notApplicable: [String] {
        _read { yield fields.value.notApplicable }
        _modify { yield &fields.value.notApplicable }
    }

    /// How the recommendation stands to the last decision in the record's ledger.
    public var decisionNotes: [DecisionNote] {
        _read { yield fields.value.decisionNotes }
        _modify { yield &fields.value.decisionNotes }
    }

    /// The evaluation these words explain; a portfolio finding may since have changed `outcome`.
    public var evaluation: Evaluation {
        _read { yield fields.value.evaluation }
        _modify { yield &fields.value.evaluation }
    }
}

/// Why a record got an outcome, a category or a flag: the rule, its words and the sentence it encodes.
public struct Reason: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case rule, requirement, portfolio, category, unknownData = "unknown_data", standard = "default", outOfScope = "out_of_scope"
        case obligation
        /// An earlier decision that stands: only missing facts would change it.
        case decision
    }

    public var kind: Kind
    /// The id of the rule, requirement, category or portfolio rule.
    public var source: String
    public var outcome: String?
    /// The reason in each language, values filled in.
    public var text: LocalizedText
    public var citation: Citation?
    public var location: SourceLocation?
    /// The rule set's parameters the reason rests on: numbers that are ours, not adopted text.
    public var parameters: [String] = []
    /// The numbers the strategy states that it rests on.
    public var stated: [String] = []
}

/// A criterion's score for one record; unknown when a fact it needs is missing.
public struct CriterionScore: Sendable, Hashable {
    public var criterion: String
    public var value: Value
}

/// A rule whose condition could not be evaluated, and the facts it was missing.
public struct UnevaluatedRule: Sendable, Hashable {
    public var rule: String
    public var missing: [String]
}

/// One rule's verdict on one record: true, false or unknown, and the values it saw.
public struct RuleTrace: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case rule, category, requirement, criterion }
    public var kind: Kind
    public var id: String
    public var condition: String
    public var result: Value
    public var seen: [SeenValue]
    public var location: SourceLocation

    /// Unknown though every value it read is known: its arithmetic has no answer (a division by a zero benefit).
    public var cannotBeComputed: Bool { result.isUnknown && !seen.isEmpty && seen.allSatisfy { !$0.value.isUnknown } }
}

/// A name an expression read and the value it had for the record.
public struct SeenValue: Sendable, Hashable {
    public var name: String
    public var value: Value
}

/// The verdict of a portfolio rule for one `for_each` value.
public struct PortfolioFinding: Sendable, Hashable {
    public var rule: String
    /// The `for_each` value this verdict is for, e.g. `SE`.
    public var binding: String?
    public var holds: Bool
    public var count: Int
    /// The records involved: those selected, or those failing `each`.
    public var records: [String]
    /// Selected records kept out of the outcome because `prioritise` holds for them.
    public var kept: [String] = []
    public var outcome: String?
    public var text: LocalizedText
    public var citation: Citation
    public var location: SourceLocation
}

/// What the ties cost a year, as far as the facts say: each tie's yearly cost where it is known, the total of the known
/// ones and how many are unknown, overall and per outcome. An unknown cost is counted as unknown, never as zero.
public struct CostSummary: Sendable {
    public struct Line: Sendable {
        public var record: Record
        public var outcome: String
        public var cost: Double?
    }

    public struct Total: Sendable {
        public var outcome: String?
        public var known: Double
        public var unknown: Int
        public var count: Int
    }

    public var lines: [Line]
    /// All ties, then each outcome that has ties, in the rule set's order.
    public var totals: [Total]
    public var all: Total { totals[0] }
}

extension Review {
    /// The yearly cost of every tie the review holds that has one, from the rule set's `annual_cost` fact; nil where it
    /// names none. A tie the fact is not asked of (a twin city pays no membership fee) and a tie already over have no
    /// line: neither is an unknown cost.
    public var costs: CostSummary? {
        guard let fact = ruleSet.annualCost else { return nil }
        let lines = records.filter { r in
            ruleSet.role(of: r.outcome) != .ended && (r.record.facts[fact] != nil || r.missingFacts.contains(fact))
        }.map { r in CostSummary.Line(record: r.record, outcome: r.outcome, cost: r.record.facts[fact]?.number) }
        func total(_ outcome: String?, _ lines: [CostSummary.Line]) -> CostSummary.Total {
            CostSummary.Total(
                outcome: outcome, known: lines.compactMap(\.cost).reduce(0, +), unknown: lines.filter { $0.cost == nil }.count,
                count: lines.count)
        }
        var totals = [total(nil, lines)]
        for (outcome, _) in outcomeCounts where lines.contains(where: { $0.outcome == outcome }) {
            totals.append(total(outcome, lines.filter { $0.outcome == outcome }))
        }
        return CostSummary(lines: lines, totals: totals)
    }
}

extension RecordReview {
    /// A criterion's score for this tie as a table shows it: its score; unknown where the score or one of the
    /// criterion's rules waits for a missing fact; nil where the criterion does not speak to this tie (another kind
    /// of tie, a tie already over, or a criterion only its rules speak for and none of them does here).
    public func score(of criterion: Criterion, in rs: RuleSet) -> Value? {
        if notApplicable.contains(criterion.id) || rs.role(of: outcome) == .ended { return nil }
        if let s = scores.first(where: { $0.criterion == criterion.id }) { return s.value }
        let waiting = unevaluated.contains { u in rs.rules.first { $0.id == u.rule }?.criterion == criterion.id }
        return criterion.score != nil || waiting ? .unknown : nil
    }
}

extension RecordReview {
    /// The outcome rests on nothing but missing facts: no rule decided it, and the facts it waits for are named.
    public var waitsOnlyForFacts: Bool { decisive.kind == .unknownData && provisional && !openingFacts.isEmpty }
}

extension RecordReview {
    /// The tie's yearly cost (`annual_cost`): its amount, unknown where it is asked of this tie and missing, nil where
    /// the tie has none (a twin city pays no membership fee) or is already over.
    public func yearlyCost(_ rs: RuleSet) -> Value? {
        guard let fact = rs.annualCost, rs.role(of: outcome) != .ended else { return nil }
        if let v = record.facts[fact] { return v }
        return missingFacts.contains(fact) ? .unknown : nil
    }
}

extension Record {
    /// The record as the review reads it: a fact recorded longer ago than the rule set allows is set aside as stale,
    /// so it counts as unknown and is listed with its date; a fact without a date is taken as of the review.
    public func fresh(asOfYear: Int?, _ rs: RuleSet) -> Record {
        guard let year = asOfYear, !evidence.isEmpty else { return self }
        var record = self
        for (name, e) in evidence {
            guard let date = e.asOf, facts[name] != nil,
                let limit = rs.fact(named: name)?.maxAge ?? rs.evidenceMaxAge,
                case .int(let years)? = rs.parameter(named: limit)?.value, year - date.year > years
            else { continue }
            record.stale[name] = record.facts[name]
            record.facts[name] = nil
        }
        return record
    }
}

/// A date something is owed by: an obligation of a membership, or a condition of an earlier decision.
public struct Deadline: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case obligation, condition }
    public var kind: Kind
    public var record: Record
    /// What is owed, in the words it was recorded in.
    public var what: LocalizedText
    public var to: LocalizedText?
    public var date: ReviewDate
    /// Where the obligation stands written.
    public var source: LocalizedText?
    /// The decision that set the condition.
    public var decision: Decision?
    /// Already past on the review date.
    public var overdue: Bool
    /// Which of the record's obligations or conditions it is, so a calendar can name it the same way each time.
    public var index: Int
}

extension Review {
    /// Every due date of an obligation from its next one through `end`, and every unmet condition of a decision with a
    /// due date, in date order; a tie already over owes nothing.
    public func deadlines(through end: ReviewDate) -> [Deadline] {
        guard let asOf else { return [] }
        var list: [Deadline] = []
        for r in records where ruleSet.role(of: r.outcome) != .ended {
            for (i, o) in r.record.obligations.enumerated() {
                for date in o.dueDates(since: r.record.since, through: end) {
                    list.append(
                        Deadline(
                            kind: .obligation, record: r.record, what: o.what, to: o.to, date: date, source: o.source, decision: nil,
                            overdue: date < asOf, index: i))
                }
            }
            for (d, decision) in r.record.decisions.enumerated() {
                for (c, condition) in decision.conditions.enumerated() where condition.met != true {
                    guard let due = condition.due, due <= end else { continue }
                    list.append(
                        Deadline(
                            kind: .condition, record: r.record, what: condition.text, to: nil, date: due, source: nil, decision: decision,
                            overdue: due < asOf, index: d * 100 + c))
                }
            }
        }
        return list.sorted { ($0.date, $0.record.id, $0.index) < ($1.date, $1.record.id, $1.index) }
    }
}

extension Review {
    /// The tie's last decision where it stands (the review kept its outcome, `Engine.review`): the facts it waits for
    /// are to be asked for, not the decision reopened.
    public func standingDecision(_ r: RecordReview) -> Decision? {
        r.decisive.kind == .decision ? r.record.lastDecision : nil
    }
}
