import Yams

/// A YAML document as our own `Sendable` values, every node with its 1-based line and column.
indirect enum YAMLTree: Sendable {
    case scalar(YAMLScalar)
    case mapping([YAMLPair], YAMLMark)
    case sequence([YAMLTree], YAMLMark)

    var mark: YAMLMark {
        switch self {
        case .scalar(let s): s.mark
        case .mapping(_, let m), .sequence(_, let m): m
        }
    }

    /// Whether this is a mapping with one of `keys`: how a file found or named is recognised as the kind expected.
    func isMapping(withKeyIn keys: Set<String>) -> Bool {
        guard case .mapping(let pairs, _) = self else { return false }
        return pairs.contains { keys.contains($0.key.text) }
    }
}

struct YAMLMark: Sendable, Hashable {
    var line: Int
    var column: Int
}

struct YAMLScalar: Sendable, Hashable {
    enum Style: Sendable, Hashable { case plain, singleQuoted, doubleQuoted, literal, folded }
    var text: String
    var style: Style
    var mark: YAMLMark
    /// An explicit tag the file wrote (`!!str`, `!!int`), by its short name; nil where it wrote none.
    var tag: String? = nil

    /// `~`, `null` or nothing, written plainly: a value that is missing.
    /// A plain null word, unless a tag says it is something else (`!!str ~` is the text «~»).
    var isNull: Bool { style == .plain && (tag == nil || tag == "null") && Self.isNullWord(text) }

    /// Whether a plain scalar written `text` is YAML's null: empty, `~` or null.
    static func isNullWord(_ text: String) -> Bool { ["", "~", "null", "Null", "NULL"].contains(text) }
}

struct YAMLPair: Sendable {
    var key: YAMLScalar
    var value: YAMLTree
}

enum YAMLReader {
    /// More values than any rule set or portfolio file needs: alias bombs ("billion laughs") stop here, not in memory.
    public static let nodeLimit = 1_000_000
    /// Deeper nesting than any rule set needs; the parser would otherwise recurse until the stack runs out.
    public static let depthLimit = 100
    /// Larger YAML files are refused before parsing; bulk portfolios belong in JSON Lines.
    public static let sizeLimit = 16 << 20

