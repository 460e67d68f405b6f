import Foundation
import TiesCore
import ZIPFoundation

/// The sheets of an Excel workbook (.xlsx) as plain cells: the first visible sheet of ties and the activity sheet,
/// read with our XML reader from the zip container. Formulas give their stored results; styles are not read.
public enum WorkbookReader {
    /// No larger part is unpacked (about 300,000 ties); a larger one is refused, saying so, before it is unpacked.
    public static let maximumPartSize = 128 << 20
    /// Excel's own limit on the characters of one cell.
    public static let maximumCellText = 32_767
    /// Cells of one sheet, counting the empty ones between written cells.
    public static let maximumCells = 4_000_000

    /// The sheet of ties and, if there is one, the activity sheet (`aktiviteter`/`activities`), in workbook order.
    /// `verifyingChecksums` is false only for the fuzzer, whose changed bytes would otherwise all stop at the checksum.
    public static func sheets(_ data: Data, path: String, verifyingChecksums: Bool = true) throws(DiagnosticsError) -> [Sheet] {
        let file = SourceLocation(file: path, line: 0, column: 0)
        func fail(_ message: Phrase.Problem) -> DiagnosticsError { DiagnosticsError([Diagnostic(at: file, message)]) }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw fail(.oldExcel)
        }
        guard data.starts(with: [0x50, 0x4B]), var archive = Container(bytes: [UInt8](data)) else {
            throw fail(.notAWorkbook)
        }
        archive.verifiesChecksums = verifyingChecksums
        do {
            // Two parts of one name: which one Excel would read is not for us to guess.
            if let twice = archive.repeated { throw Part.DamagedPart(message: .partTwice(twice)) }
            // The workbook part is where the package's relationship says, as OPC has it; `xl/workbook.xml` where none does.
            let package = archive["_rels/.rels"] == nil ? nil : try Part.parse(archive, "_rels/.rels", RelationsHandler())
            let bookPart = package?.target(ofType: "officeDocument").map { Part.resolve($0, from: "") } ?? "xl/workbook.xml"
            let (folder, file) = (Paths.directory(of: bookPart), String(bookPart.split(separator: "/").last ?? ""))
            let base = folder.isEmpty || folder == "." ? "" : folder + "/"
            let book = try Part.parse(archive, bookPart, WorkbookHandler())
            let relations = try Part.parse(archive, base + "_rels/" + file + ".rels", RelationsHandler())
            let stringsPart = relations.target(ofType: "sharedStrings").map { Part.resolve($0, from: base) } ?? "xl/sharedStrings.xml"
            let visible = book.sheets.filter { !$0.hidden }
            let isLog = { (s: WorkbookHandler.Entry) in SpreadsheetLoader.activitySheetNames.contains(s.name.lowercased()) }
            let isDuties = { (s: WorkbookHandler.Entry) in SpreadsheetLoader.obligationSheetNames.contains(s.name.lowercased()) }
            let chosen = [visible.first { !isLog($0) && !isDuties($0) }, visible.first(where: isLog), visible.first(where: isDuties)]
                .compactMap { $0 }
            let parts = chosen.compactMap { entry in
                relations.targets[entry.relation].map { (name: entry.name, part: Part.resolve($0, from: base)) }
            }
            // The shared strings are read while the sheets are unpacked, and the sheets then read at once, each on a
            // core. What is wrong is said in the order reading them in turn would find it: the strings first.
            let archived = archive
            // Parts larger together than one part may be are unpacked and read one after another, each let go before
            // the next: at once, they would all be held at once.
            let large = parts.reduce(0) { $0 + (archived[$1.part]?.size ?? 0) } > WorkbookReader.maximumPartSize
            let (strings, unpacked) = Parallel.both(
                { Result { archived[stringsPart] == nil ? [] : try Part.parse(archived, stringsPart, StringsHandler()).strings } },
                { large ? [] : Parallel.map(parts, minimum: 1) { p in Result { try Part.unpack(archived, p.part) } } })
            let texts = try strings.get()
            // An activity log the adviser keeps must be read, or they must be told why not: never silently left out.
            let logs = book.sheets.filter(isLog)
            if logs.count > 1 {
                throw Part.DamagedPart(message: .activitySheets(logs.map(\.name)))
            }
            if let log = logs.first, log.hidden {
                throw Part.DamagedPart(message: .hiddenActivitySheet(log.name))
            }
            guard !chosen.isEmpty else { throw Part.DamagedPart(message: .noVisibleSheet) }
            let sheets = Parallel.map(Array(parts.indices), minimum: 1, cores: large ? 1 : Parallel.cores) { i in
                Result {
                    let p = parts[i]
                    let bytes = large ? try Part.unpack(archived, p.part) : try unpacked[i].get()
                    let rows = try Part.rowsInHalves(bytes, strings: texts) ?? Part.read(bytes, p.part, SheetHandler(strings: texts)).rows
                    return Sheet(name: p.name, rows: rows)
                }
            }
            // In the sheets' order: a sheet without a part is said where reading them in turn would come to it.
            var read = zip(parts, sheets).makeIterator()
            return try chosen.map { entry in
                guard relations.targets[entry.relation] != nil, let (p, sheet) = read.next() else {
                    throw Part.DamagedPart(message: .sheetWithoutPart(entry.name, relation: entry.relation))
                }
                do {
                    return try sheet.get()
                } catch let failure as Part.DamagedPart {
                    throw Part.DamagedPart(message: .inSheet(p.name, failure.message))
                }
            }
        } catch let failure as Part.DamagedPart {
            throw fail(.damagedWorkbook(failure.message))
        } catch {
            throw fail(.workbookUnreadable(nil))
        }
    }
}

