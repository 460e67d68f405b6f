import Foundation
import TiesCore
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The sheets of an Excel workbook (.xlsx) as plain cells: the first visible sheet of ties and the activity sheet,
/// read with an XML parser from the zip container. Formulas give their stored results; styles are not read.
public enum WorkbookReader {
    /// No part of a portfolio's workbook is this large; a larger one is refused before it fills memory.
    public static let maximumPartSize = 64 << 20
    /// Cells of one sheet, counting the empty ones between written cells.
    public static let maximumCells = 4_000_000

    /// The sheet of ties and, if there is one, the activity sheet (`aktiviteter`/`activities`), in workbook order.
    public static func sheets(_ data: Data, path: String) throws(DiagnosticsError) -> [Sheet] {
        let file = SourceLocation(file: path, line: 0, column: 0)
        func fail(_ message: String) -> DiagnosticsError { DiagnosticsError([Diagnostic(at: file, message)]) }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw fail("an Excel 97–2003 workbook (.xls); save it from Excel as «Excel-arbeidsbok (*.xlsx)» or «CSV UTF-8»")
        }
        guard data.starts(with: [0x50, 0x4B]), directoryIsWhole([UInt8](data)),
            let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil)
        else {
            throw fail(
                "not an Excel workbook, or a damaged one: an .xlsx file is a zip container, and this is not a whole one; save it from Excel as «Excel-arbeidsbok (*.xlsx)»"
            )
        }
        do {
            let book = try Part.parse(archive, "xl/workbook.xml", WorkbookHandler())
            let relations = try Part.parse(archive, "xl/_rels/workbook.xml.rels", RelationsHandler())
            let strings =
                archive["xl/sharedStrings.xml"] == nil ? [] : try Part.parse(archive, "xl/sharedStrings.xml", StringsHandler()).strings
            let visible = book.sheets.filter { !$0.hidden }
            let isLog = { (s: WorkbookHandler.Entry) in SpreadsheetLoader.activitySheetNames.contains(s.name.lowercased()) }
            let chosen = [visible.first { !isLog($0) }, visible.first(where: isLog)].compactMap { $0 }
            guard !chosen.isEmpty else { throw Part.Failure(message: "the workbook has no visible sheet") }
            return try chosen.map { entry in
                guard let target = relations.targets[entry.relation] else {
                    throw Part.Failure(message: "the sheet '\(entry.name)' has no part in the workbook (relation '\(entry.relation)')")
                }
                let part = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
                do {
                    return Sheet(name: entry.name, rows: try Part.parse(archive, part, SheetHandler(strings: strings)).rows)
                } catch let failure as Part.Failure {
                    throw Part.Failure(message: "the sheet '\(entry.name)': \(failure.message)")
                }
            }
        } catch let failure as Part.Failure {
            throw fail("not a readable Excel workbook: \(failure.message); open it in Excel and save it again")
        } catch {
            throw fail("not a readable Excel workbook; open it in Excel and save it again")
        }
    }
}

extension WorkbookReader {
    /// Whether the zip's central directory and every entry it names lie inside the file: ZIPFoundation traps on
    /// offsets past the end, so a damaged file is refused before it is opened.
    static func directoryIsWhole(_ b: [UInt8]) -> Bool {
        func u16(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        guard b.count >= 22 else { return false }
        var end = -1
        var i = b.count - 22
        while i >= max(0, b.count - 22 - 65_535) {
            if b[i] == 0x50, b[i + 1] == 0x4B, b[i + 2] == 0x05, b[i + 3] == 0x06 {
                end = i
                break
            }
            i -= 1
        }
        guard end >= 0 else { return false }
        let entries = u16(end + 10), size = u32(end + 12), start = u32(end + 16)
        guard start + size <= end else { return false }
        var p = start
        for _ in 0..<entries {
            guard p + 46 <= end, u32(p) == 0x0201_4B50 else { return false }
            let local = u32(p + 42), compressed = u32(p + 20)
            guard local + 30 <= start, u32(local) == 0x0403_4B50 else { return false }
            let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
            guard dataStart + compressed <= start else { return false }
            p += 46 + u16(p + 28) + u16(p + 30) + u16(p + 32)
        }
        return true
    }
}

/// Reading one XML part of the container.
enum Part {
    struct Failure: Error { var message: String }

    static func parse<H: Handler & XMLParserDelegate>(_ archive: Archive, _ path: String, _ handler: H) throws -> H {
        guard let entry = archive[path] else { throw Failure(message: "it lacks the part \(path)") }
        guard entry.uncompressedSize <= WorkbookReader.maximumPartSize else {
            throw Failure(message: "the part \(path) is larger than \(WorkbookReader.maximumPartSize >> 20) MB")
        }
        var bytes = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                // The size the directory states is the sender's word; the bytes are counted as they come.
                guard bytes.count + chunk.count <= WorkbookReader.maximumPartSize else {
                    throw Failure(message: "the part \(path) is too large")
                }
                bytes.append(chunk)
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(message: "the part \(path) cannot be unpacked")
        }
        let parser = XMLParser(data: bytes)
        parser.shouldResolveExternalEntities = false
        parser.delegate = handler
        let parsed = parser.parse()
        if let problem = handler.problem { throw Failure(message: problem) }
        guard parsed else {
            // libxml2 also stops at its own bounds (a line of over 10 MB), which a list of ties never reaches.
            let code = (parser.parserError as NSError?)?.code ?? 0
            throw Failure(message: "the part \(path) could not be read as XML (line \(parser.lineNumber), parser error \(code))")
        }
        return handler
    }
}

