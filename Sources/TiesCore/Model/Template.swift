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

    /// The text in `language` with each placeholder replaced by `lookup`'s value, written as the book writes values.
    public func render(_ language: Language, _ lookup: (String) -> Value) -> String {
        let list = parts[language.code] ?? parts[Language.nb.code] ?? parts.sorted { $0.key < $1.key }.first?.value ?? []
        let book = Phrasebook(language)
        return list.map { part in
            switch part {
            case .text(let t): t
            // A set in running text is a list as a sentence writes it: «kultur og historie».
            case .value(let n): if case .set(let names) = lookup(n), !names.isEmpty { book.values(names) } else { book.number(lookup(n)) }
            }
        }.joined()
    }
}
