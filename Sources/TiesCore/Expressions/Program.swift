/// Three-valued truth: a condition holds, does not hold, or cannot be decided because a fact is missing.
public enum Truth: UInt8, Sendable {
    case no, yes, unknown

    init(_ b: Bool) { self = b ? .yes : .no }

    /// The truth as a value of the logic, for traces and tests.
    public var value: Value {
        switch self {
        case .no: .bool(false)
        case .yes: .bool(true)
        case .unknown: .unknown
        }
    }
}

/// One record's slots while its expressions are evaluated: a word and a known bit per slot.
///
/// Integers and decimals are their bit patterns, booleans 0 or 1, a set a mask over its declared values, a
/// string an index into `texts`. Every field is a pointer into storage the evaluation holds for the frame's life,
/// so a frame is copied without counting references: compiled closures pass it freely.
public struct Frame {
    let words: UnsafeMutablePointer<UInt64>
    let known: UnsafeMutablePointer<UInt64>
    let texts: UnsafeBufferPointer<String>
    /// The activity log; nil when the record keeps none.
    let activities: UnsafeBufferPointer<Activity>?
    /// Values of `for_each` names in portfolio rules; nil for a record's review.
    let variables: UnsafeBufferPointer<String>?
    /// The activity an aggregation filter is looking at.
    var activity: UnsafePointer<Activity>?

    @inline(__always) func isKnown(_ slot: Int) -> Bool { known[slot &>> 6] & (1 &<< UInt64(slot & 63)) != 0 }

    @inline(__always) func int(_ slot: Int) -> Int? { isKnown(slot) ? Int(bitPattern: UInt(words[slot])) : nil }
    @inline(__always) func decimal(_ slot: Int) -> Double? { isKnown(slot) ? Double(bitPattern: words[slot]) : nil }
    @inline(__always) func truth(_ slot: Int) -> Truth { isKnown(slot) ? (words[slot] != 0 ? .yes : .no) : .unknown }
    @inline(__always) func mask(_ slot: Int) -> UInt64? { isKnown(slot) ? words[slot] : nil }
    @inline(__always) func text(_ slot: Int) -> String? { isKnown(slot) ? texts[Int(words[slot])] : nil }

    /// Runs `body` with the activity log's storage, or nil where there is no log.
    @inline(__always) static func withActivities<T>(_ log: [Activity]?, _ body: (UnsafeBufferPointer<Activity>?) -> T) -> T {
        guard let log else { return body(nil) }
        return log.withUnsafeBufferPointer { body($0) }
    }

    /// Stores a value at `slot`; nil leaves it unknown.
    @inline(__always) func store(_ word: UInt64?, at slot: Int) {
        let bit: UInt64 = 1 &<< UInt64(slot & 63)
        if let word {
            words[slot] = word
            known[slot &>> 6] |= bit
        } else {
            known[slot &>> 6] &= ~bit
        }
    }
}

/// An expression compiled for one static type: a closure over the frame that returns that type, nil for unknown.
enum Program: Sendable {
    case truth(@Sendable (Frame) -> Truth)
    case int(@Sendable (Frame) -> Int?)
    case decimal(@Sendable (Frame) -> Double?)
    case text(@Sendable (Frame) -> String?)
    /// A set as a mask over `domain`, the declared values in their written order.
    case set(@Sendable (Frame) -> UInt64?, domain: [String])
    case list([Program], element: ValueType?)
    case activities

    var type: ValueType {
        switch self {
        case .truth: .bool
        case .int: .int
        case .decimal: .decimal
        case .text: .string
        case .set: .set
        case .list(_, let element): .list(element: element)
        case .activities: .activities
        }
    }

    /// A number as a real, for arithmetic and comparisons that mix integers and decimals; only for a numeric type.
    /// Not optional: an optional closure is held in a generic form that each call reaches through a thunk.
    var real: @Sendable (Frame) -> Double? {
        switch self {
        case .decimal(let f): f
        case .int(let f): { frame in f(frame).map(Double.init) }
        default: { _ in nil }
        }
    }

    /// The program that always gives `value`.
    static func constant(_ value: Value) -> Program {
        switch value {
        case .unknown: .truth { _ in .unknown }
        case .bool(let b): .truth { _ in Truth(b) }
        case .int(let i): .int { _ in i }
        case .decimal(let d): .decimal { _ in d }
        case .string(let s): .text { _ in s }
        case .set(let names): .set({ _ in UInt64.max >> UInt64(64 - names.count) }, domain: names)
        case .list(let items): .list(items.map(constant), element: items.first.map { constant($0).type })
        }
    }

