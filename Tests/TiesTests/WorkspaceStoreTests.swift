import Foundation
import GRDB
import Testing
import TiesCore
import TiesReports
import TiesWorkspace

/// A team's workspace: filled from a sample, reviewed and exported as the same ties; every save kept with who and
/// the evidence; a stale save refused with the other's change; files it cannot use refused, unchanged.
@Suite struct WorkspaceStoreTests {
    /// A new folder with Bergen's sample imported into `ties.sqlite`, and the loaded sample.
    static func bergen() throws -> (folder: String, store: WorkspaceStore, loaded: Workspace) {
        let folder = NSTemporaryDirectory() + "ties-ws-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let loaded = try testPipeline.workspace(portfolio: path("Samples/bergen"), rules: nil)
        let store = try WorkspaceStore.open(folder + "/ties.sqlite", create: true)
        let order = loaded.ruleSet.facts.map(\.name)
        _ = try store.fill(
            header: PortfolioText.header(loaded.portfolio, rules: path("Rules/bergen.yaml")), rules: path("Rules/bergen.yaml"),
            ties: loaded.portfolio.records.map { RecordParts($0, factOrder: order) }, by: Editor("kari"), at: "2026-12-01T10:00:00Z",
            merge: false)
        return (folder, store, loaded)
    }

    @Test func aWorkspaceIsReviewedAsTheFolderItCameFrom() throws {
        let (folder, _, loaded) = try Self.bergen()
        let stored = try testPipeline.workspace(portfolio: folder + "/ties.sqlite", rules: nil)
        #expect(stored.portfolio.canonicalText == loaded.portfolio.canonicalText)
        let a = testPipeline.review(loaded), b = testPipeline.review(stored)
        #expect(a.fingerprint == b.fingerprint)
        #expect(a.records.map(\.outcome) == b.records.map(\.outcome))
        for (x, y) in zip(stored.portfolio.records, loaded.portfolio.records) {
            #expect(PortfolioText.record(x) == PortfolioText.record(y))
        }
    }

    @Test func aSaveIsKeptWithWhoAndItsEvidenceAndAStaleSaveIsRefused() throws {
        let (_, store, loaded) = try Self.bergen()
        let order = loaded.ruleSet.facts.map(\.name)
        var record = try #require(loaded.portfolio.records.first { $0.id == "eurocities" })
        let version = try #require(try store.stored().versions["eurocities"])
        record.facts["influence"] = .int(2)
        let evidence = Record.Evidence(source: "Årsmelding 2026", asOf: ReviewDate("2026-11-30"), location: record.location)
        record.evidence["influence"] = evidence
        let first = try store.save(
            RecordParts(record, factOrder: order), from: version, by: Editor("kari", source: "Årsmelding 2026", asOf: "2026-11-30"),
            at: "2026-12-02T09:00:00Z")
        guard case .saved(let next, let changes) = first else { Issue.record("not saved: \(first)"); return }
        #expect(next == version + 1 && changes.map(\.subject) == ["fact:influence"])
        // A second person's form was made from the same version: refused, and told what the first changed.
        record.facts["influence"] = .int(1)
        let second = try store.save(RecordParts(record, factOrder: order), from: version, by: Editor("ola"), at: "2026-12-02T09:01:00Z")
        guard case .stale(let current, let since) = second else { Issue.record("not refused: \(second)"); return }
        #expect(current == next && since.map(\.who) == ["kari"])
        let history = try store.history(tie: "eurocities")
        #expect(history.last?.source == "Årsmelding 2026" && history.last?.asOf == "2026-11-30" && history.last?.who == "kari")
        #expect(history.last?.before == "3" && history.last?.after?.contains("value: 2") == true)
        #expect(try store.stored().versions["eurocities"] == next)
    }

    @Test func aFileFromANewerVersionIsRefusedAndLeftAsItWas() throws {
        let (folder, _, _) = try Self.bergen()
        let file = folder + "/ties.sqlite"
        try DatabaseQueue(path: file).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA user_version = 9")
            // Everything in the main file, so its bytes are the whole of the workspace.
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect {
            _ = try WorkspaceStore.open(file)
        } throws: { error in
            guard let e = error as? InputError, case .workspace(.newerWorkspace(_, found: 9, known: 1)) = e.message else { return false }
            return true
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    }

    @Test func aFileThatIsNotAWorkspaceOrIsDamagedIsRefused() throws {
        let folder = NSTemporaryDirectory() + "ties-ws-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("municipality: Bergen\n".utf8).write(to: URL(fileURLWithPath: folder + "/a.sqlite"))
        #expect(throws: InputError.self) { _ = try WorkspaceStore.open(folder + "/a.sqlite") }
        // SQLite's header, then nothing SQLite can read.
        try Data("SQLite format 3\0".utf8 + Data(repeating: 0xAB, count: 4096)).write(to: URL(fileURLWithPath: folder + "/b.sqlite"))
        #expect {
            _ = try WorkspaceStore.open(folder + "/b.sqlite")
        } throws: { error in
            guard let e = error as? InputError, case .workspace(let w) = e.message else { return false }
            if case .damaged = w { return true }
            if case .unreadable = w { return true }
            return false
        }
    }

