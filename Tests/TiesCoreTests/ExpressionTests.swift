import Testing
@testable import TiesCore

@Suite struct ThreeValuedLogicTests {
    // Every combination of true, false and unknown for 'and' and 'or' (Kleene's strong logic).
    static let truthTable: [(String, Value)] = [
        ("project_basis and true", .unknown), ("project_basis and false", .bool(false)),
        ("false and project_basis", .bool(false)), ("true and project_basis", .unknown),
        ("project_basis or true", .bool(true)), ("true or project_basis", .bool(true)),
        ("project_basis or false", .unknown), ("false or project_basis", .unknown),
        ("not project_basis", .unknown), ("project_basis and project_basis", .unknown),
        ("true and true", .bool(true)), ("false or false", .bool(false)),
    ]

    @Test(arguments: truthTable)
    func missingFactIsUnknownNotFalse(_ text: String, _ expected: Value) {
        #expect(evaluate(text) == expected)
    }

    @Test func comparisonWithMissingFactIsUnknown() {
        #expect(evaluate("competence_gain >= 1") == .unknown)
        #expect(evaluate("not (competence_gain >= 1)") == .unknown)  // false-for-missing would make this true
        #expect(evaluate("competence_gain == 0") == .unknown)  // zero-for-missing would make this true
        #expect(evaluate("annual_fee_nok > 100") == .unknown)
        #expect(evaluate("count(roles) == 0") == .unknown)  // a missing set is not an empty set
        #expect(evaluate("'host' in roles") == .unknown)
    }

    @Test func knownFactsDecide() {
        let facts: [String: Value] = ["competence_gain": .int(2), "roles": .makeSet(["host"]), "annual_fee_nok": .decimal(120_000)]
        #expect(evaluate("competence_gain >= 1 and annual_fee_nok >= 100000", facts) == .bool(true))
        #expect(evaluate("count(roles) == 1 and 'host' in roles", facts) == .bool(true))
        #expect(evaluate("annual_fee_nok / 2 == 60000", facts) == .bool(true))
        #expect(evaluate("min(competence_gain, 1) + max(1, 3) == 4", facts) == .bool(true))
    }

    @Test func hasIsNeverUnknown() {
        #expect(evaluate("has(annual_fee_nok)") == .bool(false))
        #expect(evaluate("has(annual_fee_nok)", ["annual_fee_nok": .decimal(0)]) == .bool(true))
        #expect(evaluate("not has(annual_fee_nok) or annual_fee_nok > 5") == .bool(true))
    }

    @Test func divisionByZeroIsUnknown() {
        #expect(evaluate("annual_fee_nok / competence_gain > 1", ["annual_fee_nok": .decimal(10), "competence_gain": .int(0)]) == .unknown)
    }

    @Test func integerOverflowIsUnknownNotACrash() {
        #expect(evaluate("9223372036854775807 + 1 > 0") == .unknown)
        #expect(evaluate("9223372036854775807 * 2 > 0") == .unknown)
    }

    @Test func aggregationOverActivities() {
        let log = [
            Activity(year: 2025, type: "visit_out"), Activity(year: 2026, type: "visit_in"),
            Activity(year: 2019, type: "visit_out", amountNOK: 5000), Activity(year: 2026, type: "meeting", amountNOK: 1500),
        ]
        #expect(evaluate("count(activities where type == 'visit_out' and year >= as_of_year - 3)", activities: log) == .int(1))
        #expect(evaluate("count(activities)", activities: log) == .int(4))
        #expect(evaluate("count(activities where year >= 2020)", activities: []) == .int(0))
        // No log at all is not an empty log: nobody said there was no activity.
        #expect(evaluate("count(activities where year >= 2020)", activities: nil) == .unknown)
        // An amount missing on a selected activity makes the sum unknown.
        #expect(evaluate("sum(activities.amount_nok where year >= 2020)", activities: log) == .unknown)
        #expect(evaluate("sum(activities.amount_nok where type == 'meeting')", activities: log) == .decimal(1500))
        #expect(evaluate("max(activities.year)", activities: log) == .int(2026))
        // The review date itself can be missing.
        #expect(evaluate("count(activities where year >= as_of_year - 1)", activities: log, asOfYear: nil) == .unknown)
    }
}

