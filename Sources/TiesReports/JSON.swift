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
        var out = ""
        write(into: &out, indent: 0)
        return out + "\n"
    }

    func write(into out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .number(let d): out += d.isFinite ? String(d) : "null"
        case .string(let s): JSON.escape(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += pad
                item.write(into: &out, indent: indent + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += close + "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, (key, value)) in pairs.enumerated() {
                out += pad
                JSON.escape(key, into: &out)
                out += ": "
                value.write(into: &out, indent: indent + 1)
                out += i == pairs.count - 1 ? "\n" : ",\n"
            }
            out += close + "}"
        }
    }

    static func escape(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20 || c == "\u{2028}" || c == "\u{2029}":
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
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
            write(into: &out, indent: 0)
        }
    }
}

/// One line per record for bulk output: id, outcome, category, the reasons of the rules that fired, the scores.
/// A projection of the record's one evaluation, streamed or in a whole review alike.
public struct VerdictLine: Sendable {
    let ruleSet: RuleSet
    let language: String
    /// Each rule's place in the file, so reasons come out in the order the rules are written.
    let order: [String: Int]

    public init(ruleSet: RuleSet, language: String) {
        self.ruleSet = ruleSet
        self.language = language
        self.order = Dictionary(ruleSet.rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
    }

    /// The line for a record: from a streamed review, or a whole one where portfolio rules have had their say.
    public func line(_ r: RecordReview) -> String {
        let fired = r.reasons.filter { $0.kind == .rule }.sorted { order[$0.source, default: 0] < order[$1.source, default: 0] }
        return JSON.object([
            ("id", .string(r.record.id)), ("outcome", .string(r.outcome)), ("provisional", .bool(r.provisional)),
            ("category", .optional(r.category)),
            ("reasons", .array(fired.map { .string($0.text.text(language)) })),
            ("scores", .object(r.scores.map { ($0.criterion, JSON($0.value)) })),
        ]).compact()
    }
}
