/// The syntax tree of an expression, each node with the character offset of its first token.
public indirect enum Expression: Sendable, Hashable {
    case literal(Value, offset: Int)
    case list([Expression], offset: Int)
    case name(String, offset: Int)
    /// `activities.amount_nok`: a field of each activity, only inside an aggregation.
    case member(Expression, field: String, offset: Int)
    case not(Expression, offset: Int)
    case negate(Expression, offset: Int)
    case binary(BinaryOperator, Expression, Expression, offset: Int)
    case call(String, [Expression], offset: Int)
    /// `count(activities where type == 'visit_out')`, `sum(activities.amount_nok where ...)`.
    case aggregate(String, source: Expression, filter: Expression?, offset: Int)

    public var offset: Int {
        switch self {
        case .literal(_, let o), .list(_, let o), .name(_, let o), .member(_, _, let o), .not(_, let o),
            .negate(_, let o), .binary(_, _, _, let o), .call(_, _, let o), .aggregate(_, _, _, let o):
            o
        }
    }

    /// Every name the expression reads outside aggregation filters, in order of first use.
    public var names: [String] {
        var seen: [String] = []
        collectNames(into: &seen)
        return seen
    }

    /// The names read for their value: `has(x)` asks only whether `x` is there, so its absence is no gap.
    public var valueNames: [String] {
        var seen: [String] = []
        collectNames(into: &seen, skippingHas: true)
        return seen
    }

    /// Calls `visit` with every name and its offset, including names inside aggregation filters.
    public func visitNames(_ visit: (String, Int) -> Void) {
        switch self {
        case .name(let n, let o): visit(n, o)
        case .literal: break
        case .list(let items, _), .call(_, let items, _): for item in items { item.visitNames(visit) }
        case .member(let b, _, _), .not(let b, _), .negate(let b, _): b.visitNames(visit)
        case .binary(_, let l, let r, _):
            l.visitNames(visit)
            r.visitNames(visit)
        case .aggregate(_, let source, let filter, _):
            source.visitNames(visit)
            filter?.visitNames(visit)
        }
    }

    /// Names read for their value whose absence can leave the expression unknown: not `id`, `name` or `kind`, which
    /// every record has, nor a fact asked about with `has(x)` as one of the `and`s around it (missing, that whole `and`
    /// is false). Each side of an `or`, and what `not` negates, is looked at the same way.
    public var namesThatCanBeUnknown: [String] {
        var found: [String] = []
        func conjuncts(_ e: Expression) -> [Expression] {
            if case .binary(.and, let l, let r, _) = e { return conjuncts(l) + conjuncts(r) }
            return [e]
        }
        func walk(_ e: Expression, _ safe: Set<String>) {
            switch e {
            case .binary(.and, _, _, _):
                let parts = conjuncts(e)
                var guarded = safe
                for case .call("has", let args, _) in parts { for case .name(let n, _) in args { guarded.insert(n) } }
                for part in parts { walk(part, guarded) }
            case .binary(.or, let l, let r, _):
                walk(l, safe)
                walk(r, safe)
            case .not(let inner, _):
                walk(inner, safe)
            default:
                for n in e.valueNames where !safe.contains(n) && !found.contains(n) { found.append(n) }
            }
        }
        walk(self, ["id", "name", "kind"])
        return found
    }

    /// Names the expression asks about with `has(x)`: the author has guarded them, so their absence is handled.
    public var guardedNames: Set<String> {
        var found: Set<String> = []
        func walk(_ e: Expression) {
            switch e {
            case .call("has", let args, _): for case .name(let n, _) in args { found.insert(n) }
            case .list(let items, _), .call(_, let items, _): items.forEach(walk)
            case .member(let b, _, _), .not(let b, _), .negate(let b, _): walk(b)
            case .binary(_, let l, let r, _):
                walk(l)
                walk(r)
            case .aggregate(_, let source, let filter, _):
                walk(source)
                filter.map(walk)
            case .literal, .name: break
            }
        }
        walk(self)
        return found
    }

    private func collectNames(into seen: inout [String], skippingHas: Bool = false) {
        switch self {
        case .literal: break
        case .call("has", _, _) where skippingHas: break
        case .name(let n, _): if !seen.contains(n) { seen.append(n) }
        case .list(let items, _), .call(_, let items, _):
            for item in items { item.collectNames(into: &seen, skippingHas: skippingHas) }
        case .member(let base, _, _), .not(let base, _), .negate(let base, _):
            base.collectNames(into: &seen, skippingHas: skippingHas)
        case .binary(_, let l, let r, _):
            l.collectNames(into: &seen, skippingHas: skippingHas)
            r.collectNames(into: &seen, skippingHas: skippingHas)
        case .aggregate(_, let source, _, _): source.collectNames(into: &seen, skippingHas: skippingHas)
        }
    }
}

/// The binary operators, from loosest to tightest binding.
public enum BinaryOperator: String, Sendable, Hashable {
    case or, and
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case `in`
    case plus = "+", minus = "-", times = "*", divide = "/"

    var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .in: 4
        case .plus, .minus: 5
        case .times, .divide: 6
        }
    }

    var isComparison: Bool { precedence == 4 && self != .in }
}
