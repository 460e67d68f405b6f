import TiesCore

/// A JSON value with object keys in a fixed, written order, so output is byte-stable.
public indirect enum JSON: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (l: JSON, r: JSON) -> Bool { l.serialized() == r.serialized() }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    /// A fact or score value: unknown is `null`, sets are arrays of names.
    public init(_ value: Value) {
        switch value {
        case .unknown: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .decimal(let d): self = d == d.rounded() && abs(d) < 1e15 ? .int(Int(d)) : .number(d)
        case .string(let s): self = .string(s)
        case .set(let names): self = .array(names.map(JSON.string))
        case .list(let items): self = .array(items.map(JSON.init))
        }
    }

    public static func optional(_ s: String?) -> JSON { s.map(JSON.string) ?? .null }

    /// Pretty-printed with two-space indents and a final newline.
    public func serialized() -> String {
        var out: [UInt8] = []
        write(into: &out, indent: 0)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    /// Pretty-printed bytes at `indent` levels, as `serialized()` writes them (without its final newline).
    func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let i): JSON.writeInteger(i, into: &out)
        case .number(let d): out += (d.isFinite ? String(d) : "null").utf8
        case .string(let s): JSON.escape(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]".utf8; return }
            out += "[\n".utf8
            for (i, item) in items.enumerated() {
                JSON.pad(indent + 1, into: &out)
                item.write(into: &out, indent: indent + 1)
                out += (i == items.count - 1 ? "\n" : ",\n").utf8
            }
            JSON.pad(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            if pairs.isEmpty { out += "{}".utf8; return }
            out += "{\n".utf8
            for (i, (key, value)) in pairs.enumerated() {
                JSON.member(key, value, indent: indent + 1, last: i == pairs.count - 1, into: &out)
            }
            JSON.pad(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// One `"key": value` line of an object whose members stand at `indent` levels.
    static func member(_ key: String, _ value: JSON, indent: Int, last: Bool, into out: inout [UInt8]) {
        pad(indent, into: &out)
        escape(key, into: &out)
        out += ": ".utf8
        value.write(into: &out, indent: indent)
        out += (last ? "\n" : ",\n").utf8
    }

    static func pad(_ levels: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * levels))
    }

    /// A fact or score value as compact JSON bytes, as `JSON(value).compact()` writes it; whole numbers without a copy.
    static func write(_ value: Value, into out: inout [UInt8]) {
        switch value {
        case .int(let i): writeInteger(i, into: &out)
        case .decimal(let d) where d == d.rounded() && abs(d) < 1e15: writeInteger(Int(d), into: &out)
        case .decimal(let d): out += (d.isFinite ? String(d) : "null").utf8
        case .unknown: out += "null".utf8
        default: out += JSON(value).compact().utf8
        }
    }

    static func writeInteger(_ i: Int, into out: inout [UInt8]) {
        if i < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = i.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for k in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[k]) }
        }
    }

    /// A JSON string as bytes: the common case (no quote, backslash, control character or line separator) copied.
    /// DEL and the C1 controls are escaped too, though JSON allows them raw: YAML, which reads reviews back, does not.
    static func escape(_ s: String, into out: inout [UInt8]) {
        var s = s
        s.withUTF8 { bytes in
            out.append(UInt8(ascii: "\""))
            if !needsEscaping(bytes) {
                out += bytes
            } else {
                var text = ""
                escapeContents(String(decoding: bytes, as: UTF8.self), into: &text)
                out += text.utf8
            }
            out.append(UInt8(ascii: "\""))
        }
    }

    /// Whether the UTF-8 bytes hold a quote, a backslash, a control character (C0, DEL, C1: `C2 80`–`C2 9F`) or
    /// possibly a line separator (`E2 …`).
    private static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for (i, b) in bytes.enumerated() {
            if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == 0xE2 || b == 0x7F { return true }
            if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) { return true }
        }
        return false
    }

    static func escape(_ s: String, into out: inout String) {
        out += "\""
        escapeContents(s, into: &out)
        out += "\""
    }

    private static func escapeContents(_ s: String, into out: inout String) { QuotedText.escape(s, into: &out) }
}

extension JSON {
    /// On one line with no spaces: the form of JSON Lines output.
    public func compact() -> String {
        var out = ""
        writeCompact(into: &out)
        return out
    }

