import Foundation
import Testing
import TiesCore
@testable import TiesCLI

/// The fast verdict bulk reviews use decides exactly as the full evaluation does.
@Suite struct VerdictTests {
    @Test(arguments: sampleFolders)
    func verdictAgreesWithEvaluate(_ sample: String) throws {
        let w = try Workspace.load(portfolio: path("Samples/\(sample)"), rules: nil)
        let engine = Engine(ruleSet: w.ruleSet)
        let year = w.portfolio.asOfYear
        for record in w.portfolio.records {
            let full = engine.evaluate(record, asOfYear: year)
            let fast = engine.verdict(engine.context(for: record, asOfYear: year), kind: record.kind)
            #expect(fast.outcomeID(in: w.ruleSet) == full.outcome, "\(sample)/\(record.id)")
            #expect(fast.categoryID(in: w.ruleSet) == full.category, "\(sample)/\(record.id)")
            let fired = w.ruleSet.rules.enumerated().filter { fast.fired & (1 << UInt64($0.offset)) != 0 }.map(\.element.id)
            #expect(Set(fired) == Set(full.reasons.filter { $0.kind == .rule }.map(\.source)), "\(sample)/\(record.id)")
        }
    }
}

@Suite(.serialized) struct BulkReviewTests {
    let python = ["/usr/bin/python3", "/usr/local/bin/python3", "/root/.pyenv/shims/python3"].first(
        where: FileManager.default.isExecutableFile)

