/// A municipality's criteria, written from its adopted strategy and compiled once at load time.
public struct RuleSet: Sendable {
    public var id: String
    public var title: String
    public var municipality: String
    /// The strategy document the rules cite by default, then any others they may cite.
    public var sources: [SourceDocument]
    /// Kinds of record the outcome rules apply to; other kinds are reported as not assessed.
    public var appliesTo: [String]
    public var languages: [Language]
    /// Outcomes from least to most severe.
    public var outcomes: [Outcome]
    public var defaultOutcome: String
    public var defaultReason: LocalizedText?
    public var onUnknown: UnknownPolicy
    /// Why records of other kinds are not assessed, per kind, with the sentence that says so.
    public var outOfScope: [OutOfScope]
    public var facts: [FactDefinition]
    /// Named thresholds and limits the rules use: our operationalisation, each with its basis, not adopted text.
    public var parameters: [Parameter]
    /// Values computed per record before the rules, in order (e.g. `benefit`), each stored at its slot.
    public var derived: [(name: String, value: Condition, slot: Int)]
    /// Every name expressions may read and the slot it is kept at: fields, facts, `as_of_year`, derived values.
    public var scope: Scope
    public var criteria: [Criterion]
    public var rules: [Rule]
    public var categories: [Category]
    /// Kinds of record that get a category; all kinds in `appliesTo` when nil.
    public var categoriesApplyTo: [String]?
    /// What a record that fits no category leads to, and why.
    public var unclassified: UnclassifiedPolicy?
    public var portfolioRules: [PortfolioRule]
    /// What reading the file found worth a warning (a text in a language not declared): lint shows it.
    public var readingWarnings: [Diagnostic] = []
    public var tests: [RuleSetTest]
    /// Every fact a condition reads must be guarded with `has(fact)`: the rule set does not accept unknowns silently.
    public var requireGuards: Bool
    /// The file the rule set was read from.
    public var file: String
    /// Who proposes to the council and which body decides, as the municipality's own case memos name them.
    public var council: Council = .standard
    /// The council's own decisions that bear on a case: each says when it applies, and quotes what the council decided.
    public var councilDecisions: [CouncilDecision] = []
    /// The money fact that holds a tie's yearly cost (`annual_fee_nok`), which the review totals; nil where the rule
    /// set keeps none.
    public var annualCost: String?
    /// The parameter (in years) any fact's recorded value may be old before it counts as unknown; a fact's own
    /// `max_age` comes first.
    public var evidenceMaxAge: String?

    public func fact(named name: String) -> FactDefinition? {
        // Found by place: searching the definitions themselves copies each one passed over, twenty fields apiece.
        facts.indices.first { facts[$0].name == name }.map { facts[$0] }
    }

    /// Who proposes to the council and which body decides: «kommunedirektøren» and «kommunestyret», or in a
    /// parliamentary model «byrådet» and «bystyret». Written in lower case, as Norwegian writes them mid-sentence.
    public struct Council: Sendable, Hashable {
        /// Who puts the case to the council: «kommunedirektøren», «byrådet».
        public var proposer: LocalizedText
        /// The heading of the proposer's resolution: «Kommunedirektørens innstilling»; nil makes it from `proposer`.
        public var proposal: LocalizedText?
        /// The body that decides: «kommunestyret», «bystyret».
        public var body: LocalizedText
        /// The bodies a case of this kind passes through before the council, in order («formannskapet»); the Saksgang
        /// table lists them, then the council.
        public var before: [LocalizedText] = []

        public init(proposer: LocalizedText, proposal: LocalizedText? = nil, body: LocalizedText) {
            self.proposer = proposer
            self.proposal = proposal
            self.body = body
        }

        /// The office the law gives every municipality without a parliamentary model (kommuneloven § 13-1), and its council.
        public static let standard = Council(
            proposer: Phrasebook.everyLanguage { $0.memo(.theChiefExecutive) }, body: Phrasebook.everyLanguage { $0.memo(.theCouncil) })
    }

