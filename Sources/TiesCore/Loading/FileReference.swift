/// A file named inside another (a portfolio's `rules:`, a proposal's `portfolio:`), and where it is named.
public struct FileReference: Sendable, Hashable {
    public var path: String
    public var location: SourceLocation

    public init(path: String, location: SourceLocation) {
        self.path = path
        self.location = location
    }

    /// The kinds of file a reference may name, and what identifies each.
    public enum Kind: Sendable {
        case ruleSet, portfolio

        /// The key the file's top mapping must have.
        var key: String { self == .ruleSet ? "ruleset" : "municipality" }
    }

    /// The one-line refusal of a file that is not the kind expected: it quotes nothing from that file, which may be any
    /// file on the machine.
    func refusal(_ kind: Kind) -> DiagnosticsError {
        DiagnosticsError([Diagnostic(at: location, .notAFileOfKind(path, kind == .ruleSet ? .ruleSet : .portfolio))])
    }
}
