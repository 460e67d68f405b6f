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
}
