import Foundation
import Testing

@testable import TiesCore

/// An obligation's period is a number of years a statute could ask for: one that would run the dates off the calendar
/// is refused where it is read, and date arithmetic never traps (the attacker's workbook took the workbench down).
@Suite struct ObligationPeriodTests {
    @Test(arguments: ["9223372036854775807", "9223372036852775807", "101"])
    func aPeriodBeyondACenturyIsRefusedWhereItIsRead(_ years: String) throws {
        let ruleSet = try RuleSetLoader.load(testPipeline.files.read(path("Rules/bergen.yaml")))
        let record = """
            id: x
            name: X
            kind: network
            since: 2016
            obligations:
              - {what: "Rapport", every_years: \(years), from: 2016-03-01}
            """
        let header = SourceText(path: "p.yaml", text: "municipality: Bergen\nas_of: 2026-11-15\n")
        #expect(throws: DiagnosticsError.self) {
            _ = try PortfolioLoader.load(header: header, recordFiles: [SourceText(path: "x.yaml", text: record)], ruleSet: ruleSet)
        }
    }

    @Test func aDateMovedPastTheLargestYearStaysThere() throws {
        let date = try #require(ReviewDate("2016-03-01"))
        #expect(date.adding(years: Int.max).year == Int.max)
        var o = Obligation(
            what: LocalizedText(["nb": "x"]), everyYears: Obligation.longestPeriod, location: SourceLocation(file: "", line: 1, column: 1))
        o.from = date
        #expect(o.dueDates(since: 2016, through: try #require(ReviewDate("2300-01-01"))).count == 2)
    }
}
