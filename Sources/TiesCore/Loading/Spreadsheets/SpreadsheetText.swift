/// The text of a spreadsheet export, whatever encoding Excel saved it in: UTF-8 (with or without a byte order
/// mark), UTF-16 with a byte order mark («Unicode-tekst»), or Windows-1252, which Norwegian Excel's «CSV
/// (semikolonseparert)» still writes.
public enum SpreadsheetText {
    /// The encodings a spreadsheet text is read in, for the message that says which one was used.
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", utf16 = "UTF-16", windows1252 = "Windows-1252" }

    /// The text of `bytes`, or one message naming the file and how to save it as UTF-8.
    /// Larger exports are refused before they are read: as large as a YAML file may be.
    public static let sizeLimit = YAMLReader.sizeLimit

    public static func decode(_ bytes: [UInt8], path: String) throws(DiagnosticsError) -> (text: String, encoding: Encoding) {
        let decoded = try decodeText(bytes, path: path)
        // A NUL is no character of a list of ties: a binary file, or a broken export. YAML and JSON refuse it too.
        // A byte-order mark past the start is two exports joined.
        let scalars = decoded.text.unicodeScalars
        if let bad = scalars.firstIndex(where: { $0 == "\u{0}" || $0 == "\u{FEFF}" }) {
            var line = 1, column = 1
            for scalar in scalars[..<bad] {
                if scalar == "\n" { (line, column) = (line + 1, 1) } else { column += 1 }
            }
            throw DiagnosticsError([
                Diagnostic(
                    at: SourceLocation(file: path, line: line, column: column),
                    scalars[bad] == "\u{0}" ? .nulInText : .byteOrderMarkInside)
            ])
        }
        return decoded
    }

    private static func decodeText(_ bytes: [UInt8], path: String) throws(DiagnosticsError) -> (text: String, encoding: Encoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (try utf8(bytes.dropFirst(3), path: path), .utf8) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            // A cut-off file or a lone surrogate is damaged text: refused, not patched with U+FFFD.
            guard bytes.count % 2 == 0, let text = String(validating: units, as: UTF16.self) else {
                throw DiagnosticsError([
                    Diagnostic(
                        at: SourceLocation(file: path, line: 1, column: 1), .damagedUTF16)
                ])
            }
            return (text, .utf16)
        }
        if let text = validUTF8(bytes) { return (text, .utf8) }
        // Valid UTF-8 letters beside a byte that is not: two exports joined, not one Windows-1252 file. Read as
        // Windows-1252, the UTF-8 letters would turn into «Ã…».
        if let bad = invalidUTF8Position(bytes), bytes.prefix(bad.offset).contains(where: { $0 >= 0xC2 && $0 <= 0xF4 }) {
            throw DiagnosticsError([
                Diagnostic(
                    at: SourceLocation(file: path, line: bad.line, column: bad.column),
                    .mixedEncoding(byte: String(bytes[bad.offset], radix: 16, uppercase: true)))
            ])
        }
        var failure = 0
        guard let text = windows1252(bytes, failedAt: &failure) else { throw DiagnosticsError([refusal(bytes, at: failure, path: path)]) }
        return (text, .windows1252)
    }

    private static func utf8(_ bytes: ArraySlice<UInt8>, path: String) throws(DiagnosticsError) -> String {
        guard let text = validUTF8(bytes) else {
            let all = Array(bytes)
            throw DiagnosticsError([refusal(all, at: firstInvalidUTF8(all) ?? 0, path: path)])
        }
        return text
    }

    /// Windows-1252 text, or nil where the bytes are not: a byte the encoding leaves undefined, or a character no
    /// Norwegian list holds (`¾`, `¿`: what Mac Roman's æ and ø become), so a wrong guess is refused, not read.
    static func windows1252(_ bytes: [UInt8], failedAt failure: inout Int) -> String? {
        var scalars = String.UnicodeScalarView()
        for (offset, b) in bytes.enumerated() {
            failure = offset
            let value: UInt32
            if b < 0x80 || b >= 0xA0 {
                value = UInt32(b)
            } else {
                value = high[Int(b - 0x80)]
                if value == 0 { return nil }
            }
            let scalar = Unicode.Scalar(value)!
            if value >= 0x80, !plausible(scalar) { return nil }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Letters, the no-break space, and the punctuation Norwegian office text uses.
    private static func plausible(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || "\u{A0}«»–—‘’‚“”„…€§°·´•".unicodeScalars.contains(s)
    }

    /// Windows-1252's characters for the bytes 0x80–0x9F; 0 where the encoding defines none.
    private static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// The one message for a file in an encoding the tool does not read: where the byte that neither encoding
    /// takes stands, and how to save the file as UTF-8.
    static func refusal(_ bytes: [UInt8], at offset: Int, path: String) -> Diagnostic {
        // Counted as Windows-1252 counts them, one character a byte: the encoding the file was last tried in.
        var line = 1, column = 1
        for b in bytes.prefix(offset) { if b == 0x0A { line += 1; column = 1 } else { column += 1 } }
        let byte = offset < bytes.count ? String(bytes[offset], radix: 16, uppercase: true) : nil
        return Diagnostic(at: SourceLocation(file: path, line: line, column: column), .notUTF8OrWindows1252(byte: byte))
    }

    /// Where the first byte that is not UTF-8 stands: its offset, and its line and column counted in characters.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? { invalidUTF8Position(bytes)?.offset }

    public static func invalidUTF8Position<C: Collection<UInt8>>(_ bytes: C) -> (offset: Int, line: Int, column: Int)? {
        var decoder = Unicode.UTF8()
        var iterator = bytes.makeIterator()
        var line = 1, column = 1, offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                offset += UTF8.width(s)
                if s == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput: return nil
            case .error: return (offset, line, column)
            }
        }
    }

    /// The text of `bytes` if they are UTF-8, else nil.
    static func validUTF8<C: Collection<UInt8>>(_ bytes: C) -> String? {
        var decoder = Unicode.UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return String(decoding: bytes, as: UTF8.self)
            case .error: return nil
            }
        }
    }
}
