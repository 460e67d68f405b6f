import Foundation
import TiesCore
import ZIPFoundation

/// The review as an Excel workbook (SpreadsheetML): one row per tie with numbers as numbers, Ja/Nei and dates as
/// dates under a frozen, labelled header; a sheet with every reason and its citation; one with the data gaps; one
/// with the fingerprint. The same review gives the same bytes.
public struct XLSXWriter: Sendable {
    public var language: String

    public init(language: String = "nb") { self.language = language }

    /// A cell: text, a number, or a date (kept as the spreadsheet's day number, shown as a date).
    enum Cell: Hashable {
        case text(String)
        case number(Double)
        case date(ReviewDate)
        case empty
    }

    struct Sheet {
        var name: String
        var header: [String]
        var rows: [[Cell]]
        var widths: [Int]
    }

    func w(_ key: String) -> String { Words.word(key, language) }

    public func write(_ review: Review) throws -> Data {
        let rs = review.ruleSet
        let order = review.readingOrder
        let en = language == "en"

        var header = [w("record"), w("kind"), w("outcome"), w("provisional")]
        let hasCategories = review.records.contains { $0.category != nil }
        if hasCategories { header.append(w("category")) }
        header += rs.criteria.map { $0.title.text(language) }
        header += [
            w("reason"), w("conditions"), rs.factLabel("country", language), rs.factLabel("since", language), w("last_decision"),
            en ? "Decided" : "Vedtatt",
        ]
        let ties = order.map { r -> [Cell] in
            var row: [Cell] = [
                .text(r.record.name), .text(Words.kind(r.record.kind, language)), .text(Words.outcome(r.outcome, rs, language)),
                .text(Words.word(r.provisional ? "yes" : "no", language).capitalized),
            ]
            if hasCategories { row.append(r.category.map { .text(Words.category($0, rs, language)) } ?? .empty) }
            row += rs.criteria.map { c in
                guard let v = r.scores.first(where: { $0.criterion == c.id })?.value else {
                    return .text(r.notApplicable.contains(c.id) ? "–" : "")
                }
                return cell(v)
            }
            row += [
                .text(r.decisive.text.text(language)), .text(r.conditions.map { $0.text(language) }.joined(separator: "; ")),
                r.record.country.map(Cell.text) ?? .empty, r.record.since.map { .number(Double($0)) } ?? .empty,
                r.record.lastDecision.map { .text(Words.outcome($0.outcome, rs, language) + " (\($0.body))") } ?? .empty,
                r.record.lastDecision.map { .date($0.date) } ?? .empty,
            ]
            return row
        }
        var widths = [36, 16, 22, 10] + (hasCategories ? [20] : []) + rs.criteria.map { _ in 14 }
        widths += [60, 40, 8, 8, 24, 12]

        var reasons: [[Cell]] = []
        for r in order {
            for reason in r.reasons {
                let c = reason.citation
                let numbers = Words.operational(reason, rs, language).joined(separator: "; ")
                reasons.append([
                    .text(r.record.name), .text(reason.outcome.map { Words.outcome($0, rs, language) } ?? ""),
                    .text(reason.text.text(language)), .text(c.map(\.quote) ?? ""),
                    .text(c.map { Words.citationSource($0, rs, language) } ?? ""), .text(numbers),
                ])
            }
        }
        let gaps = order.filter { !$0.missingFacts.isEmpty }.map { r -> [Cell] in
            let label = { (name: String) in rs.factLabel(name, self.language) }
            return [
                .text(r.record.name), .text(r.missingFacts.map(label).joined(separator: "; ")),
                .text(r.openingFacts.map(label).joined(separator: "; ")),
            ]
        }
        var about: [[Cell]] = [
            [.text(en ? "Municipality" : "Kommune"), .text(review.portfolio.municipality)],
            [.text(w("reviewed")), review.asOf.map(Cell.date) ?? .empty],
            [.text(w("source_document")), .text(Words.source(rs, language))],
        ]
        if let f = review.fingerprint {
            about += [
                [.text(en ? "Rule set SHA-256" : "Regelsett SHA-256"), .text(f.ruleSet)],
                [.text(en ? "Portfolio SHA-256" : "Portefølje SHA-256"), .text(f.portfolio)],
                [.text(en ? "Tool" : "Verktøy"), .text(f.tool)],
            ]
        }
        let sheets = [
            Sheet(name: en ? "Ties" : "Tilknytninger", header: header, rows: ties, widths: widths),
            Sheet(
                name: w("reasons"),
                header: [
                    w("record"), w("outcome"), w("reasons"), en ? "Adopted text" : "Vedtatt tekst", en ? "Source" : "Kilde",
                    w("operational"),
                ],
                rows: reasons, widths: [36, 20, 60, 70, 40, 50]),
            Sheet(
                name: en ? "Data gaps" : "Manglende opplysninger",
                header: [w("record"), w("missing"), en ? "Keep the outcome open" : "Holder utfallet åpent"], rows: gaps,
                widths: [36, 60, 40]),
            Sheet(
                name: w("fingerprint").components(separatedBy: " (").first ?? "Fingerprint", header: ["", ""], rows: about,
                widths: [24, 80]),
        ]
        return try archive(sheets, title: "\(w("review_title")): \(review.portfolio.municipality)")
    }

    func cell(_ value: Value) -> Cell {
        switch value {
        case .int(let i): .number(Double(i))
        case .decimal(let d): .number(d)
        case .bool(let b): .text(Words.word(b ? "yes" : "no", language).capitalized)
        case .unknown: .text("?")
        default: .text(Template.format(value, language: language))
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
        func cellXML(_ cell: Cell, _ ref: String, header: Bool) -> String {
            let style = header ? " s=\"1\"" : ""
            switch cell {
            case .empty: return ""
            case .number(let n): return "<c r=\"\(ref)\"\(style)><v>\(Self.number(n))</v></c>"
            case .date(let date):
                return "<c r=\"\(ref)\" s=\"2\"><v>\(Self.number(Self.serial(date)))</v></c>"
            case .text(let t):
                guard !t.isEmpty else { return "" }
                return "<c r=\"\(ref)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(DocxWriter.escape(t))</t></is></c>"
            }
        }
        var rows = ""
        for (r, row) in ([sheet.header.map(Cell.text)] + sheet.rows).enumerated() {
            rows += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() { rows += cellXML(cell, "\(Self.column(c))\(r + 1)", header: r == 0) }
            rows += "</row>"
        }
        let cols = sheet.widths.enumerated().map {
            "<col min=\"\($0.offset + 1)\" max=\"\($0.offset + 1)\" width=\"\($0.element)\" customWidth=\"1\"/>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0">\
            <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\
            <cols>\(cols.joined())</cols><sheetData>\(rows)</sheetData></worksheet>
            """
    }

    func archive(_ sheets: [Sheet], title: String) throws -> Data {
        let sheetEntries = sheets.enumerated().map { i, s in
            "<sheet name=\"\(DocxWriter.escape(String(s.name.prefix(31))))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
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
        // Style 1: a bold header; style 2: a date in the reader's form.
        let dateFormat = language == "en" ? "d mmmm yyyy" : "dd.mm.yyyy"
        let styles = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <numFmts count="1"><numFmt numFmtId="164" formatCode="\(dateFormat)"/></numFmts>\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
            <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>
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
            ("docProps/core.xml", DocxWriter.coreProperties(Document(title: title, language: language))),
            ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", workbookRels), ("xl/styles.xml", styles),
        ]
        for (i, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", sheetXML(sheet))) }
        return try DocxWriter.archive(parts)
    }
}
