import Testing

@testable import TiesCore

/// What an unknown may do depends on where a rule's force comes from: a rule resting on adopted text may hold an
/// outcome open; a rule resting on a number of ours (or declared operational) may not, and its missing fact is a data
/// gap. A number the strategy states is the strategy's, not ours.
@Suite struct ForceTests {
    static func ruleSet(parameter: String, rule: String) -> String {
        """
        ruleset: t
        title: T
        source: {file: doc.txt, title: Doc}
        outcomes: [keep, review, exit]
        facts:
          annual_fee_nok: {type: money, label: {nb: Årlig kontingent, en: Annual fee}}
        parameters:
        \(parameter)
        rules:
          - id: costly
            when: annual_fee_nok >= limit
            outcome: exit
            because: {nb: "{name} koster mye", en: "{name} costs much"}
            cite: {quote: "Medlemskap skal ikke koste over 50 000 kr i året."}
        \(rule)
        """
    }

    static let ours = "  limit: {value: 50000, basis: {nb: Vårt tall, en: Ours}}"
    static let stated = "  limit: {value: 50000, stated: {quote: \"Medlemskap skal ikke koste over 50 000 kr i året.\"}}"

    // (parameter, an extra key on the rule, operational, the outcome of a tie whose fee is unknown, provisional)
    static let cases: [(String, String, Bool, String, Bool)] = [
        (ours, "", true, "keep", false),  // a number of ours: the unknown fee is a data gap
        (ours, "    operational: false", false, "review", true),  // the rule set says its force is the text's
        (stated, "", false, "review", true),  // the strategy states the number: the text's force, held open
        (stated, "    operational: true", true, "keep", false),  // declared ours although the number is stated
    ]

    @Test(arguments: cases.indices)
    func anUnknownHoldsTheOutcomeOpenOnlyWhereTheTextDecides(_ index: Int) throws {
        let (parameter, key, operational, outcome, provisional) = Self.cases[index]
        let rs = try RuleSetLoader.load(SourceText(path: "Rules/t.yaml", text: Self.ruleSet(parameter: parameter, rule: key)))
        #expect(rs.rules[0].operational == operational)
        let record = Record(id: "n", name: "N", kind: "network", facts: [:], location: rs.rules[0].location)
        let review = Engine(ruleSet: rs).evaluate(record, asOfYear: 2026)
        #expect(review.outcome == outcome)
        #expect(review.provisional == provisional)
        // Either way the fact it waits for is listed, as a gap or as what holds the outcome open.
        #expect(review.missingFacts == ["annual_fee_nok"])
        #expect(review.openingFacts == (provisional ? ["annual_fee_nok"] : []))
        // The reason's † notes and the reports' «numbers the strategy does not state» name only numbers of ours.
        #expect(rs.rules[0].parameters == (parameter == Self.ours ? ["limit"] : []))
    }

    @Test func aStatedNumberMustStandInItsSentence() throws {
        #expect(Linter.states("Strategien gjeld fra 2020 til 2025.", .int(2025)))
        #expect(Linter.states("Medlemskap skal ikke koste over 50 000 kr i året.", .int(50000)))
        #expect(!Linter.states("Strategien gjeld fra 2020 til 2025.", .int(25)))
        #expect(!Linter.states("Strategien gjeld fra 2020 til 2025.", .int(2024)))
        let wrong = Self.stated.replacing("50 000 kr", with: "femti tusen kroner")
        let rs = try RuleSetLoader.load(SourceText(path: "Rules/t.yaml", text: Self.ruleSet(parameter: wrong, rule: "")))
        let found = Linter(ruleSet: rs).lint().map(\.description)
        #expect(found.contains { $0.contains("says the strategy states 50000, but the number is not in the quote") }, "\(found)")
    }

    @Test func aBareNumberInTheRulesOwnQuoteIsTheStrategys() throws {
        let text = Self.ruleSet(parameter: Self.ours, rule: "").replacing("annual_fee_nok >= limit", with: "annual_fee_nok >= 50000")
        let rs = try RuleSetLoader.load(SourceText(path: "Rules/t.yaml", text: text))
        #expect(!Linter(ruleSet: rs).lint().contains { $0.description.contains("uses the number") })
        let other = text.replacing(">= 50000", with: ">= 60000")
        let rs2 = try RuleSetLoader.load(SourceText(path: "Rules/t.yaml", text: other))
        #expect(Linter(ruleSet: rs2).lint().contains { $0.description.contains("uses the number 60000") })
    }
}
