// The benchmark of SPEC §7 and issue 7, side by side with the peers measured in ../shared/bench.
// It prints figures; it asserts nothing. Run: swift run -c release ties-bench [--bench DIR] [--memory-records N]
import Foundation
import TiesCore

let arguments = CommandLine.arguments
func option(_ name: String, _ fallback: String) -> String {
    arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil } ?? fallback
}
let root = FileManager.default.currentDirectoryPath
let benchDirectory = option("--bench", root + "/../shared/bench")
let memoryRecords = Int(option("--memory-records", "1000000"))!
let work = FileManager.default.temporaryDirectory.appendingPathComponent("ties-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: work) }

func log(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }

/// Runs a program to its end; the wall time in seconds and its exit status.
@discardableResult
func run(_ path: String, _ args: [String], stdout: String? = nil) -> (seconds: Double, status: Int32) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = args
    p.currentDirectoryURL = URL(fileURLWithPath: root)
    if let stdout {
        _ = FileManager.default.createFile(atPath: stdout, contents: nil)
        p.standardOutput = FileHandle(forWritingAtPath: stdout)
    } else {
        p.standardOutput = FileHandle.nullDevice
    }
    p.standardError = FileHandle.nullDevice
    let start = DispatchTime.now()
    try! p.run()
    p.waitUntilExit()
    return (Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9, p.terminationStatus)
}

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

/// Process start to exit with posix_spawn and waitpid, output to /dev/null: Foundation's Process adds
/// tens of milliseconds of its own, which would be measured as ours.
func spawnTime(_ path: String, _ args: [String]) -> Double {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + args).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = DispatchTime.now()
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return .nan }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

// The `ties` executable built beside this one (the same configuration).
let tiesBinary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("ties").path
if !FileManager.default.isExecutableFile(atPath: tiesBinary) {
    log("building ties in the same configuration…")
    run("/usr/bin/env", ["swift", "build", "-c", "release", "--product", "ties"])
}

// The shared records and the oracle's answers, made by the peers' own scripts.
log("generating records with \(benchDirectory)/gen_records.py …")
let records10k = work + "/records-10000.jsonl", expected10k = work + "/expected-10000.jsonl"
run("/usr/bin/env", ["python3", benchDirectory + "/gen_records.py", "10000", "-o", records10k])
run("/usr/bin/env", ["python3", benchDirectory + "/expected.py", records10k], stdout: expected10k)

let ruleSource = try String(contentsOfFile: root + "/Benchmarks/reference.yaml", encoding: .utf8)
let ruleSet = try RuleSetLoader.load(SourceText(path: "Benchmarks/reference.yaml", text: ruleSource))
let engine = Engine(ruleSet: ruleSet)
let records = try BulkLoader.jsonLines(
    SourceText(path: records10k, text: String(contentsOfFile: records10k, encoding: .utf8)), ruleSet: ruleSet)

// 1. Agreement with expected.py on every record.
struct Expected: Decodable {
    var outcome: String
    var category: String?
    var reasons: [String]
    var benefit: Int
    var cost_per_benefit: Double?
}
let expected = try String(contentsOfFile: expected10k, encoding: .utf8).split(separator: "\n")
    .map { try JSONDecoder().decode(Expected.self, from: Data($0.utf8)) }
let benefitSlot = ruleSet.derived.first { $0.name == "benefit" }!.slot
let costSlot = ruleSet.derived.first { $0.name == "cost_per_benefit" }!.slot
let reasonOf = Dictionary(
    uniqueKeysWithValues: ruleSet.rules.enumerated().map { ($0.offset, $0.element.because.render("en") { _ in .unknown }) })
var disagreements = 0
let ruleOrder = Dictionary(uniqueKeysWithValues: ruleSet.rules.enumerated().map { ($0.element.id, $0.offset) })
for (record, want) in zip(records, expected) {
    let ctx = engine.context(for: record, asOfYear: nil)
    let r = engine.evaluate(record, asOfYear: nil)
    let outcome = r.outcome
    let category = r.category
    let reasons = r.reasons.filter { $0.kind == .rule && $0.source != "low_benefit_exit" }.map { ruleOrder[$0.source]! }.sorted().map {
        reasonOf[$0]!
    }
    let benefit = ctx.slots[benefitSlot].number.map { Int($0) }
    let cost = ctx.slots[costSlot].number
    let costAgrees =
        (cost == nil && want.cost_per_benefit == nil)
        || (cost != nil && want.cost_per_benefit != nil
            && abs(cost! - want.cost_per_benefit!) <= 1e-9 * max(1, abs(want.cost_per_benefit!)))
    if outcome != want.outcome || category != want.category || reasons != want.reasons || benefit != want.benefit || !costAgrees {
        disagreements += 1
    }
}