@Suite struct ExpressionErrorTests {
    // Each broken expression, the character offset the error points at, and the exact message.
    static let cases: [(String, Int, String)] = [
        ("anual_fee_nok > 1000", 0, "unknown fact 'anual_fee_nok'; did you mean 'annual_fee_nok'?"),
        ("competence_gain = 1", 16, "unexpected '='; use '==' to compare"),
        ("competence_gain >= 'high'", 19, "'>=' compares numbers, found string"),
        ("'hots' in roles", 0, "'hots' is not a value of 'roles'; did you mean 'host'?"),
        ("project_basis and competence_gain", 18, "'and' needs conditions on both sides, found int"),
        ("count(competence_gain)", 6, "'count' needs a set, a list or activities, found int"),
        ("count(activities where typ == 'visit_in')", 23, "unknown fact 'typ'; did you mean 'type'?"),
        ("count(activities where type == 'visit_inn')", 31, "'visit_inn' is not a value of 'type'; did you mean 'visit_in'?"),
        ("cuont(roles)", 0, "unknown function 'cuont'; did you mean 'count'?; the functions are count, has, if, max, min, sum"),
        ("kind == 'netwrk'", 8, "'netwrk' is not a value of 'kind'; did you mean 'network'?"),
        ("1 < competence_gain < 3", 20, "comparisons cannot be chained; join them with 'and'"),
        ("(competence_gain > 1", 20, "expected ')', found the end of the expression"),
        (
            "competence_gain > 1 project_basis", 20,
            "expected an operator (== != < <= > >= + - * / and or in) or the end, found 'project_basis'"
        ),
        ("activities.amount_nok > 1", 0, "a field of 'activities' can only be read inside count, sum, min or max"),
        ("'unterminated", 0, "unterminated string; expected a closing '"),
        ("", 0, "expected an expression"),
        (
            "annual_fee_nok > 99999999999999999999", 17,
            "number '99999999999999999999' is too large; a number here is at most 9223372036854775807"
        ),
    ]

    @Test(arguments: cases)
    func errorIsLocatedAndWorded(_ text: String, _ offset: Int, _ message: String) throws {
        let error = try #require(compileError(text))
        // What follows a suggestion is the list to choose from, which changes with the schema.
        #expect(error.text == message || error.text.hasPrefix(message + "; the "), "\(error.text)")
        #expect(error.offset == offset)
    }

    @Test func deepNestingIsAnErrorNotAStackOverflow() {
        let deep = "expression nested too deeply: at most 64 levels of parentheses, brackets, calls, 'not' and '-'"
        let parens = { (n: Int, inner: String) in String(repeating: "(", count: n) + inner + String(repeating: ")", count: n) }
        // 64 levels are allowed, as the README says, around a comparison as around a name; 65 are not.
        #expect(evaluate(parens(64, "competence_gain >= 1"), ["competence_gain": .int(2)]) == .bool(true))
        #expect(evaluate(parens(64, "project_basis"), ["project_basis": .bool(true)]) == .bool(true))
        #expect(compileError(parens(65, "true"))?.text == deep)
        #expect(compileError(parens(500, "true"))?.text == deep)
        // Unary operators count too: thousands of them are refused, not a stack overflow.
        #expect(evaluate(String(repeating: "- ", count: 64) + "1 == 1") == .bool(true))
        #expect(compileError(String(repeating: "-", count: 3_990) + "1 == 1")?.text == deep)
        #expect(compileError(String(repeating: "not ", count: 65) + "true")?.text == deep)
        #expect(compileError("max(" + String(repeating: "[", count: 70) + ")")?.text == deep)
    }
}

