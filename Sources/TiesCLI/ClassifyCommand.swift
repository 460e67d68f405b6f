import ArgumentParser
import TiesCore
import TiesReports

/// `ties classify`: the category view of twin-city relations.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Put each relation in its category (e.g. Trondheim's four), say why, and what would move it.",
        usage: "ties classify PORTFOLIO [--format table|json] [--lang nb|nn|en] [-o FILE]",
        discussion: """
            Categories are tried in the rule set's order and the first that fits is the relation's. A relation \
            that fits none is unclassified, with the reason; one whose category cannot be decided because a \
            fact is missing says which. For every category tried before the one a relation got, the view says \
            what the relation would need to enter it, and what it has now.

            Examples:
              ties classify Samples/trondheim
              ties classify Samples/trondheim --lang en
              ties classify Samples/trondheim --format json -o categories.json
            """)

    @OptionGroup var options: PortfolioOptions

    @OptionGroup var report: ReportOptions

    func validate() throws {
        guard [.table, .json].contains(report.format) else {
            throw ValidationError(.classifyFormats(report.format.rawValue))
        }
    }

    func run() throws {
        let (workspace, review) = try options.review()
        let text =
            switch report.format {
            case .table: ClassifyRenderer(options.book(for: review.ruleSet), width: Terminal.width).render(review)
            default: JSONRenderer(options.book(for: review.ruleSet)).render(review)
            }
        try emit(text, to: report.output, inputs: workspace.inputs)
    }
}
