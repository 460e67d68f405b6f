/// Type-checks a syntax tree against a scope and compiles it, once, into an evaluator.
struct ExpressionCompiler {
    let scope: Scope
    private(set) var errors: [ExpressionError] = []
    /// True while compiling an aggregation's filter, where activity fields are in scope.
    private var inActivity = false

    init(scope: Scope) { self.scope = scope }

    typealias Compiled = (type: ValueType, evaluate: Evaluator)

    mutating func compile(_ e: Expression) -> Compiled? {
        switch e {
        case .literal(let value, _):
            return (type(of: value), { _ in value })
        case .list(let items, let offset):
            return list(items, offset)
        case .name(let name, let offset):
            return lookUp(name, offset)
        case .member(_, _, let offset):
            return fail(offset, "a field of 'activities' can only be read inside count, sum, min or max")
        case .not(let inner, _):
            guard let c = compileExpecting(inner, .bool, "'not' needs a condition") else { return nil }
            let f = c.evaluate
            return (.bool, { ctx in Logic.not(f(ctx)) })
        case .negate(let inner, let offset):
            guard let c = compile(inner) else { return nil }
            guard c.type.isNumeric else { return fail(offset, "'-' needs a number, found \(c.type)") }
            let f = c.evaluate
            return (c.type, { ctx in Logic.negate(f(ctx)) })
        case .binary(let op, let l, let r, let offset):
            return binary(op, l, r, offset)
        case .call(let function, let arguments, let offset):
            return call(function, arguments, offset)
        case .aggregate(let function, let source, let filter, let offset):
            return aggregate(function, source, filter, offset)
        }
    }

    private mutating func fail(_ offset: Int, _ message: String) -> Compiled? {
        errors.append(ExpressionError(offset: offset, message: message))
        return nil
    }

    private mutating func compileExpecting(_ e: Expression, _ type: ValueType, _ message: String) -> Compiled? {
        guard let c = compile(e) else { return nil }
        guard c.type == type else { return fail(e.offset, "\(message), found \(c.type)") }
        return c
    }

    private func type(of value: Value) -> ValueType {
        switch value {
        case .bool, .unknown: .bool
        case .int: .int
        case .decimal: .decimal
        case .string: .string
        case .set: .set
        case .list(let items): .list(element: items.first.map(type(of:)))
        }
    }

    private mutating func list(_ items: [Expression], _ offset: Int) -> Compiled? {
        var element: ValueType?
        var parts: [Evaluator] = []
        for item in items {
            guard let c = compile(item) else { return nil }
            if let e = element, e != c.type, !(e.isNumeric && c.type.isNumeric) {
                return fail(item.offset, "a list holds values of one type; found \(c.type) after \(e)")
            }
            element = element ?? c.type
            parts.append(c.evaluate)
        }
        let items = parts
        return (.list(element: element), { ctx in .list(items.map { $0(ctx) }) })
    }

    private mutating func lookUp(_ name: String, _ offset: Int) -> Compiled? {
        if let v = scope.variables[name] {
            let slot = v.slot
            return (v.type, { ctx in ctx.variables[slot] })
        }
        if let constant = scope.constants[name] {
            return (type(of: constant), { _ in constant })
        }
        if inActivity, let type = Activity.fieldNames[name] {
            return (type, { ctx in ctx.activity?.value(of: name) ?? .unknown })
        }
        if let entry = scope.entries[name] {
            let slot = entry.slot
            return (entry.type, { ctx in ctx.slots[slot] })
        }
        if name == "activities" { return (.activities, { _ in .unknown }) }
        let candidates = scope.allNames + (inActivity ? Array(Activity.fieldNames.keys) : [])
        return fail(offset, "unknown fact '\(name)'" + Suggestion.didYouMean(name, in: candidates))
    }

    private func allowedValues(_ e: Expression) -> (name: String, values: [String])? {
        guard case .name(let name, _) = e else { return nil }
        if inActivity, name == "type" { return (name, Activity.types) }
        if scope.variables[name] == nil, let values = scope.entries[name]?.values { return (name, values) }
        return nil
    }