    /// The result as a value of the logic: what traces show and what `Condition.evaluate` returns.
    func value(_ frame: Frame) -> Value {
        switch self {
        case .truth(let f): f(frame).value
        case .int(let f): f(frame).map(Value.int) ?? .unknown
        case .decimal(let f): f(frame).map(Value.decimal) ?? .unknown
        case .text(let f): f(frame).map(Value.string) ?? .unknown
        case .set(let f, let domain): f(frame).map { Value.makeSet(Program.names($0, domain)) } ?? .unknown
        case .list(let items, _): .list(items.map { $0.value(frame) })
        case .activities: frame.activities.map { .int($0.count) } ?? .unknown
        }
    }

    /// Whether the result is known, for `has()`.
    func isKnown(_ frame: Frame) -> Bool {
        switch self {
        case .truth(let f): f(frame) != .unknown
        case .int(let f): f(frame) != nil
        case .decimal(let f): f(frame) != nil
        case .text(let f): f(frame) != nil
        case .set(let f, _): f(frame) != nil
        case .list: true
        case .activities: frame.activities != nil
        }
    }

    static func names(_ mask: UInt64, _ domain: [String]) -> [String] {
        domain.indices.filter { mask & (1 &<< UInt64($0)) != 0 }.map { domain[$0] }
    }
}

/// Where each slot's value lives and what type it has, so a value can be written into a frame and read back.
public struct SlotLayout: Sendable {
    /// The static type of each slot, and the declared values of a set or enum.
    public internal(set) var types: [ValueType]
    public internal(set) var domains: [[String]?]

    /// How many 64-bit words the known bits take.
    public var knownWords: Int { (types.count + 63) / 64 }

    /// The word for `value` in a slot of `type`, or nil when it is unknown or of another type.
    func word(_ value: Value, type: ValueType, domain: [String]?, texts: inout [String]) -> UInt64? {
        switch (type, value) {
        case (.bool, .bool(let b)): return b ? 1 : 0
        case (.int, .int(let i)): return UInt64(bitPattern: Int64(i))
        case (.int, .decimal(let d)): return Int(exactly: d).map { UInt64(bitPattern: Int64($0)) }
        case (.decimal, .decimal(let d)): return d.bitPattern
        case (.decimal, .int(let i)): return Double(i).bitPattern
        case (.string, .string(let s)):
            texts.append(s)
            return UInt64(texts.count - 1)
        case (.set, .set(let names)):
            guard let domain else { return nil }
            var mask: UInt64 = 0
            for name in names { if let i = domain.firstIndex(of: name) { mask |= 1 &<< UInt64(i) } }
            return mask
        default: return nil
        }
    }

    /// The value at `slot` of a frame.
    func value(at slot: Int, in frame: Frame) -> Value {
        switch types[slot] {
        case .bool: frame.truth(slot).value
        case .int: frame.int(slot).map(Value.int) ?? .unknown
        case .decimal: frame.decimal(slot).map(Value.decimal) ?? .unknown
        case .string: frame.text(slot).map(Value.string) ?? .unknown
        case .set: frame.mask(slot).map { Value.makeSet(Program.names($0, domains[slot] ?? [])) } ?? .unknown
        default: .unknown
        }
    }

    /// Runs `body` with a frame holding `values`, one per slot: how a value-level context is evaluated.
    func withFrame<T>(
        _ values: [Value], activities: [Activity]?, variables: [String] = [], _ body: (Frame) -> T
    ) -> T {
        let count = max(types.count, values.count)
        var words = [UInt64](repeating: 0, count: count)
        var known = [UInt64](repeating: 0, count: knownWords + 1)
        var texts: [String] = []
        for (slot, value) in values.enumerated() where slot < types.count {
            if let word = word(value, type: types[slot], domain: domains[slot], texts: &texts) {
                words[slot] = word
                known[slot >> 6] |= 1 << UInt64(slot & 63)
            }
        }
        return words.withUnsafeMutableBufferPointer { w in
            known.withUnsafeMutableBufferPointer { k in
                texts.withUnsafeBufferPointer { t in
                    variables.withUnsafeBufferPointer { v in
                        Frame.withActivities(activities) { a in
                            body(Frame(words: w.baseAddress!, known: k.baseAddress!, texts: t, activities: a, variables: v, activity: nil))
                        }
                    }
                }
            }
        }
    }
}