    /// Parses `source`; nil for an empty document. Problems come back as located diagnostics.
    static func read(_ source: SourceText) -> Result<YAMLTree?, Diagnostic> {
        if source.text.utf8.count > sizeLimit {
            return .failure(
                Diagnostic(
                    at: SourceLocation(file: source.path, line: 0, column: 0), .fileTooLarge(mebibytes: sizeLimit >> 20)))
        }
        if let key = aliasAsKey(source.text) {
            return .failure(
                Diagnostic(
                    at: SourceLocation(file: source.path, line: key.line, column: key.column),
                    .aliasAsKey))
        }
        if let deep = tooDeep(source.text) {
            return .failure(
                Diagnostic(
                    at: SourceLocation(file: source.path, line: deep.line, column: deep.column),
                    .nestedTooDeep(depthLimit)))
        }
        let node: Node?
        do {
            // No tag resolution: values are read by the schema, and Yams' default resolver runs a regular
            // expression over every plain scalar (a third of the start-up time of a review).
            node = try Yams.compose(yaml: source.text, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(diagnostic(error, source))
        } catch {
            return .failure(Diagnostic(at: SourceLocation(file: source.path, line: 1, column: 1), .cannotReadYAML("\(error)")))
        }
        guard let node else { return .success(nil) }
        var budget = nodeLimit
        do {
            return .success(try convert(node, budget: &budget))
        } catch let error as Diagnostic {
            var d = error
            d.location.file = source.path
            return .failure(d)
        } catch {
            return .failure(Diagnostic(at: SourceLocation(file: source.path, line: 1, column: 1), .cannotReadYAML("\(error)")))
        }
    }

    /// The root of a file another file names: a mapping with `kind`'s key, or the one-line refusal that quotes nothing
    /// of it. A file that is not what it should be may be any file on the machine.
    static func referencedDocument(
        _ source: SourceText, _ reader: inout DocumentReader, expected: Phrase.Contents, reference: FileReference?, kind: FileReference.Kind
    ) throws(DiagnosticsError) -> YAMLTree {
        guard let reference else { return try document(source, &reader, expected: expected) }
        guard case .success(let tree?) = read(source), tree.isMapping(withKeyIn: [kind.key]) else { throw reference.refusal(kind) }
        return tree
    }

    /// The document's root, or every problem with it: a YAML error, or nothing there (`expected` says what should be).
    /// `recognisedBy`, for a file the tool found by itself, are the keys one of whose lines it must hold for its lines
    /// to be shown where it does not parse.
    static func document(
        _ source: SourceText, _ reader: inout DocumentReader, expected: Phrase.Contents, recognisedBy keys: Set<String>? = nil
    ) throws(DiagnosticsError) -> YAMLTree {
        switch read(source) {
        case .failure(let d):
            reader.absorb(d, quoting: keys.map { $0.contains { source.hasKeyLine($0) } } ?? true)
            throw DiagnosticsError(reader.diagnostics)
        case .success(nil):
            throw DiagnosticsError([
                Diagnostic(at: SourceLocation(file: source.path, line: 1, column: 1), .emptyFile(expected: expected))
            ])
        case .success(let t?):
            return t
        }
    }

    /// Where an alias (`*name`) stands as a mapping key. No ties file needs one, and Yams hashes every key
    /// while composing, so an alias to a nested-alias bomb as a key would take exponential time before any
    /// limit of ours could act (found by the portfolio fuzzer).
    static func aliasAsKey(_ text: String) -> YAMLMark? {
        // No asterisk, no alias: most files are passed over without a look at their characters.
        guard text.utf8.contains(UInt8(ascii: "*")) else { return nil }
        let chars = Array(text.unicodeScalars)
        var line = 1, column = 0
        var quote: Unicode.Scalar? = nil
        var previous: Unicode.Scalar = "\n"
        var lastToken: Unicode.Scalar = "\n"
        var i = 0
        while i < chars.count {
            let c = chars[i]
            column += 1
            if c == "\n" { line += 1; column = 0; quote = nil; previous = c; lastToken = c; i += 1; continue }
            if let q = quote {
                if c == q { quote = nil }
                previous = c
                i += 1
                continue
            }
            if c == "#", previous == " " || previous == "\t" || previous == "\n" {
                while i < chars.count, chars[i] != "\n" { i += 1 }
                continue
            }
            if c == "'" || c == "\"" { quote = c }
            if c == "*", " \t\n[{,?".unicodeScalars.contains(previous) {
                let start = (line, column)
                var j = i + 1
                while j < chars.count, !" \t\n,[]{}:".unicodeScalars.contains(chars[j]) { j += 1 }
                var k = j
                while k < chars.count, chars[k] == " " || chars[k] == "\t" { k += 1 }
                if lastToken == "?" || (k < chars.count && chars[k] == ":") { return YAMLMark(line: start.0, column: start.1) }
                column += j - i - 1
                i = j
                previous = chars[j - 1]
                lastToken = "*"
                continue
            }
            if c != " ", c != "\t" { lastToken = c }
            previous = c
            i += 1
        }
        return nil
    }

    /// Where nesting first goes past the limit, counting flow brackets and block indentation (a cheap, early guard).
    static func tooDeep(_ text: String) -> YAMLMark? {
        // Over the bytes: every character that matters here is ASCII, and a column counts characters, so a UTF-8
        // continuation byte does not move it.
        var line = 1, column = 0
        var flow = 0
        var indents: [Int] = []
        var atLineStart = true
        var indent = 0
        var quote: UInt8? = nil
        for c in text.utf8 {
            if c & 0xC0 == 0x80 { continue }
            column += 1
            if c == 0x0A {
                line += 1
                column = 0
                atLineStart = true
                indent = 0
                if flow == 0 { quote = nil }
                continue
            }
            if atLineStart {
                if c == 0x20 || c == UInt8(ascii: "-") {
                    indent += 1
                    continue
                }
                atLineStart = false
                if c != UInt8(ascii: "#") && flow == 0 {
                    while let last = indents.last, last >= indent { indents.removeLast() }
                    indents.append(indent)
                }
            }
            if let q = quote {
                if c == q { quote = nil }
                continue
            }
            switch c {
            case UInt8(ascii: "'"), UInt8(ascii: "\""): quote = c
            case UInt8(ascii: "#") where flow == 0: atLineStart = false
            case UInt8(ascii: "["), UInt8(ascii: "{"): flow += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"): flow = max(flow - 1, 0)
            default: break
            }
            if flow + indents.count > depthLimit { return YAMLMark(line: line, column: column) }
        }
        return nil
    }

    private static func mark(_ m: Mark?) -> YAMLMark { YAMLMark(line: m?.line ?? 1, column: m?.column ?? 1) }

    private static func convert(_ node: Node, budget: inout Int) throws -> YAMLTree {
        budget -= 1
        guard budget > 0 else {
            throw Diagnostic(
                at: SourceLocation(file: "", line: node.mark?.line ?? 1, column: node.mark?.column ?? 1),
                .documentTooLarge(nodeLimit))
        }
        switch node {
        case .scalar(let s):
            return .scalar(scalar(s))
        case .mapping(let m):
            try collection(m.tag, kind: "map", at: m.mark)
            var pairs: [YAMLPair] = []
            for (key, value) in m {
                guard case .scalar(let k) = key else {
                    throw Diagnostic(
                        at: SourceLocation(file: "", line: key.mark?.line ?? 1, column: key.mark?.column ?? 1),
                        .plainKeyExpected)
                }
                pairs.append(YAMLPair(key: scalar(k), value: try convert(value, budget: &budget)))
            }
            return .mapping(pairs, mark(m.mark))
        case .sequence(let s):
            try collection(s.tag, kind: "seq", at: s.mark)
            return .sequence(try s.map { try convert($0, budget: &budget) }, mark(s.mark))
        case .alias(let a):
            throw Diagnostic(
                at: SourceLocation(file: "", line: a.mark?.line ?? 1, column: a.mark?.column ?? 1),
                .unresolvedAlias)
        }
    }

    /// A list or mapping given an explicit tag of another kind (`!!str [a]`, `!!null []`) contradicts itself: an error,
    /// not a value read one way or the other.
    private static func collection(_ tag: Tag, kind: String, at m: Mark?) throws(Diagnostic) {
        let name = tag.rawValue
        guard !name.isEmpty, name != "?", name != "!", name != "tag:yaml.org,2002:" + kind,
            !(kind == "map" && ["tag:yaml.org,2002:omap", "tag:yaml.org,2002:set"].contains(name))
        else { return }
        let shown = name.hasPrefix("tag:yaml.org,2002:") ? "!!" + name.dropFirst(18) : name
        throw Diagnostic(
            at: SourceLocation(file: "", line: m?.line ?? 1, column: m?.column ?? 1), .tagOnCollection(String(shown), list: kind == "seq"))
    }

    private static func scalar(_ s: Node.Scalar) -> YAMLScalar {
        let style: YAMLScalar.Style
        switch s.style {
        case .singleQuoted: style = .singleQuoted
        case .doubleQuoted: style = .doubleQuoted
        case .literal: style = .literal
        case .folded: style = .folded
        default: style = .plain
        }
        let name = s.tag.rawValue
        var tag = name.isEmpty ? nil : name.hasPrefix("tag:yaml.org,2002:") ? String(name.dropFirst(18)) : name
        // A quoted scalar is text whether or not it says so: its quotes are what the readers look at.
        if style != .plain, tag == "str" { tag = nil }
        return YAMLScalar(text: s.string, style: style, mark: mark(s.mark), tag: tag)
    }

    private static func diagnostic(_ error: YamlError, _ source: SourceText) -> Diagnostic {
        func at(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) -> Diagnostic {
            var d = Diagnostic(
                at: SourceLocation(file: source.path, line: mark.line, column: mark.column),
                .invalidYAML(problem, context: context?.text, line: context?.mark.line))
            d.hint = hint(problem, at: mark)
            return d
        }
        // The two mistakes a newcomer meets first: a tab in the indentation, and a colon in a text left unquoted.
        func hint(_ problem: String, at mark: Mark) -> Phrase.Message? {
            let lines = YAMLText.lines(source.text)
            let near = [mark.line - 1, mark.line - 2].filter { lines.indices.contains($0) }.map { lines[$0] }
            if near.contains(where: { $0.prefix { $0 == " " || $0 == "\t" }.contains("\t") }) { return .tabIndentation }
            // A second colon on a line that already has its key («title: Kriterier: for nettverk»); a lone key indented
            // wrongly is not this mistake.
            if problem.contains("mapping values are not allowed"), lines.indices.contains(mark.line - 1),
                lines[mark.line - 1].prefix(max(mark.column - 1, 0)).contains(":")
            {
                return .colonInText
            }
            return nil
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return at(mark, problem, context)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                at: SourceLocation(file: source.path, line: context.mark.line, column: context.mark.column), .duplicateKeys(duplicates))
        case .reader(let problem, let offset, _, _):
            let place =
                offset.map { location(ofUTF8Offset: $0, in: source) }
                ?? SourceLocation(file: source.path, line: 1, column: 1)
            return Diagnostic(at: place, .invalidText(problem))
        default:
            return Diagnostic(at: SourceLocation(file: source.path, line: 1, column: 1), .cannotReadYAML("\(error)"))
        }
    }