extension WorkbookReader {
    /// One XML part read on its own, as a shared-strings part and as a worksheet: the XML reader without the
    /// container, for the fuzzer. Nil where the part is refused.
    public static func sheet(ofPart bytes: [UInt8]) -> Sheet? {
        let strings = StringsHandler()
        let texts = (try? XMLScanner.read(bytes, into: strings)) != nil ? strings.strings : []
        let handler = SheetHandler(strings: texts)
        guard (try? XMLScanner.read(bytes, into: handler)) != nil else { return nil }
        return Sheet(name: "Ark1", rows: handler.rows)
    }
}

/// The zip container's parts, read from its central directory with every offset checked against the file, and
/// unpacked here: ZIPFoundation traps on offsets past the end, and loops for ever on a deflate stream cut short.
struct Container {
    struct Entry {
        var dataStart: Int
        var compressedSize: Int
        var size: Int
        var method: Int
        var checksum: UInt32
    }

    let bytes: [UInt8]
    var entries: [String: Entry] = [:]
    var verifiesChecksums = true
    /// A part named twice, if any.
    var repeated: String?

    /// Nil for a file whose directory or entries do not lie wholly inside it.
    init?(bytes b: [UInt8]) {
        bytes = b
        func u16(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        guard b.count >= 22 else { return nil }
        var end = -1
        var i = b.count - 22
        while i >= max(0, b.count - 22 - 65_535) {
            if b[i] == 0x50, b[i + 1] == 0x4B, b[i + 2] == 0x05, b[i + 3] == 0x06 {
                end = i
                break
            }
            i -= 1
        }
        guard end >= 0 else { return nil }
        let count = u16(end + 10), size = u32(end + 12), start = u32(end + 16)
        guard start + size <= end else { return nil }
        var p = start
        for _ in 0..<count {
            guard p + 46 <= end, u32(p) == 0x0201_4B50 else { return nil }
            let nameLength = u16(p + 28)
            let local = u32(p + 42), compressed = u32(p + 20)
            guard p + 46 + nameLength <= end, local + 30 <= start, u32(local) == 0x0403_4B50 else { return nil }
            let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
            guard dataStart + compressed <= start else { return nil }
            let name = String(decoding: b[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            let entry = Entry(
                dataStart: dataStart, compressedSize: compressed, size: u32(p + 24), method: u16(p + 10), checksum: UInt32(u32(p + 16)))
            if entries.updateValue(entry, forKey: name) != nil, repeated == nil { repeated = name }
            p += 46 + nameLength + u16(p + 30) + u16(p + 32)
        }
    }

    subscript(path: String) -> Entry? { entries[path] }

    /// The part's bytes, its size bounded as they come and its checksum verified.
    func unpack(_ entry: Entry, path: String, limit: Int) throws -> [UInt8] {
        let raw = Data(bytes[entry.dataStart..<(entry.dataStart + entry.compressedSize)])
        switch entry.method {
        case 0:
            guard raw.count <= limit else { throw Part.DamagedPart(message: .partTooLarge(path)) }
            guard !verifiesChecksums || raw.crc32(checksum: 0) == entry.checksum else {
                throw Part.DamagedPart(message: .checksum(path))
            }
            return [UInt8](raw)
        case 8:
            // As large as the directory says, within the limit, from the start: grown as it fills, a part of forty
            // megabytes would be copied a dozen times over.
            var out: [UInt8] = []
            out.reserveCapacity(min(entry.size, limit))
            let checksum = try Data.decompress(
                size: Int64(raw.count), bufferSize: 64 << 10, skipCRC32: false,
                provider: { position, want in
                    // A stream that asks past its own bytes is cut short: an error, not another empty read for ever.
                    guard position < raw.count else { throw Part.DamagedPart(message: .cutShort(path)) }
                    let from = Int(position)
                    var chunk = raw.subdata(in: from..<min(raw.count, from + want))
                    // ZIPFoundation tells zlib every chunk is `want` bytes long, so a short last one is filled out:
                    // zlib would otherwise read past it. A whole stream ends before the filling; a broken one fails.
                    if chunk.count < want { chunk.append(Data(count: want - chunk.count)) }
                    return chunk
                },
                consumer: { chunk in
                    // The size the directory states is the sender's word; the bytes are counted as they come.
                    guard out.count + chunk.count <= limit else { throw Part.DamagedPart(message: .partTooLarge(path)) }
                    out.append(contentsOf: chunk)
                })
            guard !verifiesChecksums || checksum == entry.checksum else {
                throw Part.DamagedPart(message: .checksum(path))
            }
            return out
        default:
            throw Part.DamagedPart(message: .packedOddly(path, method: Int(entry.method)))
        }
    }
}

/// Reading one XML part of the container.
enum Part {
    /// Why a part of the workbook cannot be read: missing, damaged, too large or not the XML it should be.
    struct DamagedPart: Error { var message: Phrase.DamagedWorkbook }

    /// A text with Excel's escapes for characters XML cannot carry read as Excel shows it: `_x0041_` is «A», and
    /// `_x005F_` an underscore.
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        return text.replacing(#/_x([0-9A-Fa-f]{4})_/#) { match in
            UInt32(match.1, radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? String(match.0)
        }
    }

    /// A relationship's target as OPC resolves it: absolute from the package root, else relative to the source part's
    /// folder, `.` and `..` taken away («../xl/worksheets/sheet1.xml» from `xl/` is `xl/worksheets/sheet1.xml`).
    static func resolve(_ target: String, from folder: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : folder + target
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }

    static func parse<H: XMLHandler>(_ archive: Container, _ path: String, _ handler: H) throws -> H {
        try read(unpack(archive, path), path, handler)
    }

    /// The part's bytes, unpacked and found to be UTF-8.
    static func unpack(_ archive: Container, _ path: String) throws -> [UInt8] {
        guard let entry = archive[path] else { throw DamagedPart(message: .lacksPart(path)) }
        guard entry.size <= WorkbookReader.maximumPartSize else {
            throw DamagedPart(message: .partOverLimit(path, mebibytes: WorkbookReader.maximumPartSize >> 20))
        }
        let bytes: [UInt8]
        do {
            bytes = try archive.unpack(entry, path: path, limit: WorkbookReader.maximumPartSize)
        } catch let failure as DamagedPart {
            throw failure
        } catch {
            throw DamagedPart(message: .cannotUnpack(path))
        }
        // A workbook's parts are UTF-8; any other bytes are refused, not read as something else.
        guard isUTF8(bytes) else { throw DamagedPart(message: .partNotUTF8(path)) }
        return bytes
    }

    /// Whether `bytes` are well-formed UTF-8, as `String(validating:)` judges them, without making the text: a
    /// sheet's part is tens of megabytes.
    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            let n = b.count
            while i < n {
                // Eight ASCII bytes at a time, nearly all of a sheet.
                if i + 8 <= n, UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let c = b[i]
                if c < 0x80 {
                    i += 1
                    continue
                }
                // The lead byte says the length and the range its second byte may take (no overlong forms, no
                // surrogates, nothing past U+10FFFF).
                let (length, low, high): (Int, UInt8, UInt8)
                switch c {
                case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
                case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
                case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
                case 0xED: (length, low, high) = (3, 0x80, 0x9F)
                case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
                case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
                case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
                default: return false
                }
                guard i + length <= n, (low...high).contains(b[i + 1]) else { return false }
                for k in 2..<length where b[i + k] & 0xC0 != 0x80 { return false }
                i += length
            }
            return true
        }
    }

    /// A worksheet's rows read in two halves at once, split where a row starts past the middle, where the halves are
    /// shown to read as one reading does: each stops exactly at the split, between rows, with the elements open that
    /// are open where the rows start; the second's first row says its number, which follows the first's last; the
    /// cells together are within the limit; the rows stand inside the root, not as roots. Nil otherwise, and for a part too small to gain: then it is read whole,
    /// which says what is wrong where.
    static func rowsInHalves(_ bytes: [UInt8], strings: [String]) -> [[SheetCell]]? {
        guard Parallel.cores > 1, bytes.count >= 4 << 20, let first = rowStart(in: bytes, from: 0),
            let split = rowStart(in: bytes, from: bytes.count / 2), split > first,
            let open = XMLScanner.read(bytes, into: SheetHandler(strings: strings), from: 0, open: [], until: first),
            !open.isEmpty
        else { return nil }
        typealias Half = (rows: [[SheetCell]], first: (number: Int, said: Bool)?, last: Int, cells: Int)
        let (head, tail) = Parallel.both(
            { () -> Half? in
                let handler = SheetHandler(strings: strings)
                guard XMLScanner.read(bytes, into: handler, from: 0, open: [], until: split) == open, handler.isBetweenRows else {
                    return nil
                }
                return (handler.rows, handler.firstRow, handler.lastRow, handler.cellCount)
            },
            { () -> Half? in
                let handler = SheetHandler(strings: strings)
                guard XMLScanner.read(bytes, into: handler, from: split, open: open, until: bytes.count) == [] else { return nil }
                return (handler.rows, handler.firstRow, handler.lastRow, handler.cellCount)
            })
        guard let head, let tail, let next = tail.first, next.said, next.number > head.last,
            head.cells + tail.cells <= WorkbookReader.maximumCells
        else { return nil }
        return head.rows + tail.rows
    }

    /// Where the first `<row` tag at or after `from` starts.
    static func rowStart(in bytes: [UInt8], from: Int) -> Int? {
        let tag: [UInt8] = Array("<row".utf8)
        var i = from
        while i + tag.count < bytes.count {
            if bytes[i] == 0x3C, bytes[i + 1] == tag[1], bytes[i + 2] == tag[2], bytes[i + 3] == tag[3],
                [0x20, 0x3E, 0x09, 0x0A, 0x0D, 0x2F].contains(bytes[i + 4])
            {
                return i
            }
            i += 1
        }
        return nil
    }

    /// An unpacked part read into `handler`.
    static func read<H: XMLHandler>(_ bytes: [UInt8], _ path: String, _ handler: H) throws -> H {
        do {
            try XMLScanner.read(bytes, into: handler)
        } catch {
            switch error {
            case .handler(let problem): throw DamagedPart(message: problem)
            case .fault(let fault, let offset):
                let (line, column) = XMLScanner.position(of: offset, in: bytes)
                throw DamagedPart(message: .notXML(path, line: line, column: column, fault))
            }
        }
        return handler
    }
}

/// `xl/workbook.xml`: the sheets in tab order, by name and relation.
final class WorkbookHandler: XMLHandler {
    struct Entry {
        var name: String
        var relation: String
        var hidden: Bool
    }
    var sheets: [Entry] = []

