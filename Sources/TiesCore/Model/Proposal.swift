/// A proposed new membership or agreement, to be assessed against the strategy for a council case memo.
public struct Proposal: Sendable {
    /// The proposal's own texts are written in Norwegian, or as {nb: …, en: …} where an English memo needs them.
    public var title: LocalizedText
    /// The unit that prepared the case, in the memo's language where it gives one.
    public var proposedBy: LocalizedText?
    /// The body that decides: bystyret, byrådet, formannskapet, …
    public var decisionBody: LocalizedText?
    public var background: LocalizedText?
    public var costs: Costs
    /// Who the council asks to see the conditions met («Byrådet», «Kommunedirektøren»).
    public var followUpBy: LocalizedText?
    /// By when the conditions are to be met, `YYYY-MM-DD`; without it, by the next annual review.
    public var conditionsDue: ReviewDate?
    /// The resolution's first point as the proposal words it («Fredrikstad kommune bekrefter vennskapsbysamarbeidet med
    /// Riihimäki.»), where «søker medlemskap» or «inngår» is not what it asks; nil uses the words for its kind of tie.
    public var decision: LocalizedText?
    /// Facts the decision rests on that the council requires, each a «ja» in the record: the resolution says the
    /// agreement presupposes them (Kraków's project agreement and effect plan).
    public var requires: [String] = []
    /// When the council is to have the participation evaluated, where the proposal asks for it; never a default.
    public var evaluateBy: ReviewDate?
    /// The bodies the case goes through, in order, as the heading's «Saksgang» table lists them.
    public var caseFlow: [CaseStep] = []
    /// Documents attached to the case («Vedlegg») and documents it refers to without attaching them.
    public var attachments: [LocalizedText] = []
    public var documents: [LocalizedText] = []
    /// The other courses the proposal names, each assessed against the same criteria where it gives a record.
    public var alternatives: [Alternative] = []
    /// The tie as it would be: a record checked against the rule set's schema.
    public var record: Record
    public var asOf: ReviewDate?
    public var location: SourceLocation
    /// What the author expects the assessment to be, which `ties test` checks: the recommendation and each criterion's
    /// verdict, by criterion id.
    public var expected: Expected?

    /// One body the case goes through: the committee or council, the meeting's date and the case number, where known.
    public struct CaseStep: Sendable, Hashable {
        public var body: String
        public var date: ReviewDate?
        public var caseNumber: String?

        public init(body: String, date: ReviewDate? = nil, caseNumber: String? = nil) {
            self.body = body
            self.date = date
            self.caseNumber = caseNumber
        }
    }

    /// A proposal's expected assessment; what is left out is not checked.
    public struct Expected: Sendable, Hashable {
        public var recommendation: Recommendation?
        public var verdicts: [String: CriterionVerdict]
        public var location: SourceLocation
    }

    /// The economic consequences a memo must state; a missing amount is said to be missing, never zero.
    public struct Costs: Sendable, Hashable {
        public var annualFeeNOK: Double?
        public var staffHours: Double?
        /// What an hour of staff time costs, so staff time can be counted in the net cost.
        public var staffHourlyCostNOK: Double?
        public var travelNOK: Double?
        /// External funding applied for and not (yet) granted: never subtracted from the cost.
        public var fundingAppliedNOK: Double?
        /// External funding granted.
        public var fundingGrantedNOK: Double?
        public var note: LocalizedText?
        /// How the costs are paid for, as the proposal says it: «budsjettet til Byrådsavdeling for …». Without it the
        /// memo says nothing of funding.
        public var fundedBy: LocalizedText?
        /// Whether travel and staff time are a cost each year or for the whole tie (a project); nil where the proposal
        /// does not say, and then the memo calls them neither. The fee is yearly by its name.
        public var period: Period?

        /// Over what time a cost is counted.
        public enum Period: String, Sendable, Hashable { case yearly, whole }

        /// Staff time in kroner, where both the hours and the hourly cost are given.
        public var staffCostNOK: Double? { staffHours.flatMap { h in staffHourlyCostNOK.map { h * $0 } } }
    }

    /// Another course of action the proposal names, e.g. joining another network or a time-limited project.
    public struct Alternative: Sendable {
        public var title: LocalizedText
        public var description: LocalizedText?
        /// The tie as the alternative would be, when the proposal gives it; assessed like the proposal's own.
        public var record: Record?
        /// What the alternative would cost, in the proposal's terms, so the memo can set the two side by side.
        public var costs: Costs?
        /// The proposer's own conclusion on the alternative: why it is, or is not, preferred.
        public var conclusion: LocalizedText?
    }
}