/// Which missing facts can leave a condition unknown: what coverage asks an unknown example of, and what a data gap lists.
@Suite struct UnknownNamesTests {
    static let cases: [(String, [String])] = [
        ("competence_gain >= 1", ["competence_gain"]),
        ("has(project_basis) and project_basis", []),  // missing: has() is false, so the whole is false
        ("name == 'X' or (has(project_basis) and project_basis)", []),  // a name every record has, or a guarded fact
        ("competence_gain > 1 or has(project_basis)", ["competence_gain"]),  // has() on the other side of 'or' guards nothing
        ("not (has(annual_fee_nok) and annual_fee_nok > 100) and competence_gain == 0", ["competence_gain"]),
        ("kind == 'network' and project_basis", ["project_basis"]),
    ]

    @Test(arguments: cases)
    func aGuardedFactCannotLeaveTheConditionUnknown(_ text: String, _ expected: [String]) throws {
        let condition = try compile(text).get()
        #expect(condition.syntax.namesThatCanBeUnknown == expected, "\(text)")
    }
}

/// The semantics issue 14 pinned: integers exact, `in` as a chain of `or`, conditions compared as booleans.
@Suite struct ExactSemanticsTests {
    @Test func integersCompareExactlyEvenAgainstDecimals() {
        let big: [String: Value] = ["competence_gain": .int(9_223_372_036_854_775_806)]
        #expect(evaluate("competence_gain == 9223372036854775807", big) == .bool(false))
        #expect(evaluate("competence_gain < 9223372036854775807", big) == .bool(true))
        #expect(evaluate("competence_gain in [9223372036854775807, 1]", big) == .bool(false))
        #expect(evaluate("max(competence_gain, 9223372036854775807) == 9223372036854775807", big) == .bool(true))
        #expect(evaluate("min(competence_gain, 9223372036854775807) == 9223372036854775806", big) == .bool(true))
        // 2^53 + 1 against the decimal 2^53: unequal, though as doubles they are the same.
        let odd: [String: Value] = ["competence_gain": .int(9_007_199_254_740_993), "annual_fee_nok": .decimal(9_007_199_254_740_992)]
        #expect(evaluate("competence_gain == annual_fee_nok", odd) == .bool(false))
        #expect(evaluate("competence_gain > annual_fee_nok", odd) == .bool(true))
        #expect(evaluate("annual_fee_nok < competence_gain", odd) == .bool(true))
        #expect(evaluate("competence_gain in [annual_fee_nok]", odd) == .bool(false))
        #expect(evaluate("competence_gain == 2.5", ["competence_gain": .int(2)]) == .bool(false))
        #expect(evaluate("competence_gain < 2.5", ["competence_gain": .int(2)]) == .bool(true))
        #expect(evaluate("competence_gain > -2.5", ["competence_gain": .int(-2)]) == .bool(true))
    }

    @Test func inIsAChainOfOr() {
        #expect(evaluate("1 in [1, competence_gain]") == .bool(true))
        #expect(evaluate("3 in [competence_gain, 3]") == .bool(true))
        #expect(evaluate("3 in [1, competence_gain]") == .unknown)
        #expect(evaluate("3 in [1, 2]") == .bool(false))
        #expect(evaluate("not (1 in [1, competence_gain])") == .bool(false))
        #expect(evaluate("competence_gain in [1, 2]") == .unknown)
        #expect(evaluate("competence_gain in []") == .bool(false))
        #expect(evaluate("project_basis in [true, false]", ["project_basis": .bool(false)]) == .bool(true))
    }

    @Test func conditionsCompareAsBooleans() {
        let facts: [String: Value] = ["competence_gain": .int(2), "annual_fee_nok": .decimal(50)]
        #expect(evaluate("(competence_gain > 1) == (annual_fee_nok > 100)", facts) == .bool(false))
        #expect(evaluate("(competence_gain > 1) != (annual_fee_nok > 100)", facts) == .bool(true))
        #expect(evaluate("(competence_gain > 1) == true", facts) == .bool(true))
        #expect(evaluate("(competence_gain > 1) == project_basis", facts) == .unknown)
        #expect(compileError("competence_gain > 1 == true")?.text == "comparisons cannot be chained; join them with 'and'")
    }
}
