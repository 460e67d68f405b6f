/// A typed value of a fact, a field or an expression; `unknown` is a value of the logic, not an error.
public enum Value: Sendable, Hashable {
    case unknown
    case bool(Bool)
    case int(Int)
    case decimal(Double)
    case string(String)
    /// A set of names, kept sorted and without repeats so output is deterministic.
    case set([String])
    /// A list literal written in an expression, e.g. `['SE', 'DK', 'FI']`.
    case list([Value])

    /// A set value from any names: sorted, repeats removed.
    public static func makeSet<S: Sequence>(_ names: S) -> Value where S.Element == String {
        .set(Array(Swift.Set(names)).sorted())
    }

    public var isUnknown: Bool {
        if case .unknown = self { return true }
        return false
    }

    /// The number as a real, for arithmetic that mixes integers and decimals.
    public var number: Double? {
        switch self {
        case .int(let i): Double(i)
        case .decimal(let d): d
        default: nil
        }
    }
}

extension Value: CustomStringConvertible {
    /// The value as a reader would write it; integral decimals without a fraction.
    public var description: String {
        switch self {
        case .unknown: "unknown"
        case .bool(let b): b ? "true" : "false"
        case .int(let i): String(i)
        case .decimal(let d): Value.format(d)
        case .string(let s): s
        case .set(let names): "[" + names.joined(separator: ", ") + "]"
        case .list(let values): "[" + values.map(\.description).joined(separator: ", ") + "]"
        }
    }

    public static func format(_ d: Double) -> String {
        if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }
}
