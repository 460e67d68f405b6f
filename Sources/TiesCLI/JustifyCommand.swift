import ArgumentParser
import TiesCore
import TiesReports

/// `ties justify`: a council case memo assessing a proposed membership or agreement against the strategy.
struct JustifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "justify",
        abstract: "Write a council case memo (saksframlegg) for a proposed membership or agreement.",
        usage: "ties justify PROPOSAL [--rules FILE] [--lang nb|nn|en] [-o MEMO.docx]",
        discussion: """
            The proposal file holds 'proposal:' (title, proposed_by, decision_body, background, costs, \
            follow_up_by, conditions_due, alternatives) and 'record:' (the tie as it would be, checked against the \
            rule set's schema). A text (title, background, a note) may be {nb: …, en: …} for the English memo. Costs: annual_fee_nok, travel_nok, staff_hours, staff_hourly_cost_nok, \
            external_funding_applied_nok (never subtracted) and external_funding_granted_nok. It names its rule set \
            ('rules:') and may name the portfolio it would join ('portfolio:'), so the memo can say how the \
            portfolio rules change. The memo has the sections of a saksframlegg: proposed resolution, summary, \
            background, facts, assessment per criterion citing the strategy, economic consequences and \
            conclusion; the case-management system adds the header.

            Examples:
              ties justify Samples/bergen/proposals/human-rights-cities.yaml
              ties justify Samples/bergen/proposals/human-rights-cities.yaml -o memo.docx
              ties justify MY-PROPOSAL.yaml --lang en -o memo.html
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, docx, json }

    @Argument(help: "The proposal file.")
    var proposal: String

    @OptionGroup var assessment: AssessmentOptions

    @Option(
        name: .customLong("format"),
        help:
            "Output format: md, html, docx, or json (schema ties.justification/1: each criterion's verdict and the recommendation). Default: from the extension of -o, else md."
    )
    var formatOption: Format?

    @Option(
        name: [.short, .customLong("output")],
        help: "Write the memo to this file (atomically) instead of standard output; its extension decides the format.")
    var output: String?

    var format: Format { formatOption ?? OutputExtension.format(of: output, Format.self) ?? .md }

    func validate() throws { try OutputExtension.check(formatOption, output) }

    func run() throws {
        let justification = try pipeline.justify(proposal: proposal, rules: assessment.rules, asOf: assessment.date)
        let book = assessment.book(for: justification.ruleSet)
        let memo = MemoDocument(book).build(justification)
        let inputs = justification.inputs
        switch format {
        case .json: try emit(JSONRenderer(book).render(justification), to: output, inputs: inputs)
        case .md: try emit(MarkdownWriter.write(memo), to: output, inputs: inputs)
        case .html: try emit(HTMLWriter.write(memo), to: output, inputs: inputs)
        case .docx:
            if output == nil, Terminal.standardOutputIsTerminal {
                throw CommandError.usage(.binaryNeedsFile("docx"))
            }
            try emit(Array(try DocxWriter.write(memo)), to: output, inputs: inputs)
        }
    }
}
