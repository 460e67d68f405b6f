/// Parses one JSON value (a JSON Lines record) into the same located tree YAML gives, so records from
/// JSON Lines are checked with the same rules and messages as records from YAML.
struct JSONReader {
    private let bytes: [UInt8]
    private var index = 0
    private let line: Int
    private var depth = 0
    static let maximumDepth = 64

    struct JSONSyntaxError: Error {
        var column: Int
        var message: Phrase.JSON
        /// The line, where the text read was a whole document of lines.
        var line = 1
    }

    /// Parses `text` (one line) as the record on line `line`.
    static func parse(_ text: Substring, line: Int) throws(JSONSyntaxError) -> YAMLTree {
        var reader = JSONReader(bytes: Array(text.utf8), line: line)
        reader.skipSpace()
        let value = try reader.value()
        reader.skipSpace()
        guard reader.index == reader.bytes.count else { throw reader.fail(.endAfterValue) }
        return value
    }

    /// Parses `text` as one JSON document over any number of lines (a review `ties review --format json` wrote).
    /// The items of the top object's `streamed` list go to `item` one by one as they are read, not into the tree
    /// (where the list stands empty): a review's records are never all held as a tree.
    static func document(_ text: String, streaming streamed: String? = nil, item: ((YAMLTree) -> Void)? = nil)
        throws(JSONSyntaxError) -> YAMLTree
    {
        var reader = JSONReader(bytes: Array(text.utf8), line: 1)
        reader.lines = true
        reader.streamedKey = streamed
        reader.onItem = item
        reader.skipSpace()
        let value = try reader.value()
        reader.skipSpace()
        guard reader.index == reader.bytes.count else { throw reader.fail(.endAfterValue) }
        return value
    }

    private init(bytes: [UInt8], line: Int) {
        self.bytes = bytes
        self.line = line
        counted = (0, line, 1)
    }

    /// Whether line breaks are space between values (a document), not the end of the one line read.
    private var lines = false
    /// The top object's key whose list is handed to `onItem` item by item, and whether that list is being read.
    private var streamedKey: String?
    private var onItem: ((YAMLTree) -> Void)?
    private var streaming = false

    /// Where the count last stood, so each new position counts on from there, not from the start.
    private var counted: (index: Int, line: Int, column: Int)

    /// The line and column of the current byte, columns counted in characters (not bytes) as everywhere else.
    private var position: (line: Int, column: Int) {
        mutating get {
            if index < counted.index { counted = (0, line, 1) }
            var (i, row, count) = counted
            while i < index, i < bytes.count {
                if bytes[i] == 0x0A {
                    row += 1
                    count = 1
                } else if bytes[i] & 0xC0 != 0x80 {
                    count += 1
                }
                i += 1
            }
            counted = (i, row, count)
            return (row, count - (index < bytes.count && bytes[index] & 0xC0 == 0x80 ? 1 : 0))
        }
    }

    private mutating func fail(_ message: Phrase.JSON) -> JSONSyntaxError {
        let (row, column) = position
        return JSONSyntaxError(column: column, message: message, line: row)
    }
    private var mark: YAMLMark {
        mutating get {
            let (row, column) = position
            return YAMLMark(line: row, column: column)
        }
    }

    private mutating func skipSpace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D || (lines && bytes[index] == 0x0A) {
            index += 1
        }
    }

    private mutating func value() throws(JSONSyntaxError) -> YAMLTree {
        guard index < bytes.count else { throw fail(.valueAtEnd) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""):
            let m = mark
            return .scalar(YAMLScalar(text: try string(), style: .doubleQuoted, mark: m))
        default:
            let m = mark
            let start = index
            while index < bytes.count, !",]} \t\r\n".utf8.contains(bytes[index]) { index += 1 }
            let word = String(decoding: bytes[start..<index], as: UTF8.self)
            guard word == "true" || word == "false" || word == "null" || Self.isNumber(word) else {
                index = start
                throw fail(
                    .expectedValue(found: word.isEmpty ? nil : String(word.prefix(20))))
            }
            return .scalar(YAMLScalar(text: word == "null" ? "" : word, style: .plain, mark: m))
        }
    }

    static func isNumber(_ word: String) -> Bool { NumberText.isPlain(word) }

    private mutating func nest() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw fail(.nestedTooDeep(Self.maximumDepth)) }
    }

    private mutating func object() throws(JSONSyntaxError) -> YAMLTree {
        let m = mark
        try nest()
        index += 1
        var pairs: [YAMLPair] = []
        var keys: Set<String> = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .mapping(pairs, m)
        }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail(.keyInQuotes) }
            let km = mark
            let key = try string()
            guard keys.insert(key).inserted else { throw JSONSyntaxError(column: km.column, message: .duplicateKey(key)) }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw fail(.colonAfterKey) }
            index += 1
            skipSpace()
            streaming = depth == 1 && key == streamedKey
            pairs.append(YAMLPair(key: YAMLScalar(text: key, style: .doubleQuoted, mark: km), value: try value()))
            streaming = false
            skipSpace()
            guard index < bytes.count else { throw fail(.commaOr("}", atEnd: true)) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            guard bytes[index] == UInt8(ascii: "}") else { throw fail(.commaOr("}", atEnd: false)) }
            index += 1
            depth -= 1
            return .mapping(pairs, m)
        }
    }

    private mutating func array() throws(JSONSyntaxError) -> YAMLTree {
        let m = mark
        try nest()
        index += 1
        var items: [YAMLTree] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .sequence(items, m)
        }
        // The streamed list's items go out as they are read; anything nested inside them is read as usual.
        let handing = streaming && depth == 2 ? onItem : nil
        streaming = false
        while true {
            skipSpace()
            if let handing { handing(try value()) } else { items.append(try value()) }
            skipSpace()
            guard index < bytes.count else { throw fail(.commaOr("]", atEnd: true)) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            guard bytes[index] == UInt8(ascii: "]") else { throw fail(.commaOr("]", atEnd: false)) }
            index += 1
            depth -= 1
            return .sequence(items, m)
        }
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        index += 1
        var out: [UInt8] = []
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 { throw fail(.controlInString) }
            if b == UInt8(ascii: "\\") {
                index += 1
                guard index < bytes.count else { break }
                switch bytes[index] {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "\\"),
                        bytes[index + 2] == UInt8(ascii: "u")
                    {
                        index += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw fail(.loneSurrogate) }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw fail(.loneSurrogate) }
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default:
                    throw fail(.unknownEscape(String(Character(Unicode.Scalar(bytes[index])))))
                }
                index += 1
                continue
            }
            out.append(b)
            index += 1
        }
        throw fail(.unterminatedString)
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            index += 1
            guard index < bytes.count, let digit = Character(Unicode.Scalar(bytes[index])).hexDigitValue else {
                throw fail(.fourHexDigits)
            }
            value = value * 16 + UInt32(digit)
        }
        return value
    }
}

/// The one grammar of a number written as text: JSON's, which is also how a workbook stores a number cell.
public enum NumberText {
    /// A number as RFC 8259 writes it: `-`? then `0` or digits not starting with 0, then `.digits`?, then an exponent?
    /// (`01`, `+1`, `.5`, `1.`, `0x10`, `nan` are not).
    public static func isPlain(_ word: String) -> Bool {
        let b = Array(word.utf8)
        var i = 0
        func digits() -> Int {
            let start = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            return i - start
        }
        if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
        let start = i
        let whole = digits()
        guard whole > 0, whole == 1 || b[start] != 0x30 else { return false }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return false }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == b.count
    }
}
