/// How the pipeline reads what a user names: the command line's file system, or files held in memory by a test.
public protocol InputFiles: Sendable {
    /// A text file in UTF-8, a byte-order mark dropped.
    func read(_ path: String) throws -> SourceText
    /// A spreadsheet export's text, in whichever encoding Excel saved it.
    func readSpreadsheet(_ path: String) throws -> SourceText
    /// The sheets of an Excel workbook.
    func workbook(_ path: String) throws -> [Sheet]
    func isDirectory(_ path: String) -> Bool
    func exists(_ path: String) -> Bool
    /// The YAML files directly inside a folder, sorted by name so the order never depends on the file system.
    func yamlFiles(in folder: String) throws -> [String]
    /// The folders directly inside a folder, sorted by name; none if it cannot be listed.
    func folders(in folder: String) -> [String]
    /// The portfolio a team's workspace file (`ties.sqlite`) holds, as the texts of a portfolio folder.
    func storedPortfolio(_ path: String) throws -> StoredPortfolio
}

extension InputFiles {
    /// Where no workspace can be read, a `.sqlite` file is not a portfolio.
    public func storedPortfolio(_ path: String) throws -> StoredPortfolio {
        throw InputError(.data, .stored(.notAWorkspace(path)))
    }
}

/// The portfolio a workspace holds, as the texts of a portfolio folder: what `ties review ties.sqlite` reads.
public struct StoredPortfolio: Sendable {
    /// `portfolio.yaml`'s text.
    public var header: SourceText
    /// One record file's text per tie, in the order the ties were brought in.
    public var records: [SourceText]
    /// The rule set as the portfolio names it, relative to the workspace's folder.
    public var rules: String
    /// Each tie's version, by id: a save names the version it was made from.
    public var versions: [String: Int]

    public init(header: SourceText, records: [SourceText], rules: String, versions: [String: Int]) {
        (self.header, self.records, self.rules, self.versions) = (header, records, rules, versions)
    }
}

/// Why an input cannot be used: the command line turns the kind into its exit status.
public struct InputError: Error, Sendable {
    public enum Kind: Sendable {
        /// The input's contents are wrong (exit 65).
        case data
        /// The input is not there or cannot be opened (exit 66).
        case missing
        /// The options asked for something that cannot be done (exit 64).
        case usage
    }

    public var kind: Kind
    public var message: Phrase.Problem

    public init(_ kind: Kind, _ message: Phrase.Problem) {
        self.kind = kind
        self.message = message
    }
}

/// Paths as users write them, handled as text: no file system here.
public enum Paths {
    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// `a/b/../c` → `a/c`, without touching the file system, so messages show the paths users know.
    public static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// The file's name without its folders: `strategi/stavanger.txt` → `stavanger.txt`.
    public static func fileName(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed.split(separator: "/", omittingEmptySubsequences: true).last ?? trimmed)
    }

    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }

    /// The file name's extension in lower case (`memo.DOCX` → `docx`); nil without one.
    public static func extensionOf(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return name[name.index(after: dot)...].lowercased()
    }

    /// How `path` is reached from `folder`, both absolute: `/a/Rules/x.yaml` from `/a/work` is `../Rules/x.yaml`.
    public static func relative(_ path: String, from folder: String) -> String {
        let to = normalize(path).split(separator: "/")
        let from = normalize(folder).split(separator: "/")
        var common = 0
        while common < min(to.count, from.count), to[common] == from[common] { common += 1 }
        let parts = Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// A path relative to `folder` unless it is absolute, normalised.
    public static func resolve(_ path: String, from folder: String) -> String {
        normalize(path.hasPrefix("/") ? path : join(folder, path))
    }
}
