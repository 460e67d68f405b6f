/// Parses an expression's text into its syntax tree (precedence climbing).
enum ExpressionParser {
    static let aggregations: Set<String> = ["count", "sum", "min", "max"]

    /// Longer expressions are refused: a condition is a sentence of a strategy, not a program.
    static let lengthLimit = 4_000

    static func parse(_ text: String) throws(ExpressionError) -> Expression {
        guard text.count <= lengthLimit else {
            throw ExpressionError(offset: 0, message: .tooLong(limit: lengthLimit))
        }
        var state = State(tokens: try Lexer.tokens(text))
        if case .end = state.peek.kind { throw ExpressionError(offset: 0, message: .empty) }
        let expression = try state.expression(0)
        guard case .end = state.peek.kind else {
            throw ExpressionError(
                offset: state.peek.offset,
                message: .expectedOperator(found: describe(state.peek)))
        }
        return expression
    }

    static func describe(_ token: Token) -> Phrase.Token {
        switch token.kind {
        case .integer(let n): .text("\(n)")
        case .decimal(let n): .text(Value.format(n))
        case .string(let s): .text(s)
        case .name(let n): .text(n)
        case .symbol(let s): .text(s)
        case .end: .end
        }
    }

    private struct State {
        var tokens: [Token]
        var position = 0
        var depth = 0

        var peek: Token { tokens[position] }

        mutating func advance() -> Token {
            let token = tokens[position]
            if position < tokens.count - 1 { position += 1 }
            return token
        }

        mutating func expect(_ symbol: String) throws(ExpressionError) {
            guard peek.symbol == symbol else {
                throw ExpressionError(offset: peek.offset, message: .expectedSymbol(symbol, found: describe(peek)))
            }
            _ = advance()
        }

        func binaryOperator(_ token: Token) -> BinaryOperator? {
            switch token.kind {
            case .symbol(let s): BinaryOperator(rawValue: s)
            case .name("and"): .and
            case .name("or"): .or
            case .name("in"): .in
            default: nil
            }
        }

        /// The nesting the README counts: each parenthesis, bracket, call, `not` and `-` is one level, and 64 are allowed.
        /// Deeper is a hostile or broken input, not a rule anyone writes, and would run the parser out of stack.
        static let maximumDepth = 64

        mutating func enter(_ token: Token) throws(ExpressionError) {
            depth += 1
            guard depth <= Self.maximumDepth else {
                throw ExpressionError(
                    offset: token.offset,
                    message: .tooDeep(limit: Self.maximumDepth))
            }
        }

        mutating func expression(_ minPrecedence: Int) throws(ExpressionError) -> Expression {
            var left = try unary()
            // `a < b < c` is refused; `(a > 1) == (b > 1)` compares two conditions, its parentheses say so.
            var leftIsComparison = false
            while let op = binaryOperator(peek), op.precedence > minPrecedence {
                let token = advance()
                let right = try expression(op.precedence)
                if op.isComparison, leftIsComparison {
                    throw ExpressionError(offset: token.offset, message: .chainedComparison)
                }
                leftIsComparison = op.isComparison
                left = .binary(op, left, right, offset: left.offset)
            }
            return left
        }

        mutating func unary() throws(ExpressionError) -> Expression {
            let token = peek
            if token.name == "not" {
                try enter(token)
                defer { depth -= 1 }
                _ = advance()
                return .not(try expression(BinaryOperator.and.precedence + 1), offset: token.offset)
            }
            if token.symbol == "-" {
                try enter(token)
                defer { depth -= 1 }
                _ = advance()
                return .negate(try unary(), offset: token.offset)
            }
            return try postfix(primary())
        }

        mutating func postfix(_ base: Expression) throws(ExpressionError) -> Expression {
            var base = base
            while peek.symbol == "." {
                _ = advance()
                guard let field = peek.name else {
                    throw ExpressionError(offset: peek.offset, message: .expectedField)
                }
                _ = advance()
                base = .member(base, field: field, offset: base.offset)
            }
            return base
        }

        mutating func primary() throws(ExpressionError) -> Expression {
            let token = advance()
            switch token.kind {
            case .integer(let n):
                return .literal(.int(n), offset: token.offset)
            case .decimal(let n):
                return .literal(.decimal(n), offset: token.offset)
            case .string(let s):
                return .literal(.string(s), offset: token.offset)
            case .name("true"):
                return .literal(.bool(true), offset: token.offset)
            case .name("false"):
                return .literal(.bool(false), offset: token.offset)
            case .name(let n) where ["and", "or", "in", "where"].contains(n):
                throw ExpressionError(
                    offset: token.offset,
                    message: .expectedValue(found: .text(n)))
            case .name(let n):
                if peek.symbol == "(" { return try call(n, at: token.offset) }
                return .name(n, offset: token.offset)
            case .symbol("("):
                try enter(token)
                defer { depth -= 1 }
                let inner = try expression(0)
                try expect(")")
                return inner
            case .symbol("["):
                try enter(token)
                defer { depth -= 1 }
                var items: [Expression] = []
                if peek.symbol != "]" {
                    repeat {
                        if peek.symbol == "," { _ = advance() }
                        items.append(try expression(0))
                    } while peek.symbol == ","
                }
                try expect("]")
                return .list(items, offset: token.offset)
            default:
                throw ExpressionError(
                    offset: token.offset,
                    message: .expectedValue(found: describe(token)))
            }
        }

        mutating func call(_ function: String, at offset: Int) throws(ExpressionError) -> Expression {
            try enter(peek)
            defer { depth -= 1 }
            try expect("(")
            var arguments: [Expression] = []
            if peek.symbol != ")" {
                repeat {
                    if peek.symbol == "," { _ = advance() }
                    let argument = try expression(0)
                    if peek.name == "where" {
                        guard aggregations.contains(function), arguments.isEmpty else {
                            throw ExpressionError(offset: peek.offset, message: .whereOnlyAggregates)
                        }
                        _ = advance()
                        let filter = try expression(0)
                        try expect(")")
                        return .aggregate(function, source: argument, filter: filter, offset: offset)
                    }
                    arguments.append(argument)
                } while peek.symbol == ","
            }
            try expect(")")
            return .call(function, arguments, offset: offset)
        }
    }
}