    /// Every citation of the rule set — rules, criteria, categories, requirements, portfolio rules, the
    /// out-of-scope and unclassified reasons — once each (a YAML anchor cited twice is one citation).
    /// The names the rule set reads, leaving out the rules and criteria in `notApplicable`: with none left out, what
    /// lint checks every fact against; for one record, the facts its memo's table shows.
    public func namesRead(except notApplicable: [String]) -> Set<String> {
        var read: Set<String> = []
        let skip = Set(notApplicable)
        var conditions = rules.filter { !skip.contains($0.id) }.map(\.when)
        conditions += criteria.filter { !skip.contains($0.id) }.compactMap(\.score)
        conditions += derived.map(\.value)
        for c in categories {
            conditions.append(c.when)
            conditions += c.requirements.map(\.holds)
        }
        conditions += portfolioRules.flatMap { [$0.select] + ($0.each.map { [$0] } ?? []) }
        conditions += councilDecisions.map(\.when)
        for c in conditions { c.syntax.visitNames { name, _ in read.insert(name) } }
        for r in rules where !skip.contains(r.id) { read.formUnion(r.because.names) }
        return read
    }

    public var citations: [Citation] {
        var list = rules.map(\.citation) + criteria.compactMap(\.citation) + portfolioRules.map(\.citation)
        list += categories.compactMap(\.citation) + categories.flatMap { $0.requirements.map(\.citation) }
        list += outOfScope.compactMap(\.citation) + [unclassified?.citation].compactMap { $0 }
        list += councilDecisions.map(\.citation) + parameters.compactMap(\.stated)
        var seen: Set<SourceLocation> = []
        return list.filter { seen.insert($0.quoteLocation).inserted }
    }
    public func outcome(_ id: String) -> Outcome? { outcomes.indices.first { outcomes[$0].id == id }.map { outcomes[$0] } }
    /// The role of the outcome `id`; nil for `not_assessed` and ids that are not the rule set's.
    public func role(of id: String) -> OutcomeRole? { outcomes.indices.first { outcomes[$0].id == id }.map { outcomes[$0].role } }
    /// The first outcome, least severe first, with this role.
    public func outcome(in role: OutcomeRole) -> Outcome? { outcomes.first { $0.role == role } }
    public func parameter(named name: String) -> Parameter? { parameters.first { $0.name == name } }

    /// What a reason shows for `name` in a record's context: its value, an enum or set value as its label in
    /// `language`. The one place both the whole review and the streamed lines fill in a reason's placeholders.
    public func shown(_ name: String, in ctx: EvaluationContext, language: Language) -> Value {
        readable(name, scope.value(of: name, in: ctx), language)
    }

    /// The same for a record in its slots: what a streamed line's reasons show.
    func shown(_ name: String, in frame: Frame, language: Language) -> Value {
        readable(
            name, scope.entries[name].map { scope.layout.value(at: $0.slot, in: frame) } ?? scope.constants[name] ?? .unknown, language)
    }

    /// A value as a reason shows it: a fact by its labels; a small count of ours as a word, as Norwegian writes it in
    /// running text («de siste to årene»), not money or a year.
    private func readable(_ name: String, _ value: Value, _ language: Language) -> Value {
        if let fact = fact(named: name) { return fact.readable(value, language) }
        if case .int(let n) = value, (0...12).contains(n), let p = parameter(named: name), p.type == nil || p.type == .int {
            return .string(Phrasebook(language).countWord(n))
        }
        return value
    }

    /// The language a text is shown in when `language` is asked for: the one `LocalizedText.text` picks among the
    /// rule set's languages.
    public func textLanguage(_ language: Language) -> Language {
        languages.contains(language) ? language : languages.contains(.nb) ? .nb : languages.sorted().first ?? language
    }

    /// Why a record of `kind` is not assessed: the entry naming the kind, else the one for all other kinds.
    public func outOfScope(for kind: String) -> OutOfScope? {
        outOfScope.first { $0.kinds?.contains(kind) ?? false } ?? outOfScope.first { $0.kinds == nil }
    }
    /// Position in the severity order; higher is more severe.
    public func severity(of outcome: String) -> Int { outcomes.indices.first { outcomes[$0].id == outcome } ?? -1 }
}

