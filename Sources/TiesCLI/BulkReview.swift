import Foundation
import TiesCore
import TiesReports

/// Streams a JSON Lines portfolio through the engine, one verdict line out for each record in, so a
/// million records are reviewed in constant memory. Portfolio rules need the whole portfolio and are not
/// applied here; `ties review` on the same file without `--format jsonl` applies them.
struct BulkReview {
    let ruleSet: RuleSet
    let language: String
    let asOfYear: Int?

    /// Reviews `input` into `output` (atomically) or standard output; returns the number of records and whether
    /// any got the outcome `failOn`.
    func run(input: String, output: String?, inputs: [String], failOn: String? = nil) throws -> (count: Int, matched: Bool) {
        var matched = false
        let descriptor = open(input, O_RDONLY)
        guard descriptor >= 0 else { throw Failure.missing("cannot read '\(input)'") }
        defer { close(descriptor) }
        let engine = Engine(ruleSet: ruleSet)
        let rows = RowReader(engine: engine)
        let decoder = JSONLineDecoder(path: input, ruleSet: ruleSet)
        let lines = VerdictLine(ruleSet: ruleSet, language: language)
        var sink = try Sink(path: output, inputs: inputs)
        var progress = Progress()
        var diagnostics: [Diagnostic] = []
        // Where each id was first seen (line and column, not a whole location: this is the one thing kept per record).
        var first: [String: (line: Int, column: Int)] = [:]
        // About one record per few hundred bytes: the table is not rebuilt again and again as it grows.
        first.reserveCapacity(min(Files.size(input) / 256, 10_000_000))
        var row = rows.emptyRow()
        var count = 0
        var lineNumber = 0
        var carry: [UInt8] = []
        func handleLine(_ line: ArraySlice<UInt8>) {
            lineNumber += 1
            var line = line
            if line.last == 0x0D { line = line.dropLast() }
            // A blank line is skipped; a record's line starts with its brace, so most are told by their first byte.
            if line.first.map({ $0 == 0x20 || $0 == 0x09 }) ?? true, line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
            // Most lines are read straight into slots; any other goes through the located reader and its messages.
            let id: String
            let column: Int
            if let fast = rows.read(line, into: &row) {
                (id, column) = fast
            } else {
                switch decoder.record(line, number: lineNumber) {
                case .failure(let e):
                    diagnostics += e.diagnostics
                    return
                case .success(let record):
                    (id, row, column) = (record.id, engine.row(for: record), record.location.column)
                }
            }
            if let earlier = first[id] {
                diagnostics.append(
                    PortfolioLoader.duplicateID(
                        id, at: SourceLocation(file: input, line: lineNumber, column: column),
                        first: SourceLocation(file: input, line: earlier.line, column: earlier.column)))
                return
            }
            first[id] = (lineNumber, column)
            guard diagnostics.isEmpty else { return }
            // The one evaluation; the line is its projection (VerdictLine), as in the whole review.
            let (evaluation, reasons) = engine.streamed(row, asOfYear: asOfYear, language: language)
            lines.write(id: id, evaluation, reasons: reasons, into: &sink.buffer)
            sink.buffer.append(0x0A)
            sink.flushIfFull()
            if let failOn, evaluation.outcome.map({ ruleSet.outcomes[$0].id }) == failOn { matched = true }
            count += 1
            progress.tick(count)
        }
        // One buffer, read into again and again.
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let filled = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if filled < 0, errno == EINTR { continue }
            guard filled >= 0 else { throw Failure.io("cannot read '\(input)'") }
            if filled == 0 { break }
            let chunk = chunk[..<filled]
            var start = 0
            while let end = Self.newline(in: chunk, from: start) {
                if carry.isEmpty {
                    handleLine(chunk[start..<end])
                } else {
                    carry += chunk[start..<end]
                    handleLine(carry[...])
                    carry.removeAll(keepingCapacity: true)
                }
                start = end + 1
                if diagnostics.count >= 100 { break }
            }
            if diagnostics.count >= 100 { break }
            carry += chunk[start...]
            if carry.count > JSONLineDecoder.maximumLineLength + 1 {
                diagnostics.append(
                    Diagnostic(
                        at: SourceLocation(file: input, line: lineNumber + 1, column: 1),
                        "line longer than \(JSONLineDecoder.maximumLineLength) bytes; expected one record per line"))
                break
            }
        }
        if !carry.isEmpty, diagnostics.count < 100 { handleLine(carry[...]) }
        progress.finish(count)
        guard diagnostics.isEmpty else {
            sink.abandon()
            throw DiagnosticsError(diagnostics)
        }
        try sink.commit()
        return (count, matched)
    }
}

extension BulkReview {
    /// The next line feed at or after `start`, found with memchr.
    static func newline(in chunk: ArraySlice<UInt8>, from start: Int) -> Int? {
        chunk.withUnsafeBufferPointer { (buffer: UnsafeBufferPointer<UInt8>) -> Int? in
            let offset = start - chunk.startIndex
            guard offset < buffer.count, let base = buffer.baseAddress else { return nil }
            guard let found = memchr(base + offset, 0x0A, buffer.count - offset) else { return nil }
            let at: Int = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            return chunk.startIndex + at
        }
    }
}

/// Where output goes: standard output, or a temporary file in the target's folder renamed into place when all
/// is done (removed on an error or an interrupt), so no reader ever sees a partial file.
struct Sink {
    let path: String?
    let temporary: String?
    let handle: FileHandle?
    var buffer: [UInt8] = []

    init(path: String?, inputs: [String]) throws {
        self.path = path
        guard let path else {
            temporary = nil
            handle = nil
            return
        }
        try Files.checkWritable(path, inputs: inputs)
        let temp = Files.join(Files.directory(of: path), ".\(URL(fileURLWithPath: path).lastPathComponent).\(getpid()).tmp")
        Interrupts.removeOnSignal(temp)
        guard FileManager.default.createFile(atPath: temp, contents: nil), let h = FileHandle(forWritingAtPath: temp) else {
            Interrupts.removeOnSignal(nil)
            throw Failure.cannotCreate("cannot create '\(path)'")
        }
        temporary = temp
        handle = h
        buffer.reserveCapacity(1 << 20)
    }

    mutating func flushIfFull() {
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        if let handle { handle.write(Data(buffer)) } else { Terminal.standardOutput(buffer) }
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func commit() throws {
        flush()
        guard let path, let temporary, let handle else { return }
        try? handle.close()
        defer { Interrupts.removeOnSignal(nil) }
        if rename(temporary, path) != 0 {
            unlink(temporary)
            throw Failure.io("cannot move the finished report into '\(path)'")
        }
    }

    func abandon() {
        guard let temporary else { return }
        try? handle?.close()
        unlink(temporary)
        Interrupts.removeOnSignal(nil)
    }
}

/// A count on standard error while a long bulk run goes on, only when a person is watching.
struct Progress {
    let enabled = isatty(2) == 1
    var last = Date()

    mutating func tick(_ count: Int) {
        guard enabled, count >= 100_000, count % 10_000 == 0, Date().timeIntervalSince(last) > 0.25 else { return }
        last = Date()
        Terminal.standardError("\r\(count) records reviewed…")
    }

    func finish(_ count: Int) {
        if enabled, count >= 100_000 { Terminal.standardError("\r\(count) records reviewed.   \n") }
    }
}