    func start(_ name: String, _ attributes: XMLAttributes) {
        guard name == "sheet", let sheet = attributes["name"], let relation = attributes["id", prefixed: true] else { return }
        sheets.append(Entry(name: sheet, relation: relation, hidden: (attributes["state"] ?? "visible") != "visible"))
    }
}

/// `xl/_rels/workbook.xml.rels`: where each relation's part is.
final class RelationsHandler: XMLHandler {
    var targets: [String: String] = [:]
    /// Each relation's type, by id, in the order written.
    var types: [(id: String, type: String)] = []

    func start(_ name: String, _ attributes: XMLAttributes) {
        guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        if targets[id] == nil { types.append((id, attributes["Type"] ?? "")) }
        targets[id] = target
    }

    /// The first target of a relation whose type ends in `/type` (`officeDocument`, `sharedStrings`).
    func target(ofType type: String) -> String? {
        types.first { $0.type.hasSuffix("/" + type) }.flatMap { targets[$0.id] }
    }
}

/// `xl/sharedStrings.xml`: the texts cells refer to by number; a rich text's runs joined, phonetic hints left out.
final class StringsHandler: XMLHandler {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false
    var wantsText: Bool { inText }

    func start(_ name: String, _ attributes: XMLAttributes) {
        switch name {
        case "si": current = ""
        case "rPh": inPhonetic = true
        case "t": inText = !inPhonetic
        default: break
        }
    }

