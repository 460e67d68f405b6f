/// A proposed new membership or agreement, to be assessed against the strategy for a council case memo.
public struct Proposal: Sendable {
    public var title: String
    public var proposedBy: String?
    /// The body that decides: bystyret, byrådet, formannskapet, …
    public var decisionBody: String?
    public var background: String?
    public var costs: Costs
    /// The tie as it would be: a record checked against the rule set's schema.
    public var record: Record
    public var asOf: String?
    /// The rule set and the portfolio the proposal names, relative to the proposal file.
    public var rulesPath: String?
    public var portfolioPath: String?
    public var location: SourceLocation

    /// The economic consequences a memo must state; a missing amount is said to be missing, never zero.
    public struct Costs: Sendable, Hashable {
        public var annualFeeNOK: Double?
        public var staffHours: Double?
        public var travelNOK: Double?
        public var externalFundingNOK: Double?
        public var note: String?
    }
}
