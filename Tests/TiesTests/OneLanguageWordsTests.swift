import Foundation
import Testing

@testable import TiesCore
@testable import TiesReports

/// A review whose words are made in its reader's language alone (`Engine.wordsIn`) reads, in every report, exactly as
/// the review with words in every language: the large reviews depend on it for their memory.
@Suite struct OneLanguageWordsTests {
    static let samples = ["bergen", "trondheim", "kristiansand", "fredrikstad", "eksempelvik"]

    /// Every report a review is written as, in `book`'s language.
    static func reports(_ review: Review, _ book: Phrasebook) throws -> [String: [UInt8]] {
        [
            "table": Array(ReviewTable(book, width: 80).render(review).utf8),
            "table-full": Array(ReviewTable(book).render(review).utf8),
            "md": Array(MarkdownWriter.write(ReviewDocument(book).build(review)).utf8),
            "html": Array(HTMLWriter.write(ReviewDocument(book).build(review)).utf8),
            "csv": Array(CSVRenderer(book).render(review).utf8),
            "json": JSONRenderer(book).bytes(review),
            "xlsx": Array(try ReviewWorkbook(book).write(review)),
            "case": Array(MarkdownWriter.write(ReviewCaseDocument(book).build(review)).utf8),
        ]
    }

    @Test(arguments: samples)
    func wordsInOneLanguageReadAsWordsInEvery(_ sample: String) throws {
        let workspace = try testPipeline.workspace(portfolio: path("Samples/\(sample)"), rules: nil)
        let every = Engine(ruleSet: workspace.ruleSet).review(workspace.portfolio)
        for language in Language.allCases {
            let one = Engine(ruleSet: workspace.ruleSet, wordsIn: language).review(workspace.portfolio)
            let book = Phrasebook(language)
            let (want, got) = (try Self.reports(every, book), try Self.reports(one, book))
            for (format, bytes) in want {
                #expect(got[format] == bytes, "\(sample), \(language.code), \(format)")
            }
            // The table fitted to a width reads the decisive reason alone: a review that keeps no other reads the same.
            let lean = Engine(ruleSet: workspace.ruleSet, keepsAllReasons: false, wordsIn: language).review(workspace.portfolio)
            for format in ["table"] {
                #expect(try Self.reports(lean, book)[format] == want[format], "\(sample), \(language.code), \(format), decisive alone")
            }
            // A rule's reason is made once, not once per language (a text the rule set gives is its own, shared).
            let made = one.records.flatMap(\.reasons).filter { $0.kind == .rule }.map(\.text.texts.count)
            #expect(!made.isEmpty && made.allSatisfy { $0 == 1 }, "\(sample), \(language.code)")
        }
    }
}