    /// A string literal compared with an enum or set fact must be one of its values.
    private mutating func checkLiteral(_ literal: Expression, against other: Expression) {
        guard let (name, values) = allowedValues(other) else { return }
        let strings: [(String, Int)]
        switch literal {
        case .literal(.string(let s), let o): strings = [(s, o)]
        case .list(let items, _):
            strings = items.compactMap { if case .literal(.string(let s), let o) = $0 { (s, o) } else { nil } }
        default: return
        }
        for (s, o) in strings where !values.contains(s) {
            errors.append(
                ExpressionError(
                    offset: o, message: "'\(s)' is not a value of '\(name)'" + Suggestion.didYouMean(s, in: values)))
        }
    }

    private mutating func binary(_ op: BinaryOperator, _ l: Expression, _ r: Expression, _ offset: Int) -> Compiled? {
        let lc = compile(l)
        let rc = compile(r)
        guard let lc, let rc else { return nil }
        let lf = lc.evaluate
        let rf = rc.evaluate
        switch op {
        case .and, .or:
            guard lc.type == .bool else { return fail(l.offset, "'\(op.rawValue)' needs conditions on both sides, found \(lc.type)") }
            guard rc.type == .bool else { return fail(r.offset, "'\(op.rawValue)' needs conditions on both sides, found \(rc.type)") }
            if op == .and { return (.bool, { ctx in Logic.and(lf(ctx), { rf(ctx) }) }) }
            return (.bool, { ctx in Logic.or(lf(ctx), { rf(ctx) }) })
        case .equal, .notEqual:
            let comparable = lc.type == rc.type || (lc.type.isNumeric && rc.type.isNumeric)
            guard comparable else { return fail(r.offset, "cannot compare \(lc.type) with \(rc.type)") }
            checkLiteral(r, against: l)
            checkLiteral(l, against: r)
            let negated = op == .notEqual
            return (.bool, { ctx in Logic.equal(lf(ctx), rf(ctx), negated: negated) })
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard lc.type.isNumeric else { return fail(l.offset, "'\(op.rawValue)' compares numbers, found \(lc.type)") }
            guard rc.type.isNumeric else { return fail(r.offset, "'\(op.rawValue)' compares numbers, found \(rc.type)") }
            return (.bool, { ctx in Logic.order(op, lf(ctx), rf(ctx)) })
        case .in:
            switch (lc.type, rc.type) {
            case (.string, .set), (.string, .list(.string?)), (.string, .list(nil)):
                break
            case (let a, .list(let b?)) where a.isNumeric && b.isNumeric:
                break
            default:
                return fail(r.offset, "'in' needs a name and a set or list of names, found \(lc.type) in \(rc.type)")
            }
            checkLiteral(l, against: r)
            checkLiteral(r, against: l)
            return (.bool, { ctx in Logic.contains(rf(ctx), lf(ctx)) })
        case .plus, .minus, .times, .divide:
            guard lc.type.isNumeric else { return fail(l.offset, "'\(op.rawValue)' needs numbers, found \(lc.type)") }
            guard rc.type.isNumeric else { return fail(r.offset, "'\(op.rawValue)' needs numbers, found \(rc.type)") }
            let type: ValueType = op != .divide && lc.type == .int && rc.type == .int ? .int : .decimal
            return (type, { ctx in Logic.arithmetic(op, lf(ctx), rf(ctx)) })
        }
    }

    private static let functions = ["has", "count", "min", "max", "sum", "if"]