    func generate(_ count: Int, into folder: URL) throws -> (records: String, expected: String)? {
        guard let python, FileManager.default.fileExists(atPath: path("../shared/bench/gen_records.py")) else { return nil }
        let records = folder.appendingPathComponent("records.jsonl").path
        let expected = folder.appendingPathComponent("expected.jsonl").path
        for (script, args, out) in [
            ("gen_records.py", [String(count), "-o", records], nil as String?), ("expected.py", [records], expected),
        ] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: python)
            p.arguments = [path("../shared/bench/\(script)")] + args
            if let out {
                _ = FileManager.default.createFile(atPath: out, contents: nil)
                p.standardOutput = FileHandle(forWritingAtPath: out)
            }
            try p.run()
            p.waitUntilExit()
        }
        return (records, expected)
    }

    @Test func referenceRuleSetAgreesWithTheOracle() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ties-ref-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The oracle is the peers' Python; without python3 the shared bench cannot be generated here.
        guard let (records, expected) = try generate(2_000, into: folder) else { return }
        let out = folder.appendingPathComponent("out.jsonl").path
        let r = try runTies(["review", records, "--rules", "Benchmarks/reference.yaml", "--format", "jsonl", "--lang", "en", "-o", out])
        #expect(r.status == 0, "\(r.err)")
        let ours = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        let want = try String(contentsOfFile: expected, encoding: .utf8).split(separator: "\n")
        #expect(ours.count == 2_000 && want.count == 2_000)
        for (o, e) in zip(ours, want) {
            let mine = try JSONSerialization.jsonObject(with: Data(o.utf8)) as! [String: Any]
            let theirs = try JSONSerialization.jsonObject(with: Data(e.utf8)) as! [String: Any]
            #expect(mine["outcome"] as? String == theirs["outcome"] as? String)
            #expect(mine["category"] as? String == theirs["category"] as? String)
            let reasons = (mine["reasons"] as! [String]).filter { $0 != "low benefit, fee known" }
            #expect(reasons == theirs["reasons"] as! [String])
            let scores = mine["scores"] as! [String: Any]
            #expect((scores["benefit"] as? NSNumber)?.intValue == (theirs["benefit"] as? NSNumber)?.intValue)
            let cost = scores["cost_per_benefit"] as? NSNumber, theirCost = theirs["cost_per_benefit"] as? NSNumber
            #expect((cost == nil) == (theirCost == nil))
            if let cost, let theirCost {
                #expect(abs(cost.doubleValue - theirCost.doubleValue) <= 1e-9 * max(1, abs(theirCost.doubleValue)))
            }
        }
    }

    @Test func streamedLinesEqualTheFullReviewsLines() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ties-stream-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.jsonl").path
        try """
        {"id":"a","name":"A","kind":"network","roles":["host"],"competence_gain":2,"influence":2,"project_basis":true,"goal_areas":["intercultural"],"annual_fee_nok":1000}
        {"id":"b","name":"B","kind":"organisation","roles":[],"competence_gain":0}
        {"id":"c","name":"C","kind":"twin_city","country":"SE"}
        """.write(toFile: input, atomically: true, encoding: .utf8)
        let streamed = try runTies(["review", input, "--rules", "Rules/bergen.yaml", "--as-of", "2026-11-15", "--format", "jsonl"])
        let csvLike = folder.appendingPathComponent("in.csv").path
        try
            "id,name,kind,country,roles,competence_gain,influence,project_basis,goal_areas,annual_fee_nok\na,A,network,,host,2,2,true,intercultural,1000\nb,B,organisation,,\"\",0,,,,\nc,C,twin_city,SE,,,,,,\n"
            .write(toFile: csvLike, atomically: true, encoding: .utf8)
        let full = try runTies(["review", csvLike, "--rules", "Rules/bergen.yaml", "--as-of", "2026-11-15", "--format", "jsonl"])
        #expect(streamed.status == 0 && full.status == 0, "\(streamed.err)\(full.err)")
        #expect(streamed.out == full.out)
        #expect(streamed.out.split(separator: "\n").count == 3)
        // A twin city with no facts leaves Trondheim's category undecided: both paths write null, as docs/json.md says.
        let undecided = folder.appendingPathComponent("undecided.jsonl").path
        try "{\"id\":\"x\",\"name\":\"X\",\"kind\":\"twin_city\",\"country\":\"SE\"}\n".write(
            toFile: undecided, atomically: true, encoding: .utf8)
        let undecidedCSV = folder.appendingPathComponent("undecided.csv").path
        try "id,name,kind,country\nx,X,twin_city,SE\n".write(toFile: undecidedCSV, atomically: true, encoding: .utf8)
        let trondheim = ["--rules", "Rules/trondheim.yaml", "--as-of", "2026-11-15", "--format", "jsonl"]
        let streamedUndecided = try runTies(["review", undecided] + trondheim)
        #expect(streamedUndecided.out == (try runTies(["review", undecidedCSV] + trondheim)).out)
        #expect(streamedUndecided.out.contains(#""outcome":"review","provisional":true,"category":null"#))
        // A reason that names a set value shows its label on both paths («kultur og miljø», not the id).
        let areas = folder.appendingPathComponent("areas.jsonl").path
        try
            "{\"id\":\"a\",\"name\":\"A\",\"kind\":\"twin_city\",\"country\":\"DK\",\"mutual\":true,\"benefit_areas\":[\"culture_environment\"]}\n"
            .write(toFile: areas, atomically: true, encoding: .utf8)
        let areasCSV = folder.appendingPathComponent("areas.csv").path
        try "id,name,kind,country,mutual,benefit_areas\na,A,twin_city,DK,true,culture_environment\n".write(
            toFile: areasCSV, atomically: true, encoding: .utf8)
        let fredrikstad = ["--rules", "Rules/fredrikstad.yaml", "--as-of", "2026-11-15", "--format", "jsonl"]
        let streamedAreas = try runTies(["review", areas] + fredrikstad).out
        #expect(streamedAreas == (try runTies(["review", areasCSV] + fredrikstad)).out)
        #expect(streamedAreas.contains("gjensidig nytte innen kultur og miljø"))
        let bad = folder.appendingPathComponent("bad.jsonl").path
        try "{\"id\":\"a\",\"name\":\"A\",\"kind\":\"network\"}\n{\"id\":\"a\",\"name\":\"A\",\"kind\":\"network\"}\n".write(
            toFile: bad, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out.jsonl").path
        let failed = try runTies(["review", bad, "--rules", "Rules/bergen.yaml", "--format", "jsonl", "-o", out])
        #expect(failed.status == 65)
        #expect(failed.err.contains("bad.jsonl:2:1: error: duplicate record id 'a'; first used at \(bad):1:1"), "\(failed.err)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
