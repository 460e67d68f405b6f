import Foundation
import TiesCore
import TiesReports
import TiesWorkbooks

/// What each fuzz target does with one input: load it as the tool would, and if it loads, review it and
/// render the review, so the whole path from bytes to report is exercised. Used by the libFuzzer targets
/// in Fuzz/ and by the regression tests that replay every crash input ever found.
public enum FuzzEntries {
    /// A rule set with every kind of fact, a category and a portfolio rule, so inputs can reach all of them.
    public static let ruleSet: RuleSet = try! RuleSetLoader.load(SourceText(path: "fuzz.yaml", text: rules))

    static let rules = """
        ruleset: fuzz
        title: Fuzz
        source: {file: doc.txt, title: Doc}
        outcomes: [keep, keep_with_conditions, review, exit]
        parameters: {limit: 100000}
        facts:
          roles: {type: set, values: {community_developer: {nb: s, en: c}, service_provider: {nb: t, en: s}, host: {nb: v, en: h}}, label: {nb: R, en: R}}
          competence_gain: {type: int, range: [0, 3], label: {nb: K, en: C}}
          annual_fee_nok: {type: money, label: {nb: Å, en: A}}
          project_basis: {type: bool, label: {nb: P, en: P}}
          note: {type: string, label: {nb: N, en: N}}
          level: {type: enum, values: {low: {nb: lav, en: low}, high: {nb: høy, en: high}}, label: {nb: Lv, en: L}}
          ratio: {type: decimal, label: {nb: Fr, en: Ra}}
          founded: {type: year, label: {nb: G, en: Fo}}
        criteria:
          - {id: relevance, title: {nb: R, en: R}, score: count(roles)}
        categories:
          - {id: project, label: {nb: P, en: P}, when: project_basis and competence_gain >= 2}
          - {id: other, label: {nb: O, en: O}, when: "level == 'low'", requires: [{id: r, holds: "'host' in roles", because: {nb: x, en: x}, cite: {quote: q}}]}
        portfolio_rules:
          - {id: one, for_each: {c: [SE, DK]}, select: country == c, count: 1, outcome: review, because: {nb: "{count}", en: "{count}"}, cite: {quote: q}}
        rules:
          - id: a
            criterion: relevance
            when: count(roles) == 0 or annual_fee_nok / competence_gain > limit
            outcome: exit
            because: {nb: "{name} {annual_fee_nok}", en: "{name}"}
            cite: {quote: q}
          - id: b
            when: count(activities where year >= as_of_year - 3 and type == 'visit_out') == 0 and ratio * 2 < founded
            outcome: keep_with_conditions
            condition: {nb: c, en: c}
            because: {nb: b, en: b}
            cite: {quote: q}
        """

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    static func exercise(_ portfolio: Portfolio) {
        var review = Engine(ruleSet: ruleSet).review(portfolio, asOf: ReviewDate("2026-11-15"))
        review.fingerprint = Fingerprint(ruleSet: "0", portfolio: "0", tool: "fuzz", asOf: ReviewDate("2026-11-15"))
        _ = JSONRenderer().render(review)
        _ = HTMLWriter.write(ReviewDocument(Phrasebook(.en)).build(review))
        _ = MarkdownWriter.write(ReviewDocument().build(review))
        _ = CSVRenderer().render(review)
        _ = ReviewTable(Phrasebook(.nn), color: true, width: 80).render(review)
    }

    /// Bulk files carry records only; the portfolio around them is what `ties review FILE --rules R` makes.
    static func exercise(bulk records: [Record]) {
        exercise(
            Portfolio(
                municipality: "F", asOf: ReviewDate("2026-11-15"), rulesPath: nil, records: records,
                location: SourceLocation(file: "p", line: 1, column: 1)))
    }

    static let scope = Scope(facts: ruleSet.facts).with(parameters: ["limit": .int(100_000)])
    static let records = [
        Record(
            id: "r", name: "R", kind: "network", facts: ["competence_gain": .int(0), "annual_fee_nok": .decimal(1), "roles": .set([])],
            activities: [Activity(year: 2025, type: "visit_out", amountNOK: 10)], location: SourceLocation(file: "f", line: 1, column: 1)),
        Record(
            id: "s", name: "S", kind: "twin_city", country: "SE", since: Int.max,
            facts: ["competence_gain": .int(3), "ratio": .decimal(-1e300), "level": .string("low"), "project_basis": .bool(true)],
            activities: nil, location: SourceLocation(file: "f", line: 1, column: 1)),
        Record(id: "t", name: "T", kind: "office", location: SourceLocation(file: "f", line: 1, column: 1)),
    ]

