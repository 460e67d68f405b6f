/// Evaluates a compiled rule set against records and portfolios.
///
/// A class, immutable once made: the per-record path passes it around, and a struct of this size would be copied,
/// field by field, each time.
public final class Engine: Sendable {
    public let ruleSet: RuleSet
    public let scope: Scope

    /// Per kind of record, the schema facts its applicable rules, categories and scores read for their value:
    /// the ones worth reporting as missing.
    let factsRead: [String: [String]]
    /// Per kind, the facts only a criterion limited by `applies_when` reads (its score and its rules), by criterion
    /// index: a tie the criterion does not speak of lacks nothing by lacking them.
    let factsReadWhere: [String: [(criterion: Int, facts: [String])]]
    /// The kinds of record the engine knows, by number: a row carries its kind's place here.
    public let kinds: [String]
    let kindIndex: [String: Int]
    /// Slots below this one are the record's own; `as_of_year` and the derived values follow.
    let inputSlots: Int
    let asOfYearSlot: Int
    let derivations: [(slot: Int, program: Program)]
    /// Each derived value as one call that computes it and stores it in the frame; nil where the rule set derives
    /// a text, which the frame's texts must grow to hold.
    let derive: Store?
    /// Each derived value as one storing call; nil for a text, which the row's texts must grow to hold.
    let stores: [Store?]
    let tables: Tables
    /// The language a text is shown in when the one asked for is not the rule set's (`RuleSet.textLanguage`).
    let fallbackLanguage: Language
    /// Per language, each rule's reason where it names no value: the same words for every record.
    let fixedReasons: [Language: [String?]]

    // Compiled calls over a frame, each in a struct of its own: an array or optional of a bare closure, or a generic
    // struct's field, holds the closure in a generic form that every call reaches through a thunk.
    /// A condition: a category's, a requirement's.
    struct Test: Sendable {
        let run: @Sendable (Frame) -> Truth
        init(_ run: @escaping @Sendable (Frame) -> Truth) { self.run = run }
    }

    /// A derived value computed and stored in the frame.
    struct Store: Sendable {
        let run: @Sendable (Frame) -> Void
        init(_ run: @escaping @Sendable (Frame) -> Void) { self.run = run }
    }

    /// A criterion's score expression.
    struct Scoring: Sendable {
        let run: @Sendable (Frame) -> Score
        init(_ run: @escaping @Sendable (Frame) -> Score) { self.run = run }
    }

    /// How a criterion is scored for one kind of record.
    enum ScorePlan: Sendable {
        /// It does not apply to the kind, or nothing gives it a score.
        case none
        case expression(Scoring)
        /// The points of the rules that apply to the kind and give it points.
        case points([(rule: Int, points: Double)])
    }

    /// Every rule that applies to a kind, in one call that writes each verdict at the rule's place.
    struct Verdicts: Sendable {
        let write: @Sendable (Frame, UnsafeMutablePointer<Truth>) -> Void
    }

    /// Everything the per-record evaluation needs, looked up once: severities by number, conditions as programs.
    struct Tables: Sendable {
        var ruleSeverity: [Int]
        /// The most rules, or requirements of one category: how large an evaluation's sets may grow.
        var members: Int
        /// The severity of each rule's `at_most`, or nil.
        var ruleCap: [Int?]
        /// Per kind (by number), which rules apply to it.
        var ruleApplies: [[Bool]]
        /// Per kind (by number), every rule that applies to it in one call that writes each verdict at the rule's place:
        /// one call per record, not one per rule.
        var ruleVerdicts: [Verdicts]
        var categories: [Test]
        var requirements: [[Test]]
        var requirementSeverity: [[Int]]
        /// For each category, the most severe outcome classification could still lead to if it is undecided.
        var undecidedSeverity: [Int]
        var defaultSeverity: Int
        var unknownSeverity: Int
        var unclassifiedSeverity: Int
        /// Per kind (by number): assessed, classified.
        var assessed: [Bool]
        var categorised: [Bool]
        /// Per kind (by number), how each criterion is scored, worked out once rather than filtered per record.
        var scoring: [[ScorePlan]]
        /// Per criterion, the ties its sentence speaks of (`applies_when`): where it is false, no score.
        var scoringWhen: [Test?]
        /// Whether any criterion says which ties it speaks of: most rule sets' criteria do not, and skip the check.
        var anyScoringWhen: Bool
        /// Per rule, its criterion's `applies_when`: where that is false, the rule speaks of another tie and does
        /// not apply, as the criterion does not.
        var ruleWhen: [Test?]
        /// Per rule, whether its unknown may hold the outcome open: only a rule whose force is the adopted text's.
        var ruleHoldsOpen: [Bool]
    }

