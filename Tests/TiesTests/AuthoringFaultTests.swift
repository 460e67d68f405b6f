import Foundation
import Testing

/// What a hostile or unusual file does to init, template and test --record: found by a helper's battery of 86 attacks
/// (`/tmp/attack15/run.sh`), each class pinned here.
@Suite(.serialized) struct AuthoringFaultTests {
    func read(_ file: String) throws -> String { String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self) }

    @Test(arguments: ["\r\n", "\r"])
    func recordReadsAnyLineEndsAndWritesAFileThatLoads(_ end: String) throws {
        let folder = try trondheimCopy("record-line-ends")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/Samples/trondheim/expected.yaml"
        let lines = try read(file).split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("vallejo:") }
        try lines.joined(separator: end).write(toFile: file, atomically: true, encoding: .utf8)
        let r = try runTiesInEnglish(["test", "--record", "Rules/trondheim.yaml"], in: folder)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.hasPrefix("Samples/trondheim/expected.yaml: 1 entry recorded (vallejo)"))
        #expect(try runTiesInEnglish(["test", "--strict", "Rules/trondheim.yaml"], in: folder).status == 0)
    }

    @Test func aLayoutRecordCannotEditIsRefusedAndLeftAsItWas() throws {
        let folder = try trondheimCopy("record-flow")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/Samples/trondheim/expected.yaml"
        let flow = "{darmstadt: {outcome: keep},\n odense: {outcome: keep}}\n"
        try flow.write(toFile: file, atomically: true, encoding: .utf8)
        let r = try runTiesInEnglish(["test", "--record", "Rules/trondheim.yaml"], in: folder)
        #expect(r.status == 65)
        #expect(r.err.contains("error: cannot add to this expected.yaml as it is written"))
        #expect(try read(file) == flow)
    }

    @Test func aFileOfCommentsKeepsThemWhenEntriesAreRecorded() throws {
        let folder = try trondheimCopy("record-comments")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/Samples/trondheim/expected.yaml"
        try "# Notes by the adviser\n{}\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try runTies(["test", "--record", "Rules/trondheim.yaml"], in: folder).status == 0)
        let written = try read(file)
        #expect(written.hasPrefix("# Notes by the adviser\n"))
        #expect(!written.contains("{}"))
        #expect(try runTies(["test", "--strict", "Rules/trondheim.yaml"], in: folder).status == 0)
    }

    @Test func aSamplesFolderThatDoesNotExistIsAMissingInput() throws {
        let r = try runTiesInEnglish(["test", "--samples", "no-such-folder", "Rules/trondheim.yaml"])
        #expect(r.status == 66)
        #expect(r.err == "ties: error: no such folder 'no-such-folder' (given with --samples)\n")
    }

    @Test func initMakesAllOrNothing() throws {
        let folder = try scratchFolder("init-in-the-way")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: path("sources/004_6042284c9e41d399.txt"), toPath: folder + "/s.txt")
        try "not a folder\n".write(toFile: folder + "/Samples", atomically: true, encoding: .utf8)
        let r = try runTiesInEnglish(["init", "testby", "--source", "s.txt"], in: folder)
        #expect(r.status == 73)
        #expect(r.err.hasPrefix("ties: error: already there: Samples;"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["Samples", "s.txt"])
        // A link that leads nowhere is something there too.
        try FileManager.default.removeItem(atPath: folder + "/Samples")
        try FileManager.default.createDirectory(atPath: folder + "/Samples/testby", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/Samples/testby/expected.yaml", withDestinationPath: "/nowhere")
        let link = try runTiesInEnglish(["init", "testby", "--source", "s.txt"], in: folder)
        #expect(link.status == 73)
        #expect(!FileManager.default.fileExists(atPath: folder + "/Rules"))
    }

    @Test(arguments: ["null", "true", "no"])
    func aNameYAMLWouldReadAsAValueStillMakesARuleSet(_ name: String) throws {
        let folder = try scratchFolder("init-\(name)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: path("sources/004_6042284c9e41d399.txt"), toPath: folder + "/s.txt")
        #expect(try runTies(["init", name, "--source", "s.txt"], in: folder).status == 0)
        let lint = try runTies(["lint", "--strict", "Rules/\(name).yaml"], in: folder)
        #expect(lint.status == 0, "\(lint.err)")
        #expect(try runTies(["review", "Samples/\(name)"], in: folder).status == 0)
    }

    @Test func aCSVTemplateWritesItsLogWhereTheReaderLooksAndNeverTwoLogs() throws {
        let folder = try scratchFolder("template-pair")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try runTies(["template", path("Rules/bergen.yaml"), "-o", "T.CSV"], in: folder).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/T.aktiviteter.csv"))
        let english = try runTies(["template", path("Rules/bergen.yaml"), "--lang", "en", "-o", "T.CSV", "--overwrite"], in: folder)
        #expect(english.status == 73)
        #expect(english.err.hasPrefix("ties: error: T.aktiviteter.csv is there already, and a list reads one activity log"))
    }

    /// A template never replaces a list an adviser has filled in, unless told to: running the documented command again
    /// after a rule change leaves the workbook, and the CSV list with its two files beside it, as they were.
    @Test func aTemplateNeverReplacesAFilledInListUnlessToldTo() throws {
        let folder = try scratchFolder("template-filled")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["medlemskap.xlsx", "medlemskap.csv", "medlemskap.aktiviteter.csv", "medlemskap.forpliktelser.csv"] {
            try FileManager.default.copyItem(atPath: path("Samples/bergen-excel/" + name), toPath: folder + "/" + name)
        }
        for output in ["medlemskap.xlsx", "medlemskap.csv"] {
            let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + output))
            let again = try runTies(["template", path("Rules/bergen.yaml"), "-o", output], in: folder)
            #expect(again.status == 73)
            #expect(
                again.err
                    == "ties: error: '\(output)' finnes allerede og kan være en utfylt liste; gi --overwrite for å skrive over den, eller velg et annet navn\n"
            )
            #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + output)) == before)
            #expect(try runTies(["template", path("Rules/bergen.yaml"), "-o", output, "--overwrite"], in: folder).status == 0)
            #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + output)) != before)
        }
        // Only the CSV template's four files and the workbook: no temporary file left.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [
                "medlemskap.aktiviteter.csv", "medlemskap.csv", "medlemskap.forklaring.csv", "medlemskap.forpliktelser.csv",
                "medlemskap.xlsx",
            ])
    }

    @Test func whatWasTypedIsShownNotSentToTheTerminal() throws {
        let r = try runTiesInEnglish(["review", "Samples/bergen", "--lang", "\u{1B}[2J"])
        #expect(r.status == 64)
        #expect(r.err.hasPrefix("Error: The value '\\u{1B}[2J' is invalid for '--lang <lang>'"))
        #expect(!r.err.contains("\u{1B}"))
        let path = try runTiesInEnglish(["review", "no\nsuch"])
        #expect(path.err == "ties: error: no such file 'no\\nsuch'\n")
    }
}
