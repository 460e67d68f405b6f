import Foundation
import TiesCore

/// `ties template`: the list of ties an adviser fills in, made from a rule set. One column per field and fact,
/// headed by its label; a list to choose from for kinds, Ja/Nei and enum values; a sheet for the activity log; and a
/// sheet that explains every column. Filled in, it reads back with `ties review FILE --rules RULES`.
public struct SpreadsheetTemplate: Sendable {
    public var ruleSet: RuleSet
    public var book: Phrasebook
    var language: Language { book.language }

    public init(ruleSet: RuleSet, book: Phrasebook) {
        self.ruleSet = ruleSet
        self.book = book
    }

    /// Rows the lists and checks cover: more than any municipality's list of ties.
    static let rows = 500

    /// One column of the template: its heading, and what the explanation sheet says of it.
    struct Column {
        var heading: String
        var type: String
        /// The values a cell may hold, as a reader writes them; empty where any value of the type will do.
        var values: [String] = []
        /// Several values may be given, separated by `;`.
        var several = false
        var range: ClosedRange<Double>? = nil
        var unit: String = ""
        var empty: String
        var description: String
        var whole = false
    }

    func t(_ p: Phrase.Template) -> String { book.template(p) }
    func heading(_ field: String) -> String { Record.fieldHeadings[field]?[language.code]?.first ?? field }
    func activityHeading(_ field: String) -> String { Activity.headings[field]?[language.code]?.first ?? field }
    var unknown: String { t(.unknownCell) }
    var yesNo: [String] { [t(.yes), t(.no)] }

    /// The kinds a tie may have here: those the rule set assesses, else every kind.
    var kinds: [String] { ruleSet.appliesTo.isEmpty ? Record.kinds : Record.kinds.filter(ruleSet.appliesTo.contains) }

    /// The ties sheet's columns: the fields, every fact of the schema in its order, and the activity marker.
    var columns: [Column] {
        var list = [
            Column(
                heading: heading("id"), type: t(.text), empty: t(.required),
                description: t(.idDescription)),
            Column(
                heading: heading("name"), type: t(.text), empty: t(.required),
                description: t(.nameDescription)),
            Column(
                heading: heading("kind"), type: t(.oneOfTheValues),
                values: kinds.map { book.kind($0) }, empty: t(.required),
                description: t(.kindDescription)),
            Column(
                heading: heading("country"), type: t(.countryCode), empty: t(.notGiven),
                description: t(.countryDescription)),
            Column(
                heading: heading("since"), type: t(.year), range: 1000...9999, empty: t(.notGiven),
                description: t(.sinceDescription), whole: true),
            Column(
                heading: heading("responsible"), type: t(.text), empty: t(.notGiven),
                description: t(.responsibleDescription)),
            Column(
                heading: heading("url"), type: t(.webAddress), empty: t(.notGiven),
                description: t(.urlDescription)),
            Column(
                heading: heading("notes"), type: t(.text), empty: t(.noNote),
                description: t(.notesDescription)),
        ]
        for fact in ruleSet.facts {
            var c = Column(
                heading: fact.label.map(book.text) ?? fact.name, type: "", empty: unknown,
                description: fact.description ?? "")
            switch fact.type {
            case .bool:
                c.type = t(.yesOrNo)
                c.values = yesNo
            case .int:
                c.type = t(.wholeNumber)
                c.whole = true
            case .year:
                c.type = t(.year)
                c.whole = true
            case .decimal: c.type = t(.number)
            case .money:
                c.type = t(.amount)
                c.unit = t(.kroner)
            case .string: c.type = t(.text)
            case .enum:
                c.type = t(.oneOfTheValues)
                c.values = (fact.values ?? []).map { fact.valueLabels[$0].map(book.text) ?? $0 }
            case .set:
                c.type = t(.severalValues)
                c.values = (fact.values ?? []).map { fact.valueLabels[$0].map(book.text) ?? $0 }
                c.several = true
                c.empty = unknown + t(.writeNoneForNone)
            }
            c.range = fact.range ?? (fact.type == .year ? 1000...9999 : nil)
            list.append(c)
            // The fact's evidence beside it: where it comes from and when it was recorded.
            list.append(Column(heading: t(.sourceOf(c.heading)), type: t(.text), empty: t(.noSource), description: t(.sourceDescription)))
            list.append(Column(heading: t(.dateOf(c.heading)), type: t(.date), empty: t(.undated), description: t(.dateDescription)))
        }
        list.append(
            Column(
                heading: heading("activities"), type: t(.noneOrEmpty), values: [t(.noneWord)],
                empty: t(.activitiesEmpty), description: t(.activitiesDescription)))
        return list
    }

