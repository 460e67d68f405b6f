import ArgumentParser
import Foundation
import TiesCore
import TiesReports

/// `ties lint`: static checks of rule sets, and that every quote is verbatim in the document it cites.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check rule sets: keys, facts, types, ids, citations, conditions that can never be true, shadowed categories.",
        usage: "ties lint RULES... [--sources FOLDER] [--strict] [--format text|json]",
        discussion: """
            Errors (the rule set cannot be used as written): unknown keys, unknown facts, type mismatches, duplicate \
            ids, rules without a citation or a reason in each language, facts read without a guard where the rule \
            set sets 'require_guards: true', and quotes not found verbatim in the cited document (whitespace and \
            line breaks folded, end-of-line hyphens tolerated), with the closest true passage.

            The cited documents are looked for in --sources, then in sources/ beside the rule set and beside its \
            folder (where `ties init` puts them). A document found nowhere is a warning, naming how many quotes went \
            unchecked; with --strict it is an error. The last line counts the quotes checked and not checked.

            Warnings: conditions that can never be true, categories shadowed by an earlier one, facts no rule \
            reads, criteria no rule implements, a source document without a recorded SHA-256 or one that has \
            changed since, a parameter without a 'basis', and a number in a condition that is not a parameter \
            (zero, one against a count, and points of a fact's declared range excepted).

            Every parameter is listed with its value and basis: they are ours, not adopted text.

            Examples:
              ties lint Rules/*.yaml
              ties lint --strict Rules/*.yaml
              ties lint --sources strategi Rules/stavanger.yaml
              ties lint --format json Rules/bergen.yaml

            Exit status: 0 clean (warnings allowed without --strict); 65 errors, or warnings with --strict; 66 a file is missing.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Rule set files.")
    var rules: [String]

    @Option(help: "A folder of the strategy documents the rule sets cite, looked in before sources/ beside the rule set.")
    var sources: String?

    @Flag(help: "Fail (exit 65) on warnings too.")
    var strict = false

    @Option(help: "The language of the messages: nb (bokmål), nn (nynorsk) or en. Default: TIES_LANG, else the rule set's first.")
    var lang: Language?

    @Option(help: "Output format: text (compiler-style) or json (for editors and CI).")
    var format: Format = .text

    func validate() throws {
        if rules.isEmpty { throw ValidationError(.giveARuleSet) }
    }

    func run() throws {
        let run = try pipeline.lint(rules: rules, sources: sources, strict: strict)
        let (all, loaded, quotes) = (run.diagnostics, run.ruleSets, (checked: run.quotesChecked, unchecked: run.quotesUnchecked))
        let book = Language.book(asked: lang, ruleSet: loaded.first, saying: false)
        switch format {
        case .text:
            Terminal.standardError(DiagnosticRenderer.render(all, book))
            Terminal.standardError(loaded.map { parameterList($0, book) }.joined())
            let errors = all.filter { $0.severity == .error }.count
            let warnings = all.filter { $0.severity == .warning }.count
            let summary = Phrase.Run.lintSummary(
                ruleSets: rules.count, errors: errors, warnings: warnings, quotesChecked: quotes.checked, quotesUnchecked: quotes.unchecked,
                strictFails: strict && errors == 0 && warnings > 0)
            Terminal.standardError(book(summary) + "\n")
        case .json:
            try Terminal.standardOutput(
                JSON.array(
                    all.map { d in
                        .object([
                            ("file", .string(d.location.file)), ("line", .int(d.location.line)), ("column", .int(d.location.column)),
                            ("severity", .string(d.severity.rawValue)), ("message", .string(d.text(book))),
                        ])
                    }
                ).serialized())
        }
        if all.contains(where: { $0.severity == .error }) || (strict && all.contains { $0.severity == .warning }) {
            throw ExitCode(.data)
        }
    }

    /// Every parameter with its value and basis: the numbers that are ours; then those the strategy states, with the
    /// sentence that states them.
    func parameterList(_ rs: RuleSet, _ book: Phrasebook) -> String {
        var out = ""
        let ours = rs.parameters.filter(\.isOurs)
        if !ours.isEmpty { out += book(.parametersHeading(rs.file)) + "\n" }
        for p in ours {
            out += "  \(p.name) = \(p.value)" + (p.label.map { " (\(book.text($0)))" } ?? "") + "\n"
            out += "      \(book(.basis)): " + (p.basis.map(book.text) ?? book(.noBasis)) + "\n"
        }
        // A number the strategy states is its own, with the sentence that states it.
        let stated = rs.parameters.filter { !$0.isOurs }
        if !stated.isEmpty { out += book(.statedHeading(rs.file)) + "\n" }
        for p in stated {
            out += "  \(p.name) = \(p.value)" + (p.label.map { " (\(book.text($0)))" } ?? "") + "\n"
            out += "      «\(p.stated!.quote)»\n"
        }
        return out
    }
}
