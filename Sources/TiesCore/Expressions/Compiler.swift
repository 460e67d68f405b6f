/// Type-checks a syntax tree against a scope and compiles it, once, into a typed program over a record's slots.
///
/// Integers stay integers (exact, overflow unknown); a decimal meets an integer as a real. An unknown operand makes
/// the result unknown, except where the known side decides (`false and unknown` is false).
struct ExpressionCompiler {
    let scope: Scope
    private(set) var errors: [ExpressionError] = []
    /// True while compiling an aggregation's filter, where activity fields are in scope.
    private var inActivity = false

    init(scope: Scope) { self.scope = scope }

    mutating func compile(_ e: Expression) -> Program? {
        switch e {
        case .literal(let value, _):
            return .constant(value)
        case .list(let items, let offset):
            return list(items, offset)
        case .name(let name, let offset):
            return lookUp(name, offset)
        case .member(_, _, let offset):
            return fail(offset, .activityFieldOutside)
        case .not(let inner, _):
            guard case .truth(let f)? = compileExpecting(inner, .bool, Phrase.Expression.notNeedsCondition) else { return nil }
            return .truth { frame in
                switch f(frame) {
                case .yes: .no
                case .no: .yes
                case .unknown: .unknown
                }
            }
        case .negate(let inner, let offset):
            guard let c = compile(inner) else { return nil }
            switch c {
            case .int(let f): return .int { frame in f(frame).flatMap { $0 == .min ? nil : -$0 } }
            case .decimal(let f): return .decimal { frame in f(frame).map { -$0 } }
            default: return fail(offset, .negationNeedsNumber(found: "\(c.type)"))
            }
        case .binary(let op, let l, let r, let offset):
            return binary(op, l, r, offset)
        case .call(let function, let arguments, let offset):
            return call(function, arguments, offset)
        case .aggregate(let function, let source, let filter, let offset):
            return aggregate(function, source, filter, offset)
        }
    }

    private mutating func fail(_ offset: Int, _ message: Phrase.Expression) -> Program? {
        errors.append(ExpressionError(offset: offset, message: message))
        return nil
    }

    private mutating func compileExpecting(
        _ e: Expression, _ type: ValueType, _ message: (_ found: String) -> Phrase.Expression
    ) -> Program? {
        guard let c = compile(e) else { return nil }
        guard c.type == type else { return fail(e.offset, message("\(c.type)")) }
        return c
    }

    private mutating func list(_ items: [Expression], _ offset: Int) -> Program? {
        var element: ValueType?
        var parts: [Program] = []
        for item in items {
            guard let c = compile(item) else { return nil }
            if let e = element, e != c.type, !(e.isNumeric && c.type.isNumeric) {
                return fail(item.offset, .mixedList(found: "\(c.type)", after: "\(e)"))
            }
            element = element ?? c.type
            parts.append(c)
        }
        return .list(parts, element: element)
    }

    private mutating func lookUp(_ name: String, _ offset: Int) -> Program? {
        if let v = scope.variables[name] {
            let slot = v.slot
            return .text { frame in frame.variables.flatMap { slot < $0.count ? $0[slot] : nil } }
        }
        if let constant = scope.constants[name] { return .constant(constant) }
        if inActivity, Activity.fieldNames[name] != nil { return activityField(name) }
        if let entry = scope.entries[name] {
            let slot = entry.slot
            switch entry.type {
            case .bool: return .truth { frame in frame.truth(slot) }
            case .int: return .int { frame in frame.int(slot) }
            case .decimal: return .decimal { frame in frame.decimal(slot) }
            case .string: return .text { frame in frame.text(slot) }
            case .set: return .set({ frame in frame.mask(slot) }, domain: entry.values ?? [])
            default: return fail(offset, .cannotRead(name))
            }
        }
        if name == "activities" { return .activities }
        let candidates = scope.allNames + (inActivity ? Array(Activity.fieldNames.keys) : [])
        return fail(offset, .unknownFact(name, Suggestion.choices(name, in: candidates, .namesItCanRead)))
    }

    private func activityField(_ name: String) -> Program {
        switch name {
        case "year": .int { frame in frame.activity?.pointee.year }
        case "type": .text { frame in frame.activity?.pointee.type }
        default: .decimal { frame in frame.activity?.pointee.amountNOK }
        }
    }