/// A decision of the council that bears on some ties, with its body, date and case, and its words quoted verbatim;
/// `when` says which ties. A memo on such a tie sets it first; `asks` names what the council asked of every such case
/// (Trondheim's «finansieringsplan»), which the memo then gives a paragraph of its own.
public struct CouncilDecision: Sendable {
    public var id: String
    public var body: LocalizedText
    public var date: ReviewDate
    public var caseNumber: String?
    public var when: Condition
    public var citation: Citation
    public var asks: Ask?
    /// A majority's remark when the case was decided («flertallsmerknad»), not the decision itself: said as such.
    public var remark = false

    /// What a council decision asks every case it bears on to contain.
    public enum Ask: String, Sendable, Hashable { case fundingPlan = "funding_plan" }
}

/// A strategy document rules may cite.
public struct SourceDocument: Sendable, Hashable {
    public var file: String
    public var title: String
    public var adopted: ReviewDate?
    public var caseReference: String?
    /// SHA-256 of the document the rules were written from; lint reports a document that has changed since.
    public var sha256: String?
    public var location: SourceLocation
}

/// Text in each language the rule set declares (`nb`, `en`).
public struct LocalizedText: Sendable, Hashable {
    public var texts: [String: String]

    public init(_ texts: [String: String]) { self.texts = texts }

}

/// Where a rule comes from: the adopted sentence it encodes, quoted verbatim.
public struct Citation: Sendable, Hashable {
    public var document: String
    public var section: String?
    public var quote: String
    /// An unofficial English rendering of the quote, for English reports.
    public var translation: String?
    public var location: SourceLocation
    /// Where the quote itself starts, so a quote that is not verbatim is pointed at exactly.
    public var quoteLocation: SourceLocation
}

/// One outcome of the review vocabulary, with its labels.
public struct Outcome: Sendable, Hashable {
    public var id: String
    public var label: LocalizedText
    /// What the outcome means to the tool: the engine, the memo and the colours ask this, never the id.
    public var role: OutcomeRole
}

/// What an outcome means, whatever a rule set calls it.
public enum OutcomeRole: String, Sendable, Hashable, CaseIterable {
    /// The tie continues as it is.
    case keep
    /// The tie continues on conditions: the engine attaches what must be done.
    case conditional
    /// Something must be found out or changed before the council decides.
    case review
    /// The tie is kept without activity.
    case dormant
    /// The tie is proposed ended.
    case exit
    /// The tie is already over: it is reported, not reviewed again.
    case ended
    /// A proposed tie is entered into.
    case join
    /// A proposed tie is not entered into.
    case doNotJoin = "do_not_join"

    /// An outcome a council case puts to the council by name: a change, a condition or a question, not «continue».
    public var asksTheCouncil: Bool { ![.keep, .join, .ended].contains(self) }
}

/// What a rule whose condition is unknown leads to.
public struct UnknownPolicy: Sendable, Hashable {
    public var outcome: String
    public var because: LocalizedText

    public static let standard = UnknownPolicy(
        outcome: "review", because: Phrasebook.everyLanguage { $0.engine(.insufficientData) })
}

/// The reason given for records whose kind the rule set does not assess.
public struct OutOfScope: Sendable, Hashable {
    /// The kinds this reason is for; nil for every kind no other entry names.
    public var kinds: [String]?
    public var because: LocalizedText
    public var citation: Citation?
}

/// A named number the rules use: ours (a fee threshold, a number of years), with its basis; or one the strategy
/// states itself («fra 2020 til 2025»), with the sentence that states it.
public struct Parameter: Sendable {
    public var name: String
    public var value: Value
    /// What the number is, in the reader's words: «terskel for årlig kontingent».
    public var label: LocalizedText?
    /// Who set it, when and why; nil only in a rule set that lint under `--strict` refuses.
    public var basis: LocalizedText?
    /// How the value is written for a reader: `money` as «100 000 kr», `year`, or a plain number.
    public var type: FactType?
    public var location: SourceLocation
    /// The adopted sentence that states the number, checked verbatim by lint; nil for a number of ours.
    public var stated: Citation?

    /// A number the strategy does not state: our operationalisation.
    public var isOurs: Bool { stated == nil }
}

