import ArgumentParser
import Foundation
import TiesCore
import TiesReports

/// `ties diff`: what changed between two reviews, record by record, and why.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two reviews (JSON): what changed per record, attributed to facts, rules, the rule set or the date.",
        discussion: """
            Give two files written by 'ties review --format json' (last year's and this year's, say). Every record
            whose outcome, category or fired rules changed is listed with its causes: facts that changed, rules or
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

    @Option(help: "The language of the text: nb or en.")
    var lang: Language = .nb

    func run() throws {
        let before = try ReviewJSON.snapshot(Files.read(old))
        let after = try ReviewJSON.snapshot(Files.read(new))
        let changes = ReviewComparison.changes(from: before, to: after)
        let renderer = ChangeRenderer(language: lang.rawValue)
        switch format {
        case .text: Terminal.standardOutput(renderer.text(changes, old: before, new: after, title: "ties diff \(old) \(new)"))
        case .json: Terminal.standardOutput(renderer.json(changes, old: before, new: after))
        }
    }
}

/// Reads a review written by `ties review --format json` back into a snapshot for comparison.
enum ReviewJSON {
    struct File: Decodable {
        var schema: String
        var as_of: String?
        var fingerprint: Fingerprint?
        var ruleset: RuleSet
        var records: [Record]
    }
    struct Fingerprint: Decodable { var ruleset_sha256: String? }
    struct RuleSet: Decodable {
        var id: String
        var rules: [Rule]?
        var parameters: [String: Scalar]?
    }
    struct Rule: Decodable {
        var id: String
        var when: String
        var outcome: String?
    }
    struct Record: Decodable {
        var id: String
        var name: String
        var kind: String
        var country: String?
        var since: Int?
        var outcome: String
        var category: String?
        var reasons: [Reason]
        var unevaluated: [Unevaluated]?
        var facts: [String: Scalar]?
        var activities: [Activity]?
    }
    struct Reason: Decodable {
        var kind: String
        var rule: String
    }
    struct Unevaluated: Decodable { var rule: String }
    struct Activity: Decodable {
        var year: Int
        var type: String
    }

    /// A fact as JSON holds it, read back as the text the review printed.
    struct Scalar: Decodable {
        var text: String
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let b = try? c.decode(Bool.self) {
                text = b ? "true" : "false"
            } else if let i = try? c.decode(Int.self) {
                text = String(i)
            } else if let d = try? c.decode(Double.self) {
                text = TiesCore.Value.decimal(d).description
            } else if let s = try? c.decode(String.self) {
                text = s
            } else {
                text = "[" + (try c.decode([Scalar].self)).map(\.text).joined(separator: ", ") + "]"
            }
        }
    }

    static func snapshot(_ source: SourceText) throws -> ReviewSnapshot {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: Data(source.text.utf8))
        } catch {
            throw Failure.data("\(source.path) is not a review written by 'ties review --format json': \(describe(error))")
        }
        guard file.schema.hasPrefix("ties.review/") else {
            throw Failure.data("\(source.path) has schema '\(file.schema)'; expected 'ties.review/1'")
        }
        let rules = Dictionary(
            (file.ruleset.rules ?? []).map { ($0.id, ReviewSnapshot.definition(when: $0.when, outcome: $0.outcome)) },
            uniquingKeysWith: { a, _ in a })
        let records = file.records.map { r -> RecordSnapshot in
            var facts = (r.facts ?? [:]).mapValues(\.text)
            facts["kind"] = r.kind
            if let c = r.country { facts["country"] = c }
            if let s = r.since { facts["since"] = String(s) }
            if let log = r.activities { facts["activities"] = log.map { "\($0.year) \($0.type)" }.joined(separator: ", ") }
            return RecordSnapshot(
                id: r.id, name: r.name, outcome: r.outcome, category: r.category,
                fired: r.reasons.filter { $0.kind == "rule" }.map(\.rule), unevaluated: (r.unevaluated ?? []).map(\.rule),
                decisive: r.reasons.first?.rule ?? "", facts: facts)
        }
        return ReviewSnapshot(
            ruleSetID: file.ruleset.id, ruleSetSHA256: file.fingerprint?.ruleset_sha256, asOf: file.as_of.flatMap(ReviewDate.init),
            rules: rules,
            parameters: (file.ruleset.parameters ?? [:]).mapValues(\.text),
            records: Dictionary(records.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }))
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            "missing '\(key.stringValue)' at \(path(context))"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "unexpected value at \(path(context))"
        case DecodingError.dataCorrupted(let context):
            context.codingPath.isEmpty ? "not JSON" : "bad value at \(path(context))"
        default:
            "not JSON"
        }
    }

    static func path(_ context: DecodingError.Context) -> String {
        context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
    }
}
