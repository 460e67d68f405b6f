import Foundation
import TiesCore
import ZIPFoundation

/// Sheets as an Excel workbook (SpreadsheetML): frozen, labelled headers, numbers as numbers, dates as dates, lists
/// and checks on the cells. The same sheets give the same bytes.
public struct XLSXWriter: Sendable {
    /// How a date cell is shown, as the view's reader writes dates: `dd.mm.yyyy`, `d mmmm yyyy`.
    public var dateFormat: String
    /// The language the sheets are written in, for the file's metadata.
    public var language: Language
    /// What ends a text cut to fit a cell: Excel holds at most 32,767 characters in one.
    var cutMarker: @Sendable (Int) -> String

    /// A writer for sheets written with `book`: its date form and language.
    public init(_ book: Phrasebook) {
        self.dateFormat = book.spreadsheetDateFormat
        self.language = book.language
        self.cutMarker = { [book] n in book.review(.cutCell(characters: n)) }
    }

    /// Excel's most characters in a cell; the tool's own reader refuses more.
    static let cellLimit = 32_767

    /// A text as a cell can hold it: whole, or cut short with a marker that says so and how long it was.
    /// Excel counts a cell's characters in UTF-16 units, so an emoji is two and an accent on its own one.
    func fitted(_ text: String) -> String {
        guard text.utf16.count > Self.cellLimit else { return text }
        let marker = cutMarker(text.count)
        var kept = ""
        var units = 0
        for c in text {
            units += c.utf16.count
            guard units <= Self.cellLimit - marker.utf16.count else { break }
            kept.append(c)
        }
        return kept + marker
    }