    func end(_ name: String) throws(XMLScanner.Stop) {
        switch name {
        case "si":
            // Each cell that refers to a text gets its own copy as it is read: a huge shared text would multiply.
            guard current.utf8.count <= WorkbookReader.maximumCellText || current.count <= WorkbookReader.maximumCellText else {
                throw .handler(.sharedTextTooLong(WorkbookReader.maximumCellText))
            }
            strings.append(Part.unescaped(current))
        case "rPh": inPhonetic = false
        case "t": inText = false
        default: break
        }
    }

    func text(_ text: String) { current += text }
}

/// A worksheet: its rows of cells, each at its row and column, the gaps between written cells filled with empty ones.
final class SheetHandler: XMLHandler {
    let strings: [String]
    var rows: [[SheetCell]] = []
    private var row: [SheetCell] = []
    private var rowNumber = 0
    private(set) var cellCount = 0
    private var cell: (reference: String?, type: String, text: String)?
    private var inValue = false
    private var hasFormula = false
    private(set) var lastRow = 0
    /// The first row's number, and whether the row says it (`r`) rather than follows the one before.
    private(set) var firstRow: (number: Int, said: Bool)?
    /// Inside a phonetic hint of an inline string: Excel does not show it as the cell's text.
    private var inPhonetic = false
    var wantsText: Bool { inValue }

