import Testing
@testable import TiesCore

@Suite struct PrecedenceTests {
    static let order = ["keep", "keep_with_conditions", "review", "exit"]
    static func severity(_ o: String) -> Int { order.firstIndex(of: o) ?? -1 }

    static func proposal(_ outcome: String, _ kind: Reason.Kind, _ source: String) -> Precedence.Proposal {
        .init(
            outcome: outcome,
            reason: Reason(
                kind: kind, source: source, outcome: outcome, text: LocalizedText([:]),
                citation: nil, location: nil))
    }

    // Proposals (outcome, kind, source) in evaluation order → the outcome and source that must win.
    static let table: [([(String, Reason.Kind, String)], String?, String?)] = [
        ([], nil, nil),
        ([("keep", .rule, "a")], "keep", "a"),
        ([("keep", .rule, "a"), ("exit", .rule, "b")], "exit", "b"),
        ([("exit", .rule, "a"), ("review", .rule, "b")], "exit", "a"),
        ([("review", .rule, "a"), ("review", .rule, "b")], "review", "a"),  // first written wins a tie
        ([("review", .unknownData, "on_unknown"), ("review", .rule, "b")], "review", "b"),  // a rule beats missing data
        ([("review", .rule, "a"), ("review", .unknownData, "on_unknown")], "review", "a"),
        ([("exit", .rule, "a"), ("review", .unknownData, "on_unknown")], "exit", "a"),  // known exit stands
        ([("keep_with_conditions", .rule, "a"), ("review", .unknownData, "on_unknown")], "review", "on_unknown"),
        ([("keep", .rule, "a"), ("review", .requirement, "two_way"), ("exit", .portfolio, "one_per_country")], "exit", "one_per_country"),
    ]

    @Test(arguments: table.indices)
    func mostSevereWins(_ index: Int) {
        let (proposals, outcome, source) = Self.table[index]
        let winner = Precedence.decide(proposals.map { Self.proposal($0.0, $0.1, $0.2) }, severity: Self.severity)
        #expect(winner?.outcome == outcome)
        #expect(winner?.reason.source == source)
    }
}

@Suite struct SeverityPrecedenceTests {
    // Severities: keep 0, keep_with_conditions 1, review 2 (on_unknown), exit 3; default keep.
    // (fired, open, cap) → (outcome, provisional): what a missing fact may and may not do to the outcome.
    static let table: [(Int, Int, Int?, Int, Bool)] = [
        (-1, -1, nil, 0, false),  // nothing fired, nothing unknown: the default
        (3, -1, nil, 3, false),  // the most severe fired outcome
        (-1, 1, nil, 1, true),  // Rivne: an unknown rule that could give conditions gives conditions, not review
        (1, 3, nil, 2, true),  // an unknown rule that could give exit raises conditions to review, no further
        (-1, 3, nil, 2, true),  // and never past on_unknown
        (3, 3, nil, 3, false),  // an unknown exit cannot change a known exit
        (-1, 0, nil, 0, false),  // an unknown keep changes nothing
        (2, 1, nil, 2, false),  // an unknown milder than what is decided changes nothing
        (-1, 2, 1, 1, true),  // capped: conditions at most, and still open below the cap
        (2, -1, 1, 1, false),  // a known review under a cap: conditions, nothing open
        (1, 3, 1, 1, false),  // decided at the cap: the missing facts cannot change it
    ]

    @Test(arguments: table.indices)
    func aMissingFactNeverGivesWorseThanItsRuleCould(_ i: Int) {
        let (fired, open, cap, outcome, provisional) = Self.table[i]
        let result = Precedence.outcome(fired: fired, open: open, cap: cap, defaultSeverity: 0, unknownSeverity: 2)
        #expect(result.severity == outcome, "row \(i)")
        #expect(result.provisional == provisional, "row \(i)")
    }
}

@Suite struct ReviewDateTests {
    @Test(arguments: [
        ("2026-11-24", true), ("2024-02-29", true), ("2000-02-29", true), ("2026-02-29", false), ("1900-02-29", false),
        ("2026-02-30", false), ("2026-04-31", false),
    ])
    func aDateMustBeOnTheCalendar(_ text: String, _ valid: Bool) {
        #expect((ReviewDate(text) != nil) == valid)
    }

    @Test func aDateIsWrittenYYYYMMDDAndNothingElse() {
        #expect(ReviewDate("2026-11-15")?.year == 2026)
        #expect(ReviewDate("2026-11-15")?.description == "2026-11-15")
        for text in ["2026-13-01", "2026-1-15", "15.11.2026", "2026-11-15T00:00", "", "abcd-ef-gh"] {
            #expect(ReviewDate(text) == nil, "\(text)")
        }
    }

