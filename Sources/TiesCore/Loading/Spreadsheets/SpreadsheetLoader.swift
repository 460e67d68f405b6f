/// Records from a spreadsheet as an adviser keeps it: a CSV export or a workbook's sheets, with headings and
/// values written as ids or as their labels, decimal commas, `145 000`, Ja/Nei, and the activity log in a
/// second table. Every problem names the cell it is in.
public enum SpreadsheetLoader {
    /// More columns than any list of ties has: a heading row this wide is refused in one message.
    public static let maximumColumns = 1_000

    /// The names a workbook's activity sheet may have, compared without case.
    /// The activity sheet's name in each language the template writes it: «Aktiviteter», «Aktivitetar», «Activities».
    public static let activitySheetNames = Language.allCases.map { Phrasebook($0).template(.activitySheet).lowercased() }
    /// What a sheet of the memberships' obligations may be called, in any of the tool's languages.
    public static let obligationSheetNames = Language.allCases.map { Phrasebook($0).template(.obligationSheet).lowercased() }

    /// The headings of an obligations sheet, by normalised heading.
    static let obligationHeadings: [String: String] = {
        let words: [(String, [String])] = [
            ("id", ["id", "tilknytning", "tilknyting", "tie"]), ("what", ["forpliktelse", "plikt", "obligation", "what"]),
            ("to", ["overfor", "to"]), ("due", ["frist", "due"]), ("every_years", ["hvert år", "kvart år", "every years", "every_years"]),
            ("from", ["fra", "frå", "from"]), ("last_met", ["sist oppfylt", "last met", "last_met"]),
            ("source", ["kilde", "kjelde", "source"]), ("illustrative", ["illustrativ", "illustrative"]),
        ]
        var table: [String: String] = [:]
        for (key, list) in words { for w in list { table[CellReader.normalized(w)] = key } }
        return table
    }()

    /// Records of a CSV text, and their activity log from `activities` (the file `NAME.activities.csv`) if given.
    public static func csv(
        _ source: SourceText, activities: SourceText? = nil, obligations: SourceText? = nil, ruleSet: RuleSet
    ) throws(DiagnosticsError) -> [Record] {
        let table = try csvTable(source)
        let log = try activities.map { s throws(DiagnosticsError) in try csvTable(s) }
        var result = try records(table, activities: log, ruleSet: ruleSet)
        if let obligations { try attachObligations(try csvTable(obligations), to: &result) }
        return result
    }

    /// Records of a workbook's sheets: the ties in the first sheet not named `aktiviteter`/`activities`, their
    /// activity log in the sheet so named.
    public static func workbook(_ sheets: [Sheet], path: String, ruleSet: RuleSet) throws(DiagnosticsError) -> [Record] {
        let isLog = { (s: Sheet) in activitySheetNames.contains((s.name ?? "").lowercased()) }
        let isDuties = { (s: Sheet) in obligationSheetNames.contains((s.name ?? "").lowercased()) }
        guard let main = sheets.first(where: { !isLog($0) && !isDuties($0) }) else {
            throw DiagnosticsError([
                Diagnostic(
                    at: SourceLocation(file: path, line: 1, column: 1), .noTieSheet)
            ])
        }
        let source = SourceText(path: path, text: "")
        // Cells the workbook itself gets wrong are said first, each where it is; what they would hold is not guessed.
        var broken: [Diagnostic] = []
        for sheet in sheets {
            let reader = DocumentReader(source, sheet: sheet.name)
            for row in sheet.rows {
                for cell in row {
                    if case .broken(let why) = cell.kind { broken.append(Diagnostic(at: reader.location(cell.mark), .cellUnreadable(why))) }
                }
            }
        }
        if !broken.isEmpty { throw DiagnosticsError(broken) }
        var result = try records(
            Table(sheet: main, source: source, decimalComma: true),
            activities: sheets.first(where: isLog).map { Table(sheet: $0, source: source, decimalComma: true) }, ruleSet: ruleSet)
        if let duties = sheets.first(where: isDuties) {
            try attachObligations(Table(sheet: duties, source: source, decimalComma: true), to: &result)
        }
        return result
    }

    /// What one column holds: its key, its heading, and for a column of a fact's evidence, the fact and the part. A
    /// class: each of a hundred thousand rows reads it, and a copy of its texts for every cell costs more than the cell.
    final class Column: Sendable {
        let key: String
        let heading: String
        let evidence: (fact: String, part: String)?

