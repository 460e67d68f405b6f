import Foundation
import Testing

/// An output never lands on an input, whatever name leads there (a link then `..`, a hard link standing in for a bind
/// mount: the same file by another name), never widens a file's mode, and never replaces a read-only file.
@Suite(.serialized) struct OutputIdentityTests {
    /// A folder with the Excel sample's list at deep/in.csv (its activity log beside it) and L linking to deep/sub.
    func scene() throws -> String {
        let folder = try scratchFolder("identity")
        try FileManager.default.createDirectory(atPath: folder + "/deep/sub", withIntermediateDirectories: true)
        for (from, to) in [("medlemskap.csv", "in.csv"), ("medlemskap.aktiviteter.csv", "in.aktiviteter.csv")] {
            try FileManager.default.copyItem(atPath: path("Samples/bergen-excel/" + from), toPath: folder + "/deep/" + to)
        }
        try FileManager.default.createSymbolicLink(atPath: folder + "/L", withDestinationPath: "deep/sub")
        return folder
    }

    func review(_ input: String, to output: String, in folder: String) throws -> (status: Int32, out: String, err: String) {
        try runTiesInEnglish(
            ["review", input, "--rules", path("Rules/bergen.yaml"), "--as-of", "2026-11-15", "-o", output], in: folder)
    }