    @Test func aWorkspaceLockedBeyondItsTimeoutIsRefusedWithNothingWritten() throws {
        let (folder, _, loaded) = try Self.bergen()
        let file = folder + "/ties.sqlite"
        let other = try DatabaseQueue(path: file)
        let store = try WorkspaceStore.open(file, timeout: 0.2)
        let record = try #require(loaded.portfolio.records.first)
        try other.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            #expect {
                _ = try store.save(RecordParts(record), from: 1, by: Editor("ola"), at: "2026-12-02T09:00:00Z")
            } throws: { error in
                guard let e = error as? InputError, case .workspace(.busy) = e.message else { return false }
                return true
            }
            try db.execute(sql: "ROLLBACK")
        }
        #expect(try store.history(tie: record.id).count == 1)
    }

    @Test func aFilledWorkspaceIsNotFilledAgainWithoutMerge() throws {
        let (_, store, loaded) = try Self.bergen()
        #expect(throws: InputError.self) {
            _ = try store.fill(header: "municipality: X\n", rules: "r.yaml", ties: [], by: Editor("ola"), at: "t", merge: false)
        }
        var changed = loaded.portfolio.records
        changed[0].notes = "Ny merknad"
        let counts = try store.fill(
            header: "", rules: "", ties: changed.map { RecordParts($0) }, by: Editor("ola", source: "medlemskap.xlsx"), at: "t2",
            merge: true)
        #expect(counts.added == 0 && counts.changed == 1 && counts.unchanged == changed.count - 1)
        #expect(try store.history(tie: changed[0].id).last?.subject == "notes")
    }
}

@Suite struct WorkspaceWorkbookTests {
    /// Every sample written out as the filled-in template reads back as the same ties, facts, evidence, activity logs
    /// and obligations, in each language; the decisions, and an obligation's texts in other languages, are what a
    /// workbook has no place for.
    @Test(arguments: sampleFolders)
    func aPortfolioWrittenAsAWorkbookReadsBackAsTheSameTies(_ sample: String) throws {
        let loaded = try testPipeline.workspace(portfolio: path("Samples/\(sample)"), rules: nil)
        for language in Language.allCases {
            let bytes = try SpreadsheetTemplate(ruleSet: loaded.ruleSet, book: Phrasebook(language)).xlsx(records: loaded.portfolio.records)
            let file = NSTemporaryDirectory() + "ties-export-\(UUID().uuidString).xlsx"
            try bytes.write(to: URL(fileURLWithPath: file))
            let rules = loaded.inputs[1]
            let back = try testPipeline.workspace(portfolio: file, rules: rules, asOf: loaded.portfolio.asOf)
            #expect(back.portfolio.records.count == loaded.portfolio.records.count)
            for (a, b) in zip(back.portfolio.records, loaded.portfolio.records) {
                var expected = b
                expected.decisions = []
                // A cell holds a text in the workbook's language; read back, it stands for bokmål and nynorsk alike.
                let book = Phrasebook(language)
                func one(_ t: LocalizedText?) -> LocalizedText? { t.map { LocalizedText(["nb": book.text($0), "nn": book.text($0)]) } }
                for i in expected.obligations.indices {
                    expected.obligations[i].what = one(expected.obligations[i].what)!
                    expected.obligations[i].to = one(expected.obligations[i].to)
                    expected.obligations[i].source = one(expected.obligations[i].source)
                }
                #expect(PortfolioText.record(a) == PortfolioText.record(expected), "\(sample) \(language) \(b.id)")
            }
        }
    }
}

