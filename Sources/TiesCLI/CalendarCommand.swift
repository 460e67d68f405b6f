import ArgumentParser
import TiesCore
import TiesReports

/// `ties calendar`: the review's deadlines as an iCalendar file for Outlook.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Write every deadline of the ties (obligations of memberships, conditions of decisions) as a calendar file.",
        usage: "ties calendar PORTFOLIO -o FILE.ics [--lang nb|nn|en]",
        discussion: """
            Every due date of an obligation a record carries (obligations: what, to, due or every_years, last_met, \
            source) from its next one through two years after the review date, and every unmet condition of a \
            decision with a due date, as all-day events in an iCalendar file (RFC 5545) that Outlook imports. Each \
            event keeps its name (UID) from one export to the next, so importing again updates it rather than adding \
            a copy. The same inputs give the same bytes.

            Examples:
              ties calendar Samples/bergen -o frister.ics
              ties calendar Samples/bergen -o deadlines.ics --lang en
            """)

    @OptionGroup var options: PortfolioOptions

    @Option(name: [.short, .customLong("output")], help: "The .ics file to write (atomically); without it, standard output.")
    var output: String?

    func run() throws {
        let (workspace, review) = try options.review()
        let book = options.book(for: review.ruleSet)
        let (name, stamp, events) = CalendarDocument(book).events(review)
        let product = review.fingerprint?.tool ?? "ties \(TiesCommand.version)"
        try emit(ICSWriter.write(name: name, stamp: stamp, events: events, product: product), to: output, inputs: workspace.inputs)
    }
}