    @Test func aLinkThenDotDotLeadsNoOutputOntoAnInput() throws {
        let folder = try scene()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/deep/in.csv"))
        // L/.. is deep, not the folder L stands in: the check and the write must see the same file.
        for (input, output) in [("L/../in.csv", "deep/in.csv"), ("deep/in.csv", "L/../in.csv"), ("deep/in.csv", "L/../in.aktiviteter.csv")]
        {
            let r = try review(input, to: output, in: folder)
            #expect(r.status == 73, "\(input) -o \(output): \(r.err)")
            #expect(r.err.hasPrefix("ties: error: refusing to write over the input '"), "\(r.err)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/deep/in.csv")) == before)
        // A second name for the same file (as a bind mount gives): the file's identity, not its name, decides.
        try FileManager.default.linkItem(atPath: folder + "/deep/in.csv", toPath: folder + "/alias.csv")
        let alias = try review("deep/in.csv", to: "alias.csv", in: folder)
        #expect(alias.status == 73 && alias.err == "ties: error: refusing to write over the input 'deep/in.csv'\n", "\(alias.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/deep/in.csv")) == before)
        // No temporary file is left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/deep").sorted() == ["in.aktiviteter.csv", "in.csv", "sub"])
    }

    @Test func anOutputKeepsTheModeOfTheFileItReplacesAndAReadOnlyOneIsRefused() throws {
        let folder = try scene()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = folder + "/private.md"
        try "old".write(toFile: report, atomically: true, encoding: .utf8)
        chmod(report, 0o600)
        #expect(try review("deep/in.csv", to: "private.md", in: folder).status == 0)
        #expect((try FileManager.default.attributesOfItem(atPath: report)[.posixPermissions] as? Int) == 0o600)
        chmod(report, 0o444)
        let readOnly = try review("deep/in.csv", to: "private.md", in: folder)
        #expect(readOnly.status == 73)
        #expect(readOnly.err == "ties: error: 'private.md' is read-only; refusing to write over it\n")
        #expect((try FileManager.default.attributesOfItem(atPath: report)[.posixPermissions] as? Int) == 0o444)
    }

    /// Two `ties init` of one name at once: one makes the municipality, the other makes nothing and says what is there;
    /// the first's files are whole. Eight tries, since the race is won differently each time.
    @Test func twoInitsOfOneNameAtOnceNeverMixTheirFiles() throws {
        for attempt in 0..<8 {
            let folder = try scratchFolder("init-race-\(attempt)")
            defer { try? FileManager.default.removeItem(atPath: folder) }
            try FileManager.default.copyItem(atPath: path("sources/004_6042284c9e41d399.txt"), toPath: folder + "/s.txt")
            let runs = (0..<2).map { _ in
                let process = Process()
                process.executableURL = tiesExecutable
                process.arguments = ["init", "vik", "--source", "s.txt"]
                process.currentDirectoryURL = URL(fileURLWithPath: folder)
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                return process
            }
            for process in runs { try process.run() }
            for process in runs { process.waitUntilExit() }
            let statuses = runs.map(\.terminationStatus).sorted()
            #expect(statuses == [0, 73], "attempt \(attempt): \(statuses)")
            // What stands is one run's whole municipality: it lints and reviews.
            #expect(try runTies(["lint", "Rules/vik.yaml"], in: folder).status == 0)
            #expect(try runTies(["review", "Samples/vik"], in: folder).status == 0)
            let leftovers = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".tmp") }
            #expect(leftovers?.isEmpty == true, "\(leftovers ?? [])")
        }
    }

    /// A file planted among a portfolio's records (a link to any file on the machine) is refused by name: none of its
    /// lines is printed, whatever it holds (a mapping of `name: value` lines reads as YAML).
    @Test func aFileFoundAmongTheRecordsIsShownOnlyOnceItIsARecord() throws {
        let folder = try scratchFolder("planted")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: path("Samples/eksempelvik"), toPath: folder + "/vik")
        try "root: x:0:0:TOPSECRET\ndaemon: x:1:1:ALSOSECRET\n".write(toFile: folder + "/shadow", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/vik/records/zz.yaml", withDestinationPath: folder + "/shadow")
        let r = try runTiesInEnglish(["review", "vik", "--rules", path("Rules/eksempelvik.yaml")], in: folder)
        #expect(r.status == 65)
        #expect(
            r.err.contains("'vik/records/zz.yaml' stands among the ties but is not one: a tie is a .yaml file that has 'id:'"), "\(r.err)")
        #expect(!r.err.contains("SECRET") && !r.err.contains("root"), "\(r.err)")
    }

    /// `ties test` reads only the samples that name its rule set, and a sample's expected results only once they look
    /// like expected results: a link planted as another sample's portfolio.yaml, or as the expected.yaml, prints
    /// nothing of the file it leads to.
    @Test func aTestReadsOnlyItsOwnSamplesAndShowsNoPlantedFile() throws {
        let folder = try scratchFolder("planted-test")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/Rules", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/Samples/other", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: path("Rules/eksempelvik.yaml"), toPath: folder + "/Rules/eksempelvik.yaml")
        try FileManager.default.copyItem(atPath: path("Samples/eksempelvik"), toPath: folder + "/Samples/eksempelvik")
        try "root: x:0:0:TOPSECRET\ndaemon: x:1:1:ALSOSECRET\n".write(toFile: folder + "/shadow", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/Samples/other/portfolio.yaml", withDestinationPath: folder + "/shadow")
        let clean = try runTiesInEnglish(["test", "Rules/eksempelvik.yaml"], in: folder)
        #expect(clean.status == 0, "\(clean.err)")
        #expect(!clean.err.contains("SECRET") && !clean.out.contains("SECRET"))
        try FileManager.default.removeItem(atPath: folder + "/Samples/eksempelvik/expected.yaml")
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/Samples/eksempelvik/expected.yaml", withDestinationPath: folder + "/shadow")
        let planted = try runTiesInEnglish(["test", "Rules/eksempelvik.yaml"], in: folder)
        #expect(planted.status != 0)
        #expect(planted.err.contains("is not expected results"), "\(planted.err)")
        #expect(!planted.err.contains("SECRET") && !planted.out.contains("SECRET") && !planted.err.contains("root"), "\(planted.err)")
    }

    /// The activity log found beside a CSV list is read only once its first row holds headings the reader knows: a link
    /// planted there prints nothing of the file it leads to.
    @Test func aLogFoundBesideAListIsShownOnlyOnceItIsALog() throws {
        let folder = try scene()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "root:x:0:0:TOPSECRET;daemon\nbin:x:2:2:ALSOSECRET;y\n".write(toFile: folder + "/shadow", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: folder + "/deep/in.aktiviteter.csv")
        try FileManager.default.createSymbolicLink(atPath: folder + "/deep/in.aktiviteter.csv", withDestinationPath: folder + "/shadow")
        let r = try runTiesInEnglish(["review", "deep/in.csv", "--rules", path("Rules/bergen.yaml"), "--as-of", "2026-11-15"], in: folder)
        #expect(r.status == 65)
        #expect(
            r.err.contains("has no known heading in its first row, so it is not read as a list, and nothing from it is shown"), "\(r.err)")
        #expect(!r.err.contains("SECRET") && !r.err.contains("root"), "\(r.err)")
    }

    /// A proposal's `portfolio:` naming a .jsonl that is any other file: refused by its first line's number, quoting
    /// nothing, and nothing more is read.
    @Test func aJSONLinesFileIsReadOnlyOnceItsLinesAreObjects() throws {
        let folder = try scratchFolder("planted-jsonl")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "root:x:0:0:TOPSECRET\nbin:x:1:1:ALSOSECRET\n".write(toFile: folder + "/shadow", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/ties.jsonl", withDestinationPath: folder + "/shadow")
        let proposal = try String(contentsOfFile: path("Samples/trondheim/proposals/krakow-twin-city.yaml"), encoding: .utf8)
            .replacing("portfolio: ..\n", with: "portfolio: ties.jsonl\n").replacing(
                "../../../Rules/trondheim.yaml", with: path("Rules/trondheim.yaml"))
        try proposal.write(toFile: folder + "/p.yaml", atomically: true, encoding: .utf8)
        let r = try runTiesInEnglish(["justify", "p.yaml"], in: folder)
        #expect(r.status == 65)
        #expect(
            r.err
                == "ties.jsonl:1:1: error: line 1 of 'ties.jsonl' is not a JSON object; JSON Lines has one object {…} per line, and nothing from the line is shown\n",
            "\(r.err)")
    }

    /// A planted file that does not even parse, or parses as JSON of another kind, shows nothing either: a syntax
    /// error in a file the tool found by itself is located but not quoted, unless a line of it is a record's `id:`.
    @Test func aPlantedFileThatDoesNotParseShowsNothing() throws {
        let folder = try scratchFolder("planted-unparsed")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let secret = folder + "/secret"
        try "user: admin\npassword: TOPSECRET: yes\n  [\n".write(toFile: secret, atomically: true, encoding: .utf8)
        try #"{"auths": {"registry": {"auth": "TOPSECRET"}}}"#.write(toFile: folder + "/secret.json", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/Rules", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: path("Rules/trondheim.yaml"), toPath: folder + "/Rules/trondheim.yaml")
        try FileManager.default.createDirectory(atPath: folder + "/Samples", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: path("Samples/trondheim"), toPath: folder + "/Samples/trondheim")
        let sample = folder + "/Samples/trondheim"
        var outputs: [String] = []
        // Among the records; as the expected results; among the proposals.
        try FileManager.default.createSymbolicLink(atPath: sample + "/records/zz.yaml", withDestinationPath: secret)
        let records = try runTiesInEnglish(["review", "Samples/trondheim"], in: folder)
        #expect(records.status == 65 && records.err.contains("Samples/trondheim/records/zz.yaml:2:"), "\(records.err)")
        outputs.append(records.err)
        try FileManager.default.removeItem(atPath: sample + "/records/zz.yaml")
        try FileManager.default.removeItem(atPath: sample + "/expected.yaml")
        try FileManager.default.createSymbolicLink(atPath: sample + "/expected.yaml", withDestinationPath: secret)
        outputs.append(try runTiesInEnglish(["test", "Rules/trondheim.yaml"], in: folder).err)
        try FileManager.default.removeItem(atPath: sample + "/expected.yaml")
        try FileManager.default.copyItem(atPath: path("Samples/trondheim/expected.yaml"), toPath: sample + "/expected.yaml")
        for (name, target) in [("zz.yaml", secret), ("zy.yaml", folder + "/secret.json")] {
            try FileManager.default.createSymbolicLink(atPath: sample + "/proposals/" + name, withDestinationPath: target)
            let test = try runTiesInEnglish(["test", "Rules/trondheim.yaml"], in: folder)
            #expect(test.status != 0)
            outputs.append(test.err + test.out)
            try FileManager.default.removeItem(atPath: sample + "/proposals/" + name)
        }
        // A proposal's portfolio: a JSON file of another kind, named .jsonl.
        try FileManager.default.createSymbolicLink(atPath: folder + "/ties.jsonl", withDestinationPath: folder + "/secret.json")
        let proposal = try String(contentsOfFile: path("Samples/trondheim/proposals/krakow-twin-city.yaml"), encoding: .utf8)
            .replacing("portfolio: ..\n", with: "portfolio: ties.jsonl\n").replacing(
                "../../../Rules/trondheim.yaml", with: path("Rules/trondheim.yaml"))
        try proposal.write(toFile: folder + "/p.yaml", atomically: true, encoding: .utf8)
        let jsonl = try runTiesInEnglish(["justify", "p.yaml"], in: folder)
        #expect(jsonl.err.contains("line 1 of 'ties.jsonl' is not a tie"), "\(jsonl.err)")
        outputs.append(jsonl.err)
        for output in outputs { #expect(!output.contains("SECRET") && !output.contains("admin"), "\(output)") }
    }

    /// An empty `-o` (an unset variable in a script) is a usage error, not the working folder's name.
    @Test func anEmptyOutputNameIsRefused() throws {
        let folder = try scene()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/deep/in.csv"))
        let r = try runTiesInEnglish(
            ["review", "in.csv", "--rules", path("Rules/bergen.yaml"), "--as-of", "2026-11-15", "-o", ""], in: folder + "/deep")
        #expect(r.status == 64)
        #expect(r.err == "ties: error: -o is given no file name; give one, or leave -o out to write to the screen\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/deep/in.csv")) == before)
    }

    /// A CSV review and its fingerprint are written as one: a fingerprint that cannot be replaced stops both, so this
    /// year's list never stands beside last year's fingerprint.
    @Test func aCSVAndItsFingerprintAreWrittenTogether() throws {
        let folder = try scene()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "old list".write(toFile: folder + "/r.csv", atomically: true, encoding: .utf8)
        try "old fingerprint".write(toFile: folder + "/r.fingerprint.txt", atomically: true, encoding: .utf8)
        chmod(folder + "/r.fingerprint.txt", 0o444)
        let r = try review("deep/in.csv", to: "r.csv", in: folder)
        #expect(r.status == 73)
        #expect(try String(contentsOfFile: folder + "/r.csv", encoding: .utf8) == "old list")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["L", "deep", "r.csv", "r.fingerprint.txt"])
    }

    /// `test --record` writes a sample's own expected results, never another file a link leads to.
    @Test func recordingThroughALinkIsRefused() throws {
        let folder = try scratchFolder("record-link")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/Rules", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: path("Rules/eksempelvik.yaml"), toPath: folder + "/Rules/eksempelvik.yaml")
        try FileManager.default.createDirectory(atPath: folder + "/Samples", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: path("Samples/eksempelvik"), toPath: folder + "/Samples/eksempelvik")
        // Another file of expected results, read as this sample's through the link.
        let other = folder + "/other.yaml"
        // One entry short, so that --record has one to add.
        let kept = try String(contentsOfFile: path("Samples/eksempelvik/expected.yaml"), encoding: .utf8)
            .replacing(#/byforum:\n(  .*\n)+/#, with: "")
        try kept.write(toFile: other, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: folder + "/Samples/eksempelvik/expected.yaml")
        try FileManager.default.createSymbolicLink(atPath: folder + "/Samples/eksempelvik/expected.yaml", withDestinationPath: other)
        let r = try runTiesInEnglish(["test", "--record", "Rules/eksempelvik.yaml"], in: folder)
        #expect(r.status == 73, "\(r.err)")
        #expect(r.err.contains("is a link to another file; --record writes only the sample's own file"), "\(r.err)")
        #expect(try String(contentsOfFile: other, encoding: .utf8) == kept)
    }
}