    private func allowedValues(_ e: Expression) -> (name: String, values: [String])? {
        guard case .name(let name, _) = e else { return nil }
        if inActivity, name == "type" { return (name, Activity.types) }
        if !inActivity, name == "kind", scope.variables[name] == nil { return (name, Record.kinds) }
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
                    offset: o, message: .notAValue(s, of: name, Suggestion.choices(s, in: values, .values))))
        }
    }

    private mutating func binary(_ op: BinaryOperator, _ l: Expression, _ r: Expression, _ offset: Int) -> Program? {
        let lc = compile(l)
        let rc = compile(r)
        guard let lc, let rc else { return nil }
        switch op {
        case .and, .or:
            guard case .truth(let lf) = lc else {
                return fail(l.offset, .needsConditions(op.rawValue, found: "\(lc.type)"))
            }
            guard case .truth(let rf) = rc else {
                return fail(r.offset, .needsConditions(op.rawValue, found: "\(rc.type)"))
            }
            if op == .and {
                return .truth { frame in
                    let a = lf(frame)
                    if a == .no { return .no }
                    let b = rf(frame)
                    return b == .no ? .no : (a == .yes && b == .yes ? .yes : .unknown)
                }
            }
            return .truth { frame in
                let a = lf(frame)
                if a == .yes { return .yes }
                let b = rf(frame)
                return b == .yes ? .yes : (a == .no && b == .no ? .no : .unknown)
            }
        case .equal, .notEqual:
            let comparable = lc.type == rc.type || (lc.type.isNumeric && rc.type.isNumeric)
            guard comparable else { return fail(r.offset, .cannotCompare("\(lc.type)", with: "\(rc.type)")) }
            checkLiteral(r, against: l)
            checkLiteral(l, against: r)
            if case .int(let a) = lc, let c = constantInt(r) {
                let negated = op == .notEqual
                return .truth { frame in
                    guard let x = a(frame) else { return .unknown }
                    return Truth((x == c) != negated)
                }
            }
            guard let same = Self.equality(lc, rc) else { return nil }
            if op == .equal { return .truth(same) }
            return .truth { frame in
                switch same(frame) {
                case .yes: .no
                case .no: .yes
                case .unknown: .unknown
                }
            }
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard lc.type.isNumeric else { return fail(l.offset, .comparesNumbers(op.rawValue, found: "\(lc.type)")) }
            guard rc.type.isNumeric else { return fail(r.offset, .comparesNumbers(op.rawValue, found: "\(rc.type)")) }
            if case .int(let a) = lc, let c = constantInt(r) { return .truth(Self.order(op, a, c)) }
            return .truth(Self.order(op, lc, rc))
        case .in:
            switch (lc.type, rc.type) {
            case (.string, .set), (_, .list(nil)):
                break
            case (let a, .list(let b?)) where (a == b && (a == .string || a == .bool)) || (a.isNumeric && b.isNumeric):
                break
            default:
                return fail(r.offset, .inNeedsNames(found: "\(lc.type)", in: "\(rc.type)"))
            }
            checkLiteral(l, against: r)
            checkLiteral(r, against: l)
            return .truth(Self.membership(lc, rc))
        case .plus, .minus, .times, .divide:
            guard lc.type.isNumeric else { return fail(l.offset, .needsNumbers(op.rawValue, found: "\(lc.type)")) }
            guard rc.type.isNumeric else { return fail(r.offset, .needsNumbers(op.rawValue, found: "\(rc.type)")) }
            if op == .times, case .int(let a) = rc, let c = constantInt(l) { return Self.scaled(a, by: c) }
            if op == .times, case .int(let a) = lc, let c = constantInt(r) { return Self.scaled(a, by: c) }
            return Self.arithmetic(op, lc, rc)
        }
    }

    /// `l == r` for two programs of comparable types; integers compare exactly.
    static func equality(_ l: Program, _ r: Program) -> (@Sendable (Frame) -> Truth)? {
        switch (l, r) {
        case (.int(let a), .int(let b)):
            return { frame in
                guard let x = a(frame), let y = b(frame) else { return .unknown }
                return Truth(x == y)
            }
        case (.text(let a), .text(let b)):
            return { frame in
                guard let x = a(frame), let y = b(frame) else { return .unknown }
                return Truth(x == y)
            }
        case (.truth(let a), .truth(let b)):
            return { frame in
                let (x, y) = (a(frame), b(frame))
                return x == .unknown || y == .unknown ? .unknown : Truth(x == y)
            }
        case (.set(let a, let da), .set(let b, let db)) where da == db:
            return { frame in
                guard let x = a(frame), let y = b(frame) else { return .unknown }
                return Truth(x == y)
            }
        case (.int(let a), .decimal(let b)):
            return { frame in
                guard let x = a(frame), let y = b(frame) else { return .unknown }
                return Truth(Self.compare(x, y) == 0)
            }
        case (.decimal(let a), .int(let b)):
            return { frame in
                guard let x = a(frame), let y = b(frame) else { return .unknown }
                return Truth(Self.compare(y, x) == 0)
            }
        default:
            if l.type.isNumeric, r.type.isNumeric {
                let (a, b) = (l.real, r.real)
                return { frame in
                    guard let x = a(frame), let y = b(frame) else { return .unknown }
                    return Truth(x == y)
                }
            }
            // Sets over different values, lists: compared as values.
            return { frame in
                let (x, y) = (l.value(frame), r.value(frame))
                return x.isUnknown || y.isUnknown ? .unknown : Truth(x == y)
            }
        }
    }

    static func order(_ op: BinaryOperator, _ l: Program, _ r: Program) -> @Sendable (Frame) -> Truth {
        switch (l, r) {
        case (.int(let a), .int(let b)):
            return { frame in
                guard let x = a(frame), let y = b(frame) else { return .unknown }
                return compare(op, x, y)
            }
        case (.int(let a), .decimal(let b)):
            return { frame in
                guard let x = a(frame), let y = b(frame) else { return .unknown }
                return compare(op, Self.compare(x, y), 0)
            }
        case (.decimal(let a), .int(let b)):
            return { frame in
                guard let x = a(frame), let y = b(frame) else { return .unknown }
                return compare(op, 0, Self.compare(y, x))
            }
        default: break
        }
        let (a, b) = (l.real, r.real)
        return { frame in
            guard let x = a(frame), let y = b(frame) else { return .unknown }
            return compare(op, x, y)
        }
    }

    /// A whole number the expression always is, written or named as a parameter: a comparison or product with it
    /// needs one call fewer per record.
    private func constantInt(_ e: Expression) -> Int? {
        switch e {
        case .literal(.int(let i), _): return i
        case .name(let name, _):
            guard scope.variables[name] == nil, case .int(let i)? = scope.constants[name] else { return nil }
            return i
        default: return nil
        }
    }

    /// An integer compared with a constant, one closure per operator.
    static func order(_ op: BinaryOperator, _ a: @escaping @Sendable (Frame) -> Int?, _ c: Int) -> @Sendable (Frame) -> Truth {
        switch op {
        case .less: { frame in a(frame).map { Truth($0 < c) } ?? .unknown }
        case .lessOrEqual: { frame in a(frame).map { Truth($0 <= c) } ?? .unknown }
        case .greater: { frame in a(frame).map { Truth($0 > c) } ?? .unknown }
        default: { frame in a(frame).map { Truth($0 >= c) } ?? .unknown }
        }
    }

    /// An integer times a constant; overflow is unknown, as in any product.
    static func scaled(_ a: @escaping @Sendable (Frame) -> Int?, by c: Int) -> Program {
        .int { frame in
            guard let x = a(frame) else { return nil }
            let (result, overflow) = x.multipliedReportingOverflow(by: c)
            return overflow ? nil : result
        }
    }

    /// An integer against a decimal, exactly: -1, 0 or 1. Through `Double` 2^53 + 1 would equal 2^53.
    static func compare(_ i: Int, _ d: Double) -> Int {
        if d >= 9_223_372_036_854_775_808.0 { return -1 }
        if d < -9_223_372_036_854_775_808.0 { return 1 }
        let whole = Int(d.rounded(.towardZero))
        if i != whole { return i < whole ? -1 : 1 }
        let fraction = d - d.rounded(.towardZero)
        return fraction > 0 ? -1 : fraction < 0 ? 1 : 0
    }

    @inline(__always) static func compare<T: Comparable>(_ op: BinaryOperator, _ x: T, _ y: T) -> Truth {
        switch op {
        case .less: Truth(x < y)
        case .lessOrEqual: Truth(x <= y)
        case .greater: Truth(x > y)
        default: Truth(x >= y)
        }
    }

    /// `element in collection`: a name in a set, or a value in a list.
    static func membership(_ element: Program, _ collection: Program) -> @Sendable (Frame) -> Truth {
        switch (element, collection) {
        case (.text(let e), .set(let s, let domain)):
            return { frame in
                guard let name = e(frame), let mask = s(frame) else { return .unknown }
                guard let i = domain.firstIndex(of: name) else { return .no }
                return Truth(mask & (1 &<< UInt64(i)) != 0)
            }
        case (_, .list(let items, _)):
            // `x in [a, b]` is `x == a or x == b` in the three-valued logic: one match decides, whatever else is unknown.
            var any: @Sendable (Frame) -> Truth = { _ in .no }
            for item in items {
                guard let test = equality(element, item) else { continue }
                let before = any
                any = { frame in
                    let a = before(frame)
                    if a == .yes { return .yes }
                    let b = test(frame)
                    return b == .yes ? .yes : (a == .no && b == .no ? .no : .unknown)
                }
            }
            return any
        default:
            return { _ in .unknown }
        }
    }

    /// Integer arithmetic stays integral; overflow and division by zero are unknown, never a crash.
    static func arithmetic(_ op: BinaryOperator, _ l: Program, _ r: Program) -> Program {
        if op != .divide, case .int(let a) = l, case .int(let b) = r {
            return .int { frame in
                guard let x = a(frame), let y = b(frame) else { return nil }
                let (result, overflow) =
                    switch op {
                    case .plus: x.addingReportingOverflow(y)
                    case .minus: x.subtractingReportingOverflow(y)
                    default: x.multipliedReportingOverflow(by: y)
                    }
                return overflow ? nil : result
            }
        }
        let (a, b) = (l.real, r.real)
        return .decimal { frame in
            guard let x = a(frame), let y = b(frame) else { return nil }
            let result: Double
            switch op {
            case .plus: result = x + y
            case .minus: result = x - y
            case .times: result = x * y
            default:
                guard y != 0 else { return nil }
                result = x / y
            }
            return result.isFinite ? result : nil
        }
    }

    private static let functions = ["has", "count", "min", "max", "sum", "if"]

    private mutating func call(_ function: String, _ arguments: [Expression], _ offset: Int) -> Program? {
        switch function {
        case "has":
            guard arguments.count == 1, case .name(let name, let o) = arguments[0] else {
                return fail(offset, .hasTakesOneFact)
            }
            guard let c = lookUp(name, o) else { return nil }
            if !inActivity, scope.variables[name] == nil, scope.constants[name] == nil, let slot = scope.entries[name]?.slot {
                return .truth { frame in Truth(frame.isKnown(slot)) }
            }
            return .truth { frame in Truth(c.isKnown(frame)) }
        case _
        where ExpressionParser.aggregations.contains(function) && arguments.count == 1
            && isActivities(arguments[0]):
            return aggregate(function, arguments[0], nil, offset)
        case "count":
            guard arguments.count == 1 else { return fail(offset, .countTakesOne) }
            guard let c = compile(arguments[0]) else { return nil }
            switch c {
            case .set(let f, _): return .int { frame in f(frame).map { $0.nonzeroBitCount } }
            case .list(let items, _): return .int { _ in items.count }
            default: return fail(arguments[0].offset, .countNeeds(found: "\(c.type)"))
            }
        case "min", "max":
            var parts: [Program] = []
            for argument in arguments {
                guard let c = compile(argument) else { return nil }
                guard c.type.isNumeric else { return fail(argument.offset, .needsNumbers(function, found: "\(c.type)")) }
                parts.append(c)
            }
            guard var result = parts.first else { return .int { _ in nil } }
            // Folded pairwise, so no closure is called out of an array (through a thunk) per record.
            for part in parts.dropFirst() { result = Self.extreme(function == "min", result, part) }
            return result
        case "if":
            guard arguments.count == 3 else { return fail(offset, .ifTakesThree) }
            guard case .truth(let cf)? = compileExpecting(arguments[0], .bool, Phrase.Expression.ifNeedsCondition),
                let a = compile(arguments[1]), let b = compile(arguments[2])
            else { return nil }
            guard a.type == b.type || (a.type.isNumeric && b.type.isNumeric) else {
                return fail(arguments[2].offset, .ifOneType("\(a.type)", "\(b.type)"))
            }
            guard let chosen = Self.choice(cf, a, b) else {
                return fail(arguments[1].offset, .ifChoosesBetween)
            }
            return chosen
        case "sum":
            return fail(offset, .sumAddsField)
        default:
            return fail(offset, .unknownFunction(function, Suggestion.choices(function, in: Self.functions, .functions)))
        }
    }

    /// The smaller (or larger) of two numbers: an integer if both are, unknown if either is.
    static func extreme(_ isMin: Bool, _ l: Program, _ r: Program) -> Program {
        if case .int(let a) = l, case .int(let b) = r {
            return .int { frame in
                guard let x = a(frame), let y = b(frame) else { return nil }
                return isMin ? min(x, y) : max(x, y)
            }
        }
        let (a, b) = (l.real, r.real)
        return .decimal { frame in
            guard let x = a(frame), let y = b(frame) else { return nil }
            return isMin ? min(x, y) : max(x, y)
        }
    }

    /// `if(c, a, b)`: unknown when `c` is.
    static func choice(_ c: @escaping @Sendable (Frame) -> Truth, _ a: Program, _ b: Program) -> Program? {
        switch (a, b) {
        case (.truth(let x), .truth(let y)):
            return .truth { frame in
                switch c(frame) {
                case .yes: x(frame)
                case .no: y(frame)
                case .unknown: .unknown
                }
            }
        case (.int(let x), .int(let y)):
            return .int { frame in
                switch c(frame) {
                case .yes: x(frame)
                case .no: y(frame)
                case .unknown: nil
                }
            }
        case (.text(let x), .text(let y)):
            return .text { frame in
                switch c(frame) {
                case .yes: x(frame)
                case .no: y(frame)
                case .unknown: nil
                }
            }
        case (.set(let x, let d), .set(let y, let e)) where d == e:
            return .set(
                { frame in
                    switch c(frame) {
                    case .yes: x(frame)
                    case .no: y(frame)
                    case .unknown: nil
                    }
                }, domain: d)
        default:
            if a.type.isNumeric, b.type.isNumeric {
                let (x, y) = (a.real, b.real)
                return .decimal { frame in
                    switch c(frame) {
                    case .yes: x(frame)
                    case .no: y(frame)
                    case .unknown: nil
                    }
                }
            }
            return nil
        }
    }

    private func isActivities(_ e: Expression) -> Bool {
        switch e {
        case .name("activities", _), .member(.name("activities", _), _, _): true
        default: false
        }
    }

    private mutating func aggregate(_ function: String, _ source: Expression, _ filter: Expression?, _ offset: Int) -> Program? {
        var field: String?
        switch source {
        case .name("activities", _) where function == "count":
            break
        case .member(.name("activities", _), let f, let o) where function != "count":
            guard let type = Activity.fieldNames[f] else {
                return fail(o, .noActivityField(f, Suggestion.choices(f, in: Array(Activity.fieldNames.keys), .fields)))
            }
            guard type.isNumeric else { return fail(o, .needsNumberField(function, field: f, type: "\(type)")) }
            field = f
        default:
            let example = function == "count" ? "count(activities where type == 'visit_out')" : "\(function)(activities.amount_nok)"
            return fail(source.offset, .whereAggregates(function, example: example))
        }
        var keep: (@Sendable (Frame) -> Truth)?
        if let filter {
            let outer = inActivity
            inActivity = true
            defer { inActivity = outer }
            guard case .truth(let f)? = compileExpecting(filter, .bool, Phrase.Expression.whereNeedsCondition) else { return nil }
            keep = f
        }
        let filterProgram = keep
        let selected: @Sendable (Frame) -> [Activity]? = { frame in
            guard let activities = frame.activities else { return nil }
            guard let keep = filterProgram else { return Array(activities) }
            var chosen: [Activity] = []
            var inner = frame
            for i in activities.indices {
                inner.activity = activities.baseAddress! + i
                switch keep(inner) {
                case .yes: chosen.append(activities[i])
                case .no: continue
                case .unknown: return nil  // an unknown filter makes the whole aggregate unknown
                }
            }
            return chosen
        }
        guard let field else { return .int { frame in selected(frame)?.count } }
        if field == "year", function != "sum" {
            let isMin = function == "min"
            return .int { frame in
                guard let years = selected(frame)?.map(\.year) else { return nil }
                return isMin ? years.min() : years.max()
            }
        }
        let byYear = field == "year"
        let read: @Sendable (Activity) -> Double? = { activity in byYear ? Double(activity.year) : activity.amountNOK }
        let isSum = function == "sum"
        let isMin = function == "min"
        return .decimal { frame in
            guard let chosen = selected(frame) else { return nil }
            var best: Double?
            var total = 0.0
            for activity in chosen {
                guard let v = read(activity) else { return nil }
                total += v
                if best == nil || (isMin ? v < best! : v > best!) { best = v }
            }
            return isSum ? total : best
        }
    }
}