/// The workspace's commands as a person runs them: what they write, and the one-line refusals.
@Suite struct WorkspaceCommandTests {
    @Test func importExportReviewAndTheirRefusals() throws {
        let folder = try scratchFolder("workspace-commands")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let imported = try runTies(["workspace", "import", path("Samples/bergen"), "--workspace", folder])
        #expect(imported.status == 0 && imported.out.contains("34 nye"))
        // A second import would replace someone's work: refused unless asked to merge, which records each change.
        let again = try runTies(["workspace", "import", path("Samples/bergen"), "--workspace", folder])
        #expect(again.status == 64 && again.err.contains("--merge"))
        let merged = try runTies(["workspace", "import", path("Samples/bergen"), "--workspace", folder, "--merge"])
        #expect(merged.status == 0 && merged.out.contains("34 uendret"))
        let review = try runTies(["review", folder + "/ties.sqlite"])
        let original = try runTies(["review", path("Samples/bergen")])
        #expect(review.status == 0 && review.out == original.out)
        #expect(try runTies(["workspace", "export", "-o", folder + "/out", "--workspace", folder]).status == 0)
        let exported = try runTies(["review", folder + "/out"])
        #expect(exported.out == original.out)
        let twice = try runTies(["workspace", "export", "-o", folder + "/out", "--workspace", folder])
        #expect(twice.status == 73)
        // Files that are not a workspace, or are one from a newer ties, are refused in one line, unchanged.
        try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: folder + "/bad.sqlite"))
        let bad = try runTiesInEnglish(["review", folder + "/bad.sqlite"])
        #expect(bad.status == 65 && bad.err.contains("is not a workspace") && bad.err.split(separator: "\n").count == 1)
        try DatabaseQueue(path: folder + "/new.sqlite").writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 7") }
        let newer = try runTiesInEnglish(["review", folder + "/new.sqlite"])
        #expect(newer.status == 65 && newer.err.contains("newer version of ties"))
        let none = try runTiesInEnglish(["serve", folder + "/out/records"])
        #expect(none.status == 64 && none.err.contains("ties workspace import"))
        #expect(try runTies(["serve", folder + "/nowhere"]).status == 66)
    }
}

/// The concurrency tester's findings: a merge of a list made before a save does not take the save back, and a form
/// sent twice is not blamed on someone else.
@Suite struct WorkspaceMergeTests {
    @Test func aListMadeBeforeASaveDoesNotTakeTheSaveBack() throws {
        let (_, store, loaded) = try WorkspaceStoreTests.bergen()
        let order = loaded.ruleSet.facts.map(\.name)
        var record = try #require(loaded.portfolio.records.first { $0.id == "eurocities" })
        record.facts["influence"] = .int(2)
        record.notes = "Endret i nettleseren"
        guard case .saved = try store.save(RecordParts(record, factOrder: order), from: 1, by: Editor("anne"), at: "2026-12-02T09:00:00Z")
        else { Issue.record("not saved"); return }
        // The list exported before Anne's save comes back with Eurocities as it was, and Dalian changed by the department.
        var list = loaded.portfolio.records
        let dalian = try #require(list.firstIndex { $0.id == "dalian" })
        list[dalian].facts["goal_areas"] = .set(["business_facilitator"])
        let counts = try store.fill(
            header: "", rules: "", ties: list.map { RecordParts($0, factOrder: order) }, by: Editor("kultur", source: "liste.xlsx"),
            at: "2026-12-02T10:00:00Z", merge: true)
        #expect(counts.keptNewer == 2 && counts.changed == 1)
        let now = try testPipeline.workspace(portfolio: store.path, rules: nil).portfolio.records
        #expect(now.first { $0.id == "eurocities" }?.facts["influence"] == .int(2))
        #expect(now.first { $0.id == "eurocities" }?.notes == "Endret i nettleseren")
        #expect(now.first { $0.id == "dalian" }?.facts["goal_areas"] == .set(["business_facilitator"]))
    }

    @Test func aFormSentTwiceIsSavedOnceAndNotRefused() throws {
        let (_, store, loaded) = try WorkspaceStoreTests.bergen()
        var record = try #require(loaded.portfolio.records.first { $0.id == "iclei" })
        record.facts["influence"] = .int(3)
        let parts = RecordParts(record, factOrder: loaded.ruleSet.facts.map(\.name))
        guard case .saved = try store.save(parts, from: 1, by: Editor("anne"), at: "t1") else { Issue.record("not saved"); return }
        guard case .unchanged = try store.save(parts, from: 1, by: Editor("anne"), at: "t2") else { Issue.record("refused"); return }
        #expect(try store.history(tie: "iclei").count == 2)
    }

    @Test func aMergedObligationKeepsItsOtherLanguagesAndItsMark() throws {
        let loaded = try testPipeline.workspace(portfolio: path("Samples/bergen"), rules: nil)
        let held = try #require(loaded.portfolio.records.first { !$0.obligations.isEmpty && $0.obligations[0].what.texts["en"] != nil })
        var incoming = held
        incoming.obligations = held.obligations.map { o in
            var one = o
            one.what = LocalizedText(["nb": o.what.text(.nb), "nn": o.what.text(.nb)])
            one.illustrative = false
            one.lastMet = ReviewDate("2026-02-01")
            return one
        }
        let merged = held.merged(with: incoming)
        #expect(
            merged.obligations[0].what == held.obligations[0].what && merged.obligations[0].illustrative == held.obligations[0].illustrative
        )
        #expect(merged.obligations[0].lastMet == ReviewDate("2026-02-01"))
    }
}
