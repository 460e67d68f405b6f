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
}
