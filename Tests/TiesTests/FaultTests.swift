import Foundation
import Testing

/// Runs `ties` through the shell, for what only a shell sets up: a full or closed standard output, a file-size limit.
func runTiesInShell(_ script: String) throws -> (status: Int32, err: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script]
    process.currentDirectoryURL = URL(fileURLWithPath: packageRoot)
    var env = ProcessInfo.processInfo.environment
    env["TIES"] = tiesExecutable.path
    env["COLUMNS"] = nil
    // The faults' messages are pinned in English.
    env["TIES_LANG"] = "en"
    process.environment = env
    let err = Pipe()
    process.standardError = err
    try process.run()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: errData, as: UTF8.self))
}

/// A write that fails says so with exit 74 and one line, and leaves no temporary file; a device or a link named by
/// `-o` is written through, never replaced.
@Suite(.serialized) struct WriteFaultTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ties-faults-\(getpid())")

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    func leftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    }

    @Test func aFullDeviceIsAnError() throws {
        let r = try runTiesInEnglish(["review", "Samples/bergen", "-o", "/dev/full"])
        #expect(r.status == 74)
        #expect(r.err == "ties: error: cannot write '/dev/full': No space left on device\n")
        var info = stat()
        #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "/dev/full must stay a device")
    }

    @Test func aDeviceIsWrittenToNotReplaced() throws {
        let r = try runTies(["review", "Samples/bergen", "--format", "md", "-o", "/dev/null"])
        #expect(r.status == 0, "\(r.err)")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "/dev/null must stay a device")
    }

    @Test(arguments: ["> /dev/full", ">&-"])
    func aFailedStandardOutputIsAnError(_ redirection: String) throws {
        for format in ["table", "json", "jsonl"] {
            let input = format == "jsonl" ? "Tests/TiesTests/Broken/input/json-valid.jsonl --rules Rules/bergen.yaml" : "Samples/bergen"
            let r = try runTiesInShell("\"$TIES\" review \(input) --format \(format) \(redirection)")
            #expect(r.status == 74, "\(format) \(redirection): \(r.err)")
            #expect(r.err.hasPrefix("ties: error: cannot write standard output: ") && r.err.split(separator: "\n").count == 1)
        }
    }

    @Test func aFileSizeLimitIsAnErrorAndLeavesNothing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("review.html").path
        let r = try runTiesInShell("ulimit -f 1; \"$TIES\" review Samples/bergen --format html -o '\(out)'")
        #expect(r.status == 74, "\(r.err)")
        #expect(r.err == "ties: error: cannot write '\(out)': File too large\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aLinkIsWrittenThroughAndStaysALink() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("target.md").path
        let link = folder.appendingPathComponent("link.md").path
        try "old".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(try runTies(["review", "Samples/bergen", "--format", "md", "-o", link]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("# Gjennomgang"))
        #expect(try leftovers().isEmpty)
    }

    @Test func dotDotThroughALinkLeavesNoTemporaryFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let deep = folder.appendingPathComponent("a/deep"), b = folder.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: b, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: b.appendingPathComponent("lnk").path, withDestinationPath: "../a/deep")
        // `lnk/..` is `a`, as the system resolves it, not `b`.
        let r = try runTiesInShell("cd '\(b.path)' && \"$TIES\" review '\(packageRoot)/Samples/bergen' --format md -o lnk/../out.md")
        #expect(r.status == 0, "\(r.err)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("a/out.md").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: b.path) == ["lnk"])
    }

    @Test func aPipeIsNotReadAsAnInput() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("x.jsonl").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for format in ["jsonl", "json"] {
            let r = try runTiesInEnglish(["review", fifo, "--rules", "Rules/bergen.yaml", "--format", format])
            #expect(r.status == 66)
            #expect(r.err == "ties: error: '\(fifo)' is a pipe, not a file; save the input as a file\n")
        }
    }
}

/// Inputs too large to keep in the corpus: made here, each answered with one message.
@Suite(.serialized) struct LargeInputTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ties-large-\(getpid())")

    @Test func aMegabyteKeyIsRefusedWithoutSearchingForSuggestions() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("portfolio.yaml").path
        let key = String(repeating: "k", count: 1_000_000)
        try
            "municipality: Bergen\nas_of: 2026-11-15\nrules: \(path("Rules/bergen.yaml"))\nrecords:\n  - id: a\n    name: A\n    kind: network\n    ? \(key)\n    : 1\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let r = try runTiesInEnglish(["review", file])
        #expect(r.status == 65)
        // YAML's long-key form (`? key`), since a plain key stops at 1,024 characters.
        #expect(r.err.hasPrefix("\(file):8:7: error: unknown key 'kkkk"), "\(r.err.prefix(300))")
        #expect(!r.err.contains("did you mean"))
    }

    @Test(arguments: ["jsonl", "json"])
    func anOverlongStreamedLineIsOneMessage(_ format: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("long.jsonl").path
        let line = #"{"id":"a","name":"A","kind":"network","notes":""# + String(repeating: "x", count: 1_100_000) + "\"}\n"
        try (line + #"{"id":"b","name":"B","kind":"network"}"# + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let r = try runTiesInEnglish(["review", file, "--rules", "Rules/bergen.yaml", "--as-of", "2026-11-15", "--format", format])
        #expect(r.status == 65)
        #expect(r.err == "\(file):1:1: error: line longer than 1048576 bytes; expected one record per line\n")
    }
}