    func writeCompact(into out: inout String) {
        switch self {
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.writeCompact(into: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out += "," }
                JSON.escape(key, into: &out)
                out += ":"
                value.writeCompact(into: &out)
            }
            out += "}"
        case .string(let s):
            JSON.escape(s, into: &out)
        default:
            // A scalar is written alike either way.
            var bytes: [UInt8] = []
            write(into: &bytes, indent: 0)
            out += String(decoding: bytes, as: UTF8.self)
        }
    }
}

/// One line per record for bulk output: id, outcome, category, the reasons of the rules that fired, the scores.
/// A projection of the record's one evaluation, streamed or in a whole review alike, written as bytes.
public struct VerdictLine: Sendable {
    let ruleSet: RuleSet
    let language: Language
    /// Each rule's place in the file, so reasons come out in the order the rules are written.
    let order: [String: Int]
    /// Outcomes, categories and criteria as JSON strings, escaped once.
    let outcomes: [[UInt8]]
    let categories: [[UInt8]]
    let criteria: [[UInt8]]

    public init(ruleSet: RuleSet, language: Language) {
        self.ruleSet = ruleSet
        self.language = language
        self.order = Dictionary(ruleSet.rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let quoted = { (s: String) -> [UInt8] in
            var out: [UInt8] = []
            JSON.escape(s, into: &out)
            return out
        }
        outcomes = ruleSet.outcomes.map { quoted($0.id) }
        categories = ruleSet.categories.map { quoted($0.id) }
        criteria = ruleSet.criteria.map { quoted($0.id) }
    }

    /// The line for a record of a whole review, where portfolio rules have had their say.
    public func line(_ r: RecordReview) -> String {
        var out: [UInt8] = []
        write(r, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The same line, appended as bytes.
    public func write(_ r: RecordReview, into out: inout [UInt8]) {
        let fired = r.reasons.filter { $0.kind == .rule }.sorted { order[$0.source, default: 0] < order[$1.source, default: 0] }
        write(
            id: r.record.id, outcome: r.outcome, provisional: r.provisional, category: r.category,
            reasons: fired.map { $0.text.text(language) }, scores: r.scores.map { ($0.criterion, $0.value) }, into: &out)
    }

    /// The line for a streamed record: its evaluation and the reasons `Engine.streamed` rendered.
    public func write(id: String, _ e: Evaluation, reasons: [String], into out: inout [UInt8]) {
        out += #"{"id":"#.utf8
        JSON.escape(id, into: &out)
        out += #","outcome":"#.utf8
        if let o = e.outcome { out += outcomes[o] } else { JSON.escape(RecordReview.notAssessed, into: &out) }
        out += e.provisional ? #","provisional":true,"category":"#.utf8 : #","provisional":false,"category":"#.utf8
        switch e.category {
        case .matched(let c): out += categories[c]
        case .unclassified: JSON.escape(RecordReview.unclassified, into: &out)
        case .none, .undecided: out += "null".utf8
        }
        writeReasons(reasons, into: &out)
        var first = true
        for (c, score) in e.scores.enumerated() {
            guard let score else { continue }
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out += criteria[c]
            out.append(UInt8(ascii: ":"))
            JSON.write(score, into: &out)
        }
        out += "}}".utf8
    }

    private func writeReasons(_ reasons: [String], into out: inout [UInt8]) {
        out += #","reasons":["#.utf8
        for (i, reason) in reasons.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            JSON.escape(reason, into: &out)
        }
        out += #"],"scores":{"#.utf8
    }

    private func write(
        id: String, outcome: String, provisional: Bool, category: String?, reasons: [String], scores: [(String, Value)],
        into out: inout [UInt8]
    ) {
        out += #"{"id":"#.utf8
        JSON.escape(id, into: &out)
        out += #","outcome":"#.utf8
        JSON.escape(outcome, into: &out)
        out += provisional ? #","provisional":true,"category":"#.utf8 : #","provisional":false,"category":"#.utf8
        if let category { JSON.escape(category, into: &out) } else { out += "null".utf8 }
        writeReasons(reasons, into: &out)
        for (i, (criterion, value)) in scores.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            JSON.escape(criterion, into: &out)
            out.append(UInt8(ascii: ":"))
            JSON.write(value, into: &out)
        }
        out += "}}".utf8
    }
}
