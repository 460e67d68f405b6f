/// Three-valued logic and arithmetic: an unknown operand makes the result unknown,
/// except where the known side decides (`false and unknown` is false, `true or unknown` is true).
enum Logic {
    static func not(_ v: Value) -> Value {
        if case .bool(let b) = v { return .bool(!b) }
        return .unknown
    }

    static func and(_ l: Value, _ r: () -> Value) -> Value {
        if case .bool(false) = l { return l }
        let rv = r()
        if case .bool(false) = rv { return rv }
        if case .bool(true) = l, case .bool(true) = rv { return rv }
        return .unknown
    }

    static func or(_ l: Value, _ r: () -> Value) -> Value {
        if case .bool(true) = l { return l }
        let rv = r()
        if case .bool(true) = rv { return rv }
        if case .bool(false) = l, case .bool(false) = rv { return rv }
        return .unknown
    }

    static func equal(_ l: Value, _ r: Value, negated: Bool) -> Value {
        if l.isUnknown || r.isUnknown { return .unknown }
        let same: Bool
        if let a = l.number, let b = r.number { same = a == b } else { same = l == r }
        return .bool(same != negated)
    }

    static func order(_ op: BinaryOperator, _ l: Value, _ r: Value) -> Value {
        guard let a = l.number, let b = r.number else { return .unknown }
        switch op {
        case .less: return .bool(a < b)
        case .lessOrEqual: return .bool(a <= b)
        case .greater: return .bool(a > b)
        default: return .bool(a >= b)
        }
    }

    static func contains(_ collection: Value, _ element: Value) -> Value {
        if element.isUnknown { return .unknown }
        switch collection {
        case .set(let names):
            guard case .string(let s) = element else { return .unknown }
            return .bool(names.contains(s))
        case .list(let items):
            if items.contains(where: \.isUnknown) { return .unknown }
            return .bool(items.contains { equal($0, element, negated: false) == .bool(true) })
        default:
            return .unknown
        }
    }

    static func count(_ v: Value) -> Value {
        switch v {
        case .set(let names): .int(names.count)
        case .list(let items): .int(items.count)
        default: .unknown
        }
    }

    static func negate(_ v: Value) -> Value {
        switch v {
        case .int(let i): i == .min ? .unknown : .int(-i)
        case .decimal(let d): .decimal(-d)
        default: .unknown
        }
    }

    /// Integer arithmetic stays integral; overflow and division by zero are unknown, never a crash.
    static func arithmetic(_ op: BinaryOperator, _ l: Value, _ r: Value) -> Value {
        if case .int(let a) = l, case .int(let b) = r, op != .divide {
            let (result, overflow): (Int, Bool)
            switch op {
            case .plus: (result, overflow) = a.addingReportingOverflow(b)
            case .minus: (result, overflow) = a.subtractingReportingOverflow(b)
            default: (result, overflow) = a.multipliedReportingOverflow(by: b)
            }
            return overflow ? .unknown : .int(result)
        }
        guard let a = l.number, let b = r.number else { return .unknown }
        let result: Double
        switch op {
        case .plus: result = a + b
        case .minus: result = a - b
        case .times: result = a * b
        default:
            guard b != 0 else { return .unknown }
            result = a / b
        }
        return result.isFinite ? .decimal(result) : .unknown
    }

    static func sum(_ values: [Value]) -> Value {
        var total = 0.0
        for v in values {
            guard let n = v.number else { return .unknown }
            total += n
        }
        return .decimal(total)
    }

    /// The least or greatest of the values; unknown if any is unknown or there are none.
    static func extreme(_ values: [Value], isMin: Bool) -> Value {
        guard var best = values.first, best.number != nil else { return .unknown }
        for v in values.dropFirst() {
            guard let n = v.number, let b = best.number else { return .unknown }
            if isMin ? n < b : n > b { best = v }
        }
        return best
    }
}