        init(_ key: String, _ heading: String, _ evidence: (fact: String, part: String)?) {
            (self.key, self.heading, self.evidence) = (key, heading, evidence)
        }
    }

    /// A sheet and how to read its numbers.
    struct Table {
        var sheet: Sheet
        var source: SourceText
        /// Whether `,` is the decimal mark: in a `;`- or tab-separated file and in a workbook's text cells.
        var decimalComma: Bool
    }

    static func csvTable(_ source: SourceText) throws(DiagnosticsError) -> Table {
        let separator = CSVReader.separator(of: source.text)
        do {
            let sheet = try CSVReader.sheet(source.text, separator: separator)
            return Table(sheet: sheet, source: source, decimalComma: separator != ",")
        } catch {
            var reader = DocumentReader(source)
            reader.report(SourceLocation(file: source.path, line: error.line, column: error.column), error.message)
            throw DiagnosticsError(reader.diagnostics)
        }
    }

    /// `direct` false reads every row as the record file it would be: the tests compare both readings.
    static func records(_ table: Table, activities: Table?, ruleSet: RuleSet, direct: Bool = true) throws(DiagnosticsError) -> [Record] {
        var reader = DocumentReader(table.source, sheet: table.sheet.name)
        let cells = CellReader(ruleSet: ruleSet, decimalComma: table.decimalComma)
        let fields = ["id", "name", "kind", "country", "since", "responsible", "url", "notes", "activities"]
        let facts = ruleSet.facts.map { $0.label ?? LocalizedText(["nb": $0.name]) }
        let expected = Phrase.Problem.expectedColumn(fields: fields, facts: facts)
        guard let columns = headings(table, cells.headings, required: ["id", "name", "kind"], expected: expected, &reader) else {
            throw DiagnosticsError(reader.diagnostics)
        }
        var headed = RecordReader(facts: ruleSet.facts, outcomes: ruleSet.outcomes.map(\.id))
        for key in columns.compactMap({ $0 }) { headed.headings[key] = columns.heading(key) }
        let recordReader = headed
        var result: [Record] = []
        let rows = dataRows(table, columns: columns.count, &reader)
        // A CSV row with more fields than headings, the surplus empty: a separator in a text has moved what follows it.
        let long =
            table.sheet.name == nil
            ? Dictionary(
                table.sheet.rows.filter { $0.count > columns.count }.compactMap { r in r.first.map { ($0.row, r.count) } },
                uniquingKeysWith: { a, _ in a }) : [:]
        // As many ties as a YAML portfolio may hold; a larger list belongs in JSON Lines, which is streamed.
        guard rows.count <= PortfolioLoader.recordLimit else {
            throw DiagnosticsError([
                Diagnostic(
                    at: reader.location(rows[PortfolioLoader.recordLimit].first?.mark ?? YAMLMark(line: 1, column: 1)),
                    .tooManyTies(limit: PortfolioLoader.recordLimit))
            ])
        }
        // What each column holds, worked out once, not again for every row: its key, its heading, and for a column of
        // a fact's evidence, the fact and the part.
        let layout = columns.map { key -> Column? in
            guard let key else { return nil }
            guard let mark = key.firstIndex(of: Character(CellReader.evidenceMark)) else { return Column(key, columns.heading(key), nil) }
            return Column(key, columns.heading(key), (String(key[..<mark]), String(key[key.index(after: mark)...])))
        }
        // A text read without a word in a column of repeating values (a kind, Ja/Nei, an amount) is read so again: the
        // same cell text in the same column always reads the same. A column of mostly new texts stops being remembered.
        struct Seen: Hashable {
            var text: String
            var kind: SheetCell.Kind
        }
        /// The records of `rows`, what is wrong with them said through `reader`.
        @Sendable func read(_ rows: ArraySlice<[SheetCell]>, _ reader: inout DocumentReader) -> [Record] {
            var result: [Record] = []
            var remembered = layout.map { column in column.map { cells.repeats($0.key) } == true ? [Seen: CellReader.CellValue]() : nil }
            for row in rows {
                var values: [(key: String, value: CellReader.CellValue, mark: YAMLMark)] = []
                var unread: Set<String> = []
                var evidence: [String: [(part: String, text: String, mark: YAMLMark)]] = [:]
                let before = reader.diagnostics.count
                for (index, (column, cell)) in zip(layout, row).enumerated() {
                    guard let column else { continue }
                    let (key, heading) = (column.key, column.heading)
                    // A fact's source or date: kept to go with its value.
                    if let (fact, part) = column.evidence {
                        let text = cell.text.trimmingSpaces
                        guard !text.isEmpty else { continue }
                        // A workbook holds a date as a day number; a Norwegian writes 01.12.2025.
                        evidence[fact, default: []].append((part, part == "as_of" ? CellReader.isoDate(text) ?? text : text, cell.mark))
                        continue
                    }
                    let seen = remembered[index] == nil ? nil : Seen(text: cell.text, kind: cell.kind)
                    if let seen, let value = remembered[index]?[seen] {
                        values.append((key, value, cell.mark))
                        continue
                    }
                    let errors = reader.diagnostics.count
                    guard let value = cells.value(cell, key: key, heading: heading, &reader) else {
                        if reader.diagnostics.count > errors { unread.insert(key) }
                        continue
                    }
                    if let seen, reader.diagnostics.count == errors {
                        remembered[index]?[seen] = value
                        if remembered[index]!.count > 1_024 { remembered[index] = nil }
                    }
                    values.append((key, value, cell.mark))
                }
                let mark = row.first?.mark ?? YAMLMark(line: 1, column: 1)
                // A row whose every cell reads as what its column holds is a record as it stands; any other is read as the
                // record file it would be, which says what is wrong where.
                if direct, reader.diagnostics.count == before,
                    let record = recordReader.sheetRecord(values, evidence: evidence, location: reader.location(mark), reader)
                {
                    result.append(record)
                    continue
                }
                var pairs = values.map {
                    YAMLPair(key: YAMLScalar(text: $0.key, style: .plain, mark: $0.mark), value: CellReader.tree($0.value, at: $0.mark))
                }
                // A fact with evidence is read as {value, source, as_of}; evidence without a value is refused.
                for (fact, parts) in evidence.sorted(by: { $0.key < $1.key }) {
                    let parts = parts.map { p in
                        YAMLPair(
                            key: YAMLScalar(text: p.part, style: .plain, mark: p.mark),
                            value: .scalar(YAMLScalar(text: p.text, style: p.part == "source" ? .doubleQuoted : .plain, mark: p.mark)))
                    }
                    if let i = pairs.firstIndex(where: { $0.key.text == fact }) {
                        let valueKey = YAMLScalar(text: "value", style: .plain, mark: pairs[i].key.mark)
                        pairs[i].value = .mapping([YAMLPair(key: valueKey, value: pairs[i].value)] + parts, pairs[i].key.mark)
                    } else if !unread.contains(fact) {
                        reader.error(parts[0].key.mark, .evidenceWithoutValue(fact: columns.heading(fact)))
                    }
                }
                // A required cell that could not be read is reported once, not again as missing.
                if let record = recordReader.flatRecord(.mapping(pairs, mark), &reader, reported: unread) { result.append(record) }
                if let fields = long[mark.line], reader.diagnostics[before...].contains(where: { $0.severity == .error }) {
                    reader.report(reader.location(mark), .rowLongerThanHeadings(fields: fields, columns: columns.count), .note)
                }
                if reader.diagnostics.count >= 100 { break }
            }
            return result
        }
        // Runs of rows are read on every core where none has anything to say; else the rows are read again in one run,
        // so what is said, and where it stops, is what one reading says.
        let runs = Parallel.map(Parallel.runs(rows.count, minimum: 5_000), minimum: 1) { range in
            // A reader of its own: one shared would find the source's lines on two threads at once.
            var runReader = DocumentReader(table.source, sheet: table.sheet.name)
            let records = read(rows[range], &runReader)
            return runReader.diagnostics.isEmpty ? records : nil
        }
        if runs.count > 1, runs.allSatisfy({ $0 != nil }) {
            result = runs.flatMap { $0! }
        } else {
            result = read(rows[...], &reader)
        }
        guard !reader.hasErrors else { throw DiagnosticsError(reader.diagnostics) }
        if let activities { try attach(activities, to: &result, cells: cells) }
        return result
    }

