/// A lexical token of the expression language, with its character offset in the expression text.
struct Token: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case integer(Int)
        case decimal(Double)
        case string(String)
        case name(String)
        case symbol(String)
        case end
    }

    var kind: Kind
    var offset: Int

    var symbol: String? {
        if case .symbol(let s) = kind { return s }
        return nil
    }

    var name: String? {
        if case .name(let s) = kind { return s }
        return nil
    }
}

/// A problem with an expression, at a character offset of its text.
public struct ExpressionError: Error, Sendable, Hashable {
    public var offset: Int
    public var message: Phrase.Expression
}

/// Splits an expression's text into tokens.
enum Lexer {
    static let symbols = ["==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "(", ")", "[", "]", ",", "."]

    static func tokens(_ text: String) throws(ExpressionError) -> [Token] {
        let chars = Array(text)
        var tokens: [Token] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace {
                i += 1
            } else if c.isNumber, c.isASCII {
                let start = i
                var sawPoint = false
                while i < chars.count,
                    (chars[i].isASCII && chars[i].isNumber) || chars[i] == "_"
                        || (chars[i] == "." && !sawPoint && i + 1 < chars.count && chars[i + 1].isNumber)
                {
                    if chars[i] == "." { sawPoint = true }
                    i += 1
                }
                let digits = String(chars[start..<i]).replacing("_", with: "")
                if !sawPoint, let value = Int(digits) {
                    tokens.append(Token(kind: .integer(value), offset: start))
                } else if sawPoint, let value = Double(digits), value.isFinite {
                    tokens.append(Token(kind: .decimal(value), offset: start))
                } else {
                    throw ExpressionError(offset: start, message: .numberTooLarge(digits))
                }
            } else if c == "'" || c == "\"" {
                let start = i
                i += 1
                var value = ""
                while i < chars.count, chars[i] != c {
                    value.append(chars[i])
                    i += 1
                }
                guard i < chars.count else {
                    throw ExpressionError(offset: start, message: .unterminatedText(closing: c))
                }
                i += 1
                tokens.append(Token(kind: .string(value), offset: start))
            } else if c.isLetter || c == "_" {
                let start = i
                while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" { i += 1 }
                tokens.append(Token(kind: .name(String(chars[start..<i])), offset: start))
            } else if let symbol = symbols.first(where: { matches($0, chars, at: i) }) {
                tokens.append(Token(kind: .symbol(symbol), offset: i))
                i += symbol.count
            } else if c == "=" {
                throw ExpressionError(offset: i, message: .singleEquals)
            } else if c == "&" || c == "|" || c == "!" {
                let word = c == "&" ? "and" : c == "|" ? "or" : "not"
                throw ExpressionError(offset: i, message: .symbolForWord(c, word: word))
            } else {
                let instead: [Character: String] = ["≠": "!=", "≤": "<=", "≥": ">="]
                throw ExpressionError(offset: i, message: .unexpectedCharacter(c, instead: instead[c]))
            }
        }
        tokens.append(Token(kind: .end, offset: chars.count))
        return tokens
    }

    private static func matches(_ symbol: String, _ chars: [Character], at i: Int) -> Bool {
        let s = Array(symbol)
        guard i + s.count <= chars.count else { return false }
        return Array(chars[i..<(i + s.count)]) == s
    }
}