    init(strings: [String]) { self.strings = strings }

    func start(_ name: String, _ attributes: XMLAttributes) throws(XMLScanner.Stop) {
        switch name {
        case "row":
            row = []
            let said = attributes["r"].flatMap { Int($0) }
            rowNumber = said ?? rowNumber + 1
            if firstRow == nil { firstRow = (rowNumber, said != nil) }
            guard rowNumber > lastRow, rowNumber <= 1_048_576 else { throw .handler(.rowOutOfOrder(rowNumber, after: lastRow)) }
            lastRow = rowNumber
        case "c":
            cell = (attributes["r"], attributes["t"] ?? "n", "")
            hasFormula = false
        case "f": hasFormula = true
        case "rPh": inPhonetic = true
        // An inline string's text is its <is>'s, a stored value's its <v>: LibreOffice shows an inline cell's stray <v> as
        // nothing, so it is not added to the text.
        case "v": inValue = cell.map { $0.type != "inlineStr" } ?? false
        case "t": inValue = cell.map { $0.type == "inlineStr" } ?? false && !inPhonetic
        default: break
        }
    }

    func end(_ name: String) throws(XMLScanner.Stop) {
        switch name {
        case "v", "t": inValue = false
        case "rPh": inPhonetic = false
        case "c":
            guard let c = cell else { return }
            cell = nil
            // A cell with no value, of whatever type (styled only: a bold heading row is styled out to its last column),
            // is no cell: it neither heads a column nor counts toward the limit.
            if c.text.isEmpty, !hasFormula { return }
            var column = row.count + 1
            var problem: Phrase.DamagedWorkbook?
            if let reference = c.reference {
                if let (letters, number) = Self.reference(reference) {
                    column = letters
                    if number != rowNumber { problem = .cellInWrongRow(reference, row: rowNumber) }
                } else {
                    problem = .notACellReference(reference)
                }
            }
            guard column > row.count, column <= 16_384 else { throw .handler(.cellOutOfOrder(c.reference ?? "?")) }
            cellCount += column - row.count
            guard cellCount <= WorkbookReader.maximumCells else { throw .handler(.tooManyCells(WorkbookReader.maximumCells)) }
            while row.count < column - 1 { row.append(SheetCell(text: "", row: rowNumber, column: row.count + 1)) }
            if let problem {
                row.append(SheetCell(text: c.text.isEmpty ? "?" : c.text, kind: .broken(.damaged(problem)), row: rowNumber, column: column))
            } else if hasFormula, c.text.isEmpty, c.type != "str", c.type != "inlineStr" {
                row.append(
                    SheetCell(text: "=", kind: .broken(.formulaWithoutResult), row: rowNumber, column: column))
            } else {
                row.append(value(c, column: column))
            }
        case "row":
            if row.contains(where: { !$0.text.isEmpty }) { rows.append(row) }
        default: break
        }
    }