/// A named criterion of the strategy, scored per record.
public struct Criterion: Sendable {
    public var id: String
    public var title: LocalizedText
    public var citation: Citation?
    /// The score's expression; without one, the criterion sums the points of rules that fired.
    public var score: Condition?
    /// The kinds the criterion's sentence speaks of; on other kinds it is not applicable. Nil: every kind.
    public var appliesTo: [String]?
    /// The ties the sentence speaks of among those kinds («de vennskapsbyene som kommunen har mest aktiv kontakt
    /// med»): where this is false the criterion does not apply; where it is unknown, it does.
    public var appliesWhen: Condition?
    public var location: SourceLocation
    /// The point of a score's scale from which the criterion is met, where the rule set reads the sentence so
    /// («2: tydelig kompetanseheving»); without it only the top of the scale meets it.
    public var metFrom: Double?

    public func applies(to kind: String) -> Bool { appliesTo?.contains(kind) ?? true }
}

/// A rule: when its condition holds it fires, contributing an outcome, points, a category, a flag or a condition.
///
/// Its fields live in one box, shared by copies until one is changed: the engine passes rules about for every tie.
public struct Rule: Sendable {
    struct Fields {
        var id: String
        var criterion: String?
        var when: Condition
        var outcome: String?
        var points: [String: Double]
        var flag: String?
        var condition: LocalizedText?
        var asks: LocalizedText?
        var atMost: String?
        var because: Template
        var citation: Citation
        var appliesTo: [String]?
        var parameters: [String]
        var stated: [String] = []
        var operational: Bool = false
        var examples: [RuleExample]
        var location: SourceLocation
    }

    private var fields: Shared<Fields>

    /// A rule with every field given; the optional ones default to none.
    public init(
        id: String, criterion: String? = nil, when: Condition, outcome: String? = nil, points: [String: Double], flag: String? = nil,
        condition: LocalizedText? = nil, asks: LocalizedText? = nil, atMost: String? = nil, because: Template, citation: Citation,
        appliesTo: [String]? = nil, parameters: [String], stated: [String] = [], operational: Bool = false, examples: [RuleExample],
        location: SourceLocation
    ) {
        fields = Shared(
            Fields(
                id: id, criterion: criterion, when: when, outcome: outcome, points: points, flag: flag, condition: condition, asks: asks,
                atMost: atMost, because: because, citation: citation, appliesTo: appliesTo, parameters: parameters, stated: stated,
                operational: operational, examples: examples, location: location))
    }

    /// Whether the rule can change what a tie gets: an outcome, points, a flag or a condition.
    public var changesWhatATieGets: Bool { outcome != nil || !points.isEmpty || flag != nil || condition != nil }

    public var id: String {
        get { fields.value.id }
        _modify { yield &fields.value.id }
    }

    public var criterion: String? {
        get { fields.value.criterion }
        _modify { yield &fields.value.criterion }
    }

    public var when: Condition {
        get { fields.value.when }
        _modify { yield &fields.value.when }
    }

    public var outcome: String? {
        get { fields.value.outcome }
        _modify { yield &fields.value.outcome }
    }

    public var points: [String: Double] {
        get { fields.value.points }
        _modify { yield &fields.value.points }
    }

    public var flag: String? {
        get { fields.value.flag }
        _modify { yield &fields.value.flag }
    }

    /// Attached to a `keep_with_conditions` outcome: what must be done.
    public var condition: LocalizedText? {
        get { fields.value.condition }
        _modify { yield &fields.value.condition }
    }

    /// The condition as the council asks it of its proposer, completing «Bystyret ber kommunedirektøren …»
    /// («lage en prosjektplan som beskriver aktiviteten»); without it the memo quotes the condition.
    public var asks: LocalizedText? {
        get { fields.value.asks }
        _modify { yield &fields.value.asks }
    }

    /// The most severe outcome the record may get while this rule fires: what the strategy says to
    /// continue may get conditions, never review or exit.
    public var atMost: String? {
        get { fields.value.atMost }
        _modify { yield &fields.value.atMost }
    }

    public var because: Template {
        get { fields.value.because }
        _modify { yield &fields.value.because }
    }

