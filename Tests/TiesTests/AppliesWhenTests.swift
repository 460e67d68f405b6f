import Foundation
import Testing

/// A criterion limited by `applies_when` speaks only of the ties it names, and so do its rules: for another tie a rule
/// under it does not apply, and the facts only it reads are no gap. (Found in a new adviser's trial on Hamar's
/// strategy: a twin city in the USA was held at «ny vurdering *» for lacking its «nordisk kulturforståelse».)
@Suite struct AppliesWhenTests {
    static let rules = """
        ruleset: aw
        title: Applies when
        source: {file: s.txt, title: "Strategi"}
        languages: [nb]
        outcomes: [keep, review, exit]
        facts:
          nordic: {label: {nb: Nordisk}, type: bool}
          culture: {label: {nb: Kulturforståelse}, type: bool}
        criteria:
          - id: nordic_culture
            title: {nb: Nordisk kulturforståelse}
            applies_to: [twin_city]
            applies_when: nordic
        rules:
          - id: no_culture
            criterion: nordic_culture
            applies_to: [twin_city]
            when: not culture
            outcome: review
            because: {nb: "{name} gir ikke kulturforståelse"}
            cite: {quote: "De nordiske vennskapsbyene skal gi kulturforståelse."}

        """

    static let portfolio = """
        municipality: Hamar
        as_of: 2026-11-15
        rules: rules.yaml
        records:
          - {id: fargo, name: Fargo, kind: twin_city, facts: {nordic: false}}
          - {id: borga, name: Borgå, kind: twin_city, facts: {nordic: true}}
          - {id: unknown, name: Ukjent, kind: twin_city}

        """

    @Test func aRuleUnderALimitedCriterionSpeaksOnlyOfItsTies() throws {
        let folder = try scratchFolder("applies-when")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.rules.write(toFile: folder + "/rules.yaml", atomically: true, encoding: .utf8)
        try Self.portfolio.write(toFile: folder + "/portfolio.yaml", atomically: true, encoding: .utf8)
        let r = try runTies(["review", "portfolio.yaml", "--format", "json"], in: folder)
        #expect(r.status == 0, "\(r.err)")
        let review = try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as! [String: Any]
        let records = Dictionary(
            uniqueKeysWithValues: (review["records"] as! [[String: Any]]).map { ($0["id"] as! String, $0) })
        // Not Nordic: the rule does not apply, nothing is missing, nothing held open.
        #expect(records["fargo"]?["outcome"] as? String == "keep")
        #expect(records["fargo"]?["provisional"] as? Bool == false)
        #expect(records["fargo"]?["missing_facts"] as? [String] == [])
        #expect(records["fargo"]?["not_applicable"] as? [String] == ["no_culture", "nordic_culture"])
        // Nordic, without the fact: the rule could give review, so the outcome is provisional.
        #expect(records["borga"]?["outcome"] as? String == "review")
        #expect(records["borga"]?["provisional"] as? Bool == true)
        #expect(records["borga"]?["missing_facts"] as? [String] == ["culture"])
        // Whether it is Nordic is not known: the criterion may speak of it, so its fact is still a gap.
        #expect(records["unknown"]?["provisional"] as? Bool == true)
        #expect(records["unknown"]?["missing_facts"] as? [String] == ["nordic", "culture"])
        // The council case asks for Borgå's fact, a yes/no fact's label in quotation marks, and for nothing of Fargo's.
        let md = try runTies(["review", "portfolio.yaml", "--case", "--format", "md"], in: folder).out
        #expect(md.contains("**Borgå.** Det er ikke lagt fram opplysninger om «Kulturforståelse»;"), "\(md)")
        #expect(!md.contains("**Fargo.**"))
        // explain says why they do not apply: not the kind, but what the criterion speaks of.
        let explain = try runTies(["explain", "portfolio.yaml", "fargo"], in: folder).out
        #expect(explain.hasPrefix("Fargo (fargo) — vennskapsby, "))
        #expect(explain.contains("  gjelder ikke for denne tilknytningen (applies_when): no_culture, nordic_culture\n"), "\(explain)")
    }
}
