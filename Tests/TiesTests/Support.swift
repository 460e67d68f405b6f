import Crypto
import Foundation
import TiesCore
import TiesWorkbooks
import TiesWorkspace

/// The package root, found from this file's path so tests run from any working directory.
let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

func path(_ relative: String) -> String { packageRoot + "/" + relative }

/// Every rule set shipped in Rules/.
let ruleFiles: [String] =
    (try? FileManager.default.contentsOfDirectory(atPath: path("Rules")))?
    .filter { $0.hasSuffix(".yaml") }.sorted() ?? []

/// Every sample portfolio shipped in Samples/.
let sampleFolders: [String] =
    (try? FileManager.default.contentsOfDirectory(atPath: path("Samples")))?
    .filter { FileManager.default.fileExists(atPath: path("Samples/\($0)/portfolio.yaml")) }.sorted() ?? []

/// The files a test names, read from disk: the core's pipeline needs no command line to run.
struct TestFiles: InputFiles {
    func read(_ path: String) throws -> SourceText {
        var text = try String(contentsOfFile: path, encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return SourceText(path: path, text: text)
    }
    func readSpreadsheet(_ path: String) throws -> SourceText {
        SourceText(path: path, text: try SpreadsheetText.decode(Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: path).text)
    }
    func workbook(_ path: String) throws -> [Sheet] {
        try WorkbookReader.sheets(Data(contentsOf: URL(fileURLWithPath: path)), path: path)
    }
    func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
    func folders(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { Paths.join(folder, $0) }.filter(isDirectory)
    }
    func yamlFiles(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { Paths.join(folder, $0) }
    }
    func storedPortfolio(_ path: String) throws -> StoredPortfolio { try WorkspaceStore.open(path).stored() }
}

/// The pipeline every command runs, on files from disk, hashing as the command line does.
let testPipeline = Pipeline(
    files: TestFiles(),
    hash: { text in
        var sha = SHA256()
        text { sha.update(data: Array($0.utf8)) }
        return sha.finalize().map { String(format: "%02x", $0) }.joined()
    },
    tool: "ties")

func read(_ file: String) throws -> SourceText { try testPipeline.files.read(file) }

func loadRuleSet(_ file: String) throws -> RuleSet {
    try RuleSetLoader.load(read(path("Rules/\(file)")))
}

func bergenReview() throws -> Review {
    let w = try testPipeline.workspace(portfolio: path("Samples/bergen"), rules: nil)
    return Engine(ruleSet: w.ruleSet).review(w.portfolio)
}

/// `runTies` with the tool's own words in English, for tests that pin a message as written.
func runTiesInEnglish(_ arguments: [String], environment: [String: String] = [:], in directory: String = packageRoot) throws -> (
    status: Int32, out: String, err: String
) {
    try runTies(arguments, environment: environment.merging(["TIES_LANG": "en"]) { a, _ in a }, in: directory)
}

/// Runs the built `ties` executable and returns its exit status, standard output and standard error.
func runTies(_ arguments: [String], environment: [String: String] = [:], in directory: String = packageRoot) throws -> (
    status: Int32, out: String, err: String
) {
    let process = Process()
    process.executableURL = tiesExecutable
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var env = ProcessInfo.processInfo.environment
    // The terminal the tests run in must not decide the table's width: a test that wants one says so.
    env["COLUMNS"] = nil
    // Nor the language of whoever runs them: a test that wants one says so.
    env["TIES_LANG"] = nil
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

/// `ties` sits beside the test bundle in the build folder.
let tiesExecutable: URL = {
    var url = Bundle.main.bundleURL
    for _ in 0..<4 {
        let candidate = url.appendingPathComponent("ties")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        url.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: path(".build/debug/ties"))
}()

/// A new empty folder for one test, removed by the caller's `defer`.
func scratchFolder(_ name: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ties-\(name)-\(getpid())").path
    try? FileManager.default.removeItem(atPath: folder)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
}

/// Trondheim's rule set and sample in a scratch folder of their own, laid out as in the repository; the sample's
/// expected results left out where `withExpected` is false.
func trondheimCopy(_ name: String, withExpected: Bool = true) throws -> String {
    let folder = try scratchFolder(name)
    try FileManager.default.createDirectory(atPath: folder + "/Rules", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: folder + "/Samples", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: path("Rules/trondheim.yaml"), toPath: folder + "/Rules/trondheim.yaml")
    try FileManager.default.copyItem(atPath: path("Samples/trondheim"), toPath: folder + "/Samples/trondheim")
    if !withExpected { try FileManager.default.removeItem(atPath: folder + "/Samples/trondheim/expected.yaml") }
    return folder
}

/// `ties COMMAND` in English on a Bergen portfolio of one network whose last lines are `tail` (indented as under the
/// record, e.g. "facts:\n  competence_gain: …"): for messages located in a record's own lines.
func runOnOneBergenNetwork(_ command: String, tail: String, name: String) throws -> (status: Int32, err: String) {
    let folder = try scratchFolder(name)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let record = tail.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    let text =
        "municipality: Bergen\nas_of: 2026-11-15\nrules: \(path("Rules/bergen.yaml"))\nrecords:\n  - id: n\n    name: N\n    kind: network\n"
        + record + "\n"
    try text.write(toFile: folder + "/portfolio.yaml", atomically: true, encoding: .utf8)
    let r = try runTiesInEnglish([command, folder + "/portfolio.yaml"])
    return (r.status, r.err)
}
