/// What a comparison needs of a review: per record, the verdict and the facts it rested on; per rule set,
/// every rule's definition and parameter. Built from a `Review` or read back from review JSON.
public struct ReviewSnapshot: Sendable, Hashable {
    public var ruleSetID: String
    public var ruleSetSHA256: String?
    public var asOf: ReviewDate?
    /// Rule id → its definition as written (condition and outcome).
    public var rules: [String: String]
    public var parameters: [String: String]
    public var records: [String: RecordSnapshot]

    public init(
        ruleSetID: String, ruleSetSHA256: String?, asOf: ReviewDate?, rules: [String: String], parameters: [String: String],
        records: [String: RecordSnapshot]
    ) {
        self.ruleSetID = ruleSetID
        self.ruleSetSHA256 = ruleSetSHA256
        self.asOf = asOf
        self.rules = rules
        self.parameters = parameters
        self.records = records
    }

    public init(_ review: Review) {
        let rs = review.ruleSet
        self.init(
            ruleSetID: rs.id, ruleSetSHA256: review.fingerprint?.ruleSet, asOf: review.asOf,
            rules: Dictionary(
                rs.rules.map { ($0.id, Self.definition(when: $0.when.text, outcome: $0.outcome)) }, uniquingKeysWith: { a, _ in a }),
            parameters: Dictionary(rs.parameters.map { ($0.name, $0.value.description) }, uniquingKeysWith: { a, _ in a }),
            records: Dictionary(
                review.records.map { r in
                    (
                        r.record.id,
                        RecordSnapshot(
                            id: r.record.id, name: r.record.name, outcome: r.outcome, category: r.category,
                            fired: r.reasons.filter { $0.kind == .rule }.map(\.source), unevaluated: r.unevaluated.map(\.rule),
                            decisive: r.decisive.source, facts: RecordSnapshot.facts(of: r.record))
                    )
                }, uniquingKeysWith: { a, _ in a }))
    }

    /// How a rule reads in a snapshot: `when → outcome`.
    public static func definition(when: String, outcome: String?) -> String { when + " → " + (outcome ?? "-") }
}

/// One record's verdict and facts in a snapshot.
public struct RecordSnapshot: Sendable, Hashable {
    public var id: String
    public var name: String
    public var outcome: String
    public var category: String?
    public var fired: [String]
    public var unevaluated: [String]
    public var decisive: String
    /// Facts and built-in fields as text, so two snapshots compare the way they print.
    public var facts: [String: String]

    public init(
        id: String, name: String, outcome: String, category: String?, fired: [String], unevaluated: [String], decisive: String,
        facts: [String: String]
    ) {
        self.id = id
        self.name = name
        self.outcome = outcome
        self.category = category
        self.fired = fired
        self.unevaluated = unevaluated
        self.decisive = decisive
        self.facts = facts
    }

    static func facts(of r: Record) -> [String: String] {
        var facts = r.facts.mapValues(\.description)
        facts["kind"] = r.kind
        if let c = r.country { facts["country"] = c }
        if let s = r.since { facts["since"] = String(s) }
        if let a = r.activities { facts["activities"] = a.map { "\($0.year) \($0.type)" }.joined(separator: ", ") }
        return facts
    }
}

/// A record whose outcome, category or fired rules changed between two reviews, and why.
public struct RecordChange: Sendable, Hashable {
    public var id: String
    public var name: String
    public var before: RecordSnapshot?
    public var after: RecordSnapshot?
    public var causes: [Cause]

    public var outcomeFlipped: Bool { before?.outcome != after?.outcome }

    /// What changed to bring the change about.
    public struct Cause: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            case facts, rules, ruleSet = "rule_set", reviewDate = "review_date", portfolio, added, removed
        }
        public var kind: Kind
        public var detail: Phrase.Change
    }
}

/// Compares two reviews record by record and attributes every change to facts, rules, the rule set or the date.
public enum ReviewComparison {
    public static func changes(from old: ReviewSnapshot, to new: ReviewSnapshot) -> [RecordChange] {
        let ruleChanges = Set(old.rules.keys).union(new.rules.keys).filter { old.rules[$0] != new.rules[$0] }
        let parameterChanges = Set(old.parameters.keys).union(new.parameters.keys).sorted().filter {
            old.parameters[$0] != new.parameters[$0]
        }
        let ids = Set(old.records.keys).union(new.records.keys).sorted()
        return ids.compactMap { id -> RecordChange? in
            let before = old.records[id]
            let after = new.records[id]
            guard let b = before, let a = after else {
                let kind: RecordChange.Cause.Kind = before == nil ? .added : .removed
                return RecordChange(
                    id: id, name: (after ?? before)!.name, before: before, after: after,
                    causes: [.init(kind: kind, detail: before == nil ? .added : .removed)])
            }
            guard b.outcome != a.outcome || b.category != a.category || Set(b.fired) != Set(a.fired) else { return nil }
            var causes: [RecordChange.Cause] = []
            if old.ruleSetID != new.ruleSetID {
                causes.append(.init(kind: .ruleSet, detail: .ruleSet(old.ruleSetID, new.ruleSetID)))
            } else {
                let involved = Set(b.fired + a.fired + b.unevaluated + a.unevaluated)
                for rule in ruleChanges.sorted() where involved.contains(rule) || old.rules[rule] == nil || new.rules[rule] == nil {
                    causes.append(
                        .init(kind: .rules, detail: .rule(rule, before: old.rules[rule], after: new.rules[rule])))
                }
                // A threshold is a cause only where a rule that reads it took part.
                let reading = involved.compactMap { old.rules[$0] ?? new.rules[$0] }
                for p in parameterChanges where reading.contains(where: { $0.contains(p) }) {
                    causes.append(.init(kind: .rules, detail: .parameter(p, before: old.parameters[p], after: new.parameters[p])))
                }
            }
            let factNames = Set(b.facts.keys).union(a.facts.keys).sorted().filter { b.facts[$0] != a.facts[$0] }
            for name in factNames {
                causes.append(.init(kind: .facts, detail: .fact(name, before: b.facts[name], after: a.facts[name])))
            }
            if old.asOf != new.asOf {
                causes.append(.init(kind: .reviewDate, detail: .reviewDate(before: old.asOf?.description, after: new.asOf?.description)))
            }
            if causes.isEmpty, b.decisive != a.decisive {
                causes.append(.init(kind: .portfolio, detail: .portfolio(before: b.decisive, after: a.decisive)))
            }
            return RecordChange(id: id, name: a.name, before: b, after: a, causes: causes)
        }
    }
}