    /// The activity sheet's columns.
    var activityColumns: [Column] {
        [
            Column(
                heading: activityHeading("id"), type: t(.text), empty: t(.required),
                description: t(.activityIdDescription)),
            Column(
                heading: activityHeading("year"), type: t(.year), range: 1000...9999, empty: t(.required),
                description: t(.activityYearDescription), whole: true),
            Column(
                heading: activityHeading("type"), type: t(.oneOfTheValues),
                values: ActivityType.allCases.map(book.activity), empty: t(.required),
                description: t(.activityTypeDescription)),
            Column(
                heading: activityHeading("amount_nok"), type: t(.amount), unit: t(.kroner),
                empty: t(.notGiven),
                description: t(.activityAmountDescription)),
            Column(
                heading: activityHeading("note"), type: t(.text), empty: t(.noNote),
                description: t(.activityNoteDescription)),
        ]
    }

    var tiesSheet: String { t(.tiesSheet) }
    var activitySheet: String { t(.activitySheet) }

    /// The workbook: the ties, the activity log, the explanation, and the hidden lists the choices come from; with
    /// `records`, filled in with them as the reader reads them back (`ties workspace export -o x.xlsx`).
    public func xlsx(records: [Record] = []) throws -> Data {
        let writer = XLSXWriter(book)
        var lists: [[XLSXWriter.Cell]] = []
        var listColumns: [[String]] = []
        func validations(_ columns: [Column]) -> [XLSXWriter.Validation] {
            columns.enumerated().compactMap { i, c in
                let ref = "\(XLSXWriter.column(i))2:\(XLSXWriter.column(i))\(Self.rows + 1)"
                let prompt = Self.fitting(c.description.isEmpty ? c.type : c.description, utf16: 255)
                if !c.values.isEmpty {
                    listColumns.append(c.values)
                    let letter = XLSXWriter.column(listColumns.count - 1)
                    return XLSXWriter.Validation(
                        range: ref, kind: .list("'\(t(.listsSheet))'!$\(letter)$1:$\(letter)$\(c.values.count)"),
                        strict: !c.several, title: Self.short(c.heading), prompt: prompt,
                        error: t(.chooseFromList))
                }
                if c.whole || c.range != nil {
                    return XLSXWriter.Validation(
                        range: ref, kind: c.whole ? .whole(c.range) : .decimal(c.range), strict: true, title: Self.short(c.heading),
                        prompt: prompt,
                        error: c.range.map {
                            t(.writeNumberBetween(book.number(.decimal($0.lowerBound)), book.number(.decimal($0.upperBound))))
                        }
                            ?? t(.writeWholeNumber))
                }
                return XLSXWriter.Validation(
                    range: ref, kind: .none, strict: false, title: Self.short(c.heading), prompt: prompt, error: "")
            }
        }
        let tieColumns = columns
        let logColumns = activityColumns
        // Which values are illustrative, where a record says: a column of its own, only where one does.
        let illustrated = records.contains { !$0.illustrative.isEmpty }
        let dutiesIllustrated = records.contains { $0.obligations.contains(where: \.illustrative) }
        func tieRow(_ r: Record) -> [XLSXWriter.Cell] {
            tieCells(r) + (illustrated ? [r.illustrative.isEmpty ? .empty : .text(r.illustrative.joined(separator: "; "))] : [])
        }
        func obligationRows(_ r: Record) -> [[XLSXWriter.Cell]] {
            r.obligations.map { o in
                let cells: [XLSXWriter.Cell] = [
                    .text(r.id), .text(book.text(o.what)), o.to.map { .text(book.text($0)) } ?? .empty,
                    o.due.map(XLSXWriter.Cell.date) ?? .empty,
                    o.everyYears.map { .number(Double($0)) } ?? .empty, o.from.map(XLSXWriter.Cell.date) ?? .empty,
                    o.lastMet.map(XLSXWriter.Cell.date) ?? .empty, o.source.map { .text(book.text($0)) } ?? .empty,
                ]
                return cells + (dutiesIllustrated ? [o.illustrative ? .text("true") : .empty] : [])
            }
        }
        let tieChecks = validations(tieColumns)
        let logChecks = validations(logColumns)
        let depth = listColumns.map(\.count).max() ?? 0
        for row in 0..<depth {
            lists.append(listColumns.map { row < $0.count ? .text($0[row]) : .empty })
        }
        let about = explanationRows.map { $0.map(XLSXWriter.Cell.text) }
        let intro: [[XLSXWriter.Cell]] = [
            [.heading(t(.howToFillIn))],
            [
                .text(
                    t(.fillInIntro(ties: tiesSheet, activities: activitySheet)))
            ],
            [
                .text(
                    t(.emptyCellIntro))
            ],
            [.text(t(.evidenceIntro))],
            [],
        ]
        let headerRow: [XLSXWriter.Cell] = explanationHeadings.map { .heading($0) }
        let sheets = [
            XLSXWriter.Sheet(
                name: tiesSheet, header: tieColumns.map(\.heading) + (illustrated ? [heading("illustrative")] : []),
                rows: records.map(tieRow),
                widths: [18, 36, 18, 8, 8, 30, 30, 40] + tieColumns.dropFirst(8).map { max(12, min(24, $0.heading.count + 2)) },
                validations: tieChecks),
            XLSXWriter.Sheet(
                name: activitySheet, header: logColumns.map(\.heading), rows: records.flatMap(activityRows), widths: [24, 8, 20, 14, 50],
                validations: logChecks),
            XLSXWriter.Sheet(
                name: t(.explanation), header: nil, rows: intro + [headerRow] + about,
                widths: [30, 12, 20, 40, 8, 34, 60], frozen: false, wrap: true, merged: ["A1:G1", "A2:G2", "A3:G3"], printed: true),
            XLSXWriter.Sheet(
                name: t(.listsSheet), header: nil, rows: lists, widths: listColumns.map { _ in 30 }, frozen: false, hidden: true),
            // The memberships' obligations, a row each: last, so the sheets before it keep their places.
            XLSXWriter.Sheet(
                name: t(.obligationSheet),
                header: t(.obligationHeadings).split(separator: "|").map(String.init) + (dutiesIllustrated ? [t(.illustrativeColumn)] : []),
                rows: records.flatMap(obligationRows), widths: [24, 40, 30, 12, 10, 12, 14, 50, 12]),
        ]
        return try writer.archive(
            sheets, title: t(.workbookTitle(municipality: ruleSet.municipality)))
    }