    private mutating func call(_ function: String, _ arguments: [Expression], _ offset: Int) -> Compiled? {
        switch function {
        case "has":
            guard arguments.count == 1, case .name(let name, let o) = arguments[0] else {
                return fail(offset, "'has' takes one fact name, e.g. has(annual_fee_nok)")
            }
            guard let c = lookUp(name, o) else { return nil }
            let f = c.evaluate
            if c.type == .activities { return (.bool, { ctx in .bool(ctx.activities != nil) }) }
            return (.bool, { ctx in .bool(!f(ctx).isUnknown) })
        case _
        where ExpressionParser.aggregations.contains(function) && arguments.count == 1
            && isActivities(arguments[0]):
            return aggregate(function, arguments[0], nil, offset)
        case "count":
            guard arguments.count == 1 else { return fail(offset, "'count' takes one set, list or activities") }
            guard let c = compile(arguments[0]) else { return nil }
            switch c.type {
            case .set, .list: break
            default: return fail(arguments[0].offset, "'count' needs a set, a list or activities, found \(c.type)")
            }
            let f = c.evaluate
            return (.int, { ctx in Logic.count(f(ctx)) })
        case "min", "max":
            var parts: [Evaluator] = []
            var type = ValueType.int
            for argument in arguments {
                guard let c = compile(argument) else { return nil }
                guard c.type.isNumeric else { return fail(argument.offset, "'\(function)' needs numbers, found \(c.type)") }
                if c.type == .decimal { type = .decimal }
                parts.append(c.evaluate)
            }
            let isMin = function == "min"
            let operands = parts
            return (type, { ctx in Logic.extreme(operands.map { $0(ctx) }, isMin: isMin) })
        case "if":
            guard arguments.count == 3 else { return fail(offset, "'if' takes a condition and two values: if(condition, then, else)") }
            guard let c = compileExpecting(arguments[0], .bool, "the first argument of 'if' must be a condition"),
                let a = compile(arguments[1]), let b = compile(arguments[2])
            else { return nil }
            guard a.type == b.type || (a.type.isNumeric && b.type.isNumeric) else {
                return fail(arguments[2].offset, "both values of 'if' must have one type; found \(a.type) and \(b.type)")
            }
            let type: ValueType = a.type == b.type ? a.type : .decimal
            let (cf, af, bf) = (c.evaluate, a.evaluate, b.evaluate)
            return (
                type,
                { ctx in
                    switch cf(ctx) {
                    case .bool(true): af(ctx)
                    case .bool(false): bf(ctx)
                    default: .unknown
                    }
                }
            )
        case "sum":
            return fail(offset, "'sum' adds a field of the activities, e.g. sum(activities.amount_nok where year >= 2024)")
        default:
            return fail(offset, "unknown function '\(function)'" + Suggestion.didYouMean(function, in: Self.functions))
        }
    }

    private func isActivities(_ e: Expression) -> Bool {
        switch e {
        case .name("activities", _), .member(.name("activities", _), _, _): true
        default: false
        }
    }

    private mutating func aggregate(_ function: String, _ source: Expression, _ filter: Expression?, _ offset: Int) -> Compiled? {
        var field: String?
        switch source {
        case .name("activities", _) where function == "count":
            break
        case .member(.name("activities", _), let f, let o) where function != "count":
            guard let type = Activity.fieldNames[f] else {
                return fail(o, "activities have no field '\(f)'" + Suggestion.didYouMean(f, in: Array(Activity.fieldNames.keys)))
            }
            guard type.isNumeric else { return fail(o, "'\(function)' needs a number field, and '\(f)' is \(type)") }
            field = f
        default:
            let example = function == "count" ? "count(activities where type == 'visit_out')" : "\(function)(activities.amount_nok)"
            return fail(source.offset, "'\(function)' with 'where' aggregates over activities, e.g. \(example)")
        }
        var keep: Evaluator?
        if let filter {
            let outer = inActivity
            inActivity = true
            defer { inActivity = outer }
            guard let c = compileExpecting(filter, .bool, "a 'where' filter must be a condition") else { return nil }
            keep = c.evaluate
        }
        let filterEvaluator = keep
        let selected: @Sendable (EvaluationContext) -> [Activity]? = { ctx in
            guard let activities = ctx.activities else { return nil }
            guard let keep = filterEvaluator else { return activities }
            var chosen: [Activity] = []
            var inner = ctx
            for activity in activities {
                inner.activity = activity
                switch keep(inner) {
                case .bool(true): chosen.append(activity)
                case .bool(false): continue
                default: return nil  // an unknown filter makes the whole aggregate unknown
                }
            }
            return chosen
        }
        guard let field else {
            return (.int, { ctx in selected(ctx).map { .int($0.count) } ?? .unknown })
        }
        return (
            .decimal,
            { ctx in
                guard let chosen = selected(ctx) else { return .unknown }
                let values = chosen.map { $0.value(of: field) }
                return function == "sum" ? Logic.sum(values) : Logic.extreme(values, isMin: function == "min")
            }
        )
    }
}