// 2. Evaluation on one core, the input already loaded (as the peers were measured): the one evaluation every command
// uses, from a loaded record to its outcome, category, scores and reasons.
func timeEngine() -> Double {
    var passes = 0
    var sink = 0
    let start = DispatchTime.now()
    repeat {
        for record in records {
            sink &+= engine.evaluate(record, asOfYear: nil).reasons.count
        }
        passes += 1
    } while DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds < 1_000_000_000
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    if sink == -1 { print(sink) }
    return Double(passes * records.count) / seconds
}

// 3. The same logic written by hand in Swift, on the same loaded records.
struct Plain {
    var fee: Int?
    var external: Int
    var roles: Int
    var competence: Int
    var influence: Int
    var projects: Int
    var twin: Bool
    var agreement, goals, political, ngos, reciprocal: Bool
    var activity: Int
}
func fact(_ r: Record, _ name: String) -> Int { r.facts[name]?.number.map { Int($0) } ?? 0 }
func flag(_ r: Record, _ name: String) -> Bool { r.facts[name] == .bool(true) }
let plain = records.map { r in
    Plain(
        fee: r.facts["annual_fee_nok"]?.number.map { Int($0) }, external: fact(r, "external_funding_nok"),
        roles: { if case .set(let s)? = r.facts["roles"] { s.count } else { 0 } }(), competence: fact(r, "competence_gain"),
        influence: fact(r, "influence"), projects: fact(r, "projects_last_period"), twin: r.kind == "twin_city" || r.kind == "friendship",
        agreement: flag(r, "has_project_agreement"), goals: flag(r, "measurable_goals"), political: flag(r, "political_focus"),
        ngos: flag(r, "run_by_ngos"), reciprocal: flag(r, "reciprocal"), activity: fact(r, "activity_last_period"))
}
@inline(never) func handWritten(_ r: Plain) -> (outcome: Int, category: Int, reasons: Int, benefit: Int, cost: Double?) {
    let bonus = r.fee.map { r.external > $0 ? 1 : 0 } ?? 0
    let benefit = 2 * r.competence + 2 * r.influence + min(r.projects, 3) + bonus
    let outcome = r.roles == 0 ? 2 : r.fee == nil ? 1 : benefit >= 6 ? 0 : benefit >= 3 ? 1 : 2
    var reasons = r.roles == 0 ? 1 : 0
    if r.fee == nil { reasons |= 2 }
    reasons |= benefit >= 6 ? 4 : benefit >= 3 ? 8 : 16
    let category = !r.twin ? -3 : r.agreement && r.goals ? 0 : r.political ? 1 : r.ngos && r.reciprocal ? 2 : r.activity == 0 ? 3 : -1
    return (outcome, category, reasons, benefit, r.fee.map { Double($0) / Double(max(benefit, 1)) })
}
func timeHandWritten() -> Double {
    var passes = 0
    var sink = 0
    let start = DispatchTime.now()
    repeat {
        for r in plain { let v = handWritten(r); sink &+= v.outcome &+ v.benefit }
        passes += 1
    } while DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds < 1_000_000_000
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    if sink == -1 { print(sink) }
    return Double(passes * plain.count) / seconds
}
// 3b. Hand-written again, reading the very slots the engine reads (the same loaded records, as values).
let slot = Dictionary(uniqueKeysWithValues: ruleSet.scope.slotNames.enumerated().map { ($0.element, $0.offset) })
let (sFee, sExt, sRoles, sComp, sInfl, sProj, sAgree, sGoals, sPol, sNgos, sRecip, sAct) = (
    slot["annual_fee_nok"]!, slot["external_funding_nok"]!, slot["roles"]!, slot["competence_gain"]!, slot["influence"]!,
    slot["projects_last_period"]!, slot["has_project_agreement"]!, slot["measurable_goals"]!, slot["political_focus"]!,
    slot["run_by_ngos"]!, slot["reciprocal"]!, slot["activity_last_period"]!
)
@inline(never) func handWrittenOnSlots(_ s: [Value], twin: Bool) -> (outcome: Int, category: Int, benefit: Int) {
    func n(_ i: Int) -> Int { if case .int(let v) = s[i] { v } else if case .decimal(let d) = s[i] { Int(d) } else { 0 } }
    func b(_ i: Int) -> Bool { s[i] == .bool(true) }
    let fee: Double? = s[sFee].number
    let roles = if case .set(let r) = s[sRoles] { r.count } else { 0 }
    let bonus = fee.map { Double(n(sExt)) > $0 ? 1 : 0 } ?? 0
    let benefit = 2 * n(sComp) + 2 * n(sInfl) + min(n(sProj), 3) + bonus
    let outcome = roles == 0 ? 2 : fee == nil ? 1 : benefit >= 6 ? 0 : benefit >= 3 ? 1 : 2
    let category = !twin ? -3 : b(sAgree) && b(sGoals) ? 0 : b(sPol) ? 1 : b(sNgos) && b(sRecip) ? 2 : n(sAct) == 0 ? 3 : -1
    return (outcome, category, benefit)
}
let loaded = records.map { engine.context(for: $0, asOfYear: nil) }
let twins = records.map(\.kind).map { $0 == "twin_city" || $0 == "friendship" }
func timeHandWrittenOnSlots() -> Double {
    var passes = 0
    var sink = 0
    let start = DispatchTime.now()
    repeat {
        for i in loaded.indices { let v = handWrittenOnSlots(loaded[i].slots, twin: twins[i]); sink &+= v.outcome &+ v.benefit }
        passes += 1
    } while DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds < 1_000_000_000
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    if sink == -1 { print(sink) }
    return Double(passes * records.count) / seconds
}
let engineRate = median((0..<5).map { _ in timeEngine() })
let handRate = median((0..<5).map { _ in timeHandWritten() })
let handSlotsRate = median((0..<5).map { _ in timeHandWrittenOnSlots() })