    private static func location(ofUTF8Offset offset: Int, in source: SourceText) -> SourceLocation {
        var line = 1, column = 1, seen = 0
        for c in source.text.unicodeScalars {
            if seen >= offset { break }
            seen += String(c).utf8.count
            if c == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(file: source.path, line: line, column: column)
    }
}

/// Text written into YAML the tool makes (`ties init`, `ties test --record`): in double quotes, escaped so that any
/// text reads back as it was, newlines and control characters included.
public enum YAMLText {
    /// The lines of a YAML text as the YAML reader counts them: broken at LF, CR, CR LF, NEL, LS and PS.
    public static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            if afterCR, scalar == "\n" {
                afterCR = false
                continue
            }
            afterCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        lines.append(String(current))
        return lines
    }

    /// What a YAML reader refuses raw, or reads as a line break: controls, separators, a byte order mark, noncharacters.
    static func hides(_ s: Unicode.Scalar) -> Bool {
        QuotedText.isControlOrBreak(s) || s == "\u{FEFF}" || s.properties.isNoncharacterCodePoint
    }

    /// Text with none of what `hides` picks: what a title or a quote may hold.
    public static func isPlain(_ text: String) -> Bool { !text.unicodeScalars.contains(where: hides) }

    /// A text for a comment line: what `hides` picks as spaces (line breaks among them), so the comment stays one line.
    public static func comment(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { hides($0) ? " " : $0 }))
    }

    /// `text` in double quotes, escaped so that it reads back as it was.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        QuotedText.escape(text, into: &out, hiding: hides)
        return out + "\""
    }
}
