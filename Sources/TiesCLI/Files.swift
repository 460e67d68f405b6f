import Foundation
import TiesCore

/// Reading inputs and writing outputs: the only file access of the tool.
enum Files {
    /// A file's text; a missing file exits 66, a folder or non-UTF-8 text exits 65.
    static func read(_ path: String) throws -> SourceText {
        let data = try contents(path)
        guard var text = String(data: data, encoding: .utf8) else {
            throw DiagnosticsError([invalidUTF8(data, path)])
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return SourceText(path: path, text: text)
    }

    /// A file's bytes; a missing file exits 66, a folder exits 65.
    static func contents(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure.missing("no such file '\(path)'")
        }
        if isDirectory.boolValue { throw Failure.data("'\(path)' is a folder; expected a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure.missing("cannot read '\(path)'")
        }
        return data
    }

    /// A spreadsheet export's text in UTF-8, UTF-16 or Windows-1252, saying so on standard error when it is not UTF-8.
    static func readSpreadsheet(_ path: String) throws -> SourceText {
        let (text, encoding) = try SpreadsheetText.decode([UInt8](try contents(path)), path: path)
        if encoding == .windows1252 {
            Terminal.standardError("\(path): note: read as Windows-1252 text; «CSV UTF-8» from Excel's Lagre som avoids the guess\n")
        }
        return SourceText(path: path, text: text)
    }

    /// The file name's extension in lower case (`memo.DOCX` → `docx`); nil without one.
    static func extensionOf(_ path: String) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return name[name.index(after: dot)...].lowercased()
    }

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// The file's size in bytes; 0 if it cannot be told (a pipe, a missing file).
    static func size(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Where the first byte that is not UTF-8 stands, for a message the user can act on.
    static func invalidUTF8(_ data: Data, _ path: String) -> Diagnostic {
        let bytes = [UInt8](data)
        let at = SpreadsheetText.invalidUTF8Position(bytes) ?? (offset: bytes.count, line: 1, column: 1)
        let byte = at.offset < bytes.count ? String(bytes[at.offset], radix: 16, uppercase: true) : "?"
        return Diagnostic(
            at: SourceLocation(file: path, line: at.line, column: at.column),
            "not UTF-8 text: byte 0x\(byte) cannot start a character here; save the file as UTF-8")
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The YAML files directly inside a folder, sorted by name so the order never depends on the file system.
    static func yamlFiles(in folder: String) throws -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw Failure.missing("cannot list '\(folder)'")
        }
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { join(folder, $0) }
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// `a/b/../c` → `a/c`, without touching the file system, so messages show the paths users know.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }

    /// An output path must not be an input, a folder, or in a folder that does not exist.
    static func checkWritable(_ path: String, inputs: [String]) throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == target {
            throw Failure.cannotCreate("refusing to write over the input '\(input)'")
        }
        if isDirectory(path) { throw Failure.cannotCreate("'\(path)' is a folder") }
        let folder = directory(of: path)
        guard isDirectory(folder) else { throw Failure.cannotCreate("no such folder '\(folder)'") }
    }

    /// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a reader
    /// never sees half a report; refuses to write over any of the inputs.
    static func writeAtomically(_ bytes: [UInt8], to path: String, inputs: [String]) throws {
        var sink = try Sink(path: path, inputs: inputs)
        sink.buffer += bytes
        try sink.commit()
    }
}
