import Foundation
import Testing

/// `ties test` says which samples it did not check, and `--record` writes their expected results for the author to
/// confirm, never replacing an entry that differs unless told.
@Suite(.serialized) struct RecordingTests {
    @Test func aSampleWithoutExpectedResultsIsNotCheckedAndStrictFailsOnIt() throws {
        let folder = try trondheimCopy("unchecked", withExpected: false)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let plain = try runTiesInEnglish(["test", "Rules/trondheim.yaml"], in: folder)
        #expect(plain.status == 0)
        #expect(
            plain.out.hasPrefix("Rules/trondheim.yaml: 40 examples, 55 test checks, 1 sample (1 not checked), all that were checked pass\n")
        )
        #expect(
            plain.out.contains("  not checked: Samples/trondheim has no expected results; `ties test --record Rules/trondheim.yaml` writes")
        )
        let strict = try runTiesInEnglish(["test", "--strict", "Rules/trondheim.yaml"], in: folder)
        #expect(strict.status == 1)
        #expect(
            strict.err
                == "Samples/trondheim/expected.yaml: error: no expected results, so this sample's outcomes were not checked; write them"
                + " with `ties test --record Rules/trondheim.yaml` and confirm each why:\n")
        // An empty expected.yaml, as `ties init` writes it, checks nothing either.
        try "# confirm each entry\n".write(toFile: folder + "/Samples/trondheim/expected.yaml", atomically: true, encoding: .utf8)
        #expect(try runTiesInEnglish(["test", "--strict", "Rules/trondheim.yaml"], in: folder).status == 1)
    }

    @Test func recordWritesEveryEntryWithWhyAndTheSampleThenPasses() throws {
        let folder = try trondheimCopy("record", withExpected: false)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let r = try runTies(["test", "--record", "Rules/trondheim.yaml"], in: folder)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.hasPrefix("Samples/trondheim/expected.yaml: 10 oppføringer skrevet (darmstadt, dunfermline, keren, "))
        let written = try String(contentsOfFile: folder + "/Samples/trondheim/expected.yaml", encoding: .utf8)
        #expect(written.hasPrefix("# Forventede resultater for Trondheim per 15.11.2026, skrevet av `ties test --record`"))
        #expect(
            written.contains(
                """
                keren:
                  outcome: keep_with_conditions
                  category: solidarity
                  fired: [run_by_others]
                  why: "Solidaritetsrelasjonen med Keren er ikke toveis"

                """))
        // What was recorded is what the shipped sample expects, record by record.
        let shipped = try runTies(["test", "--strict", "Rules/trondheim.yaml"], in: folder)
        #expect(shipped.status == 0, "\(shipped.out)\(shipped.err)")
        // Recording again changes nothing.
        let again = try runTies(["test", "--record", "Rules/trondheim.yaml"], in: folder)
        #expect(
            again.err.hasPrefix(
                "Samples/trondheim/expected.yaml: ingenting nytt å skrive: alle 10 tilknytningene har forventede resultater;"
                    + " --overwrite erstatter dem som avviker fra dagens gjennomgang\n"))
        #expect(try String(contentsOfFile: folder + "/Samples/trondheim/expected.yaml", encoding: .utf8) == written)
    }

    @Test func anEntryThatDiffersIsKeptUnlessToldAndCommentsStay() throws {
        let folder = try trondheimCopy("differ", withExpected: false)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/Samples/trondheim/expected.yaml"
        let original = try String(contentsOfFile: path("Samples/trondheim/expected.yaml"), encoding: .utf8)
        let keren = try #require(original.split(separator: "\n").first { $0.hasPrefix("keren:") })
        let edited = original.replacing(String(keren), with: "keren: {outcome: keep}").replacing(
            try #require(original.split(separator: "\n").first { $0.hasPrefix("vallejo:") }), with: "")
        try edited.write(toFile: file, atomically: true, encoding: .utf8)

        let kept = try runTiesInEnglish(["test", "--record", "Rules/trondheim.yaml"], in: folder)
        #expect(kept.status == 1)
        #expect(
            kept.err.contains(
                "error: 'keren': expected outcome 'keep', got 'keep_with_conditions' (two_way); kept as written; --overwrite replaces it"))
        let afterKeep = try String(contentsOfFile: file, encoding: .utf8)
        #expect(afterKeep.contains("keren: {outcome: keep}\n"))
        #expect(afterKeep.contains("\nvallejo:\n  outcome: "))

        let replaced = try runTiesInEnglish(["test", "--record", "--overwrite", "Rules/trondheim.yaml"], in: folder)
        #expect(replaced.status == 0, "\(replaced.err)")
        let afterReplace = try String(contentsOfFile: file, encoding: .utf8)
        #expect(afterReplace.contains("keren:\n  outcome: keep_with_conditions\n"))
        // The author's comments on the other entries are still there.
        let comments = original.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(!comments.isEmpty)
        for comment in comments { #expect(afterReplace.contains(comment)) }
    }

    @Test func overwriteWithoutRecordIsAUsageError() throws {
        let r = try runTiesInEnglish(["test", "--overwrite", "Rules/trondheim.yaml"])
        #expect(r.status == 64)
        #expect(r.err.contains("--overwrite only goes with --record"))
    }
}
