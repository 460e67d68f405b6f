/// Loads portfolios from JSON Lines (one record per line); spreadsheets are `SpreadsheetLoader`'s.
/// Neither names its rule set or review date; the caller supplies them.
public enum BulkLoader {
    /// Records of a JSON Lines text, every problem of every line collected.
    public static func jsonLines(_ source: SourceText, ruleSet: RuleSet) throws(DiagnosticsError) -> [Record] {
        var lines = JSONLines(source, ruleSet: ruleSet)
        var records: [Record] = []
        var diagnostics: [Diagnostic] = []
        while let next = lines.next() {
            switch next {
            case .success(let r): records.append(r)
            case .failure(let d): diagnostics += d.diagnostics
            }
            if diagnostics.count >= 100 { break }
        }
        guard diagnostics.isEmpty else { throw DiagnosticsError(diagnostics) }
        return records
    }
}

/// Turns one line of JSON Lines into a record, checked against the schema; the caller feeds the lines.
public struct JSONLineDecoder: Sendable {
    /// Longer lines are refused rather than parsed: no record needs a megabyte.
    public static let maximumLineLength = 1 << 20

    let path: String
    let records: RecordReader

    public init(path: String, ruleSet: RuleSet) {
        self.path = path
        self.records = RecordReader(facts: ruleSet.facts, outcomes: ruleSet.outcomes.map(\.id))
    }

    /// Whether a line begins, after spaces, as a JSON object does.
    public static func isObject(_ line: ArraySlice<UInt8>) -> Bool {
        line.first { $0 != 0x20 && $0 != 0x09 } == UInt8(ascii: "{")
    }

    /// Whether a line parses as a JSON object with an `"id"` key: what a tie's line is before anything else is known.
    /// One that does not parse is taken as a tie's where it holds `"id"`, so its own syntax error can show it.
    static func hasID(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.count <= maximumLineLength else { return true }  // refused for its length, quoting nothing
        let text = String(decoding: line, as: UTF8.self)
        guard let tree = try? JSONReader.parse(Substring(text), line: 1) else { return text.contains("\"id\"") }
        guard case .mapping(let pairs, _) = tree else { return true }  // not an object: refused as such, quoting nothing
        return pairs.contains { $0.key.text == "id" }
    }

    /// The record on line `number`, or every problem with it.
    public func record(_ line: ArraySlice<UInt8>, number: Int) -> Result<Record, DiagnosticsError> {
        var reader = DocumentReader(SourceText(path: path, text: ""))
        guard line.count <= Self.maximumLineLength else {
            return .failure(
                DiagnosticsError([
                    Diagnostic(
                        at: SourceLocation(file: path, line: number, column: 1), .lineTooLong(Self.maximumLineLength))
                ]))
        }
        // Not UTF-8 is refused here as a whole-file read refuses it, at the byte, not turned into replacement characters.
        if let bad = SpreadsheetText.invalidUTF8Position(line) {
            let byte = bad.offset < line.count ? String(line[line.startIndex + bad.offset], radix: 16, uppercase: true) : "?"
            return .failure(
                DiagnosticsError([
                    Diagnostic(
                        at: SourceLocation(file: path, line: number, column: bad.column), .notUTF8(byte: byte))
                ]))
        }
        // A line that is not a JSON object is not a record, and may be any file's: refused by its number, quoting nothing.
        guard Self.isObject(line) else {
            return .failure(
                DiagnosticsError([
                    Diagnostic(at: SourceLocation(file: path, line: number, column: 1), .notAJSONObjectLine(path, line: number))
                ]))
        }
        let text = String(decoding: line, as: UTF8.self)
        let tree: YAMLTree
        do {
            tree = try JSONReader.parse(Substring(text), line: number)
        } catch {
            return .failure(
                DiagnosticsError([
                    Diagnostic(
                        at: SourceLocation(file: path, line: number, column: error.column), .invalidJSON(error.message),
                        sourceLine: text)
                ]))
        }
        guard let record = records.flatRecord(tree, &reader), !reader.hasErrors else {
            return .failure(
                DiagnosticsError(
                    reader.diagnostics.map { d in
                        var d = d
                        d.sourceLine = text
                        return d
                    }))
        }
        return .success(record)
    }
}

/// Reads JSON Lines held in memory one record at a time.
public struct JSONLines: IteratorProtocol {
    let decoder: JSONLineDecoder
    /// The text as bytes: line breaks are found byte by byte, since "\r\n" is one Character to Swift.
    let bytes: [UInt8]
    var position = 0
    var lineNumber = 0
    var seenLine = false

    public init(_ source: SourceText, ruleSet: RuleSet) {
        self.decoder = JSONLineDecoder(path: source.path, ruleSet: ruleSet)
        self.bytes = Array(source.text.utf8)
    }

    /// The next record, or the problems of the next line that is not one; nil at the end.
    public mutating func next() -> Result<Record, DiagnosticsError>? {
        while position < bytes.count {
            lineNumber += 1
            let end = bytes[position...].firstIndex(of: 0x0A) ?? bytes.count
            var line = bytes[position..<end]
            position = end + 1
            if line.last == 0x0D { line = line.dropLast() }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            // A file whose first line is no JSON object is not JSON Lines, nor one whose first object has no "id" (a
            // tie's file names its tie first; another JSON file's line, settings or credentials, must not be shown in a
            // message about unknown keys): one refusal, and nothing more is read.
            if !seenLine {
                seenLine = true
                if !JSONLineDecoder.isObject(line) {
                    position = bytes.count
                } else if !JSONLineDecoder.hasID(line) {
                    position = bytes.count
                    return .failure(
                        DiagnosticsError([
                            Diagnostic(
                                at: SourceLocation(file: decoder.path, line: lineNumber, column: 1),
                                .notATieLine(decoder.path, line: lineNumber))
                        ]))
                }
            }
            return decoder.record(line, number: lineNumber)
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and no-break spaces (which spreadsheets leave around numbers).
    public var trimmingSpaces: String {
        // By bytes: every cell passes here, and comparing characters costs a string comparison each. A text that
        // neither begins nor ends with a byte of a blank, nearly every one, is itself, looked at no further.
        let count = utf8.count
        guard count > 0 else { return "" }
        let (first, last) = (utf8[utf8.startIndex], utf8[utf8.index(utf8.startIndex, offsetBy: count - 1)])
        if first != 0x20, first != 0x09, first != 0xC2, first != 0xE2, last != 0x20, last != 0x09, last != 0xA0, last != 0xAF {
            return self as? String ?? String(self)
        }
        let bytes = Array(utf8)
        var start: Int?
        var end = 0
        var i = 0
        while i < bytes.count {
            let width = blankWidth(bytes, at: i)
            if width > 0 {
                i += width
                continue
            }
            if start == nil { start = i }
            i += 1
            end = i
        }
        guard let start else { return "" }
        // Nothing to trim, nearly always: the text itself, its storage shared, not a copy.
        if start == 0, end == bytes.count { return self as? String ?? String(self) }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// How many bytes of a blank begin at `i` of UTF-8 text: a space or a tab 1, a no-break space (C2 A0) 2, a narrow
/// no-break space (E2 80 AF) 3; 0 where none does. What spreadsheets leave around and between words and numbers.
func blankWidth(_ bytes: [UInt8], at i: Int) -> Int {
    switch bytes[i] {
    case 0x20, 0x09: 1
    case 0xC2 where i + 1 < bytes.count && bytes[i + 1] == 0xA0: 2
    case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xAF: 3
    default: 0
    }
}
