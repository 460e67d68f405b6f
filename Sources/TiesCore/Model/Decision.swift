/// An earlier decision on a tie, from the record's ledger: what was decided, by whom, when, on what terms.
public struct Decision: Sendable, Hashable {
    public var outcome: String
    /// The deciding body: bystyret, byrådet, formannskapet, administrasjonen, …
    public var body: String
    /// `YYYY-MM-DD`.
    public var date: ReviewDate
    public var caseReference: String?
    public var conditions: [DecisionCondition]
    /// What the tool recommended when the decision was made, if known.
    public var recommended: String?
    /// Why the decision departed from the recommendation; required for an override.
    public var justification: LocalizedText?
    public var location: SourceLocation
    /// SHA-256 of the rule set the recommendation was made under, where the workspace recorded it.
    public var ruleSetHash: String? = nil

    public init(
        outcome: String, body: String, date: ReviewDate, caseReference: String?, conditions: [DecisionCondition], recommended: String?,
        justification: LocalizedText?, location: SourceLocation, ruleSetHash: String? = nil
    ) {
        (self.outcome, self.body, self.date, self.caseReference, self.conditions) = (outcome, body, date, caseReference, conditions)
        (self.recommended, self.justification, self.location, self.ruleSetHash) = (recommended, justification, location, ruleSetHash)
    }

    /// The decision departed from what the tool recommended at the time.
    public var isOverride: Bool { recommended.map { $0 != outcome } ?? false }

    var canonicalText: String {
        "\(date) \(body) \(outcome) \(caseReference ?? "-") recommended=\(recommended ?? "-") "
            + "justification=\(justification?.canonical ?? "\"\"") conditions=\(conditions.map(\.canonicalText))"
            + (ruleSetHash.map { " rule_set=\($0)" } ?? "")
    }
}

/// A condition set by a decision, e.g. "a project plan by 1 June".
public struct DecisionCondition: Sendable, Hashable {
    /// In the words it was recorded in, per language where the ledger gives more than one.
    public var text: LocalizedText
    public var due: ReviewDate?
    /// Whether the condition has been met; nil when nobody has said.
    public var met: Bool?
    /// Who answers for it: a department, a role.
    public var responsible: String? = nil

    public init(text: LocalizedText, due: ReviewDate?, met: Bool?, responsible: String? = nil) {
        (self.text, self.due, self.met, self.responsible) = (text, due, met, responsible)
    }

    var canonicalText: String {
        "\(text.canonical) due=\(due?.description ?? "-") met=\(met.map(String.init) ?? "-")"
            + (responsible.map { " responsible=\($0.quotedForFingerprint)" } ?? "")
    }
}

/// What the review says about a record's last decision: where today's recommendation departs from it,
/// which of its conditions are unmet, and an override that is carried forward.
public struct DecisionNote: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case differs, unmetCondition = "unmet_condition", override }
    public var kind: Kind
    public var text: LocalizedText
}
