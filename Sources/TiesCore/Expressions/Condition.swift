/// What an expression reads while it is evaluated for one record.
public struct EvaluationContext: Sendable {
    /// Built-in fields, facts and `as_of_year`, at the slots the rule set's `Scope` assigned.
    public var slots: [Value]
    public var activities: [Activity]?
    /// Values of `for_each` names in portfolio rules.
    public var variables: [Value]

    public init(slots: [Value], activities: [Activity]?, variables: [Value] = []) {
        self.slots = slots
        self.activities = activities
        self.variables = variables
    }
}

/// An expression of a rule file: its text, where it stands, its syntax tree and its compiled form.
public struct Condition: Sendable {
    public var text: String
    public var location: SourceLocation
    public var syntax: Expression
    public var type: ValueType
    /// The compiled form, over the slots of `layout`.
    let program: Program
    let layout: SlotLayout
    /// Where each name is first read, for messages about one token of the expression.
    public var nameLocations: [String: SourceLocation] = [:]

    /// The names the expression reads, for `explain` and for naming missing facts.
    public var names: [String] { syntax.names }

    /// The value for one record given as values: for portfolio rules, examples and tests, where speed is no concern.
    public func evaluate(_ ctx: EvaluationContext) -> Value {
        layout.withFrame(ctx.slots, activities: ctx.activities, variables: ctx.variables.map(\.description)) { program.value($0) }
    }

    /// The truth of a condition in a frame: the engine's path.
    @inline(__always) func truth(_ frame: Frame) -> Truth {
        if case .truth(let f) = program { return f(frame) }
        return .unknown
    }
}

extension Condition {
    /// An expression parsed and compiled, before its type is checked against what the caller expects.
    typealias Compiled = (syntax: Expression, type: ValueType, program: Program, layout: SlotLayout)

    /// Why an expression did not compile: a syntax error (parsing stops there), or every type error found.
    enum Problems: Error {
        case syntax(ExpressionError)
        case types([ExpressionError])
    }

    /// The one place an expression's text becomes a syntax tree and an evaluator, for rule files and for `compile`.
    static func compiled(_ text: String, scope: Scope) -> Result<Compiled, Problems> {
        let syntax: Expression
        do {
            syntax = try ExpressionParser.parse(text)
        } catch {
            return .failure(.syntax(error))
        }
        var compiler = ExpressionCompiler(scope: scope)
        guard let result = compiler.compile(syntax), compiler.errors.isEmpty else { return .failure(.types(compiler.errors)) }
        return .success((syntax, result.type, result, scope.layout))
    }

    /// Parses, type-checks and compiles `text` against a schema and parameters, as a rule's `when` would be;
    /// the first problem comes back with its character offset (for editors, and for fuzzing the parser directly).
    public static func compile(
        _ text: String, facts: [FactDefinition], parameters: [String: Value] = [:], expecting type: ValueType? = .bool
    )
        -> Result<Condition, ExpressionError>
    {
        let compiled: Compiled
        switch Condition.compiled(text, scope: Scope(facts: facts).with(parameters: parameters)) {
        case .success(let c): compiled = c
        case .failure(.syntax(let error)): return .failure(error)
        case .failure(.types(let errors)): return .failure(errors.first ?? ExpressionError(offset: 0, message: .empty))
        }
        if let type, compiled.type != type, !(type.isNumeric && compiled.type.isNumeric) {
            return .failure(ExpressionError(offset: 0, message: .expectedType("\(type)", found: "\(compiled.type)")))
        }
        return .success(
            Condition(
                text: text, location: SourceLocation(file: "", line: 0, column: 0), syntax: compiled.syntax,
                type: compiled.type, program: compiled.program, layout: compiled.layout))
    }
}
