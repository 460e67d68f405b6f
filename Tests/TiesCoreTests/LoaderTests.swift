import Testing
@testable import TiesCore

/// A minimal valid rule set; tests break one line of it at a time.
let minimalRuleSet = """
    ruleset: t
    title: T
    source: {file: doc.txt, title: Doc}
    outcomes: [keep, review, exit]
    facts:
      roles: {type: set, values: {host: {nb: vertskap, en: host}, service_provider: {nb: tjenesteleverandør, en: service provider}}, label: {nb: Rolle, en: Role}}
      annual_fee_nok: {type: money, label: {nb: Årlig kontingent, en: Annual fee}}
    rules:
      - id: no_role
        when: count(roles) == 0
        outcome: exit
        because: {nb: "{name} har ingen rolle", en: "{name} has no role"}
        cite: {quote: "Medlemskap skal ha en tydelig relevans."}
    """

func loadErrors(_ text: String) -> [String] {
    do {
        _ = try RuleSetLoader.load(SourceText(path: "Rules/t.yaml", text: text))
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

@Suite struct RuleSetLoaderTests {
    @Test func minimalRuleSetLoads() throws {
        let rs = try RuleSetLoader.load(SourceText(path: "Rules/t.yaml", text: minimalRuleSet))
        #expect(rs.rules.map(\.id) == ["no_role"])
        #expect(rs.rules[0].citation.document == "doc.txt")
        #expect(rs.rules[0].location == SourceLocation(file: "Rules/t.yaml", line: 9, column: 5))
        #expect(rs.onUnknown.outcome == "review")
    }

    /// A fact may say itself in a sentence for a case memo; the sentence for a value says where the value stands.
    @Test func aFactSaysItselfInASentence() throws {
        let says = minimalRuleSet.replacing(
            "annual_fee_nok: {type: money, label: {nb: Årlig kontingent, en: Annual fee}}",
            with:
                "annual_fee_nok: {type: money, label: {nb: Årlig kontingent, en: Annual fee}, says: {nb: \"Kontingenten er {value}\", en: \"The fee is {value}\"}}"
        )
        let rs = try RuleSetLoader.load(SourceText(path: "Rules/t.yaml", text: says))
        #expect(Phrasebook(.nb).sentence("annual_fee_nok", .int(10000), rs) == "Kontingenten er 10\u{00A0}000\u{00A0}kr")
        #expect(Phrasebook(.nb).sentence("annual_fee_nok", .unknown, rs) == nil)
        let without = says.replacing("\"The fee is {value}\"", with: "\"The fee\"")
        #expect(loadErrors(without).first?.contains("'says' for a fact that is not a yes or no is one sentence with {value}") == true)
    }

    // (what to replace, replacement, the exact messages)
    static let broken: [(String, String, [String])] = [
        (
            "    when: count(roles) == 0", "    wen: count(roles) == 0",
            [
                "Rules/t.yaml:10:5: error: unknown key 'wen' in a rule; did you mean 'when'?; the keys are id, criterion, applies_to, when, outcome, at_most, points, flag, condition, asks, because, cite, operational, examples",
                "Rules/t.yaml:9:5: error: a rule is missing 'when'",
            ]
        ),
        (
            "count(roles) == 0", "count(rolse) == 0",
            [
                "Rules/t.yaml:10:17: error: unknown fact 'rolse'; did you mean 'roles'?; the names it can read are activities, annual_fee_nok, as_of_year, country, id, kind, name, responsible, roles, since"
            ]
        ),
        (
            "count(roles) == 0", "annual_fee_nok == 'high'",
            [
                "Rules/t.yaml:10:29: error: cannot compare decimal with string"
            ]
        ),
        (
            "    outcome: exit", "    outcome: exti",
            [
                "Rules/t.yaml:11:14: error: unknown outcome 'exti'; did you mean 'exit'? (declared: keep, review, exit)"
            ]
        ),
        (
            "{type: money,", "{type: mony,",
            [
                "Rules/t.yaml:7:26: error: unknown type 'mony'; did you mean 'money'?; the types are bool, decimal, enum, int, money, set, string, year"
            ]
        ),
        (
            "{nb: \"{name} har ingen rolle\", en: \"{name} has no role\"}", "{nb: \"{nmae} har ingen rolle\", en: \"{name} has no role\"}",
            [
                "Rules/t.yaml:12:14: error: 'because' of rule 'no_role' names unknown value '{nmae}'; did you mean 'name'?; the values a reason can name are annual_fee_nok, as_of_year, country, id, kind, name, responsible, roles, since"
            ]
        ),
        (
            "    cite: {quote: \"Medlemskap skal ha en tydelig relevans.\"}", "",
            [
                "Rules/t.yaml:9:5: error: a rule is missing 'cite'"
            ]
        ),
        (
            "outcomes: [keep, review, exit]", "outcomes: [keep, review, exit",
            [
                "Rules/t.yaml:5:6: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 4)"
            ]
        ),
    ]

    @Test(arguments: broken.indices)
    func errorsAreLocatedAndPinned(_ index: Int) {
        let (old, new, expected) = Self.broken[index]
        #expect(loadErrors(minimalRuleSet.replacing(old, with: new)) == expected)
    }

    @Test func allErrorsOfAFileAreReportedTogether() {
        let text = minimalRuleSet.replacing("count(roles)", with: "count(rolse)").replacing("outcome: exit", with: "outcome: exti")
        #expect(loadErrors(text).count == 2)
    }

    @Test func duplicateRuleIdsAreErrors() {
        let rule = minimalRuleSet.components(separatedBy: "rules:\n")[1]
        #expect(
            loadErrors(minimalRuleSet + "\n" + rule) == [
                "Rules/t.yaml:14:5: error: duplicate rule id 'no_role'; first defined at line 9"
            ])
    }
}

@Suite struct PortfolioLoaderTests {
    let ruleSet = try! RuleSetLoader.load(SourceText(path: "Rules/t.yaml", text: minimalRuleSet))

    func errors(_ records: String) -> [String] {
        let header = SourceText(path: "p.yaml", text: "municipality: T\nas_of: 2026-01-01\nrecords:\n" + records)
        do {
            _ = try PortfolioLoader.load(header: header, recordFiles: [], ruleSet: ruleSet)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func recordsAreCheckedAgainstTheSchema() {
        #expect(
            errors("  - {id: a, name: A, kind: network, facts: {anual_fee_nok: 5}}") == [
                "p.yaml:4:45: error: unknown key 'anual_fee_nok' in facts of 'a'; did you mean 'annual_fee_nok'?; the keys are annual_fee_nok, roles"
            ])
        #expect(
            errors("  - {id: a, name: A, kind: network, facts: {annual_fee_nok: -5}}") == [
                "p.yaml:4:61: error: expected 'annual_fee_nok' as an amount of zero or more, found '-5'"
            ])
        #expect(
            errors("  - {id: a, name: A, kind: network, facts: {roles: [hots]}}") == [
                "p.yaml:4:53: error: 'hots' is not a value of 'roles'; did you mean 'host'? (allowed: host, service_provider)"
            ])
        #expect(
            errors("  - {id: a, name: A, kind: netwrok}") == [
                "p.yaml:4:28: error: unknown kind 'netwrok'; did you mean 'network'?; the kinds are agreement, friendship, network, office, organisation, programme, project, solidarity, twin_city"
            ])
        #expect(
            errors("  - {id: a, name: A, kind: network}\n  - {id: a, name: B, kind: network}") == [
                "p.yaml:5:5: error: duplicate record id 'a'; first used at p.yaml:4:5"
            ])
    }

    @Test func nullMeansMissingNotZero() throws {
        let header = SourceText(
            path: "p.yaml", text: "municipality: T\nrecords:\n  - {id: a, name: A, kind: network, facts: {annual_fee_nok: ~, roles: null}}")
        let p = try PortfolioLoader.load(header: header, recordFiles: [], ruleSet: ruleSet)
        #expect(p.records[0].facts.isEmpty)
    }

    @Test func countryCodeNOIsNorwayNotFalse() throws {
        let header = SourceText(path: "p.yaml", text: "municipality: T\nrecords:\n  - {id: a, name: A, kind: network, country: NO}")
        let p = try PortfolioLoader.load(header: header, recordFiles: [], ruleSet: ruleSet)
        #expect(p.records[0].country == "NO")
    }
}
