import ArgumentParser
import Foundation
import TiesCore
import TiesReports

/// `ties diff`: what changed between two reviews, record by record, and why.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two reviews (JSON): what changed per record, attributed to facts, rules, the rule set or the date.",
        usage: "ties diff OLD.json NEW.json [--format text|json]",
        discussion: """
            Give two files written by 'ties review --format json' (last year's and this year's, say). Every record \
            whose outcome, category or fired rules changed is listed with its causes: facts that changed, rules or \
            parameters (thresholds) that changed, a different rule set, or a new review date.

            For a what-if on the rule set without saving files, use 'ties review PORTFOLIO --set PATH=VALUE --compare'.

            Examples:
              ties review Samples/bergen --format json -o 2025.json
              ties diff 2025.json 2026.json
              ties diff 2025.json 2026.json --format json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The earlier review (JSON).")
    var old: String

    @Argument(help: "The later review (JSON).")
    var new: String

    @Option(help: "Output format: text or json (schema ties.diff/1).")
    var format: Format = .text

    @Option(help: "The language of the text: nb, nn or en. Default: TIES_LANG, else nb.")
    var lang: Language?

    func validate() throws { try Language.checkEnvironment() }

    func run() throws {
        let comparison = try pipeline.diff(old, new)
        let (before, after, changes) = (comparison.before, comparison.after, comparison.changes)
        let renderer = ChangeRenderer(Language.book(asked: lang, ruleSet: nil))
        switch format {
        case .text: try Terminal.standardText(renderer.text(changes, old: before, new: after, title: "ties diff \(old) \(new)"))
        case .json: try Terminal.standardOutput(renderer.json(changes, old: before, new: after))
        }
    }
}