    /// Whether each review keeps every rule's verdict and the values it saw (`traces`), which `explain`, memos,
    /// classification and council cases read. A review reported as a table, document or data leaves them out: at
    /// 100,000 ties they are half the memory.
    public let keepsTraces: Bool

    /// Whether each review keeps every reason, with the conditions, what to ask, the rules left unevaluated and those
    /// that do not apply, which every report but the table reads. Without, a review keeps the decisive reason alone
    /// (`reasons` is empty): at 100,000 ties the rest is a third of the work and most of the memory.
    public let keepsAllReasons: Bool

    /// The one language every report of this review is read in, where it is known: the words are made in it alone
    /// (at 100,000 ties, words in each language are most of the memory). Nil makes them in every language.
    public let wordsIn: Language?
    /// The rule set's languages its reasons are written in: with `wordsIn`, only the one `LocalizedText.text` would
    /// pick for it.
    let reasonLanguages: [Language]

    /// An outcome's place in the rule set's order, as `RuleSet.severity(of:)` gives it, made once: passing that method
    /// as a closure copies the whole rule set at every review.
    let severity: @Sendable (String) -> Int

    /// The cores a review shares its records among.
    let cores: Int

    public init(
        ruleSet: RuleSet, keepsTraces: Bool = true, keepsAllReasons: Bool = true, wordsIn: Language? = nil, cores: Int = Parallel.cores
    ) {
        self.cores = cores
        self.keepsAllReasons = keepsAllReasons
        self.keepsTraces = keepsTraces
        self.wordsIn = wordsIn
        if let wordsIn {
            let picked = LocalizedText.code(for: wordsIn, among: ruleSet.languages.map(\.code))
            reasonLanguages = ruleSet.languages.filter { $0.code == picked }
        } else {
            reasonLanguages = ruleSet.languages
        }
        self.ruleSet = ruleSet
        self.scope = ruleSet.scope
        let places = Dictionary(ruleSet.outcomes.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let severity: @Sendable (String) -> Int = { places[$0] ?? -1 }
        self.severity = severity
        let requirementSeverity = ruleSet.categories.map { $0.requirements.map { severity($0.outcome) } }
        let unclassifiedSeverity = ruleSet.unclassified?.outcome.map(severity) ?? -1
        var undecided = [Int](repeating: unclassifiedSeverity, count: ruleSet.categories.count)
        var worst = unclassifiedSeverity
        for i in ruleSet.categories.indices.reversed() {
            worst = max(worst, requirementSeverity[i].max() ?? -1)
            undecided[i] = worst
        }
        var kinds = Record.kinds
        for kind in ruleSet.appliesTo + (ruleSet.categoriesApplyTo ?? []) where !kinds.contains(kind) { kinds.append(kind) }
        self.kinds = kinds
        kindIndex = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($0.element, $0.offset) })
        asOfYearSlot = scope.entries["as_of_year"]!.slot
        inputSlots = asOfYearSlot
        derivations = ruleSet.derived.map { ($0.slot, $0.value.program) }
        stores = derivations.map { Self.storing(slot: $0.slot, program: $0.program) }
        derive = stores.contains { $0 == nil } ? nil : Self.sequence(stores.compactMap { $0 })
        let truth = { (c: Condition) -> Test in
            if case .truth(let f) = c.program { return Test(f) }
            return Test { _ in .unknown }
        }
        let categorised = Set(ruleSet.categoriesApplyTo ?? ruleSet.appliesTo)
        tables = Tables(
            ruleSeverity: ruleSet.rules.map { $0.outcome.map(severity) ?? -1 },
            members: max(ruleSet.rules.count, ruleSet.categories.map(\.requirements.count).max() ?? 0),
            ruleCap: ruleSet.rules.map { $0.atMost.map(severity) },
            ruleApplies: kinds.map { kind in ruleSet.rules.map { $0.applies(to: kind) } },
            ruleVerdicts: kinds.map { kind in
                Self.verdicts(
                    ruleSet.rules.enumerated().filter { $0.element.applies(to: kind) }.map { ($0.offset, truth($0.element.when)) })
            },
            categories: ruleSet.categories.map { truth($0.when) },
            requirements: ruleSet.categories.map { $0.requirements.map { truth($0.holds) } },
            requirementSeverity: requirementSeverity, undecidedSeverity: undecided,
            defaultSeverity: severity(ruleSet.defaultOutcome), unknownSeverity: severity(ruleSet.onUnknown.outcome),
            unclassifiedSeverity: unclassifiedSeverity,
            assessed: kinds.map(ruleSet.appliesTo.contains), categorised: kinds.map(categorised.contains),
            scoring: kinds.map { kind in
                ruleSet.criteria.map { criterion in
                    guard criterion.applies(to: kind) else { return .none }
                    if let score = criterion.score { return .expression(Self.score(of: score.program)) }
                    let points = ruleSet.rules.enumerated().compactMap { i, rule in
                        rule.applies(to: kind) ? rule.points[criterion.id].map { (i, $0) } : nil
                    }
                    return points.isEmpty ? .none : .points(points)
                }
            },
            scoringWhen: ruleSet.criteria.map { $0.appliesWhen.map(truth) },
            anyScoringWhen: ruleSet.criteria.contains { $0.appliesWhen != nil },
            ruleWhen: ruleSet.rules.map { rule in
                rule.criterion.flatMap { id in ruleSet.criteria.first { $0.id == id }?.appliesWhen }.map(truth)
            },
            ruleHoldsOpen: ruleSet.rules.map { !$0.operational })
        var read: [String: [String]] = [:]
        var readWhere: [String: [(criterion: Int, facts: [String])]] = [:]
        let limited = Dictionary(
            ruleSet.criteria.enumerated().filter { $0.element.appliesWhen != nil }.map { ($0.element.id, $0.offset) },
            uniquingKeysWith: { a, _ in a })
        for kind in kinds {
            // A rule that only observes (no outcome, points, flag or condition, and no criterion it alone scores) cannot
            // change anything a missing fact would: its facts are no gap.
            let scored = Set(ruleSet.criteria.filter { $0.score != nil }.map(\.id))
            let deciding = ruleSet.rules.filter { r in
                r.applies(to: kind)
                    && (r.changesWhatATieGets || r.criterion.map { !scored.contains($0) } ?? false)
            }
            let isLimited = { (r: Rule) in r.criterion.map { limited[$0] != nil } ?? false }
            var conditions = deciding.filter { !isLimited($0) }.map(\.when) + ruleSet.categories.map(\.when)
            conditions += ruleSet.criteria.filter { $0.applies(to: kind) && $0.appliesWhen == nil }.compactMap(\.score)
            conditions += ruleSet.categories.flatMap { $0.requirements.map(\.holds) } + ruleSet.derived.map(\.value)
            conditions += ruleSet.criteria.compactMap(\.appliesWhen)
            // A fact only ever read behind has() is no gap when it is missing: its absence is an answer.
            let names = Set(conditions.flatMap(\.syntax.namesThatCanBeUnknown))
            read[kind] = ruleSet.facts.map(\.name).filter(names.contains)
            readWhere[kind] = limited.values.sorted().compactMap { c in
                let criterion = ruleSet.criteria[c]
                guard criterion.applies(to: kind) else { return nil }
                let under = deciding.filter { $0.criterion == criterion.id }.map(\.when) + [criterion.score].compactMap { $0 }
                let names = Set(under.flatMap(\.syntax.namesThatCanBeUnknown))
                let facts = ruleSet.facts.map(\.name).filter { names.contains($0) && !read[kind]!.contains($0) }
                return facts.isEmpty ? nil : (c, facts)
            }
        }
        factsRead = read
        factsReadWhere = readWhere
        fallbackLanguage = ruleSet.textLanguage(.nb)
        fixedReasons = Dictionary(
            uniqueKeysWithValues: ruleSet.languages.map { language in
                (language, ruleSet.rules.map { $0.because.names.isEmpty ? $0.because.render(language) { _ in .unknown } : nil })
            })
    }

    /// Reviews every record, then applies the portfolio rules; `asOf` overrides the portfolio's date.
    public func review(_ portfolio: Portfolio, asOf: ReviewDate? = nil) -> Review {
        let date = asOf ?? portfolio.asOf
        let year = date?.year
        // Each record's evaluation stands alone, so the records are shared among the cores.
        var reviews = Parallel.map(portfolio.records, cores: cores) { [self] in evaluate($0, asOfYear: year) }
        // The portfolio rules read the records the reviews read, a stale fact already set aside as unknown.
        let findings = PortfolioCheck(engine: self).check(reviews.map(\.record), asOfYear: year)
        for finding in findings where !finding.holds && finding.outcome != nil {
            let involved = Set(finding.records)
            for index in reviews.indices where involved.contains(reviews[index].record.id) {
                apply(finding, to: &reviews[index])
            }
        }
        let decisions = DecisionCheck(ruleSet: ruleSet, wordsIn: wordsIn)
        for index in reviews.indices {
            keepStandingDecision(&reviews[index])
            reviews[index].decisionNotes = decisions.notes(reviews[index], asOf: date)
        }
        if let date { for index in reviews.indices { applyObligations(to: &reviews[index], asOf: date) } }
        // Records in id order: the same portfolio gives the same report whatever order its records came in.
        reviews.sort { $0.record.id < $1.record.id }
        return Review(ruleSet: ruleSet, portfolio: portfolio, asOf: date, records: reviews, findings: findings)
    }

    /// A decision that kept a tie stands where only missing facts would undo it (a provisional review or exit): the
    /// review never reopens a council's decision on an unknown. The outcome stays the decision's, provisional until
    /// the facts are brought forward, and says why.
    private func keepStandingDecision(_ review: inout RecordReview) {
        guard review.provisional, let last = review.record.lastDecision, last.outcome != review.outcome,
            let was = ruleSet.role(of: last.outcome), [.keep, .conditional, .join].contains(was),
            let now = ruleSet.role(of: review.outcome), [.review, .exit, .dormant, .doNotJoin].contains(now)
        else { return }
        let facts = review.openingFacts
        let reason = Reason(
            kind: .decision, source: "decision", outcome: last.outcome,
            text: words { book in
                book.engine(
                    .decisionStands(
                        decision: book.decision(last, in: ruleSet),
                        missing: book.list(facts.map { book.quoted(book.fact($0, ruleSet)) })))
            }, citation: nil, location: nil)
        review.outcome = last.outcome
        review.decisive = reason
        review.reasons = [reason] + review.reasons
    }

    /// An obligation of the membership past due and not met keeps the tie on the condition that it is met, citing
    /// where the obligation stands written; a tie already over owes nothing more.
    private func applyObligations(to review: inout RecordReview, asOf: ReviewDate) {
        guard review.outcome != RecordReview.notAssessed, ruleSet.role(of: review.outcome) != .ended,
            let conditional = ruleSet.outcome(in: .conditional)?.id
        else { return }
        for o in review.record.obligations {
            guard let due = o.nextDue(since: review.record.since), due < asOf else { continue }
            let text = words {
                $0.engine(
                    .obligationOverdue(what: $0.text(o.what), to: o.to.map($0.text), due: $0.date(due), source: o.source.map($0.text)))
            }
            // Where the record was read from is no part of the reason: the same ties give the same report from any file.
            let reason = Reason(
                kind: .obligation, source: "obligation", outcome: conditional, text: text, citation: nil, location: nil)
            let winner = Precedence.decide(
                [
                    Precedence.Proposal(outcome: review.outcome, reason: review.decisive),
                    Precedence.Proposal(outcome: conditional, reason: reason),
                ],
                severity: severity)!
            review.outcome = winner.outcome
            review.decisive = winner.reason
            let kept = review.reasons.filter { $0.kind != .standard || winner.reason != reason }
            review.reasons = Precedence.ordered(kept + [reason], decisive: winner.reason, severity: severity)
            if ruleSet.role(of: review.outcome) == .conditional {
                let condition = words { $0.engine(.meetObligation(what: $0.text(o.what), to: o.to.map($0.text))) }
                review.conditions.append(condition)
                review.asks[condition] = words {
                    $0.engine(.askObligation(what: $0.text(o.what), to: o.to.map($0.text)))
                }
            }
        }
    }

    /// A portfolio finding that involves a record takes part in deciding its outcome.
    private func apply(_ finding: PortfolioFinding, to review: inout RecordReview) {
        guard review.outcome != RecordReview.notAssessed, let outcome = finding.outcome else { return }
        let reason = Reason(
            kind: .portfolio, source: finding.rule, outcome: outcome, text: finding.text,
            citation: finding.citation, location: finding.location)
        let proposals = [
            Precedence.Proposal(outcome: review.outcome, reason: review.decisive),
            Precedence.Proposal(outcome: outcome, reason: reason),
        ]
        let winner = Precedence.decide(proposals, severity: severity)!
        review.outcome = winner.outcome
        review.decisive = winner.reason
        // The finding decides whatever the missing facts turn out to be, unless they could lead further: then only
        // outcomes from the finding's on remain open.
        if review.provisional, let strictest = review.strictest {
            let floor = ruleSet.severity(of: outcome)
            if ruleSet.severity(of: strictest) <= floor {
                review.provisional = false
                (review.mildest, review.strictest) = (nil, nil)
            } else if let mildest = review.mildest, ruleSet.severity(of: mildest) < floor {
                review.mildest = outcome
            }
        }
        // «Nothing calls for a change» no longer holds once the finding does.
        let kept = review.reasons.filter { $0.kind != .standard || winner.reason != reason }
        review.reasons = Precedence.ordered(kept + [reason], decisive: winner.reason, severity: severity)
    }

    func seen(_ condition: Condition, _ ctx: EvaluationContext) -> [SeenValue] {
        condition.names.map { name in
            if name == "activities" {
                return SeenValue(name: name, value: ctx.activities.map { .int($0.count) } ?? .unknown)
            }
            return SeenValue(name: name, value: scope.value(of: name, in: ctx))
        }
    }

    func missing(_ condition: Condition, _ ctx: EvaluationContext) -> [String] {
        let guarded = condition.syntax.guardedNames
        return seen(condition, ctx).filter { $0.value.isUnknown && !guarded.contains($0.name) }.map(\.name)
    }

    /// A reason in each of the rule set's languages; the values named in `countries` are country codes, said as the
    /// country's name («Finland», not «FI»).
    func render(_ template: Template, _ ctx: EvaluationContext, extra: [String: Value] = [:], countries: Set<String> = []) -> LocalizedText
    {
        var texts: [String: String] = [:]
        for language in reasonLanguages {
            texts[language.code] = template.render(language) { name in
                if countries.contains(name), case .string(let code)? = extra[name] { return .string(Phrasebook(language).country(code)) }
                return extra[name] ?? ruleSet.shown(name, in: ctx, language: language)
            }
        }
        return LocalizedText(texts)
    }

    /// The one evaluation of a record in its slots: outcome, category, scores, and which rules fired, could not be
    /// evaluated or do not apply. No words are made here; `explain` makes them from this result.
    /// The row's last slots take the derived values.
    public func evaluation(_ row: inout Row, asOfYear: Int?) -> Evaluation {
        let kind = row.kind
        // Filled in place, not returned through the frame's generic closure, which would copy it value by value.
        var e = Evaluation(members: tables.members)
        withFrame(&row, asOfYear: asOfYear) { evaluation($0, kind: kind, into: &e) }
        return e
    }

    /// The rules' conditions folded into one call that writes each verdict at its rule's place.
    static func verdicts(_ tests: [(Int, Test)]) -> Verdicts {
        var all: @Sendable (Frame, UnsafeMutablePointer<Truth>) -> Void = { _, _ in }
        for (i, test) in tests {
            let before = all
            let run = test.run
            all = { frame, out in
                before(frame, out)
                out[i] = run(frame)
            }
        }
        return Verdicts(write: all)
    }

    /// Derived values folded into one call, in order.
    static func sequence(_ calls: [Store]) -> Store {
        var all: @Sendable (Frame) -> Void = { _ in }
        for call in calls {
            let before = all
            let run = call.run
            all = { frame in
                before(frame)
                run(frame)
            }
        }
        return Store(all)
    }

    /// A score's program as one call that gives its value: no enum to look into per record.
    static func score(of program: Program) -> Scoring {
        switch program {
        case .int(let f): Scoring { f($0).map(Score.int) ?? .unknown }
        case .decimal(let f): Scoring { f($0).map(Score.decimal) ?? .unknown }
        case .truth(let f):
            Scoring {
                switch f($0) {
                case .yes: .truth(true)
                case .no: .truth(false)
                case .unknown: .unknown
                }
            }
        default: Scoring { _ in .unknown }
        }
    }

    /// A derived value's program turned into one call that stores its result: no enum to look into per record.
    static func storing(slot: Int, program: Program) -> Store? {
        switch program {
        case .truth(let f):
            Store { frame in
                let t = f(frame)
                frame.store(t == .unknown ? nil : (t == .yes ? 1 : 0), at: slot)
            }
        case .int(let f): Store { frame in frame.store(f(frame).map { UInt64(bitPattern: Int64($0)) }, at: slot) }
        case .decimal(let f): Store { frame in frame.store(f(frame)?.bitPattern, at: slot) }
        case .set(let f, _): Store { frame in frame.store(f(frame), at: slot) }
        case .list, .activities: Store { frame in frame.store(nil, at: slot) }
        case .text: nil
        }
    }

    /// The evaluation of a record in its slots and the reasons of the rules that fired, in the order written, in
    /// `language`: all a streamed line shows, made without the traces and conditions of `evaluate`.
    public func streamed(_ row: inout Row, asOfYear: Int?, language: Language, openable: Openable? = nil) -> (
        evaluation: Evaluation, reasons: [String]
    ) {
        let language = ruleSet.languages.contains(language) ? language : fallbackLanguage
        let kind = row.kind
        return withFrame(&row, asOfYear: asOfYear) { frame in
            var e = Evaluation(members: tables.members)
            evaluation(frame, kind: kind, into: &e, openable: openable)
            let fixed = fixedReasons[language]
            var reasons: [String] = []
            for i in e.fired {
                reasons.append(
                    fixed?[i] ?? ruleSet.rules[i].because.render(language) { ruleSet.shown($0, in: frame, language: language) })
            }
            return (e, reasons)
        }
    }

    /// One record's outcome, category, scores, reasons and the full trace behind them.
    public func evaluate(_ record: Record, asOfYear: Int?) -> RecordReview {
        let (fresh, openable) = freshened(record, asOfYear: asOfYear)
        var row = row(for: fresh)
        let kind = row.kind
        return withFrame(&row, asOfYear: asOfYear) { frame in
            var e = Evaluation(members: tables.members)
            evaluation(frame, kind: kind, into: &e, openable: openable)
            return explain(fresh, e, context(for: fresh, asOfYear: asOfYear, frame))
        }
    }

    /// The unknown rules and requirements that may hold a record's outcome open, where not all may.
    public struct Openable: Sendable {
        var rules: Bits
        var requirements: Bits
    }

    /// The record as the review reads it, a fact older than its age limit set aside as stale, and which unknowns may
    /// then hold the outcome open. A limit of ours, like any rule whose force is ours, never does: the rules and
    /// requirements a stale fact alone leaves unknown are a data gap. A limit the strategy states may.
    public func freshened(_ record: Record, asOfYear: Int?) -> (record: Record, openable: Openable?) {
        let fresh = record.fresh(asOfYear: asOfYear, ruleSet)
        let ours = fresh.stale.keys.filter { name in
            (ruleSet.fact(named: name)?.maxAge ?? ruleSet.evidenceMaxAge).flatMap { ruleSet.parameter(named: $0) }?.isOurs ?? true
        }
        guard !ours.isEmpty else { return (fresh, nil) }
        var kept = fresh
        for name in ours {
            kept.facts[name] = fresh.stale[name]
            kept.stale[name] = nil
        }
        var row = row(for: kept)
        let kind = row.kind
        let e = withFrame(&row, asOfYear: asOfYear) { frame in evaluation(frame, kind: kind) }
        return (fresh, Openable(rules: e.unknown, requirements: e.unknownRequirements))
    }

    func evaluation(_ frame: Frame, kind: Int) -> Evaluation {
        var e = Evaluation(members: tables.members)
        evaluation(frame, kind: kind, into: &e)
        return e
    }

    /// `openable`: where set, only these unknown rules and requirements may hold the outcome open.
    func evaluation(_ frame: Frame, kind: Int, into e: inout Evaluation, openable: Openable? = nil) {
        guard kind >= 0, tables.assessed[kind] else { return }
        let applies = tables.ruleApplies[kind]
        // Step 2 of `Precedence`: the most severe proposal wins, the first written among equals.
        var best = -1
        var capSeverity = Int.max
        withUnsafeTemporaryAllocation(of: Truth.self, capacity: max(tables.ruleSeverity.count, 1)) { verdicts in
            let verdict = verdicts.baseAddress!
            tables.ruleVerdicts[kind].write(frame, verdict)
            for i in 0..<tables.ruleSeverity.count {
                guard applies[i], !tables.anyScoringWhen || tables.ruleWhen[i]?.run(frame) != .no else {
                    e.insert(i, .notApplicable)
                    continue
                }
                switch verdict[i] {
                case .yes:
                    e.insert(i, .fired)
                    let severity = tables.ruleSeverity[i]
                    if severity > best {
                        best = severity
                        e.winner = .rule(i)
                    }
                    if let cap = tables.ruleCap[i], cap < capSeverity {
                        capSeverity = cap
                        e.cap = i
                    }
                case .no: break
                case .unknown: e.insert(i, .unknown)
                }
            }
        }
        var undecided: Int?
        if tables.categorised[kind], !tables.categories.isEmpty {
            e.category = .unclassified
            for (c, test) in tables.categories.enumerated() {
                let t = test.run(frame)
                if t == .no { continue }
                if t == .unknown {
                    e.category = .undecided(c)
                    undecided = c
                    break
                }
                e.category = .matched(c)
                for (r, holds) in tables.requirements[c].enumerated() {
                    switch holds.run(frame) {
                    case .no:
                        e.insert(r, .failedRequirements)
                        let severity = tables.requirementSeverity[c][r]
                        if severity > best {
                            best = severity
                            e.winner = .requirement(r)
                        }
                    case .unknown: e.insert(r, .unknownRequirements)
                    case .yes: break
                    }
                }
                break
            }
            if e.category == .unclassified, tables.unclassifiedSeverity >= 0, tables.unclassifiedSeverity > best {
                best = tables.unclassifiedSeverity
                e.winner = .unclassified
            }
        }
        // Steps 3 and 4: what the missing facts could still give, and the cap.
        let decided = best >= 0 ? best : tables.defaultSeverity
        var open = -1
        // A rule whose force is ours never holds the outcome open: its missing facts are a data gap.
        for i in e.unknown
        where tables.ruleSeverity[i] > decided && tables.ruleHoldsOpen[i] && openable.map({ $0.rules.contains(i) }) ?? true {
            e.insert(i, .matteringRules)
            open = max(open, tables.ruleSeverity[i])
        }
        if case .matched(let c) = e.category {
            for r in e.unknownRequirements
            where tables.requirementSeverity[c][r] > decided && openable.map({ $0.requirements.contains(r) }) ?? true {
                e.insert(r, .matteringRequirements)
                open = max(open, tables.requirementSeverity[c][r])
            }
        }
        if let undecided, tables.undecidedSeverity[undecided] > decided {
            e.undecidedMatters = true
            open = max(open, tables.undecidedSeverity[undecided])
        }
        let result = Precedence.outcome(
            fired: best, open: open, cap: e.cap.map { _ in capSeverity }, defaultSeverity: tables.defaultSeverity,
            unknownSeverity: tables.unknownSeverity)
        e.outcome = result.severity
        e.provisional = result.provisional
        e.decided = decided
        e.open = e.cap == nil ? open : min(open, capSeverity)
        e.capped = result.capped
        e.raised = result.severity > decided
        e.scores = scores(frame, kind: kind, e)
    }

    /// Each criterion's score: its expression, or the points of the rules that fired (unknown if one of them could
    /// not be evaluated).
    private func scores(_ frame: Frame, kind: Int, _ e: Evaluation) -> Scores {
        let plans = tables.scoring[kind]
        var scores = Scores(count: plans.count)
        for (c, plan) in plans.enumerated() {
            if tables.anyScoringWhen, let applies = tables.scoringWhen[c], applies.run(frame) == .no { continue }
            switch plan {
            case .none: continue
            case .expression(let score): scores.set(c, score.run(frame))
            case .points(let contributing):
                if contributing.contains(where: { e.contains($0.rule, .unknown) }) {
                    scores.set(c, .unknown)
                    continue
                }
                var total = 0.0
                for (rule, points) in contributing where e.contains(rule, .fired) { total += points }
                // A sum beyond the integers (points of 1e19) stays a decimal: a conversion never traps.
                scores.set(c, Int(exactly: total).map(Score.int) ?? .decimal(total))
            }
        }
        return scores
    }

    /// A record whose kind the rule set does not assess, with the reason its `out_of_scope` gives for the kind.
    func notAssessed(_ record: Record) -> RecordReview {
        let scope = ruleSet.outOfScope(for: record.kind)
        let text = scope?.because ?? words { $0.engine(.notAssessedKind($0.kind(record.kind))) }
        let reason = Reason(
            kind: .outOfScope, source: "out_of_scope", outcome: nil, text: text,
            citation: scope?.citation, location: scope?.citation?.location)
        return RecordReview(
            record: record, outcome: RecordReview.notAssessed, decisive: reason, category: nil,
            categoryReason: nil, scores: [], reasons: [reason], unevaluated: [], conditions: [],
            flags: [], traces: [], missingFacts: [], openingFacts: [])
    }

    /// A text the engine makes, in each language, or in `wordsIn` alone.
    func words(_ text: (Phrasebook) -> String) -> LocalizedText { Phrasebook.everyLanguage(only: wordsIn, text) }

    /// `text` as a thing to follow up, in each language («Følg opp: …»).
    func followUp(_ text: LocalizedText) -> LocalizedText {
        words { $0.engine(.followUp($0.text(text))) }
    }

    func unique(_ names: [String]) -> [String] {
        names.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    }

    func withMissing(_ text: LocalizedText, _ names: [String]) -> LocalizedText {
        guard !names.isEmpty else { return text }
        var texts = text.texts
        if let wordsIn {
            let code = LocalizedText.code(for: wordsIn, among: Array(texts.keys))
            texts = texts.filter { $0.key == code }
        }
        for (code, t) in texts {
            let book = Phrasebook(Language(rawValue: code) ?? .nb)
            texts[code] = t + book.engine(.missingFacts(book.facts(names, ruleSet)))
        }
        return LocalizedText(texts)
    }

}
