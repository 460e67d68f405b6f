import Foundation
import Testing

@testable import TiesCore

/// A large portfolio's records are shared among the cores (`Parallel`): the review must be the one a single core makes,
/// record for record, in the same order.
@Suite struct ParallelReviewTests {
    @Test func aLargePortfolioIsReviewedAsOneCoreWouldReviewIt() throws {
        let workspace = try testPipeline.workspace(portfolio: path("Samples/bergen"), rules: nil)
        var portfolio = workspace.portfolio
        let originals = portfolio.records
        // Enough ties for every core to get a run of its own.
        portfolio.records = (0..<(Parallel.cores * 1_000 / originals.count + 1)).flatMap { n in
            originals.map { r in
                var copy = r
                copy.id = "\(r.id)-\(n)"
                return copy
            }
        }
        let shared = Engine(ruleSet: workspace.ruleSet).review(portfolio)
        let alone = Engine(ruleSet: workspace.ruleSet, cores: 1).review(portfolio)
        #expect(shared.records.count == portfolio.records.count)
        for format in ["json"] {
            let book = Phrasebook(.nb)
            #expect(
                try OneLanguageWordsTests.reports(shared, book)[format] == OneLanguageWordsTests.reports(alone, book)[format], "\(format)")
        }
    }

    @Test func runsKeepTheItemsOrder() {
        let items = Array(0..<10_007)
        #expect(Parallel.map(items, minimum: 10) { $0 * 2 } == items.map { $0 * 2 })
        let (a, b) = Parallel.both({ items.reduce(0, +) }, { items.count })
        #expect(a == items.reduce(0, +) && b == items.count)
    }

    /// Bergen's list of ties, its rows repeated `times` with numbered ids: a list long enough to be read in runs.
    static func longList(_ times: Int, file: String = "medlemskap.csv") throws -> (header: String, rows: [String]) {
        let text = try String(contentsOfFile: path("Samples/bergen-excel/" + file), encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let rows = (0..<times).flatMap { n in
            lines.dropFirst().map { line in
                let id = line.prefix { $0 != ";" }
                return "\(id)_\(n)" + line.dropFirst(id.count)
            }
        }
        return (lines[0], rows)
    }

    @Test func aLongListIsReadInRunsAsItsHalvesAreReadAlone() throws {
        let ruleSet = try loadRuleSet("bergen.yaml")
        let times = 2 * Parallel.cores * 5_000 / 34 + 1
        let (header, rows) = try Self.longList(times)
        // The activity log too, its rows in the same numbered copies: long enough to be read in runs.
        let (logHeader, log) = try Self.longList(times, file: "medlemskap.aktiviteter.csv")
        func records(_ rows: ArraySlice<String>) throws -> [Record] {
            let ids = Set(rows.map { $0.prefix { $0 != ";" } })
            return try SpreadsheetLoader.csv(
                SourceText(path: "ties.csv", text: ([header] + rows).joined(separator: "\n")),
                activities: SourceText(
                    path: "ties.aktiviteter.csv",
                    text: ([logHeader] + log.filter { ids.contains($0.prefix { $0 != ";" }) }).joined(separator: "\n")),
                ruleSet: ruleSet)
        }
        let whole = try records(rows[...])
        let half = rows.count / 2
        let halves = try records(rows[..<half]) + records(rows[half...])
        #expect(log.count >= 10_000 && whole.contains { ($0.activities ?? []).count > 0 })
        #expect(whole.count == rows.count)
        // The same records, where each stands apart (their line in the file aside).
        #expect(whole.map(\.id) == halves.map(\.id))
        for (a, b) in zip(whole, halves) {
            #expect(
                a.activities == b.activities && a.facts == b.facts && a.name == b.name && a.kind == b.kind && a.country == b.country
                    && a.since == b.since)
        }
    }

    @Test func whatIsWrongInALongListIsSaidAsInAShortOne() throws {
        let ruleSet = try loadRuleSet("bergen.yaml")
        var (header, rows) = try Self.longList(2 * Parallel.cores * 5_000 / 34 + 1)
        // A kind no tie has, early and late (Århus's rows): said in the order of the rows, with their lines.
        let aarhus = rows.indices.filter { rows[$0].hasPrefix("aarhus_") }
        for i in [aarhus[0], aarhus[aarhus.count - 1]] { rows[i] = rows[i].replacing(";vennskapsby;", with: ";klubb;") }
        let text = ([header] + rows).joined(separator: "\n")
        let expected = [aarhus[0], aarhus[aarhus.count - 1]].map { i in
            ([header] + rows[..<i]).joined(separator: "\n").count { $0 == "\n" } + 2
        }
        #expect {
            try SpreadsheetLoader.csv(SourceText(path: "ties.csv", text: text), ruleSet: ruleSet)
        } throws: { error in
            (error as? DiagnosticsError)?.diagnostics.map(\.location.line) == expected
        }
    }
}
