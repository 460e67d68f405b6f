/// A place in a rule file or record file: 1-based line and column, columns counted in characters.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// The worksheet of a workbook, where the line is its row and the column its column: `file:Sheet!C7`.
    public var sheet: String?

    public init(file: String, line: Int, column: Int, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// `file:line:column`, the form compilers and editors understand; `file:Ark1!C7` in a workbook, as Excel
    /// names a cell; just `file` where there is no position (line 0).
    public var description: String {
        if line == 0 { return file }
        if let sheet { return "\(file):\(sheet)!\(Self.columnLetters(column))\(line)" }
        return "\(file):\(line):\(column)"
    }

    /// A spreadsheet column's letters: 1 is A, 27 is AA.
    public static func columnLetters(_ column: Int) -> String {
        var n = max(column, 1)
        var letters = ""
        while n > 0 {
            let digit = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            n = (n - 1) / 26
        }
        return letters
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.sheet ?? "", lhs.line, lhs.column) < (rhs.file, rhs.sheet ?? "", rhs.line, rhs.column)
    }
}

/// One problem found in an input, located and worded like a compiler message.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    /// Whether the input is unusable or merely suspicious.
    public enum Severity: String, Sendable, Hashable, Codable { case error, warning, note }

    public var severity: Severity
    public var location: SourceLocation
    /// What is wrong, in words any of the three languages can say.
    public var message: Phrase.Problem
    /// The text of the offending line, kept so the message can show it with a caret.
    public var sourceLine: String?
    /// Plain advice for a mistake a newcomer makes, said in the reader's language under the message.
    public var hint: Phrase.Message?

    public init(_ severity: Severity = .error, at location: SourceLocation, _ message: Phrase.Problem, sourceLine: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.sourceLine = sourceLine
    }

    /// A lint finding at its place.
    public init(_ severity: Severity = .warning, at location: SourceLocation, _ finding: Phrase.Finding) {
        self.init(severity, at: location, .finding(finding))
    }

    /// One line in the reader's language: `file:line:column: error: message`. The severity stays as compilers write it.
    public func line(_ book: Phrasebook) -> String { "\(location): \(severity.rawValue): \(book(message))" }

    /// The message in the reader's language.
    public func text(_ book: Phrasebook) -> String { book(message) }

    /// One line in English, for logs and for tests that pin wording.
    public var description: String { line(Phrasebook(.en)) }
}

/// All the problems of one or more inputs, thrown together so a user fixes them in one pass.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    /// The first language of the rule set the input was read against, where one was loaded: the messages are said in
    /// it unless the reader asked for another.
    public var language: Language?

    public init(_ diagnostics: [Diagnostic], language: Language? = nil) {
        self.diagnostics = diagnostics
        self.language = language
    }

    /// Runs `read`, which reads an input against `ruleSet`; its problems are said in the rule set's language.
    public static func speaking<T>(_ ruleSet: RuleSet, _ read: () throws -> T) throws -> T {
        do {
            return try read()
        } catch var error as DiagnosticsError {
            error.language = error.language ?? ruleSet.languages.first
            throw error
        }
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }

    /// Every message in the reader's language, one a line.
    public func lines(_ book: Phrasebook) -> String { diagnostics.map { $0.line(book) }.joined(separator: "\n") }
}
