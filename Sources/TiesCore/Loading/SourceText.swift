/// The text of one input file and the name to report it by; reading it is the caller's business.
public struct SourceText: Sendable, Hashable {
    public var path: String
    public var text: String

    /// The start of the file, for messages about the file as a whole.
    public var location: SourceLocation { SourceLocation(file: path, line: 1, column: 1) }

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Whether a line of the text begins with `key:` (after spaces where `indented`): how a file the tool found by
    /// itself is recognised as the kind expected before its lines may be shown, even where it does not parse.
    public func hasKeyLine(_ key: String, indented: Bool = false) -> Bool {
        text.split(whereSeparator: \.isNewline).contains { line in
            let rest = indented ? line.drop { $0 == " " } : line[...]
            return rest.hasPrefix(key + ":") || rest.hasPrefix("\"" + key + "\":")
        }
    }
}