    /// A record's row of the ties sheet, each cell as the template's column asks for it: a kind or a value by its label,
    /// Ja or Nei, a number, a date; an empty cell where the value is unknown.
    func tieCells(_ r: Record) -> [XLSXWriter.Cell] {
        func text(_ s: String?) -> XLSXWriter.Cell { s.map(XLSXWriter.Cell.text) ?? .empty }
        var cells: [XLSXWriter.Cell] = [
            .text(r.id), .text(r.name), .text(book.kind(r.kind)), text(r.country), r.since.map { .number(Double($0)) } ?? .empty,
            text(r.responsible), text(r.url), text(r.notes),
        ]
        for fact in ruleSet.facts {
            func label(_ v: String) -> String { fact.valueLabels[v].map(book.text) ?? v }
            switch r.facts[fact.name] {
            case nil, .unknown?: cells.append(.empty)
            case .bool(let b)?: cells.append(.text(b ? t(.yes) : t(.no)))
            case .int(let n)?: cells.append(.number(Double(n)))
            case .decimal(let d)?: cells.append(.number(d))
            case .string(let v)?: cells.append(.text(fact.type == .enum ? label(v) : v))
            case .set(let names)?: cells.append(.text(names.isEmpty ? t(.noneWord) : names.map(label).joined(separator: "; ")))
            case .list?: cells.append(.empty)
            }
            let e = r.evidence[fact.name]
            cells.append(text(e?.source))
            cells.append(e?.asOf.map(XLSXWriter.Cell.date) ?? .empty)
        }
        cells.append(r.activities == [] ? .text(t(.noneWord)) : .empty)
        return cells
    }

