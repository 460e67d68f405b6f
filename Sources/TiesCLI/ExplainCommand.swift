import ArgumentParser
import TiesCore
import TiesReports

/// `ties explain`: how one record's outcome came about, rule by rule.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show the full trace for one record: every rule true, false or unknown, the values it saw, the citations.",
        usage: "ties explain PORTFOLIO RECORD-ID [--rules FILE] [--as-of DATE]\n[--lang nb|nn|en]",
        discussion: """
            Examples:
              ties explain Samples/bergen eurocities
              ties explain Samples/bergen mayors_for_peace --lang en
            """)

    @OptionGroup var options: PortfolioOptions

    @Argument(help: "The id of the record to explain.")
    var recordID: String

    func run() throws {
        let (_, review) = try options.review()
        guard let record = review.records.first(where: { $0.record.id == recordID }) else {
            throw CommandError.data(
                .noRecord(recordID, in: options.portfolio, Suggestion.choices(recordID, in: review.records.map(\.record.id), .ids)))
        }
        try Terminal.standardText(ExplainRenderer(options.book(for: review.ruleSet)).render(record, in: review))
    }
}