    /// An expression: parsed, type-checked and, if it compiles, evaluated on records with known, extreme and missing facts.
    public static func expression(_ bytes: [UInt8]) {
        guard
            case .success(let condition) = Condition.compile(
                text(bytes), facts: ruleSet.facts, parameters: ["limit": .int(100_000)], expecting: nil)
        else { return }
        for context in contexts { _ = condition.evaluate(context) }
    }

    /// Each record at an ordinary and at the most extreme review years, made once.
    static let contexts: [EvaluationContext] = records.flatMap { record in
        [2026, Int.max, Int.min].map { EvaluationContext(slots: scope.slots(for: record, asOfYear: $0), activities: record.activities) }
    }

    /// A rule set file: loaded, its examples and tests run, linted.
    public static func ruleSetFile(_ bytes: [UInt8]) {
        guard let rs = try? RuleSetLoader.load(SourceText(path: "fuzz.yaml", text: text(bytes))) else { return }
        let check = ExampleCheck(ruleSet: rs)
        _ = check.examples()
        _ = check.tests()
        _ = check.coverage()
        _ = Linter(ruleSet: rs).lint()
    }

    /// A YAML portfolio with its records inline.
    public static func portfolioYAML(_ bytes: [UInt8]) {
        guard let p = try? PortfolioLoader.load(header: SourceText(path: "p.yaml", text: text(bytes)), recordFiles: [], ruleSet: ruleSet)
        else { return }
        exercise(p)
    }

    /// A JSON Lines portfolio.
    public static func jsonLines(_ bytes: [UInt8]) {
        guard let records = try? BulkLoader.jsonLines(SourceText(path: "p.jsonl", text: text(bytes)), ruleSet: ruleSet) else { return }
        exercise(bulk: records)
    }

    /// A CSV portfolio, in whatever encoding its bytes are.
    public static func csv(_ bytes: [UInt8]) {
        guard let decoded = try? SpreadsheetText.decode(bytes, path: "p.csv"),
            let records = try? SpreadsheetLoader.csv(SourceText(path: "p.csv", text: decoded.text), ruleSet: ruleSet)
        else { return }
        exercise(bulk: records)
    }

    /// An Excel workbook portfolio: the zip container, its XML parts and the cells.
    public static func xlsx(_ bytes: [UInt8]) {
        guard let sheets = try? WorkbookReader.sheets(Data(bytes), path: "p.xlsx", verifyingChecksums: false),
            let records = try? SpreadsheetLoader.workbook(sheets, path: "p.xlsx", ruleSet: ruleSet)
        else { return }
        exercise(bulk: records)
    }

    /// One XML part of a workbook, unzipped: our XML reader (entities, CDATA, references), the sheet and the cells.
    public static func xml(_ bytes: [UInt8]) {
        guard let sheet = WorkbookReader.sheet(ofPart: bytes),
            let records = try? SpreadsheetLoader.workbook([sheet], path: "p.xlsx", ruleSet: ruleSet)
        else { return }
        exercise(bulk: records)
    }

    static let stream = StreamedReview(
        path: "p.jsonl", ruleSet: ruleSet, asOf: ReviewDate("2026-11-15"), language: .nb, inputs: [])

    /// JSON Lines as a streamed review reads them: the byte reader straight into slots where it takes a line, and
    /// then the located reader must take the line too and give the same evaluation; the located reader elsewhere.
    public static func streamed(_ bytes: [UInt8]) {
        var row = stream.emptyRow()
        for (i, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if let quick = stream.quickly(line, into: &row) {
                let fast = stream.engine.evaluation(&row, asOfYear: 2026)
                guard case .success(let record) = stream.located(line, number: i + 1) else {
                    fatalError("the byte reader took a line the located reader refuses: \(text(Array(line)))")
                }
                var slow = stream.engine.row(for: record)
                guard record.id == quick.id, stream.engine.evaluation(&slow, asOfYear: 2026) == fast else {
                    fatalError("the byte reader and the located reader disagree on: \(text(Array(line)))")
                }
            }
            _ = stream.review(line, number: i + 1, row: &row)
        }
    }

    /// The entries by target name, for the fuzzers and the regression tests.
    public static let targets: [String: @Sendable ([UInt8]) -> Void] = [
        "expression": expression, "ruleset": ruleSetFile, "portfolio": portfolioYAML, "jsonlines": jsonLines, "csv": csv,
        "xlsx": xlsx, "xml": xml, "streamed": streamed,
    ]
}
