/// Finds conditions that can never be true: contradictory comparisons of one fact within an `and`,
/// comparisons outside a fact's declared range, or a literal `false`.
enum Feasibility {
    /// Why the condition can never be true, or nil when it may be.
    static func contradiction(in e: Expression, facts: [String: FactDefinition]) -> Phrase.Contradiction? {
        var conjuncts: [Expression] = []
        flatten(e, into: &conjuncts)
        var bounds: [String: (low: Double, lowStrict: Bool, high: Double, highStrict: Bool, declared: Phrase.Declared?, source: [String])] =
            [:]
        var equal: [String: (Value, String)] = [:]
        var notEqual: [String: [(Value, String)]] = [:]
        for c in conjuncts {
            if case .literal(.bool(false), _) = c { return .literalFalse }
            guard let (name, op, value, text) = comparison(c) else { continue }
            if let n = value.number, op != .equal, op != .notEqual {
                var b = bounds[name] ?? (-.infinity, false, .infinity, false, nil, [])
                if let range = range(of: name, facts), b.source.isEmpty, b.declared == nil {
                    let declared: Phrase.Declared =
                        name.hasPrefix("count(")
                        ? .countAtMost(String(name.dropFirst(6).dropLast()), Value.format(range.upperBound))
                        : .range(name, low: Value.format(range.lowerBound), high: Value.format(range.upperBound))
                    b = (range.lowerBound, false, range.upperBound, false, declared, [])
                }
                switch op {
                case .greater, .greaterOrEqual:
                    if n > b.low || (n == b.low && op == .greater) { b.low = n; b.lowStrict = op == .greater }
                case .less, .lessOrEqual:
                    if n < b.high || (n == b.high && op == .less) { b.high = n; b.highStrict = op == .less }
                default: break
                }
                b.source.append(text)
                bounds[name] = b
                if b.low > b.high || (b.low == b.high && (b.lowStrict || b.highStrict)) {
                    return .cannotAllHold(b.declared, b.source)
                }
            }
            if op == .equal {
                if let (other, otherText) = equal[name], other != value, !(other.number != nil && other.number == value.number) {
                    return .cannotBothHold(otherText, text)
                }
                if let range = range(of: name, facts), let n = value.number, !range.contains(n) {
                    return .outsideRange(text, low: Value.format(range.lowerBound), high: Value.format(range.upperBound))
                }
                equal[name] = (value, text)
            } else if op == .notEqual {
                notEqual[name, default: []].append((value, text))
            }
            if let (v, t) = equal[name], let clash = notEqual[name]?.first(where: { $0.0 == v }) {
                return .cannotBothHold(t, clash.1)
            }
        }
        // `p and not p`
        let positive = Set(conjuncts.compactMap { if case .name(let n, _) = $0 { n } else { nil } })
        for c in conjuncts {
            if case .not(.name(let n, _), _) = c, positive.contains(n) { return .notAndNot(n) }
        }
        return nil
    }

    /// A fact's declared range; `count(x)` of a set fact lies between 0 and the number of its values.
    static func range(of name: String, _ facts: [String: FactDefinition]) -> ClosedRange<Double>? {
        if name.hasPrefix("count("), let values = facts[String(name.dropFirst(6).dropLast())]?.values {
            return 0...Double(values.count)
        }
        return facts[name]?.range
    }

    static func flatten(_ e: Expression, into list: inout [Expression]) {
        if case .binary(.and, let l, let r, _) = e {
            flatten(l, into: &list)
            flatten(r, into: &list)
        } else {
            list.append(e)
        }
    }

    /// `name op literal` (or `literal op name`, turned round), with the comparison as written.
    static func comparison(_ e: Expression) -> (String, BinaryOperator, Value, String)? {
        guard case .binary(let op, let l, let r, _) = e, op.isComparison else { return nil }
        let flipped: [BinaryOperator: BinaryOperator] = [
            .less: .greater, .greater: .less, .lessOrEqual: .greaterOrEqual,
            .greaterOrEqual: .lessOrEqual, .equal: .equal, .notEqual: .notEqual,
        ]
        switch (l, r) {
        case (.name(let n, _), .literal(let v, _)):
            return (n, op, v, "\(n) \(op.rawValue) \(v.quoted)")
        case (.literal(let v, _), .name(let n, _)):
            return (n, flipped[op]!, v, "\(v.quoted) \(op.rawValue) \(n)")
        case (.call("count", let args, _), .literal(let v, _)):
            guard args.count == 1, case .name(let n, _) = args[0] else { return nil }
            return ("count(\(n))", op, v, "count(\(n)) \(op.rawValue) \(v.quoted)")
        default:
            return nil
        }
    }

    /// The conjuncts of a condition as text, for comparing conditions.
    static func conjunctTexts(_ e: Expression) -> Set<String> {
        var list: [Expression] = []
        flatten(e, into: &list)
        return Set(list.map(\.canonicalText))
    }
}

extension Value {
    var quoted: String {
        if case .string(let s) = self { return "'\(s)'" }
        return description
    }
}

extension Expression {
    /// The expression written out canonically: the same logic gives the same text whatever the spacing.
    var canonicalText: String {
        switch self {
        case .literal(let v, _): v.quoted
        case .list(let items, _): "[" + items.map(\.canonicalText).joined(separator: ", ") + "]"
        case .name(let n, _): n
        case .member(let b, let f, _): b.canonicalText + "." + f
        case .not(let e, _): "not (" + e.canonicalText + ")"
        case .negate(let e, _): "-(" + e.canonicalText + ")"
        case .binary(let op, let l, let r, _): "(" + l.canonicalText + " " + op.rawValue + " " + r.canonicalText + ")"
        case .call(let f, let args, _): f + "(" + args.map(\.canonicalText).joined(separator: ", ") + ")"
        case .aggregate(let f, let s, let w, _): f + "(" + s.canonicalText + (w.map { " where " + $0.canonicalText } ?? "") + ")"
        }
    }
}