    /// The obligations: one row per obligation, naming its tie by id, read as a record's `obligations:` item is.
    static func attachObligations(_ table: Table, to records: inout [Record]) throws(DiagnosticsError) {
        var reader = DocumentReader(table.source, sheet: table.sheet.name)
        let expected = Phrase.Problem.expectedActivityColumns(["id", "what", "to", "due", "every_years", "from", "last_met", "source"])
        guard let columns = headings(table, obligationHeadings, required: ["id", "what"], expected: expected, &reader) else {
            throw DiagnosticsError(reader.diagnostics)
        }
        let index = Dictionary(records.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let recordReader = RecordReader(facts: [])
        for row in dataRows(table, columns: columns.count, &reader) {
            var pairs: [YAMLPair] = []
            var tie: SheetCell?
            for (key, cell) in zip(columns, row) {
                guard let key, !cell.text.trimmingSpaces.isEmpty else { continue }
                if key == "id" {
                    tie = cell
                    continue
                }
                var text = cell.text.trimmingSpaces
                // A workbook holds a date as a day number; a Norwegian writes 01.12.2025.
                if ["due", "from", "last_met"].contains(key) { text = CellReader.isoDate(text) ?? text }
                let style: YAMLScalar.Style = ["what", "to", "source"].contains(key) ? .doubleQuoted : .plain
                pairs.append(
                    YAMLPair(
                        key: YAMLScalar(text: key, style: .plain, mark: cell.mark),
                        value: .scalar(YAMLScalar(text: text, style: style, mark: cell.mark))))
            }
            let mark = row.first?.mark ?? YAMLMark(line: 1, column: 1)
            guard let tie else {
                reader.error(mark, .activityNeeds(["'\(columns.heading("id"))'"]))
                continue
            }
            guard let i = index[tie.text.trimmingSpaces] else {
                let text = tie.text.trimmingSpaces
                reader.error(tie.mark, .noTieNamed(text, Suggestion.choices(text, in: records.map(\.id), .tiesIDs)))
                continue
            }
            if let o = recordReader.obligation(.mapping(pairs, mark), &reader) { records[i].obligations.append(o) }
        }
        guard !reader.hasErrors else { throw DiagnosticsError(reader.diagnostics) }
    }

    /// The activity log: one row per activity, naming its tie by id or by name. A tie the log does not name keeps
    /// an unknown log, unless its row says «ingen» under Aktiviteter: missing is unknown, not none.
    static func attach(_ table: Table, to records: inout [Record], cells: CellReader) throws(DiagnosticsError) {
        var reader = DocumentReader(table.source, sheet: table.sheet.name)
        let expected = Phrase.Problem.expectedActivityColumns(["id", "year", "type", "amount_nok", "note"])
        guard let columns = headings(table, cells.activityHeadings, required: ["id", "year", "type"], expected: expected, &reader)
        else {
            throw DiagnosticsError(reader.diagnostics)
        }
        var index: [String: Int] = [:]
        for i in records.indices { index[records[i].id] = i }
        // The records by name, -1 for a name two have: made the first time a row does not name its tie by id, which
        // most logs never do.
        var names: [String: Int]?
        func byName() -> [String: Int] {
            if let names { return names }
            var made: [String: Int] = [:]
            for (i, name) in Parallel.map(records, { CellReader.normalized($0.name) }).enumerated() {
                made[name] = made[name] == nil ? i : -1
            }
            names = made
            return made
        }
        // The record a row names, by id or else by name; where none or two, `reader` is told which.
        func record(named cell: SheetCell, _ reader: inout DocumentReader) -> Int? {
            let text = cell.text.trimmingSpaces
            if let i = index[text] ?? byName()[CellReader.normalized(text)].flatMap({ $0 >= 0 ? $0 : nil }) { return i }
            let ambiguous = byName()[CellReader.normalized(text)] == -1
            reader.error(
                cell.mark, ambiguous ? .tieNamedTwice(text) : .noTieNamed(text, Suggestion.choices(text, in: records.map(\.id), .tiesIDs)))
            return nil
        }
        var logs = [[Activity]?](repeating: nil, count: records.count)
        let rows = dataRows(table, columns: columns.count, &reader)
        // Each row read to its activity on every core, where no row has anything to say; then only its tie is looked
        // up, in order, as reading row by row does. Where any has, the rows are read one by one, which says what.
        let runs = Parallel.map(Parallel.runs(rows.count, minimum: 5_000), minimum: 1) {
            range -> [(tie: SheetCell, activity: Activity)]? in
            var scratch = DocumentReader(table.source, sheet: table.sheet.name)
            var read: [(tie: SheetCell, activity: Activity)] = []
            for row in rows[range] {
                guard let activity = activity(row, columns, cells, &scratch), scratch.diagnostics.isEmpty else { return nil }
                read.append(activity)
            }
            return read
        }
        if runs.allSatisfy({ $0 != nil }) {
            for (tieCell, activity) in runs.lazy.flatMap({ $0! }) {
                guard let i = record(named: tieCell, &reader) else { continue }
                if records[i].activities == [] {
                    reader.error(tieCell.mark, .markedNoActivities(records[i].name))
                    continue
                }
                if logs[i] == nil { logs[i] = [] }
                logs[i]!.append(activity)
                if reader.diagnostics.count >= 100 { break }
            }
            guard !reader.hasErrors else { throw DiagnosticsError(reader.diagnostics) }
            for i in records.indices where logs[i] != nil { records[i].activities = logs[i] }
            return
        }
        for row in rows {
            var values: [String: SheetCell] = [:]
            for (key, cell) in zip(columns, row) where key != nil && !cell.text.trimmingSpaces.isEmpty { values[key!] = cell }
            guard let tie = values["id"], let year = values["year"], let type = values["type"] else {
                let mark = row.first?.mark ?? YAMLMark(line: 1, column: 1)
                let missing = ["id", "year", "type"].filter { values[$0] == nil }.map { "'\(columns.heading($0))'" }
                reader.error(mark, .activityNeeds(missing))
                continue
            }
            guard let i = record(named: tie, &reader) else { continue }
            guard let y = cells.integer(year, heading: columns.heading("year"), &reader),
                let t = cells.activityType(type, heading: columns.heading("type"), &reader)
            else { continue }
            guard (1000...9999).contains(y) else {
                reader.error(year.mark, .expected(.key(columns.heading("year")), .year(example: 2024), found: .text("\(y)")))
                continue
            }
            var amount: Double?
            if let a = values["amount_nok"] {
                guard let n = cells.number(a, heading: columns.heading("amount_nok"), &reader) else { continue }
                amount = n
            }
            if records[i].activities == [] {
                reader.error(tie.mark, .markedNoActivities(records[i].name))
                continue
            }
            if let cell = values["note"], cell.kind == .error {
                reader.error(cell.mark, .excelError(CellReader.shortened(cell.text), expected: nil))
                continue
            }
            let note = values["note"].map { $0.text.trimmingSpaces }
            if logs[i] == nil { logs[i] = [] }
            logs[i]!.append(Activity(year: y, type: t, amountNOK: amount, note: note))
            if reader.diagnostics.count >= 100 { break }
        }
        guard !reader.hasErrors else { throw DiagnosticsError(reader.diagnostics) }
        for i in records.indices where logs[i] != nil { records[i].activities = logs[i] }
    }

    /// A row of the activity log read as its tie's cell and the activity; nil where anything in it needs a word, which
    /// `reader` is then given, as far as reading the row without its tie gets.
    private static func activity(_ row: [SheetCell], _ columns: Columns, _ cells: CellReader, _ reader: inout DocumentReader) -> (
        tie: SheetCell, activity: Activity
    )? {
        var values: [String: SheetCell] = [:]
        for (key, cell) in zip(columns, row) where key != nil && !cell.text.trimmingSpaces.isEmpty { values[key!] = cell }
        guard let tie = values["id"], let year = values["year"], let type = values["type"],
            let y = cells.integer(year, heading: columns.heading("year"), &reader),
            let t = cells.activityType(type, heading: columns.heading("type"), &reader), (1000...9999).contains(y)
        else { return nil }
        var amount: Double?
        if let a = values["amount_nok"] {
            guard let n = cells.number(a, heading: columns.heading("amount_nok"), &reader) else { return nil }
            amount = n
        }
        if let cell = values["note"], cell.kind == .error { return nil }
        return (tie, Activity(year: y, type: t, amountNOK: amount, note: values["note"].map { $0.text.trimmingSpaces }))
    }

    /// Which field each column holds, by its heading; one message, not one per row, where the heading row is wrong.
    static func headings(
        _ table: Table, _ known: [String: String], required: [String], expected: Phrase.Problem, _ reader: inout DocumentReader
    )
        -> Columns?
    {
        guard let header = table.sheet.rows.first else {
            reader.report(table.source.location.with(sheet: table.sheet.name), .sheetEmpty(sheet: table.sheet.name))
            return nil
        }
        // Recognised by its headings before any of its text is shown: a file found beside a list (its activity log), or
        // named by a proposal, may be a link to any file on the machine.
        // One cell of headings written with another separator («Id Navn Type») is a list too: it gets its own hint.
        func isKnown(_ text: String) -> Bool {
            known[CellReader.normalized(text)] != nil
                || (text.hasPrefix("'") && known[CellReader.normalized(String(text.dropFirst()))] != nil)
        }
        let recognised =
            header.contains { isKnown($0.text.trimmingSpaces) }
            || (header.count == 1 && header[0].text.split(whereSeparator: { " \t|,;".contains($0) }).contains { isKnown(String($0)) })
        guard recognised else {
            reader.report(SourceLocation(file: table.source.path, line: 0, column: 0), .noKnownHeadings(table.source.path))
            return nil
        }
        if header.count == 1, table.sheet.name == nil, table.sheet.rows.count > 1 || known[CellReader.normalized(header[0].text)] == nil {
            reader.error(header[0].mark, .oneColumnHeading(CellReader.shortened(header[0].text)))
            return nil
        }
        guard header.count <= maximumColumns else {
            reader.error(header[0].mark, .tooManyColumns(header.count, limit: maximumColumns))
            return nil
        }
        var columns = Columns()
        for cell in header {
            if reader.diagnostics.count >= 20 { break }
            let text = cell.text.trimmingSpaces
            guard !text.isEmpty else {
                let position = columns.count
                let used = table.sheet.rows.dropFirst().contains { $0.count > position && !$0[position].text.trimmingSpaces.isEmpty }
                if used { reader.error(cell.mark, .valuesWithoutHeading) }
                columns.append(nil, heading: "")
                continue
            }
            // A heading written as '=… is a formula guard a CSV writer puts before =, +, - and @: the heading is after it.
            let guarded = text.hasPrefix("'") && text.dropFirst().first.map { "=+-@".contains($0) } == true
            guard let key = known[CellReader.normalized(text)] ?? (guarded ? known[CellReader.normalized(String(text.dropFirst()))] : nil)
            else {
                let names = Array(Set(known.values)).sorted()
                reader.error(
                    cell.mark, .unknownColumn(CellReader.shortened(text), Suggestion.didYouMean(text, in: names), expected: expected))
                columns.append(nil, heading: text)
                continue
            }
            if let earlier = columns.position(of: key) {
                reader.error(
                    cell.mark, .columnRepeats(text, column: SourceLocation.columnLetters(earlier + 1), heading: columns.heading(key)))
                columns.append(nil, heading: text)
                continue
            }
            columns.append(key, heading: text)
        }
        let absent = required.filter { columns.position(of: $0) == nil }
        if !absent.isEmpty, !reader.hasErrors {
            reader.error(header[0].mark, .missingColumns(absent, headings: header.map { CellReader.shortened($0.text) }))
        }
        return reader.hasErrors ? nil : columns
    }

    /// The rows under the heading, padded to its width; empty rows skipped. A file whose rows use another separator
    /// than the heading row gets one message.
    static func dataRows(_ table: Table, columns: Int, _ reader: inout DocumentReader) -> [[SheetCell]] {
        let rows = table.sheet.rows.dropFirst().filter { !$0.allSatisfy { $0.text.trimmingSpaces.isEmpty && !$0.quoted } }
        if table.sheet.name == nil, columns > 1, !rows.isEmpty, rows.allSatisfy({ $0.count == 1 }) {
            reader.error(rows[0][0].mark, .rowsUseOtherSeparator(columns: columns))
            return []
        }
        var result: [[SheetCell]] = []
        for row in rows {
            if row.count > columns, let extra = row[columns...].first(where: { !$0.text.trimmingSpaces.isEmpty }) {
                reader.error(
                    extra.mark,
                    table.sheet.name == nil
                        ? .beyondLastColumn(columns: columns) : .noHeadingColumn(lastColumn: SourceLocation.columnLetters(columns)))
                continue
            }
            var padded = Array(row.prefix(columns))
            let last = padded.last.map { (row: $0.row, column: $0.column) } ?? (row: 1, column: 1)
            while padded.count < columns {
                padded.append(SheetCell(text: "", row: last.row, column: table.sheet.name == nil ? last.column : padded.count + 1))
            }
            result.append(padded)
        }
        return result
    }

    /// The field of each column in order, and the heading the user wrote for it.
    struct Columns: Sequence {
        private(set) var keys: [String?] = []
        private var headings: [String: String] = [:]

        var count: Int { keys.count }
        mutating func append(_ key: String?, heading: String) {
            keys.append(key)
            if let key { headings[key] = heading }
        }
        func position(of key: String) -> Int? { keys.firstIndex(of: key) }
        func heading(_ key: String) -> String { headings[key] ?? key }
        func makeIterator() -> IndexingIterator<[String?]> { keys.makeIterator() }
    }
}

extension SourceLocation {
    func with(sheet: String?) -> SourceLocation { SourceLocation(file: file, line: line, column: column, sheet: sheet) }
}
