// The benchmark of SPEC §7 and issue 7, side by side with the peers measured in ../shared/bench.
// It prints figures; it asserts nothing. Run: swift run -c release ties-bench [--bench DIR] [--memory-records N]
// [--previous PATH-TO-AN-EARLIER-ties] [--evaluation-only]: an earlier build side by side with this one; only the
// evaluation figure, for a profiler.
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

/// Process start to exit with posix_spawn and wait4, output to /dev/null (or `stdout`), and the process's own peak
/// resident memory: Foundation's Process adds tens of milliseconds of its own, which would be measured as ours.
func spawn(_ path: String, _ args: [String], stdout: String = "/dev/null") -> (seconds: Double, peakMB: Double, status: Int32) {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + args).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = DispatchTime.now()
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return (.nan, .nan, -1) }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    return (seconds, Double(usage.ru_maxrss) / 1024, (status >> 8) & 0xff)
}
func spawnTime(_ path: String, _ args: [String]) -> Double { spawn(path, args).seconds }

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
    uniqueKeysWithValues: ruleSet.rules.enumerated().map { ($0.offset, $0.element.because.render(.en) { _ in .unknown }) })
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
// uses, from a record in its slots to its outcome, category, scores and the rules that fired.
let loadedRows = records.map(engine.row(for:))
func rate(_ count: Int, _ pass: () -> Int) -> Double {
    var passes = 0
    var sink = 0
    let start = DispatchTime.now()
    repeat {
        sink &+= pass()
        passes += 1
    } while DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds < 1_000_000_000
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    if sink == -1 { print(sink) }
    return Double(passes * count) / seconds
}
func timeEngine() -> Double {
    var rows = loadedRows
    return rate(rows.count) {
        var sink = 0
        // In place, as the streamed path does: a row's last slots take its derived values.
        for i in rows.indices { sink &+= engine.evaluation(&rows[i], asOfYear: nil).outcome ?? 0 }
        return sink
    }
}
// 2b. The same with its words: reasons rendered, traces and conditions, as the whole review keeps them.
func timeExplained() -> Double {
    rate(records.count) {
        var sink = 0
        for record in records { sink &+= engine.evaluate(record, asOfYear: nil).reasons.count }
        return sink
    }
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
    rate(plain.count) {
        var sink = 0
        for r in plain {
            let v = handWritten(r)
            sink &+= v.outcome &+ v.benefit
        }
        return sink
    }
}
// `--evaluation-only`: the evaluation figure alone, for a profiler (perf record … ties-bench --evaluation-only).
if arguments.contains("--evaluation-only") {
    print("evaluation, records/s on one core:", grouped(median((0..<15).map { _ in timeEngine() })))
    exit(0)
}
let engineRate = median((0..<5).map { _ in timeEngine() })
let handRate = median((0..<5).map { _ in timeHandWritten() })
let explainedRate = median((0..<5).map { _ in timeExplained() })

// 4–7. What runs as a process, for this build and, with --previous PATH, for an earlier `ties` binary side by side.
log("generating 100,000 and \(memoryRecords) records…")
let records100k = work + "/records-100000.jsonl"
run("/usr/bin/env", ["python3", benchDirectory + "/gen_records.py", "100000", "-o", records100k])
let first100 = work + "/first-100.jsonl"
try String(contentsOfFile: records10k, encoding: .utf8).split(separator: "\n").prefix(100).joined(separator: "\n")
    .write(toFile: first100, atomically: true, encoding: .utf8)
let recordsBig = work + "/records-big.jsonl"
run("/usr/bin/env", ["python3", benchDirectory + "/gen_records.py", String(memoryRecords), "-o", recordsBig])

struct ProcessFigures {
    var endToEnd: Double
    var bergen: Double
    var coldStart: Double
    var peakMB: Double
    var bigSeconds: Double
    var bigStatus: Int32
}
// An earlier build predates outcome roles: it reads the same rule set without them.
let previousRules = work + "/reference-previous.yaml"
try ruleSource.replacingOccurrences(of: ", role: exit}", with: "}").write(toFile: previousRules, atomically: true, encoding: .utf8)

func processFigures(_ binary: String, rules: String = "Benchmarks/reference.yaml") -> ProcessFigures {
    log("measuring \(binary)…")
    let bulk = { (input: String) in ["review", input, "--rules", rules, "--format", "jsonl"] }
    // 4. End to end: JSON Lines in, JSON Lines out, 100,000 records.
    let endToEnd = median((0..<5).map { _ in spawn(binary, bulk(records100k) + ["-o", work + "/out.jsonl"]).seconds })
    // 5. Process start to exit: the whole Bergen review.
    let bergen = median((0..<21).map { _ in spawnTime(binary, ["review", "Samples/bergen"]) })
    // 6. Cold start as the peers measured it: start, load the reference rules, evaluate the first 100 records, exit.
    let cold = median((0..<21).map { _ in spawnTime(binary, bulk(first100)) })
    // 7. Peak memory of the `ties` process itself reviewing a million records from JSON Lines (streamed).
    let big = spawn(binary, bulk(recordsBig) + ["-o", work + "/out-big.jsonl"])
    return ProcessFigures(
        endToEnd: 100_000 / endToEnd, bergen: bergen * 1000, coldStart: cold * 1000, peakMB: big.peakMB, bigSeconds: big.seconds,
        bigStatus: big.status)
}
let now = processFigures(tiesBinary)
let previousBinary = arguments.contains("--previous") ? option("--previous", "") : nil
let previous = previousBinary.map { processFigures($0, rules: previousRules) }

func grouped(_ n: Double) -> String {
    let digits = String(Int(n.rounded()))
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out += "," }
        out.append(c)
    }
    return out
}
func side(_ value: Double, _ old: Double?, _ format: (Double) -> String) -> String {
    old.map { "\(format($0)) → \(format(value))" } ?? format(value)
}
let ms = { (v: Double) in String(format: "%.1f ms", v) }
let mb = { (v: Double) in String(format: "%.0f MB", v) }
let heading = previous == nil ? "ties" : "ties (previous → this build)"
print(
    """
    ties benchmark (\(ProcessInfo.processInfo.processorCount) cores; release build; figures are medians)

    agreement with expected.py on 10,000 shared records: \(records.count - disagreements)/\(records.count) agree
    | figure | \(heading) | target | peers |
    | --- | --- | --- | --- |
    | evaluation, records/s on one core, input loaded | \(grouped(engineRate)) | ≥ 2,000,000 | zen-engine 41,531; Python function 767,726 |
    | the same logic hand-written in Swift on a typed struct, records/s | \(grouped(handRate)) | ratio \(String(format: "%.1f", handRate / engineRate))× (SPEC §7 aims within 10×) | — |
    | evaluation with its words (reasons, traces), records/s | \(grouped(explainedRate)) | — | — |
    | end to end, JSON Lines in and out, records/s (100,000) | \(side(now.endToEnd, previous?.endToEnd, grouped)) | ≥ 300,000 | — |
    | `ties review Samples/bergen`, process start to exit | \(side(now.bergen, previous?.bergen, ms)) | < 20 ms | — |
    | cold start: load reference rules, 100 records, exit | \(side(now.coldStart, previous?.coldStart, ms)) | < 20 ms | regorus 32 ms; Python 25 ms |
    | peak memory of the ties process, \(grouped(Double(memoryRecords))) records from JSON Lines | \(side(now.peakMB, previous?.peakMB, mb)) (\(String(format: "%.1f", now.bigSeconds)) s, exit \(now.bigStatus)) | < 200 MB | — |
    """)
