import ArgumentParser
import Foundation
import TiesCore
import TiesReports

/// `ties template`: the spreadsheet an adviser fills in with the municipality's ties, made from a rule set.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write the spreadsheet advisers fill in: one column per field and fact of a rule set, headed by its label.",
        usage: "ties template RULES -o FILE.xlsx|FILE.csv [--lang nb|nn|en] [--overwrite]",
        discussion: """
            An .xlsx workbook has the sheet of ties (a list to choose from for kinds, Ja/Nei and the values of each \
            fact, and a check of whole numbers and ranges), a sheet for the activity log, and a sheet that explains \
            every column: its type, the allowed values, the unit, and what an empty cell means (unknown, never «nei» \
            or 0). A .csv file gets the headings, the activity log's headings go in NAME.aktiviteter.csv beside \
            it (NAME.activities.csv with --lang en), and the obligations' in NAME.forpliktelser.csv. Filled in, either reads back with `ties review FILE --rules RULES`.

            A file already there is never replaced without --overwrite: it may be a list an adviser has filled in. \
            The files of a CSV template are written together: all of them, or none, even when interrupted.

            Examples:
              ties template Rules/bergen.yaml -o medlemskap.xlsx
              ties review medlemskap.xlsx --rules Rules/bergen.yaml
              ties template Rules/bergen.yaml -o medlemskap.csv
              ties template Rules/trondheim.yaml --lang en -o ties.xlsx

            Exit status: 0 written; 64 bad usage; 65 the rule set does not load; 66 it is missing; 73/74 the file cannot be written.
            """)

    @Argument(help: "The rule set whose fields and facts the spreadsheet asks for.")
    var rules: String

    @Option(name: [.short, .customLong("output")], help: "The file to write: .xlsx (a workbook) or .csv.")
    var output: String

    @Option(
        help:
            "The language of the headings, values and explanations: nb (bokmål), nn (nynorsk) or en. Default: TIES_LANG, else the rule set's first."
    )
    var lang: Language?

    @Flag(help: "Replace a spreadsheet already there (and, for .csv, its activity log and obligations file).")
    var overwrite = false

    func validate() throws {
        try Language.checkEnvironment()
        guard let ext = Paths.extensionOf(output), ext == "xlsx" || ext == "csv" else {
            throw ValidationError(.templateOutput(output))
        }
    }

    func run() throws {
        let ruleSet = try RuleSetLoader.load(Files.read(rules))
        let book = Language.book(asked: lang, ruleSet: ruleSet)
        let template = SpreadsheetTemplate(ruleSet: ruleSet, book: book)
        // A filled-in list is an adviser's work: never replaced unless asked, whichever name leads to it.
        let taken = { (path: String) -> Phrase.Problem in .templateExists(path) }
        if Paths.extensionOf(output) == "xlsx" {
            if !overwrite, Files.occupied(output) { throw CommandError.cannotCreate(taken(output)) }
            try Files.writeTogether([(output, [UInt8](try template.xlsx()))], inputs: [rules], replacing: overwrite, taken: taken)
            Terminal.sayWritten(output)
            return
        }
        let (ties, activities, obligations, explanation) = template.csv()
        let log = template.activityFile(beside: output)
        let duties = template.obligationsFile(beside: output)
        let about = template.explanationFile(beside: output)
        // Four files, all or none: each is checked before the first is written, and a failed later one takes those
        // written before it.
        for path in [output, log, duties, about] {
            try Files.checkWritable(path, inputs: [rules])
            if !overwrite, Files.occupied(path) { throw CommandError.cannotCreate(taken(path)) }
        }
        for other in Language.allCases.map({ Pipeline.activityLogPath(beside: output, language: $0) })
        where other != log && Files.occupied(other) {
            throw CommandError.cannotCreate(.usage(.otherLog(other)))
        }
        try Files.writeTogether(
            [
                (output, Array(ties.utf8)), (log, Array(activities.utf8)), (duties, Array(obligations.utf8)),
                (about, Array(explanation.utf8)),
            ],
            inputs: [rules], replacing: overwrite, taken: taken)
        Terminal.standardError(
            Terminal.book(.templateWritten(ties: output, activities: log, obligations: duties, explanation: about)) + "\n")
    }
}