/// An XML event handler; element and attribute names are compared without their namespace prefix. Each handler
/// conforms to XMLParserDelegate itself: on Linux a subclass's methods would not replace the protocol's defaults.
class Handler: NSObject {
    /// Why the handler stopped the parse, where it did.
    var problem: String?

    static func local(_ name: String) -> Substring { name.split(separator: ":").last ?? Substring(name) }

    static func attribute(_ attributes: [String: String], _ name: String, prefixed: Bool = false) -> String? {
        attributes.first { key, _ in local(key) == name && (!prefixed || key.contains(":")) }?.value
    }
}

/// `xl/workbook.xml`: the sheets in tab order, by name and relation.
final class WorkbookHandler: Handler, XMLParserDelegate {
    struct Entry {
        var name: String
        var relation: String
        var hidden: Bool
    }
    var sheets: [Entry] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard Self.local(elementName) == "sheet", let name = Self.attribute(attributes, "name"),
            let relation = Self.attribute(attributes, "id", prefixed: true)
        else { return }
        sheets.append(Entry(name: name, relation: relation, hidden: (Self.attribute(attributes, "state") ?? "visible") != "visible"))
    }
}

/// `xl/_rels/workbook.xml.rels`: where each relation's part is.
final class RelationsHandler: Handler, XMLParserDelegate {
    var targets: [String: String] = [:]

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guard Self.local(elementName) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        targets[id] = target
    }
}

/// `xl/sharedStrings.xml`: the texts cells refer to by number; a rich text's runs joined, phonetic hints left out.
final class StringsHandler: Handler, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch Self.local(elementName) {
        case "si": current = ""
        case "rPh": inPhonetic = true
        case "t": inText = !inPhonetic
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch Self.local(elementName) {
        case "si": strings.append(current)
        case "rPh": inPhonetic = false
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }
}

/// A worksheet: its rows of cells, each at its row and column, the gaps between written cells filled with empty ones.
final class SheetHandler: Handler, XMLParserDelegate {
    let strings: [String]
    var rows: [[SheetCell]] = []
    private var row: [SheetCell] = []
    private var rowNumber = 0
    private var cellCount = 0
    private var cell: (reference: String?, type: String, text: String)?
    private var inValue = false

    init(strings: [String]) { self.strings = strings }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch Self.local(elementName) {
        case "row":
            row = []
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
        case "c": cell = (attributes["r"], attributes["t"] ?? "n", "")
        case "v", "t": inValue = cell != nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch Self.local(elementName) {
        case "v", "t": inValue = false
        case "c":
            guard let c = cell else { return }
            cell = nil
            let column = c.reference.flatMap(Self.column) ?? row.count + 1
            guard column > row.count, column <= 16_384 else {
                fail(parser, "the cell \(c.reference ?? "?") is out of order or beyond Excel's last column")
                return
            }
            cellCount += column - row.count
            guard cellCount <= WorkbookReader.maximumCells else {
                fail(parser, "more than \(WorkbookReader.maximumCells) cells")
                return
            }
            while row.count < column - 1 { row.append(SheetCell(text: "", row: rowNumber, column: row.count + 1)) }
            row.append(value(c, column: column))
        case "row":
            if row.contains(where: { !$0.text.isEmpty }) { rows.append(row) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { cell?.text += string }
    }

    private func fail(_ parser: XMLParser, _ message: String) {
        problem = message
        parser.abortParsing()
    }

    private func value(_ c: (reference: String?, type: String, text: String), column: Int) -> SheetCell {
        switch c.type {
        case "s":
            let text = Int(c.text).flatMap { $0 >= 0 && $0 < strings.count ? strings[$0] : nil } ?? ""
            return SheetCell(text: text, row: rowNumber, column: column)
        case "b": return SheetCell(text: c.text == "1" ? "true" : "false", kind: .bool, row: rowNumber, column: column)
        case "e": return SheetCell(text: c.text, kind: .error, row: rowNumber, column: column)
        case "n":
            guard let d = Double(c.text), d.isFinite else { return SheetCell(text: c.text, row: rowNumber, column: column) }
            let text = d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
            return SheetCell(text: text, kind: .number, row: rowNumber, column: column)
        default: return SheetCell(text: c.text, row: rowNumber, column: column)  // str, inlineStr, d
        }
    }

    /// `C7` → 3.
    static func column(_ reference: String) -> Int? {
        let letters = reference.prefix { $0.isASCII && $0.isLetter }
        guard !letters.isEmpty, letters.count <= 3 else { return nil }
        return letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
    }
}
