import Testing
@testable import TiesCore

/// Categories and portfolio rules, on a small twin-city rule set shaped like Trondheim's and Fredrikstad's.
let twinCityRuleSet = """
    ruleset: twins
    title: Twins
    source: {file: doc.txt, title: Doc}
    applies_to: [twin_city]
    outcomes: [keep, review, exit]
    facts:
      has_project_agreement: {type: bool, label: {nb: Prosjektavtale, en: Project agreement}}
      run_by_ngos: {type: bool, label: {nb: Drevet av frivillige, en: Run by NGOs}}
      reciprocal: {type: bool, label: {nb: Gjensidig, en: Reciprocal}}
    rules:
      - id: no_activity
        when: count(activities where year >= as_of_year - 3) == 0
        because: {nb: "Ingen aktivitet", en: "No activity"}
        cite: {quote: "Relasjoner uten prioritert aktivitet."}
    categories:
      - id: project
        label: {nb: Prosjekt, en: Project}
        when: has_project_agreement
      - id: solidarity
        label: {nb: Solidaritet, en: Solidarity}
        when: run_by_ngos
        requires:
          - id: two_way
            holds: reciprocal
            because: {nb: "Ikke gjensidig", en: "Not two-way"}
            cite: {quote: "Solidaritetsrelasjoner skal være gjensidige."}
      - id: dormant
        label: {nb: Hvilende, en: Dormant}
        when: count(activities where year >= as_of_year - 3) == 0
    portfolio_rules:
      - id: one_per_nordic_country
        for_each: {country_code: [SE, DK, FI]}
        select: kind == 'twin_city' and country == country_code
        count: 1
        outcome: review
        because: {nb: "{count} vennskapsbyer i {country_code}", en: "{count} twin cities in {country_code}"}
        cite: {quote: "Én vennskapsby i hvert av de nordiske landene."}
    """

@Suite struct EngineTests {
    let engine = Engine(ruleSet: try! RuleSetLoader.load(SourceText(path: "twins.yaml", text: twinCityRuleSet)))

    func twin(_ id: String, _ country: String, _ facts: [String: Value], activities: [Activity]? = [Activity(year: 2026, type: "meeting")])
        -> Record
    {
        Record(
            id: id, name: id, kind: "twin_city", country: country, facts: facts, activities: activities,
            location: SourceLocation(file: "p", line: 1, column: 1))
    }

    @Test func firstMatchingCategoryWins() {
        let r = engine.evaluate(twin("a", "SE", ["has_project_agreement": .bool(true), "run_by_ngos": .bool(true)]), asOfYear: 2026)
        #expect(r.category == "project")
        #expect(r.outcome == "keep")
    }

    @Test func failedRequirementFlagsForReview() {
        let r = engine.evaluate(
            twin("b", "DK", ["has_project_agreement": .bool(false), "run_by_ngos": .bool(true), "reciprocal": .bool(false)]), asOfYear: 2026
        )
        #expect(r.category == "solidarity")
        #expect(r.outcome == "review")
        #expect(r.decisive.source == "two_way")
    }

    @Test func unknownBeforeAMatchLeavesTheCategoryUndecided() {
        let r = engine.evaluate(twin("c", "FI", ["run_by_ngos": .bool(true)]), asOfYear: 2026)
        #expect(r.category == nil)
        #expect(r.outcome == "review")
        #expect(r.unevaluated.map(\.rule) == ["project"])
        #expect(r.decisive.text.text(.en) == "Insufficient data (missing “Project agreement”)")
    }

    @Test func noMatchIsUnclassified() {
        let r = engine.evaluate(twin("d", "FI", ["has_project_agreement": .bool(false), "run_by_ngos": .bool(false)]), asOfYear: 2026)
        #expect(r.category == RecordReview.unclassified)
    }

    @Test func portfolioRulesNameTheRecordsInvolvedAndChangeTheirOutcome() {
        let records = [
            twin("karlskoga", "SE", ["has_project_agreement": .bool(true)]),
            twin("uppsala", "SE", ["has_project_agreement": .bool(true)]),
            twin("aalborg", "DK", ["has_project_agreement": .bool(true)]),
        ]
        let review = engine.review(
            Portfolio(
                municipality: "F", asOf: ReviewDate("2026-06-01"), rulesPath: nil, records: records,
                location: SourceLocation(file: "p", line: 1, column: 1)))
        let byCountry = Dictionary(uniqueKeysWithValues: review.findings.map { ($0.binding ?? "", $0) })
        #expect(byCountry["SE"]?.holds == false)
        #expect(byCountry["SE"]?.records == ["karlskoga", "uppsala"])
        #expect(byCountry["SE"]?.text.text(.en) == "2 twin cities in Sweden")
        #expect(byCountry["DK"]?.holds == true)
        #expect(byCountry["FI"]?.holds == false)
        #expect(byCountry["FI"]?.records == [])
        let outcomes = Dictionary(uniqueKeysWithValues: review.records.map { ($0.record.id, $0.outcome) })
        #expect(outcomes == ["karlskoga": "review", "uppsala": "review", "aalborg": "keep"])
        #expect(review.records.first { $0.record.id == "karlskoga" }?.decisive.kind == .portfolio)
    }
}
