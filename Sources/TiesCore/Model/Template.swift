/// A reason text per language that may name values in braces: `{name} har ingen tydelig rolle`.
public struct Template: Sendable, Hashable {
    public enum Part: Sendable, Hashable {
        case text(String)
        case value(String)
    }

    public var parts: [String: [Part]]

    /// Splits each language's text at `{name}` placeholders; `{{` and `}}` stand for braces.
    public init(_ texts: LocalizedText) {
        parts = texts.texts.mapValues(Template.parse)
    }

    static func parse(_ text: String) -> [Part] {
        var parts: [Part] = []
        var literal = ""
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            let next = text.index(after: i)
            if c == "{", next < text.endIndex, text[next] == "{" {
                literal.append("{")
                i = text.index(after: next)
            } else if c == "}", next < text.endIndex, text[next] == "}" {
                literal.append("}")
                i = text.index(after: next)
            } else if c == "{", let close = text[next...].firstIndex(of: "}") {
                if !literal.isEmpty { parts.append(.text(literal)) }
                literal = ""
                parts.append(.value(String(text[next..<close].filter { $0 != " " })))
                i = text.index(after: close)
            } else {
                literal.append(c)
                i = next
            }
        }
        if !literal.isEmpty { parts.append(.text(literal)) }
        return parts
    }

    /// Every placeholder name, to check at load time that each one exists.
    public var names: [String] {
        var seen: [String] = []
        for (_, list) in parts.sorted(by: { $0.key < $1.key }) {
            for case .value(let n) in list where !seen.contains(n) { seen.append(n) }
        }
        return seen
    }

    /// The text in `language` with each placeholder replaced by `lookup`'s value.
    public func render(_ language: String, _ lookup: (String) -> Value) -> String {
        let list = parts[language] ?? parts["nb"] ?? parts.sorted { $0.key < $1.key }.first?.value ?? []
        return list.map { part in
            switch part {
            case .text(let t): t
            case .value(let n): Template.format(lookup(n), language: language)
            }
        }.joined()
    }

    /// Values as a council reader writes them: thousands grouped, unknown said in words.
    public static func format(_ value: Value, language: String) -> String {
        switch value {
        case .unknown: return ToolWords.text("unknown", language)
        case .bool(let b): return ToolWords.text(b ? "yes" : "no", language)
        case .int(let i) where i.magnitude >= 10_000: return group(String(i), language)
        case .decimal(let d) where d == d.rounded() && abs(d) >= 10_000 && abs(d) < 1e15:
            return group(String(Int64(d)), language)
        case .set(let names) where names.isEmpty: return ToolWords.text("none", language)
        case .set(let names): return names.joined(separator: ", ")
        case .decimal(let d) where d != d.rounded():
            let rounded = (d * 100).rounded() / 100
            let text = Value.format(rounded)
            return language == "en" ? text : text.replacing(".", with: ",")
        default: return value.description
        }
    }

    private static func group(_ digits: String, _ language: String) -> String {
        let negative = digits.hasPrefix("-")
        let body = Array(negative ? digits.dropFirst() : Substring(digits))
        var out = ""
        for (index, c) in body.enumerated() {
            if index > 0, (body.count - index) % 3 == 0 { out.append(language == "en" ? "," : " ") }
            out.append(c)
        }
        return (negative ? "-" : "") + out
    }
}