    /// A text as Excel shows it back: a control character (which a cell cannot hold) shown as the other reports show it,
    /// `\u{1}`; a written `_x0041_`, which Excel would read as an escape for «A», kept as written (`_x005F_` is `_`).
    static func cellText(_ text: String) -> String {
        let shown = Escaping.shown(text, keeping: ["\t", "\n", "\r"])
        guard shown.contains("_x") else { return shown }
        return shown.replacing(#/_x[0-9A-Fa-f]{4}_/#) { "_x005F_" + $0.output.dropFirst() }
    }

    /// A cell: text, a number, or a date (kept as the spreadsheet's day number, shown as a date).
    enum Cell: Hashable {
        case text(String)
        case number(Double)
        case date(ReviewDate)
        /// Bold text that heads a table below it, within a sheet.
        case heading(String)
        case empty
    }

    struct Sheet {
        var name: String
        /// The bold, frozen first row; nil for a sheet of plain rows.
        var header: [String]?
        var rows: [[Cell]]
        var widths: [Int]
        var validations: [Validation] = []
        var frozen = true
        var hidden = false
        /// Long texts wrap within their column, so a sheet of explanations prints and reads on A4.
        var wrap = false
        /// Columns whose texts wrap on a sheet that otherwise keeps one line a row: the ties' names.
        var wrapped: Set<Int> = [0]
        /// Ranges shown as one cell, such as `A1:G1`.
        var merged: [String] = []
        /// Printed on A4 landscape, as wide as the page: a sheet meant to be read on paper.
        var printed = false
    }

    /// What a range of cells may hold, and the help shown when one is chosen.
    struct Validation {
        enum Kind {
            /// One of the values in the cells the formula names.
            case list(String)
            case whole(ClosedRange<Double>?)
            case decimal(ClosedRange<Double>?)
            /// Any value: the help only.
            case none
        }
        var range: String
        var kind: Kind
        /// Refuse other values; a list of which several may be given accepts any text, and offers the list.
        var strict: Bool
        var title: String
        var prompt: String
        var error: String

        var xml: String {
            let type: String
            var formulas = ""
            switch kind {
            case .list(let formula):
                type = "list"
                formulas = "<formula1>\(DocxWriter.escape(formula))</formula1>"
            case .whole(let r), .decimal(let r):
                if case .whole = kind { type = "whole" } else { type = "decimal" }
                let low = r.map { XLSXWriter.number($0.lowerBound) } ?? "-999999999999"
                let high = r.map { XLSXWriter.number($0.upperBound) } ?? "999999999999"
                formulas = "<formula1>\(low)</formula1><formula2>\(high)</formula2>"
            case .none: type = "none"
            }
            let between = type == "whole" || type == "decimal" ? " operator=\"between\"" : ""
            return "<dataValidation type=\"\(type)\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"\(strict ? 1 : 0)\""
                + " errorTitle=\"\(DocxWriter.escape(title))\" error=\"\(DocxWriter.escape(error))\" promptTitle=\"\(DocxWriter.escape(title))\""
                + " prompt=\"\(DocxWriter.escape(prompt))\" sqref=\"\(range)\"\(between)>" + formulas + "</dataValidation>"
        }
    }

    /// Days since 1899-12-30, the spreadsheet's date numbers.
    static func serial(_ date: ReviewDate) -> Double {
        // Days since 1970-01-01 by the proleptic Gregorian calendar (Howard Hinnant's days_from_civil), then Excel's
        // 25,569 days from 1899-12-30 to 1970.
        let y = date.month <= 2 ? date.year - 1 : date.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((date.month + 9) % 12) + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return Double(era * 146_097 + dayOfEra - 719_468 + 25_569)
    }

    /// A number as SpreadsheetML stores it: a point, no grouping; whole numbers without decimals.
    static func number(_ n: Double) -> String {
        n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
    }

    static func column(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(65 + r)!) + name
            n = (n - 1) / 26
        }
        return name
    }

    func sheetXML(_ sheet: Sheet) -> String {
        func cellXML(_ cell: Cell, _ ref: String, header: Bool, column: Int) -> String {
            let style = header ? " s=\"1\"" : sheet.wrap || sheet.wrapped.contains(column) ? " s=\"3\"" : ""
            switch cell {
            case .empty: return ""
            case .number(let n): return "<c r=\"\(ref)\"\(style)><v>\(Self.number(n))</v></c>"
            case .date(let date):
                return "<c r=\"\(ref)\" s=\"2\"><v>\(Self.number(Self.serial(date)))</v></c>"
            case .text(let t):
                guard !t.isEmpty else { return "" }
                return
                    "<c r=\"\(ref)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(DocxWriter.escape(fitted(Self.cellText(t))))</t></is></c>"
            case .heading(let t):
                return cellXML(.text(t), ref, header: true, column: column)
            }
        }
        var rows = ""
        let all = (sheet.header.map { [$0.map(Cell.text)] } ?? []) + sheet.rows
        for (r, row) in all.enumerated() where !row.isEmpty {
            // A wrapped header is as tall as its longest heading: spreadsheets keep a row one line high otherwise.
            let header = r == 0 && sheet.header != nil
            rows += "<row r=\"\(r + 1)\"\(height(row, r + 1, sheet, only: sheet.wrap || header ? nil : sheet.wrapped))>"
            for (c, cell) in row.enumerated() { rows += cellXML(cell, "\(Self.column(c))\(r + 1)", header: header, column: c) }
            rows += "</row>"
        }
        let pane =
            sheet.frozen ? "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>" : ""
        let fit = sheet.printed ? "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" : ""
        let page =
            sheet.printed
            ? "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>" : ""
        // A headed table can be filtered and sorted as it stands, as an adviser expects of a list in Excel.
        let width = max(sheet.header?.count ?? 0, sheet.rows.map(\.count).max() ?? 0)
        let filter =
            sheet.header != nil && !sheet.rows.isEmpty && width > 0
            ? "<autoFilter ref=\"A1:\(Self.column(width - 1))\(sheet.rows.count + 1)\"/>" : ""
        let merges =
            sheet.merged.isEmpty
            ? "" : "<mergeCells count=\"\(sheet.merged.count)\">\(sheet.merged.map { "<mergeCell ref=\"\($0)\"/>" }.joined())</mergeCells>"
        let checks =
            sheet.validations.isEmpty
            ? "" : "<dataValidations count=\"\(sheet.validations.count)\">\(sheet.validations.map(\.xml).joined())</dataValidations>"
        let cols = sheet.widths.enumerated().map {
            "<col min=\"\($0.offset + 1)\" max=\"\($0.offset + 1)\" width=\"\($0.element)\" customWidth=\"1\"/>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\(fit)<sheetViews><sheetView workbookViewId="0">\
            \(pane)</sheetView></sheetViews>\
            <cols>\(cols.joined())</cols><sheetData>\(rows)</sheetData>\(filter)\(merges)\(checks)\(page)</worksheet>
            """
    }

    /// A row's height for its wrapped texts: spreadsheets do not grow a row to fit text they did not write themselves.
    /// `only`: the columns that wrap, on a sheet whose other texts keep to one line.
    func height(_ row: [Cell], _ number: Int, _ sheet: Sheet, only: Set<Int>? = nil) -> String {
        let whole = sheet.merged.contains { $0.hasPrefix("A\(number):") }
        var lines = 1
        for (c, cell) in row.enumerated() where only?.contains(c) ?? true {
            guard case .text(let text) = cell else { continue }
            let width = whole ? sheet.widths.reduce(0, +) : c < sheet.widths.count ? sheet.widths[c] : 10
            // A column of width w holds about w characters of the default font.
            lines = max(lines, (text.count + width - 1) / max(width, 1))
        }
        return lines > 1 ? " ht=\"\(lines * 15)\" customHeight=\"1\"" : ""
    }

    func archive(_ sheets: [Sheet], title: String) throws -> Data {
        let sheetEntries = sheets.enumerated().map { i, s in
            "<sheet name=\"\(DocxWriter.escape(String(s.name.prefix(31))))\" sheetId=\"\(i + 1)\"\(s.hidden ? " state=\"hidden\"" : "") r:id=\"rId\(i + 1)\"/>"
        }
        let workbook = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\(sheetEntries.joined())</sheets></workbook>
            """
        let relationships = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }
        let workbookRels = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(relationships.joined())\
            <Relationship Id="rId\(sheets.count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """
        // Style 1: a bold header, wrapped; style 2: a date in the reader's form; style 3: text wrapped in its column.
        let styles = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="1"><numFmt numFmtId="164" formatCode="\(dateFormat)"/></numFmts>\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>\
            <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs></styleSheet>
            """
        let sheetParts = sheets.indices.map {
            (part: "/xl/worksheets/sheet\($0 + 1).xml", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")
        }
        let contentTypes = DocxWriter.contentTypes(
            [
                ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
                ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
            ] + sheetParts)
        let rootRels = DocxWriter.rootRelationships(main: "xl/workbook.xml")
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", rootRels),
            ("docProps/core.xml", DocxWriter.coreProperties(title: title, language: language)),
            ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", workbookRels), ("xl/styles.xml", styles),
        ]
        for (i, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", sheetXML(sheet))) }
        return try DocxWriter.archive(parts)
    }
}