    @Test func datesCompareAsDaysAndAYearOnKeepsTheDay() throws {
        let a = try #require(ReviewDate("2025-12-31"))
        let b = try #require(ReviewDate("2026-01-01"))
        #expect(a < b)
        #expect(ReviewDate("2028-02-29")?.yearLater == ReviewDate("2029-02-28"))
        #expect(ReviewDate("2026-06-18")?.yearLater == ReviewDate("2027-06-18"))
        #expect(b.written(.nb) == "01.01.2026")
    }
}

/// The engine's own steps (Precedence's 1–5), through a tiny rule set: which outcome a record gets, whether it is
/// provisional, and which reason decides it.
@Suite struct EngineStepTests {
    static let ruleSet = try! RuleSetLoader.load(
        SourceText(
            path: "steps.yaml",
            text: """
                ruleset: steps
                title: Steps
                source: {file: doc.txt, title: Doc}
                applies_to: [network]
                outcomes: [keep, keep_with_conditions, review, exit]
                default_outcome: keep
                on_unknown: {outcome: review, because: {nb: "Mangler", en: "Missing"}}
                facts:
                  a: {type: bool, label: {nb: "A", en: "A"}}
                  b: {type: bool, label: {nb: "B", en: "B"}}
                  c: {type: bool, label: {nb: "C", en: "C"}}
                  d: {type: bool, label: {nb: "D", en: "D"}}
                  e: {type: bool, label: {nb: "E", en: "E"}}
                rules:
                  - {id: conditions, when: not a, outcome: keep_with_conditions, condition: {nb: "Gjør a", en: "Do a"}, because: {nb: "Ikke a", en: "Not a"}, cite: {quote: "A."}}
                  - {id: review, when: not b, outcome: review, because: {nb: "Ikke b", en: "Not b"}, cite: {quote: "B."}}
                  - {id: exit, when: not c, outcome: exit, because: {nb: "Ikke c", en: "Not c"}, cite: {quote: "C."}}
                  - {id: capped, when: d, outcome: keep, at_most: keep_with_conditions, because: {nb: "D", en: "D"}, cite: {quote: "D."}}
                  - {id: review_later, when: not e, outcome: review, because: {nb: "Ikke e", en: "Not e"}, cite: {quote: "E."}}
                """))

    // The record's facts → its outcome, whether it is provisional, and the source of the decisive reason.
    static let table: [([String: Bool], String, Bool, String)] = [
        (["a": true, "b": true, "c": true, "e": true], "keep", false, "default_outcome"),  // 2: nothing fired, the default
        (["a": false, "b": true, "c": true, "e": true], "keep_with_conditions", false, "conditions"),
        (["a": false, "b": false, "c": true, "e": true], "review", false, "review"),  // 2: the most severe fired outcome
        (["a": false, "b": false, "c": false, "e": true], "exit", false, "exit"),
        (["a": true, "b": false, "c": true, "e": false], "review", false, "review"),  // 5: the rule written first wins a tie
        // 3: an unknown that could give exit raises the outcome, but never past on_unknown, and says it is provisional.
        (["a": true, "b": true, "e": true], "review", true, "on_unknown"),
        (["b": true, "c": true, "e": true], "keep_with_conditions", true, "on_unknown"),  // no worse than its rule could
        (["a": false, "b": true, "e": true], "review", true, "on_unknown"),
        // 3 and 5: where a rule already gives on_unknown's outcome, the rule explains it; the unknown keeps it open.
        (["a": true, "b": false, "e": true], "review", true, "review"),
        (["a": true, "b": true, "c": false, "e": true], "exit", false, "exit"),  // a known exit stands
        // 4: a fired at_most caps the outcome, and its rule explains it.
        (["a": true, "b": false, "c": true, "d": true, "e": true], "keep_with_conditions", false, "capped"),
        (["a": true, "b": true, "d": true, "e": true], "keep_with_conditions", true, "capped"),  // capped, still open below the cap
    ]

    @Test(arguments: table.indices)
    func eachStepDecidesAsDocumented(_ index: Int) {
        let (facts, outcome, provisional, source) = Self.table[index]
        var record = Record(id: "r", name: "R", kind: "network", location: SourceLocation(file: "r.yaml", line: 1, column: 1))
        for (name, value) in facts { record.facts[name] = .bool(value) }
        let review = Engine(ruleSet: Self.ruleSet).evaluate(record, asOfYear: 2026)
        #expect(review.outcome == outcome, "\(facts)")
        #expect(review.provisional == provisional, "\(facts)")
        #expect(review.decisive.source == source, "\(facts)")
    }
}