    public var citation: Citation {
        get { fields.value.citation }
        _modify { yield &fields.value.citation }
    }

    /// The kinds the rule's sentence speaks of (its own, else its criterion's); nil: every kind.
    public var appliesTo: [String]? {
        get { fields.value.appliesTo }
        _modify { yield &fields.value.appliesTo }
    }

    /// The numbers of ours its condition or reason reads, directly or through derived values: its operational part.
    public var parameters: [String] {
        get { fields.value.parameters }
        _modify { yield &fields.value.parameters }
    }

    /// The numbers the strategy itself states that it reads: the strategy's own, said as such.
    public var stated: [String] {
        get { fields.value.stated }
        _modify { yield &fields.value.stated }
    }

    /// Its force is ours, not the adopted text's (it reads a number of ours, or a fact the strategy never asks for):
    /// where it cannot be evaluated, the missing fact is a data gap to fill, never a reason to hold the outcome open.
    public var operational: Bool {
        get { fields.value.operational }
        _modify { yield &fields.value.operational }
    }

    public var examples: [RuleExample] {
        get { fields.value.examples }
        _modify { yield &fields.value.examples }
    }

    public var location: SourceLocation {
        get { fields.value.location }
        _modify { yield &fields.value.location }
    }

    public func applies(to kind: String) -> Bool { appliesTo?.contains(kind) ?? true }
}

/// A record on which a rule must (or must not) fire: the rule's documentation and its test at once.
public struct RuleExample: Sendable {
    public enum Expectation: String, Sendable, Hashable { case fires, doesNotFire = "does_not_fire", unknown }
    public var expectation: Expectation
    public var record: Record
    public var asOf: ReviewDate?
}

/// A category of relation; the first whose condition holds is the record's category.
public struct Category: Sendable {
    public var id: String
    public var label: LocalizedText
    public var when: Condition
    public var because: Template?
    public var citation: Citation?
    /// What a relation would need to enter this category, for `classify`.
    public var toEnter: LocalizedText?
    /// Conditions a record in this category must also meet, else it is flagged.
    public var requirements: [Requirement]
    public var location: SourceLocation
}

/// The outcome and reason for a record that fits none of the categories.
public struct UnclassifiedPolicy: Sendable, Hashable {
    public var outcome: String?
    public var because: LocalizedText
    public var citation: Citation?
}

/// A requirement of a category, e.g. that a solidarity relation is two-way.
public struct Requirement: Sendable {
    public var id: String
    /// The criterion the requirement implements, if any.
    public var criterion: String?
    public var holds: Condition
    public var outcome: String
    public var because: Template
    public var citation: Citation
    public var parameters: [String]
    public var location: SourceLocation
    /// What must be done where it fails and its outcome continues the tie, and the council's wording of it.
    public var condition: LocalizedText? = nil
    public var asks: LocalizedText? = nil
}

/// An assertion over the whole portfolio, e.g. exactly one twin city in each of SE, DK and FI.
public struct PortfolioRule: Sendable {
    public var id: String
    /// A name and its values; the rule is checked once per value.
    public var forEach: (name: String, values: [Value])?
    /// Which records the rule counts.
    public var select: Condition
    public var minCount: Int?
    public var maxCount: Int?
    /// A condition every selected record must meet.
    public var each: Condition?
    /// When more records are selected than the count allows, those for which this holds are kept and only
    /// the others get the outcome (Fredrikstad 1.2: the relation with fixed traditions is kept).
    public var prioritise: Condition?
    /// The outcome given to the records involved when the rule is violated.
    public var outcome: String?
    public var because: Template
    /// What the finding says when the rule holds, where `because` speaks only of a violation.
    public var held: Template?
    /// What the finding says when no tie is selected at all («Fredrikstad har ingen vennskapsby i Finland»).
    public var none: Template?
    public var citation: Citation
    public var location: SourceLocation
}

/// A whole record with the outcome, category and fired rules the rule set must give it.
public struct RuleSetTest: Sendable {
    public var record: Record
    public var asOf: ReviewDate?
    public var outcome: String?
    public var category: String?
    public var fired: [String]?
    public var location: SourceLocation
}