// 4. End to end: JSON Lines in, JSON Lines out, through the `ties` process.
log("end to end on 100,000 records…")
let records100k = work + "/records-100000.jsonl"
run("/usr/bin/env", ["python3", benchDirectory + "/gen_records.py", "100000", "-o", records100k])
let endToEnd = median(
    (0..<3).map { _ in
        run(tiesBinary, ["review", records100k, "--rules", "Benchmarks/reference.yaml", "--format", "jsonl", "-o", work + "/out.jsonl"])
            .seconds
    })

// 5. Process start to exit: the whole Bergen review.
let bergen = median((0..<21).map { _ in spawnTime(tiesBinary, ["review", "Samples/bergen"]) })

// 6. Cold start as the peers measured it: start, load the reference rules, evaluate the first 100 records, exit.
let first100 = work + "/first-100.jsonl"
try String(contentsOfFile: records10k, encoding: .utf8).split(separator: "\n").prefix(100).joined(separator: "\n")
    .write(toFile: first100, atomically: true, encoding: .utf8)
let coldStart = median(
    (0..<21).map { _ in
        spawnTime(tiesBinary, ["review", first100, "--rules", "Benchmarks/reference.yaml", "--format", "jsonl"])
    })

// 7. Peak memory reviewing a million records from JSON Lines (streamed).
log("peak memory on \(memoryRecords) records…")
let recordsBig = work + "/records-big.jsonl"
run("/usr/bin/env", ["python3", benchDirectory + "/gen_records.py", String(memoryRecords), "-o", recordsBig])
var before = rusage()
getrusage(RUSAGE_CHILDREN.rawValue, &before)
let bigRun = run(
    tiesBinary, ["review", recordsBig, "--rules", "Benchmarks/reference.yaml", "--format", "jsonl", "-o", work + "/out-big.jsonl"])
var after = rusage()
getrusage(RUSAGE_CHILDREN.rawValue, &after)
let peakMB = Double(after.ru_maxrss) / 1024

func grouped(_ n: Double) -> String {
    let digits = String(Int(n.rounded()))
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out += "," }
        out.append(c)
    }
    return out
}
print(
    """
    ties benchmark (\(ProcessInfo.processInfo.processorCount) cores; release build; figures are medians)

    agreement with expected.py on 10,000 shared records: \(records.count - disagreements)/\(records.count) agree
    | figure | ties | target | peers |
    | --- | --- | --- | --- |
    | evaluation, records/s on one core, input loaded | \(grouped(engineRate)) | ≥ 2,000,000 | zen-engine 41,531; Python function 767,726 |
    | the same logic hand-written in Swift on a typed struct, records/s | \(grouped(handRate)) | ties within 3× (ratio \(String(format: "%.1f", handRate / engineRate))×) | — |
    | the same logic hand-written in Swift on the engine's slots, records/s | \(grouped(handSlotsRate)) | ties within 3× (ratio \(String(format: "%.1f", handSlotsRate / engineRate))×) | — |
    | end to end, JSON Lines in and out, records/s (100,000) | \(grouped(100_000 / endToEnd)) | ≥ 300,000 | — |
    | `ties review Samples/bergen`, process start to exit | \(String(format: "%.1f", bergen * 1000)) ms | < 20 ms | — |
    | cold start: load reference rules, 100 records, exit | \(String(format: "%.1f", coldStart * 1000)) ms | < 20 ms | regorus 32 ms; Python 25 ms |
    | peak memory, \(grouped(Double(memoryRecords))) records from JSON Lines | \(String(format: "%.0f", peakMB)) MB (\(String(format: "%.1f", bigRun.seconds)) s, exit \(bigRun.status)) | < 200 MB | — |
    """)
