/// The names an expression may read, and the slot each one is stored at during evaluation.
public struct Scope: Sendable {
    public struct Entry: Sendable, Hashable {
        public var type: ValueType
        public var slot: Int
        /// Allowed values, so a misspelt literal compared with the name is caught at load time.
        public var values: [String]?
    }

    public private(set) var entries: [String: Entry] = [:]
    public private(set) var slotNames: [String] = []
    /// Each slot's type and declared values, for the compiled form.
    public private(set) var layout = SlotLayout(types: [], domains: [])
    var variables: [String: Entry] = [:]
    /// The rule set's named parameters (thresholds and limits), constant for a review.
    public private(set) var constants: [String: Value] = [:]

    /// The built-in fields, then the schema's facts, then `as_of_year`.
    public init(facts: [FactDefinition]) {
        for (name, type) in Record.fieldNames.sorted(by: { $0.key < $1.key }) { add(name, type, nil) }
        for fact in facts where entries[fact.name] == nil { add(fact.name, fact.type.valueType, fact.values) }
        add("as_of_year", .int, nil)
    }

    private mutating func add(_ name: String, _ type: ValueType, _ values: [String]?) {
        entries[name] = Entry(type: type, slot: slotNames.count, values: values)
        slotNames.append(name)
        layout.types.append(type)
        layout.domains.append(values)
    }

    /// Adds a derived value (computed per record before the rules) with its own slot.
    public mutating func addDerived(_ name: String, type: ValueType) -> Int {
        let slot = slotNames.count
        add(name, type, nil)
        return slot
    }

    /// What `name` stands for in a record's context, for the values reasons and traces show: its slot, or
    /// the parameter of that name; unknown otherwise.
    public func value(of name: String, in ctx: EvaluationContext) -> Value {
        if let entry = entries[name], entry.slot < ctx.slots.count { return ctx.slots[entry.slot] }
        return constants[name] ?? .unknown
    }

    /// The scope with the rule set's parameters, e.g. `fee_threshold_nok: 100000`.
    public func with(parameters: [String: Value]) -> Scope {
        var scope = self
        scope.constants = parameters
        return scope
    }

    /// The scope with `for_each` names bound, e.g. `country_code` over `[SE, DK, FI]`.
    public func binding(_ name: String, type: ValueType) -> Scope {
        var scope = self
        scope.variables[name] = Entry(type: type, slot: variables.count, values: nil)
        return scope
    }

    /// The slots of one record, ready for evaluation.
    public func slots(for record: Record, asOfYear: Int?) -> [Value] {
        var slots = [Value](repeating: .unknown, count: slotNames.count)
        for (index, name) in slotNames.enumerated() {
            slots[index] = name == "as_of_year" ? (asOfYear.map(Value.int) ?? .unknown) : record.value(of: name)
        }
        return slots
    }

    /// Every name that could be meant, for "did you mean" suggestions.
    var allNames: [String] { slotNames + variables.keys.sorted() + constants.keys.sorted() + ["activities"] }
}