    func text(_ text: String) { cell?.text += text }

    /// Whether the reading stands between two rows, in no cell or text.
    var isBetweenRows: Bool { cell == nil && !inValue && !inPhonetic }

    private func value(_ c: (reference: String?, type: String, text: String), column: Int) -> SheetCell {
        switch c.type {
        case "s":
            guard let index = Int(c.text.trimmingSpaces), index >= 0, index < strings.count else {
                return SheetCell(
                    text: c.text.isEmpty ? "?" : c.text, kind: .broken(.missingSharedText(String(c.text.prefix(20)))), row: rowNumber,
                    column: column)
            }
            return SheetCell(text: strings[index], row: rowNumber, column: column)
        case "b":
            guard c.text == "0" || c.text == "1" else {
                return SheetCell(text: c.text, kind: .broken(.boolAs(String(c.text.prefix(20)))), row: rowNumber, column: column)
            }
            return SheetCell(text: c.text == "1" ? "true" : "false", kind: .bool, row: rowNumber, column: column)
        case "e": return SheetCell(text: c.text, kind: .error, row: rowNumber, column: column)
        case "n":
            guard !c.text.isEmpty else { return SheetCell(text: "", row: rowNumber, column: column) }
            // A whole number written plainly is already as a person writes it: no need to read it and write it again.
            let digits = c.text.utf8
            if digits.count <= 15, digits.allSatisfy({ (0x30...0x39).contains($0) }), digits.first != 0x30 || digits.count == 1 {
                return SheetCell(text: c.text, kind: .number, row: rowNumber, column: column)
            }
            // Only a number as SpreadsheetML writes one: Double() would also take hex (0x10) and words (nan, inf).
            guard NumberText.isPlain(c.text), let d = Double(c.text), d.isFinite else {
                return SheetCell(text: c.text, kind: .broken(.notANumber(String(c.text.prefix(20)))), row: rowNumber, column: column)
            }
            return SheetCell(text: Self.plain(d), kind: .number, row: rowNumber, column: column)
        default:
            let text = c.type == "inlineStr" ? Part.unescaped(c.text) : c.text
            guard text.utf16.count <= WorkbookReader.maximumCellText else {
                return SheetCell(text: "…", kind: .broken(.tooLong(WorkbookReader.maximumCellText)), row: rowNumber, column: column)
            }
            return SheetCell(text: text, row: rowNumber, column: column)  // str, inlineStr, d
        }
    }

    /// A number as a person writes it, never with an exponent (`0.00001`, not `1e-05`): the cell readers read it.
    static func plain(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        let text = String(d)
        guard text.contains("e") else { return text }
        var fixed = String(format: "%.15f", d)
        while fixed.hasSuffix("0") { fixed.removeLast() }
        if fixed.hasSuffix(".") { fixed.removeLast() }
        return fixed
    }

    /// `C7` → (3, 7); nil for anything that is not a cell of a sheet (`ZZZZZ2`, `2C`, `A0`).
    static func reference(_ reference: String) -> (column: Int, row: Int)? {
        // Read off the text's own bytes: every cell of a sheet has a reference.
        var (letters, digits, column, row) = (0, 0, 0, 0)
        for b in reference.utf8 {
            if digits == 0, (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) {
                letters += 1
                column = column * 26 + Int(b & 0xDF) - 64
            } else if (0x30...0x39).contains(b), letters > 0, digits > 0 || b != 0x30 {
                digits += 1
                row = row * 10 + Int(b - 0x30)
            } else {
                return nil
            }
            guard letters <= 3, digits <= 7 else { return nil }
        }
        guard letters >= 1, digits >= 1 else { return nil }
        return column <= 16_384 ? (column, row) : nil
    }
}
