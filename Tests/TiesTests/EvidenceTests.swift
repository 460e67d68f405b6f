import Foundation
import Testing

/// A fact may carry its source and date; a fact older than the rule set allows counts as unknown and is named stale.
@Suite struct EvidenceTests {
    @Test func aFactsSourceAndDateStandBesideItAndAStaleFactIsSaidStale() throws {
        let md = try runTies(["review", "Samples/bergen", "--format", "md"]).out
        #expect(md.contains("Kilder: Kompetanseheving (0–3): 3 — Eurocities årsrapport 2025 (illustrativ), 01.12.2025"))
        #expect(
            md.contains(
                "Kilder: Kompetanseheving (0–3): 1 — Årsrapport 2019 fra byrådsavdelingen (illustrativ), 01.12.2019 (eldre enn 3 år, lest som ukjent)"
            ))
        #expect(
            md.contains(
                "| Local Governments for Sustainability (ICLEI) | Kompetanseheving (0–3) (sist registrert 01.12.2019, eldre enn 3 år)"))
        #expect(md.contains(" opplysninger har ingen dato og er lest som de står per datoen for gjennomgangen."))
        let html = try runTies(["review", "Samples/bergen", "--format", "html"]).out
        #expect(html.contains("Eurocities årsrapport 2025 (illustrativ), 01.12.2025"))
        let explain = try runTies(["explain", "Samples/bergen", "iclei"]).out
        #expect(explain.contains("competence_gain: 1 — Årsrapport 2019 fra byrådsavdelingen (illustrativ), 01.12.2019"))
    }

    // (what the fact says instead, the message)
    static let broken: [(String, String)] = [
        (
            "{value: 1, source: \"Årsrapport\", as_of: 2027-01-01}",
            "has 'competence_gain' recorded on 1"
        ),
        ("{value: 1, source: [a, b]}", "expected 'source' as text, found a list"),
        ("{value: 1, as_of: last year}", "expected 'as_of' as a date YYYY-MM-DD, found 'last year'"),
        ("{value: 1, sorce: x}", "unknown key 'sorce'"),
    ]

    @Test(arguments: broken.indices)
    func badEvidenceIsRefusedAtItsPlace(_ index: Int) throws {
        let (fact, message) = Self.broken[index]
        let r = try runOnOneBergenNetwork("review", tail: "facts:\n  competence_gain: \(fact)", name: "evidence-\(index)")
        #expect(r.status == 65, "\(r.err)")
        #expect(r.err.contains("portfolio.yaml:9:"), "\(r.err)")
        #expect(r.err.contains(message), "\(r.err)")
    }
}

/// A rule that cannot be evaluated because of its arithmetic says so in its trace, instead of naming no missing fact.
@Suite struct ArithmeticTraceTests {
    @Test func aDivisionByAZeroBenefitSaysSo() throws {
        let folder = try scratchFolder("division")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = """
            municipality: Kristiansand
            as_of: 2026-11-15
            rules: \(path("Rules/kristiansand.yaml"))
            records:
              - {id: z, name: Z, kind: network, country: DE, responsible: Kultur, facts: {benefit: 0, annual_cost_nok: 20000}}
            """
        try text.write(toFile: folder + "/portfolio.yaml", atomically: true, encoding: .utf8)
        let r = try runTiesInEnglish(["explain", folder + "/portfolio.yaml", "z"])
        #expect(r.status == 0, "\(r.err)")
        #expect(
            r.out.contains(
                "saw annual_cost_nok = 20000, benefit = 0, cost_per_benefit_limit_nok = 75000 (cannot be computed with these values, e.g. a division by zero)"
            ))
    }
}

/// A streamed review reads a stale fact as the whole review does.
@Suite struct StreamedEvidenceTests {
    @Test func aStaleFactInJSONLinesIsUnknownAsInAPortfolio() throws {
        let folder = try scratchFolder("stream-evidence")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let facts =
            "\"roles\": [\"service_provider\"], \"competence_gain\": {\"value\": 3, \"as_of\": \"2019-12-01\"}, \"influence\": 1, \"project_basis\": true, \"goal_areas\": [\"knowledge_competence\"]"
        try "{\"id\": \"n\", \"name\": \"N\", \"kind\": \"network\", \(facts)}\n".write(
            toFile: folder + "/ties.jsonl", atomically: true, encoding: .utf8)
        let yaml = """
            municipality: Bergen
            as_of: 2026-11-15
            rules: \(path("Rules/bergen.yaml"))
            records:
              - {id: n, name: N, kind: network, facts: {\(facts.replacingOccurrences(of: "\"", with: ""))}}
            """
        try yaml.write(toFile: folder + "/portfolio.yaml", atomically: true, encoding: .utf8)
        let streamed = try runTies([
            "review", folder + "/ties.jsonl", "--rules", "Rules/bergen.yaml", "--as-of", "2026-11-15", "--format", "jsonl",
        ])
        let whole = try runTies(["review", folder + "/portfolio.yaml", "--format", "jsonl"])
        #expect(streamed.status == 0 && whole.status == 0, "\(streamed.err)\(whole.err)")
        #expect(streamed.out == whole.out)
        // The age limit is ours (evidence_years), so the stale fact is a data gap: it holds nothing open.
        #expect(streamed.out.contains("\"provisional\":false"), "\(streamed.out)")
    }
}

/// A number the strategy states is the strategy's own in every format: Kristiansand's withdrawal year (1.3 «vedtok
/// 27.02.19 å trekke seg fra det nordiske vennskapsbysamarbeidet») is printed with its sentence, never as ours.
@Suite struct StatedNumberTests {
    @Test func theWithdrawalYearIsStatedInEveryFormat() throws {
        let csv = try runTies(["review", "Samples/kristiansand", "--format", "csv"]).out
        #expect(csv.contains(";Tall strategien selv oppgir;"))
        #expect(csv.contains("står i strategien: «Kristiansand kommune vedtok 27.02.19 å trekke seg"))
        let md = try runTies(["review", "Samples/kristiansand", "--format", "md"]).out
        #expect(md.contains("## Tall strategien selv oppgir"))
        let folder = try scratchFolder("stated-xlsx")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try runTies(["review", "Samples/kristiansand", "-o", folder + "/r.xlsx"]).status == 0)
        let reasons = try zipEntry(try Data(contentsOf: URL(fileURLWithPath: folder + "/r.xlsx")), "xl/worksheets/sheet2.xml")
        #expect(
            reasons.contains("Tall strategien selv oppgir") && reasons.contains("står i strategien: «Kristiansand kommune vedtok 27.02.19"))
        for text in [csv, md, reasons] { #expect(!text.contains("(2019) er ikke vedtatt"), "a stated number is never called ours") }
    }
}