    /// A record's rows of the activity sheet.
    func activityRows(_ r: Record) -> [[XLSXWriter.Cell]] {
        (r.activities ?? []).map { a in
            [
                .text(r.id), .number(Double(a.year)), .text(ActivityType(rawValue: a.type).map(book.activity) ?? a.type),
                a.amountNOK.map(XLSXWriter.Cell.number) ?? .empty, a.note.map(XLSXWriter.Cell.text) ?? .empty,
            ]
        }
    }

    /// What the explanation says of each column, a row each: its heading, sheet, type, allowed values, unit, what an
    /// empty cell means, and what it asks.
    var explanationRows: [[String]] {
        func row(_ c: Column, sheet: String) -> [String] {
            [
                c.heading, sheet, c.type,
                // A cell holds at most 32,767 characters; a list longer than that is in the sheet of lists whole.
                Self.fitting(
                    c.values.joined(separator: "; ")
                        + (c.range.map {
                            (c.values.isEmpty ? "" : "; ")
                                + book.range(book.number(.decimal($0.lowerBound)), book.number(.decimal($0.upperBound)))
                        } ?? ""),
                    utf16: 30_000),
                c.unit, c.empty, Self.fitting(c.description, utf16: 30_000),
            ]
        }
        return columns.map { row($0, sheet: tiesSheet) } + activityColumns.map { row($0, sheet: activitySheet) }
    }

    var explanationHeadings: [String] {
        [t(.column), t(.sheet), t(.type), t(.allowedValues), t(.unit), t(.emptyMeans), t(.explanation)]
    }

    /// The CSV files, as Norwegian Excel writes them with `nb` (`;`, a byte order mark, CRLF): the ties' headings,
    /// and the activity log's and the obligations' beside it.
    public func csv() -> (ties: String, activities: String, obligations: String, explanation: String) {
        let separator = String(book.csvSeparator)
        func line(_ cells: [String]) -> String { cells.map(CSVRenderer.quote).joined(separator: separator) + "\r\n" }
        let obligations = t(.obligationHeadings).split(separator: "|").map(String.init)
        // A CSV file shows no lists to choose from: what each column takes is in a file of its own beside it.
        let explanation = ([explanationHeadings] + explanationRows).map(line).joined()
        return (
            "\u{FEFF}" + line(columns.map(\.heading)), "\u{FEFF}" + line(activityColumns.map(\.heading)), "\u{FEFF}" + line(obligations),
            "\u{FEFF}" + explanation
        )
    }

    /// The name of the obligations file beside a CSV file, where the reader looks for it.
    public func obligationsFile(beside path: String) -> String { Pipeline.obligationsPath(beside: path, language: language) }

    /// The name of the explanation beside a CSV file: `NAME.forklaring.csv`.
    public func explanationFile(beside path: String) -> String { Pipeline.explanationPath(beside: path, language: language) }

    /// The name of the activity log beside a CSV file, where the reader looks for it.
    public func activityFile(beside path: String) -> String { Pipeline.activityLogPath(beside: path, language: language) }

    /// A heading cut to the 32 characters a spreadsheet shows as a prompt's title, at a word.
    static func short(_ heading: String) -> String {
        guard heading.utf16.count > 32 else { return heading }
        let cut = start(of: heading, utf16: 31)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }

    /// `text` as a spreadsheet takes it where it counts UTF-16 units (a prompt 255, a cell 32,767): cut, with "…", if longer.
    static func fitting(_ text: String, utf16 limit: Int) -> String {
        text.utf16.count > limit ? start(of: text, utf16: limit - 1) + "…" : text
    }

    /// The longest start of `text` within `limit` UTF-16 units, whole characters only.
    static func start(of text: String, utf16 limit: Int) -> String {
        var out = ""
        var units = 0
        for c in text {
            units += c.utf16.count
            if units > limit { break }
            out.append(c)
        }
        return out
    }
}
