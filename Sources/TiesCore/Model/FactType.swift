/// The declared type of a fact in a rule set's schema.
public enum FactType: String, Sendable, Hashable, Codable, CaseIterable {
    case bool, int, decimal, money, string, `enum`, set, year

    /// The type expressions see: money is a decimal, a year an integer, an enum a string.
    public var valueType: ValueType {
        switch self {
        case .bool: .bool
        case .int, .year: .int
        case .decimal, .money: .decimal
        case .string, .enum: .string
        case .set: .set
        }
    }
}

/// The static type of an expression, checked at load time.
public indirect enum ValueType: Sendable, Hashable, CustomStringConvertible {
    case bool, int, decimal, string, set
    case list(element: ValueType?)
    /// A record's activity log; only usable inside an aggregation.
    case activities

    public var isNumeric: Bool { self == .int || self == .decimal }

    public var description: String {
        switch self {
        case .bool: "bool"
        case .int: "int"
        case .decimal: "decimal"
        case .string: "string"
        case .set: "set"
        case .list(let element): element.map { "list of \($0)" } ?? "list"
        case .activities: "activities"
        }
    }
}

/// One fact of the schema: what a record may say under `facts:`.
public struct FactDefinition: Sendable, Hashable {
    public var name: String
    /// The parameter (in years) a recorded value of this fact may be old before it counts as unknown.
    public var maxAge: String?
    public var type: FactType
    /// Allowed names for `enum` and `set` facts.
    public var values: [String]?
    /// Inclusive bounds for numeric facts.
    public var range: ClosedRange<Double>?
    public var description: String?
    /// A short name per language for reports and memos, e.g. {nb: Årlig kontingent, en: Annual fee}.
    public var label: LocalizedText?
    /// What the fact is about, as running text names it where it is missing: {nb: "kommunens rolle", en: "the
    /// municipality's role"}; without it, the label.
    public var topic: LocalizedText?
    /// What each allowed value is called in each language, e.g. host → {nb: vertskap, en: host}.
    public var valueLabels: [String: LocalizedText] = [:]
    public var location: SourceLocation
    /// How a case memo says the fact in a sentence: for a yes or no, a sentence for each; for any other value, one with
    /// `{value}` where the value stands («Kompetansehevingen er vurdert til {value} av 3»).
    public var says: Says?

    /// A fact's sentences, as the rule set writes them.
    public struct Says: Sendable, Hashable {
        public var yes: LocalizedText?
        public var no: LocalizedText?
        public var value: LocalizedText?
        /// A sentence for each point of a scale («2: Medlemskapet gir tydelig kompetanseheving»), where the number alone
        /// would say nothing to a reader.
        public var points: [Int: LocalizedText] = [:]

        public init(yes: LocalizedText? = nil, no: LocalizedText? = nil, value: LocalizedText? = nil) {
            self.yes = yes
            self.no = no
            self.value = value
        }
    }

    /// A value of this fact as a reader reads it: its label where the rule set gives one.
    public func readable(_ value: Value, _ language: Language) -> Value {
        switch value {
        case .string(let s): valueLabels[s].map { .string($0.text(language)) } ?? value
        case .set(let names): .set(names.map { valueLabels[$0]?.text(language) ?? $0 })
        default: value
        }
    }

    public init(
        name: String, type: FactType, values: [String]? = nil, range: ClosedRange<Double>? = nil,
        description: String? = nil, label: LocalizedText? = nil, location: SourceLocation
    ) {
        self.name = name
        self.type = type
        self.values = values
        self.range = range
        self.description = description
        self.label = label
        self.location = location
    }
}
