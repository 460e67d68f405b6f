@testable import TiesCore

/// A small schema shaped like Bergen's, for expression and engine tests.
let testFacts = [
    FactDefinition(
        name: "roles", type: .set, values: ["community_developer", "service_provider", "host"],
        location: SourceLocation(file: "t", line: 1, column: 1)),
    FactDefinition(name: "competence_gain", type: .int, range: 0...3, location: SourceLocation(file: "t", line: 1, column: 1)),
    FactDefinition(name: "annual_fee_nok", type: .money, location: SourceLocation(file: "t", line: 1, column: 1)),
    FactDefinition(name: "project_basis", type: .bool, location: SourceLocation(file: "t", line: 1, column: 1)),
]

/// Compiles `text` against the test schema, or returns the compiler's first error message.
func compile(_ text: String) -> Result<Condition, ExpressionError> {
    do {
        let syntax = try ExpressionParser.parse(text)
        let scope = Scope(facts: testFacts)
        var compiler = ExpressionCompiler(scope: scope)
        guard let compiled = compiler.compile(syntax), compiler.errors.isEmpty else {
            return .failure(compiler.errors.first ?? ExpressionError(offset: 0, message: .empty))
        }
        return .success(
            Condition(
                text: text, location: SourceLocation(file: "t", line: 1, column: 1), syntax: syntax,
                type: compiled.type, program: compiled, layout: scope.layout))
    } catch {
        return .failure(error)
    }
}

/// Evaluates `text` for a record with `facts` (anything not given is missing).
func evaluate(_ text: String, _ facts: [String: Value] = [:], activities: [Activity]? = nil, asOfYear: Int? = 2026) -> Value? {
    guard case .success(let condition) = compile(text) else { return nil }
    let record = Record(
        id: "r", name: "R", kind: "network", facts: facts, activities: activities,
        location: SourceLocation(file: "t", line: 1, column: 1))
    return condition.evaluate(
        EvaluationContext(
            slots: Scope(facts: testFacts).slots(for: record, asOfYear: asOfYear),
            activities: activities))
}

func compileError(_ text: String) -> ExpressionError? {
    if case .failure(let e) = compile(text) { return e }
    return nil
}

extension ExpressionError {
    /// The message in English, as the tests pin it.
    var text: String { Phrasebook(.en)(message) }
}
