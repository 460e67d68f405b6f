import Foundation
import Testing

@testable import TiesCore

/// A portfolio written out as YAML reads back as the same ties: every field, fact, piece of evidence, activity,
/// decision and obligation of every sample, the Excel sample among them.
@Suite struct PortfolioTextTests {
    static let portfolios = sampleFolders.map { "Samples/\($0)" } + ["Samples/bergen-excel/medlemskap.xlsx"]

    @Test(arguments: portfolios)
    func aPortfolioWrittenOutReadsBackAsTheSameTies(_ sample: String) throws {
        let rules = sample.hasSuffix(".xlsx") ? path("Rules/bergen.yaml") : nil
        let loaded = try testPipeline.workspace(portfolio: path(sample), rules: rules, asOf: ReviewDate("2026-11-15"))
        let order = loaded.ruleSet.facts.map(\.name)
        let header = SourceText(path: "portfolio.yaml", text: PortfolioText.header(loaded.portfolio, rules: "rules.yaml"))
        let files = loaded.portfolio.records.map {
            SourceText(path: "records/\($0.id).yaml", text: PortfolioText.record($0, factOrder: order))
        }
        let again = try PortfolioLoader.load(header: header, recordFiles: files, ruleSet: loaded.ruleSet)
        #expect(again.canonicalText == loaded.portfolio.canonicalText)
        #expect(again.records.count == loaded.portfolio.records.count)
        for (a, b) in zip(again.records, loaded.portfolio.records) {
            #expect(PortfolioText.record(a, factOrder: order) == PortfolioText.record(b, factOrder: order))
            #expect(a.obligations.count == b.obligations.count)
        }
        #expect(again.title == loaded.portfolio.title && again.notes == loaded.portfolio.notes)
        #expect(again.followUpBy == loaded.portfolio.followUpBy && again.asOf == loaded.portfolio.asOf)
    }

    @Test func textsThatLookLikeOtherValuesStayTexts() throws {
        let ruleSet = try RuleSetLoader.load(testPipeline.files.read(path("Rules/bergen.yaml")))
        var record = Record(
            id: "x-1", name: "true", kind: "network", notes: "# no comment\n«line two»: \"quoted\" \\ \u{7}",
            location: SourceLocation(file: "x", line: 1, column: 1))
        record.responsible = "null"
        record.url = "123"
        record.facts["annual_fee_nok"] = .decimal(1500.5)
        record.evidence["annual_fee_nok"] = Record.Evidence(
            source: "Faktura: «2026»", asOf: ReviewDate("2026-01-31"), note: "ring: 55 55 55 55", location: record.location)
        record.activities = []
        let text = PortfolioText.record(record)
        let header = SourceText(path: "p.yaml", text: "municipality: Bergen\nas_of: 2026-11-15\n")
        let back = try PortfolioLoader.load(header: header, recordFiles: [SourceText(path: "r.yaml", text: text)], ruleSet: ruleSet)
        let r = try #require(back.records.first)
        #expect(r.name == "true" && r.responsible == "null" && r.url == "123" && r.notes == record.notes)
        #expect(r.facts["annual_fee_nok"] == .decimal(1500.5) && r.activities == [])
        #expect(r.evidence["annual_fee_nok"]?.note == "ring: 55 55 55 55" && r.evidence["annual_fee_nok"]?.source == "Faktura: «2026»")
    }
}
