import Crypto
import Foundation
import Synchronization
import TiesCore
import TiesWorkbooks
import TiesWorkspace

/// A file as the system knows it, whatever names lead to it (links, `..`, a bind mount): its device and inode.
struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64

    /// The identity of the file `path` leads to, links followed; nil where nothing is there.
    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        (device, inode) = (UInt64(info.st_dev), UInt64(info.st_ino))
    }
}

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
        // Every file read, named or found, is one no output of this run may replace.
        if let identity = FileIdentity(path) {
            inputs.withLock { if !$0[identity, default: []].contains(path) { $0[identity, default: []].append(path) } }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(.missing, .noSuchFile(path))
        }
        if isDirectory.boolValue { throw InputError(.data, .isAFolder(path)) }
        try checkRegular(path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(.missing, .cannotRead(path))
        }
        return data
    }

    /// A spreadsheet export's text in UTF-8, UTF-16 or Windows-1252, saying so on standard error when it is not UTF-8.
    static func readSpreadsheet(_ path: String) throws -> SourceText {
        if size(path) > SpreadsheetText.sizeLimit {
            throw InputError(.data, .inputTooLarge(path, mebibytes: SpreadsheetText.sizeLimit >> 20))
        }
        let (text, encoding) = try SpreadsheetText.decode([UInt8](try contents(path)), path: path)
        if encoding == .windows1252 {
            Terminal.standardError("\(path): note: " + Terminal.book(.readAsWindows1252) + "\n")
        }
        return SourceText(path: path, text: text)
    }

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// The path from the root, the working folder before a relative one, normalised (links left as they are).
    static func absolute(_ path: String) -> String {
        Paths.normalize(path.hasPrefix("/") ? path : Paths.join(FileManager.default.currentDirectoryPath, path))
    }

    /// Whether anything stands at `path`, a link that leads nowhere included.
    static func occupied(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

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
            .notUTF8(byte: byte))
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The YAML files directly inside a folder, sorted by name so the order never depends on the file system.
    static func yamlFiles(in folder: String) throws -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw InputError(.missing, .cannotList(folder))
        }
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { Paths.join(folder, $0) }
    }

    /// The files this run has read, by identity, with every name each was read by.
    static let inputs = Mutex<[FileIdentity: [String]]>([:])

    /// An output path must not be an input, a folder, a read-only file, or in a folder that does not exist. An input is
    /// told by its identity, so no name (a link, `..` after a link, a bind mount) leads the write onto it.
    /// `replacing` is the one input the command means to write anew (`test --record`'s expected results).
    static func checkWritable(_ path: String, inputs named: [String], replacing: String? = nil) throws {
        // An empty name (an unset variable in a script) would be read as the working folder's own name.
        guard !path.isEmpty else { throw CommandError.usage(.emptyOutputName) }
        if let target = FileIdentity(path) {
            // The file meant to be replaced may be written only where it was read by no other name: another sample's
            // expected results behind a link are another input.
            let isReplaced = target == replacing.flatMap(FileIdentity.init)
            var link = stat()
            if isReplaced, lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK {
                throw CommandError.cannotCreate(.replacedThroughLink(path))
            }
            let read = inputs.withLock { $0[target] ?? [] }.filter { !isReplaced || $0 != replacing }
            let input = read.first ?? (isReplaced ? nil : named.first { FileIdentity($0) == target })
            if let input { throw CommandError.cannotCreate(.refusingToOverwrite(input)) }
        }
        if isDirectory(path) { throw CommandError.cannotCreate(.outputIsFolder(path)) }
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_mode & 0o222 == 0 {
            throw CommandError.cannotCreate(.readOnlyOutput(path))
        }
        let folder = Paths.directory(of: path)
        guard isDirectory(folder) else { throw CommandError.cannotCreate(.noSuchFolder(folder)) }
    }

    /// Inputs are regular files: reading a pipe or a device could wait for ever, or never end.
    static func checkRegular(_ path: String) throws {
        if let kind = nonRegularKind(path) { throw InputError(.missing, .specialFile(path, kind)) }
    }

    /// What `path` is when it exists and is not a regular file ("a device", "a pipe"): written to as a stream, never
    /// replaced. Nil for a regular file, a folder (refused elsewhere) or nothing.
    static func nonRegularKind(_ path: String) -> Phrase.SpecialFile? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFCHR, S_IFBLK: return .device
        case S_IFIFO: return .pipe
        case S_IFSOCK: return .socket
        default: return .special
        }
    }

    /// The file `path` leads to, with links and `..` resolved; for a file not yet made, its resolved folder and name.
    static func resolved(_ path: String) throws -> String {
        if let full = realPath(path) { return full }
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            throw CommandError.cannotCreate(.linkToNothing(path))
        }
        guard let folder = realPath(Paths.directory(of: path)) else {
            throw CommandError.cannotCreate(.noSuchFolder(Paths.directory(of: path)))
        }
        return Paths.join(folder, URL(fileURLWithPath: path).lastPathComponent)
    }

    private static func realPath(_ path: String) -> String? {
        guard let full = realpath(path, nil) else { return nil }
        defer { free(full) }
        return String(cString: full)
    }

    /// The system's words for an errno ("No space left on device").
    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// Writes several files as one: each through its temporary file, then all put in place with interrupts held off,
    /// so they arrive together or not at all. Without `replacing`, each name must still be free when it is put in place
    /// (`taken` says what to say of one that is not), and what this call placed goes again on a failure.
    static func writeTogether(
        _ files: [(path: String, bytes: [UInt8])], inputs: [String], replacing: Bool,
        taken: @escaping (String) -> Phrase.Problem = { .alreadyThere([$0]) }
    ) throws {
        var sinks: [Sink] = []
        do {
            for file in files {
                var sink = try Sink(path: file.path, inputs: inputs)
                sink.buffer = file.bytes
                sinks.append(sink)
                try sinks[sinks.count - 1].finish()
            }
        } catch {
            for sink in sinks { sink.abandon() }
            throw error
        }
        try Interrupts.held {
            var placed: [String] = []
            for (n, sink) in sinks.enumerated() {
                do {
                    try sink.place(replacing: replacing, taken: taken)
                    if let target = sink.target { placed.append(target) }
                } catch {
                    for later in sinks[(n + 1)...] { later.abandon() }
                    if !replacing { for path in placed { unlink(path) } }
                    throw error
                }
            }
        }
    }

    /// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a reader
    /// never sees half a report; refuses to write over any of the inputs.
    static func writeAtomically(_ bytes: [UInt8], to path: String, inputs: [String], replacing: String? = nil) throws {
        var sink = try Sink(path: path, inputs: inputs, replacing: replacing)
        // The report itself, not a copy of it: a JSON review of 100,000 ties is 365 MB.
        sink.buffer = bytes
        try sink.commit()
    }
}

/// The command line's file system, as the core's pipeline reads it.
struct DiskFiles: InputFiles {
    func read(_ path: String) throws -> SourceText { try Files.read(path) }
    func readSpreadsheet(_ path: String) throws -> SourceText { try Files.readSpreadsheet(path) }
    func workbook(_ path: String) throws -> [Sheet] { try WorkbookReader.sheets(Files.contents(path), path: path) }
    func isDirectory(_ path: String) -> Bool { Files.isDirectory(path) }
    func exists(_ path: String) -> Bool { Files.exists(path) }
    func yamlFiles(in folder: String) throws -> [String] { try Files.yamlFiles(in: folder) }
    func folders(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { Paths.join(folder, $0) }
            .filter(Files.isDirectory)
    }
    func storedPortfolio(_ path: String) throws -> StoredPortfolio { try WorkspaceStore.open(path).stored() }
}

/// The pipeline as the command line runs it: files from disk, SHA-256 from swift-crypto.
let pipeline = Pipeline(
    files: DiskFiles(),
    hash: { text in
        var sha = SHA256()
        text { sha.update(data: Array($0.utf8)) }
        return sha.finalize().map { String(format: "%02x", $0) }.joined()
    },
    tool: "ties \(TiesCommand.version)")
