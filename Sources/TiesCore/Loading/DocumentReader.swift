/// Reads values out of one YAML document, collecting every problem with its location.
struct DocumentReader {
    let source: SourceText
    /// The source split into lines, once, when a location first needs them.
    private let lineCache = LineCache()
    private(set) var diagnostics: [Diagnostic] = []
    /// The worksheet being read, when the document is a sheet of a workbook.
    var sheet: String?

    init(_ source: SourceText, sheet: String? = nil) {
        self.source = source
        self.sheet = sheet
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func location(_ mark: YAMLMark) -> SourceLocation {
        SourceLocation(file: source.path, line: mark.line, column: mark.column, sheet: sheet)
    }

    /// Line `line` of the source. The lines are found the first time a location needs them, not for every file read.
    func sourceLine(_ line: Int) -> String? {
        let lines = self.lines
        guard line >= 1, line <= lines.count else { return nil }
        var text = String(lines[line - 1])
        if text.hasSuffix("\r") { text.removeLast() }
        return text
    }

    var lines: [Substring] {
        if let lines = lineCache.lines { return lines }
        // Split on every line break libyaml counts, "\r\n" (one Character in Swift) included.
        let lines = source.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        lineCache.lines = lines
        return lines
    }

    mutating func report(_ location: SourceLocation, _ message: Phrase.Problem, _ severity: Diagnostic.Severity = .error) {
        let line = location.file == source.path && location.sheet == nil ? sourceLine(location.line) : nil
        diagnostics.append(Diagnostic(severity, at: location, message, sourceLine: line))
    }

    mutating func error(_ mark: YAMLMark, _ message: Phrase.Problem) { report(location(mark), message) }

    /// Takes a reader's diagnostic, with its line shown unless `quoting` is false (a file not recognised as the kind
    /// expected, which may be any file on the machine).
    mutating func absorb(_ diagnostic: Diagnostic, quoting: Bool = true) {
        var d = diagnostic
        if !quoting {
            d.sourceLine = nil
        } else if d.sourceLine == nil, d.location.file == source.path {
            d.sourceLine = sourceLine(d.location.line)
        }
        diagnostics.append(d)
    }

    static func describe(_ tree: YAMLTree) -> Phrase.Found {
        switch tree {
        case .mapping: .mapping
        case .sequence: .list
        case .scalar(let s) where s.isNull: .nothing
        case .scalar(let s): .text(s.text)
        }
    }

    /// A mapping's entries by key; unknown keys are errors with a suggestion, missing required keys too.
    mutating func fields(_ tree: YAMLTree, _ what: Phrase.Subject, allowed: [String], required: [String] = []) -> Fields? {
        guard case .mapping(let pairs, let mark) = tree else {
            error(tree.mark, .expected(what, .mapping(keys: allowed, required: required), found: Self.describe(tree)))
            return nil
        }
        var byKey: [String: YAMLPair] = [:]
        for pair in pairs {
            let key = pair.key.text
            if allowed.contains(key) {
                byKey[key] = pair
            } else {
                error(pair.key.mark, .unknownKey(key, in: what, Suggestion.choices(key, in: allowed, listing: .keys)))
            }
        }
        for key in required where byKey[key] == nil {
            error(mark, .missingKey(what, key))
        }
        return Fields(pairs: byKey, order: pairs.map(\.key.text).filter(allowed.contains), mark: mark)
    }

    /// One value; `shape` says what kind (`a whole number`), for the message where something else stands there.
    mutating func scalar(_ tree: YAMLTree, _ what: Phrase.Subject, as shape: Phrase.Shape = .text) -> YAMLScalar? {
        guard case .scalar(let s) = tree, !s.isNull else {
            error(tree.mark, .expected(what, shape, found: Self.describe(tree)))
            return nil
        }
        // An explicit tag says what the value is; one that contradicts what is read here is an error, not ignored.
        if let tag = s.tag {
            let fits: Bool =
                switch shape {
                case .wholeNumber, .year, .zeroOrMore, .wholeYears: tag == "int"
                case .number, .amount: tag == "int" || tag == "float"
                case .trueOrFalse: tag == "bool"
                case .text, .plainName, .id, .countryCode: tag == "str"
                default: true
                }
            if !fits {
                error(s.mark, .expected(what, shape, found: .text((tag.hasPrefix("!") ? tag : "!!" + tag) + " " + s.text)))
                return nil
            }
        }
        return s
    }

    mutating func string(_ tree: YAMLTree?, _ what: Phrase.Subject) -> String? {
        guard let tree else { return nil }
        return scalar(tree, what)?.text
    }

    mutating func int(_ tree: YAMLTree?, _ what: Phrase.Subject) -> Int? {
        guard let tree, let s = scalar(tree, what, as: .wholeNumber) else { return nil }
        // Underscores group digits (100_000); the replacement is costly, so only where there is one.
        let digits = s.text.contains("_") ? s.text.replacing("_", with: "") : s.text
        if s.style != .plain, Int(digits) != nil {
            error(s.mark, .expectedUnquoted(what, .wholeNumber, text: s.text))
            return nil
        }
        guard s.style == .plain, let i = Int(digits) else {
            let tooLarge = s.style == .plain && !digits.isEmpty && digits.drop { $0 == "-" || $0 == "+" }.allSatisfy(\.isNumber)
            error(s.mark, tooLarge ? .numberTooLarge(what, s.text) : .expected(what, .wholeNumber, found: .text(s.text)))
            return nil
        }
        return i
    }

    mutating func number(_ tree: YAMLTree?, _ what: Phrase.Subject) -> Double? {
        guard let tree, let s = scalar(tree, what, as: .number) else { return nil }
        let text = s.text.contains("_") ? s.text.replacing("_", with: "") : s.text
        if s.style != .plain, let d = Double(text), d.isFinite {
            error(s.mark, .expectedUnquoted(what, .number, text: s.text))
            return nil
        }
        guard s.style == .plain, let d = Double(text), d.isFinite, !text.lowercased().contains("n") else {
            error(s.mark, .expected(what, .number, found: .text(s.text)))
            return nil
        }
        return d
    }

    mutating func bool(_ tree: YAMLTree?, _ what: Phrase.Subject) -> Bool? {
        guard let tree, let s = scalar(tree, what, as: .trueOrFalse) else { return nil }
        switch s.style == .plain ? s.text : "" {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            error(s.mark, .expected(what, .trueOrFalse, found: .text(s.text)))
            return nil
        }
    }

    /// A date written `YYYY-MM-DD`.
    mutating func date(_ tree: YAMLTree?, _ what: Phrase.Subject) -> ReviewDate? {
        guard let tree, let s = scalar(tree, what, as: .date) else { return nil }
        guard let date = ReviewDate(s.text) else {
            // A month alone, as many municipal pages give an adoption: said so, with what to do.
            if ReviewDate(s.text + "-01") != nil {
                error(s.mark, .dateWithoutDay(what, s.text))
                return nil
            }
            error(s.mark, .expected(what, .date, found: .text(s.text)))
            return nil
        }
        return date
    }

    static func isDate(_ text: String) -> Bool { ReviewDate(text) != nil }

    /// A list of plain names; a single name is read as a list of one.
    mutating func strings(_ tree: YAMLTree?, _ what: Phrase.Subject) -> [(String, YAMLMark)]? {
        guard let tree else { return nil }
        switch tree {
        case .sequence(let items, _):
            var names: [(String, YAMLMark)] = []
            for item in items {
                guard let s = scalar(item, .nameIn(what), as: .plainName) else { continue }
                names.append((s.text, s.mark))
            }
            return names
        case .scalar(let s) where !s.isNull:
            return [(s.text, s.mark)]
        default:
            error(tree.mark, .expected(what, .list, found: Self.describe(tree)))
            return nil
        }
    }

    /// A text the user writes (a proposal's, a portfolio's title): plain (Norwegian, shown as it is in bokmål and
    /// nynorsk), or `{nb: …, nn: …, en: …}` with at least one Norwegian text.
    mutating func ownText(_ tree: YAMLTree?, _ what: Phrase.Subject) -> LocalizedText? {
        guard let tree else { return nil }
        switch tree {
        case .scalar(let s) where s.isNull: return nil
        case .mapping(_, let mark):
            let codes = Language.allCases.map(\.code)
            guard let f = fields(tree, what, allowed: codes, required: []) else { return nil }
            var texts: [String: String] = [:]
            for language in codes {
                if let t = f[language], let s = string(t, .inLanguage(what, language)) { texts[language] = s }
            }
            guard texts["nb"] != nil || texts["nn"] != nil else {
                error(mark, .needsNorwegianText(what))
                return nil
            }
            return LocalizedText(texts)
        default:
            return string(tree, what).map { LocalizedText(["nb": $0, "nn": $0]) }
        }
    }

    /// Text per language, e.g. `{nb: "...", en: "..."}`; each declared language must be there.
    mutating func localized(_ tree: YAMLTree?, _ what: Phrase.Subject, languages: [String]) -> LocalizedText? {
        guard let tree else { return nil }
        if case .scalar(let s) = tree, !s.isNull, languages.count == 1 {
            return LocalizedText([languages[0]: s.text])
        }
        // A text in a language the rule set no longer declares is left, not refused: taking a language out is one edit.
        let others = Language.allCases.map(\.code).filter { !languages.contains($0) }
        guard let f = fields(tree, what, allowed: languages + others, required: languages) else { return nil }
        for code in others { if let t = f[code] { report(location(t.mark), .undeclaredLanguage(code, declared: languages), .warning) } }
        var texts: [String: String] = [:]
        for language in languages {
            if let t = f[language], let text = string(t, .inLanguage(what, language)) { texts[language] = text }
        }
        return texts.count == languages.count ? LocalizedText(texts) : nil
    }

    /// The location in the file of a character offset inside a scalar's value.
    func locate(_ scalar: YAMLScalar, offset: Int) -> SourceLocation {
        var line = scalar.mark.line
        var column = scalar.mark.column
        // A scalar on one line that stands in the source as it reads (plain, or single-quoted without a quote in it):
        // no need to walk the source. A double-quoted one may hold escapes (\u00e5 for å), so it is walked.
        // The start of a quoted scalar (where a citation's quote begins) is just after its opening quote.
        if offset == 0, scalar.style == .singleQuoted || scalar.style == .doubleQuoted, let first = scalar.text.first,
            !first.isWhitespace
        {
            return SourceLocation(file: source.path, line: line, column: column + 1)
        }
        if offset <= scalar.text.count, !scalar.text.contains(where: \.isNewline) {
            switch scalar.style {
            case .plain: return SourceLocation(file: source.path, line: line, column: column + offset)
            case .singleQuoted where !scalar.text.contains("'"):
                return SourceLocation(file: source.path, line: line, column: column + 1 + offset)
            default: break
            }
        }
        switch scalar.style {
        case .singleQuoted, .doubleQuoted: column += 1
        case .literal, .folded:
            line += 1
            column = (sourceLine(line)?.prefix { $0 == " " }.count ?? 0) + 1
        case .plain: break
        }
        let value = Array(scalar.text)
        var index = 0
        // Walk the source and the value together; whitespace may differ where the scalar was folded.
        while line <= lines.count {
            let text = Array(sourceLine(line) ?? "")
            while index < value.count, value[index].isWhitespace { index += 1 }
            while column - 1 < text.count, text[column - 1].isWhitespace { column += 1 }
            if column - 1 >= text.count {
                line += 1
                column = 1
                continue
            }
            if index >= offset || index >= value.count { break }
            index += 1
            column += 1
        }
        return SourceLocation(file: source.path, line: min(line, max(lines.count, 1)), column: column)
    }

    /// Parses and compiles an expression against `scope`; errors point at the offending token.
    mutating func condition(_ tree: YAMLTree?, _ what: Phrase.Subject, scope: Scope, expecting type: ValueType? = .bool) -> Condition? {
        guard let tree else { return nil }
        let s: YAMLScalar
        switch tree {
        case .scalar(let scalar) where !scalar.isNull:
            s = scalar
        default:
            error(tree.mark, .expected(what, .expression, found: Self.describe(tree)))
            return nil
        }
        // A plain `true` or a number is a scalar YAML already typed; it is still a valid expression.
        let compiled: Condition.Compiled
        switch Condition.compiled(s.text, scope: scope) {
        case .success(let c):
            compiled = c
        case .failure(.syntax(let error)):
            report(locate(s, offset: error.offset), .inExpression(what, error.message))
            return nil
        case .failure(.types(let errors)):
            for e in errors { report(locate(s, offset: e.offset), .expression(e.message)) }
            return nil
        }
        let syntax = compiled.syntax
        if let type, compiled.type != type, !(type.isNumeric && compiled.type.isNumeric) {
            report(location(s.mark), .mustBe(what, type == .bool ? .condition : .typeName(type.description), found: "\(compiled.type)"))
            return nil
        }
        var names: [String: SourceLocation] = [:]
        syntax.visitNames { name, offset in if names[name] == nil { names[name] = locate(s, offset: offset) } }
        return Condition(
            text: s.text, location: locate(s, offset: 0), syntax: syntax, type: compiled.type,
            program: compiled.program, layout: compiled.layout, nameLocations: names)
    }
}

/// Holds a document's lines once they are split: a reader is copied, its lines are not split again.
final class LineCache {
    var lines: [Substring]?
}

/// The entries of one mapping, by key, in the order written.
struct Fields {
    var pairs: [String: YAMLPair]
    var order: [String]
    var mark: YAMLMark

    subscript(key: String) -> YAMLTree? { pairs[key]?.value }
    func keyMark(_ key: String) -> YAMLMark { pairs[key]?.key.mark ?? mark }
}

extension Diagnostic {
    /// Messages made after reading (dates, duplicates) get the line they point at, like every other message.
    static func withSourceLines(_ diagnostics: [Diagnostic], _ sources: [SourceText]) -> [Diagnostic] {
        let readers = Dictionary(sources.map { ($0.path, DocumentReader($0)) }, uniquingKeysWith: { a, _ in a })
        return diagnostics.map { d in
            var d = d
            if d.sourceLine == nil, let reader = readers[d.location.file] { d.sourceLine = reader.sourceLine(d.location.line) }
            return d
        }
    }

}
