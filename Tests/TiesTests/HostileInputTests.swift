import Foundation
import Testing
import TiesCore
@testable import TiesReports

/// Every file under Broken/input gives exactly the exit status and messages pinned in its `.expected`
/// (first line the command, second the exit status), and changes none of the files its command names. An unreadable
/// file cannot be made as root, the user CI runs as; a dangling link stands in for it.
@Suite(.serialized) struct BrokenInputCorpusTests {
    static let cases: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: path("Tests/TiesTests/Broken/input"))) ?? [])
        .filter { $0.hasSuffix(".expected") }.sorted()

    @Test func theCorpusHasAtLeastSixtyCases() { #expect(Self.cases.count >= 60) }

    @Test(arguments: cases)
    func exactMessageAndExitStatus(_ name: String) throws {
        let expected = try String(contentsOfFile: path("Tests/TiesTests/Broken/input/\(name)"), encoding: .utf8)
        let lines = expected.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
        let arguments = lines[0].dropFirst("# ties ".count).split(separator: " ").map(String.init)
        let status = Int32(lines[1].dropFirst("# exit ".count))!
        // Every file the command names is the same after it as before: a refused output leaves its input whole.
        let before = arguments.map { FileManager.default.contents(atPath: path($0)) }
        // The corpus pins the English messages; LanguageTests reads the same messages in bokmål and nynorsk.
        let r = try runTies(arguments, environment: ["TIES_LANG": "en"])
        #expect(arguments.map { FileManager.default.contents(atPath: path($0)) } == before, "\(name) changed a file it names")
        if ProcessInfo.processInfo.environment["TIES_RECORD_SNAPSHOTS"] == "1", r.status == status {
            try (lines[0] + "\n" + lines[1] + "\n" + r.err).write(
                toFile: path("Tests/TiesTests/Broken/input/\(name)"), atomically: true, encoding: .utf8)
        }
        #expect(r.status == status, "\(name): \(r.err)")
        #expect(r.err == (lines.count > 2 ? String(lines[2]) : ""))
        if status == 0 { #expect(!r.out.isEmpty) }
        #expect([0, 65, 66, 73].contains(r.status), "bad input must never crash: \(r.status)")
    }
}

/// Outputs are the same bytes whatever order the records came in, and whatever the locale or time zone.
@Suite(.serialized) struct DeterminismTests {
    @Test(arguments: ["table", "md", "html", "csv", "json", "docx"])
    func recordOrderDoesNotChangeTheOutput(_ format: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ties-order-\(getpid())-\(format)")
        let records = folder.appendingPathComponent("records")
        try FileManager.default.createDirectory(at: records, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "municipality: Bergen\nas_of: 2026-11-15\n".write(
            to: folder.appendingPathComponent("portfolio.yaml"), atomically: true, encoding: .utf8)
        // The same record files, named so they are read in the reverse order.
        let names = try FileManager.default.contentsOfDirectory(atPath: path("Samples/bergen/records")).sorted()
        for (index, name) in names.reversed().enumerated() {
            try FileManager.default.copyItem(
                atPath: path("Samples/bergen/records/\(name)"),
                toPath: records.appendingPathComponent(String(format: "%03d-%@", index, name)).path)
        }
        let a = folder.appendingPathComponent("a").path, b = folder.appendingPathComponent("b").path
        let original = try runTies(["review", "Samples/bergen", "--rules", "Rules/bergen.yaml", "--format", format, "-o", a])
        let reordered = try runTies(
            ["review", folder.path, "--rules", "Rules/bergen.yaml", "--format", format, "-o", b],
            environment: ["LANG": "nb_NO.UTF-8", "LC_ALL": "nb_NO.UTF-8", "TZ": "Pacific/Chatham"])
        #expect(original.status == 0 && reordered.status == 0, "\(original.err)\(reordered.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == (try Data(contentsOf: URL(fileURLWithPath: b))))
    }
}

/// Writes never lose data: no half-written file, never over an input.
@Suite(.serialized) struct WriteTests {
    @Test func aFailedRunLeavesNoFileBehind() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ties-fail-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("review.json").path
        let r = try runTies(["review", "Tests/TiesTests/Broken/input/negative-fee.yaml", "-o", out])
        #expect(r.status == 65)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func anExistingReportIsReplacedWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ties-replace-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("review.md").path
        try String(repeating: "old ", count: 100_000).write(toFile: out, atomically: true, encoding: .utf8)
        #expect(try runTies(["review", "Samples/bergen", "--format", "md", "-o", out]).status == 0)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("# Gjennomgang") && !text.contains("old old"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["review.md"])
    }

    @Test(arguments: ["Rules/bergen.yaml", "Samples/bergen/portfolio.yaml", "Samples/bergen/records/ubc.yaml"])
    func neverOverAnInput(_ input: String) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path(input)))
        let r = try runTies(["review", "Samples/bergen", "--format", "json", "-o", input])
        #expect(r.status == 73)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path(input))) == before)
    }

    @Test func anInterruptRemovesTheHalfWrittenFile() throws {
        // A bulk review writing to a file, interrupted while it runs: the half-written file must go. The input is large
        // enough that the run is certainly under way, its temporary file there, when the signal comes. (A pipe would
        // hold it open more surely, but inputs must be regular files.)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ties-int-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("big.jsonl").path
        let lines = (0..<400_000).map { #"{"id":"r\#($0)","name":"Network \#($0)","kind":"network"}"# + "\n" }.joined()
        try lines.write(toFile: input, atomically: false, encoding: .utf8)
        let process = Process()
        process.executableURL = tiesExecutable
        process.arguments = [
            "review", input, "--rules", path("Rules/bergen.yaml"), "--format", "jsonl", "-o",
            folder.appendingPathComponent("out.jsonl").path,
        ]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The run has begun writing when its temporary file is there.
        var temporary: [String] = []
        for _ in 0..<2_000 where temporary.isEmpty && process.isRunning {
            usleep(2_000)
            temporary = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        }
        #expect(temporary.count == 1, "no temporary file appeared")
        process.interrupt()
        process.waitUntilExit()
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "big.jsonl" }
        #expect(left.isEmpty, "\(left)")
        #expect(process.terminationReason == .uncaughtSignal || process.terminationStatus == 128 + SIGINT)
    }
}
