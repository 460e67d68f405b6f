import Foundation
import TiesCore
import TiesReports

/// Streams a JSON Lines portfolio through the core's `StreamedReview`, one verdict line out for each record in, so a
/// million records are reviewed in constant memory; this is its reading, its workers and its writing.
///
/// The file is read a few megabytes at a time. Its whole lines are shared out among one worker per core, each
/// reading, evaluating and writing its lines into its own buffer; then, in line order, ids are checked for repeats,
/// problems gathered and the buffers written. The output is the same bytes whatever the number of workers.
struct BulkReview {
    let stream: StreamedReview
    let language: String
    /// The run stops once this many problems are gathered, as the located reader does.
    static let problemLimit = 100

    /// What one worker made of its share of a batch's lines.
    struct Share {
        var output: [UInt8] = []
        /// Each reviewed record's id, line and column, in line order, for the check on repeated ids.
        var ids: [(id: String, line: Int, column: Int)] = []
        /// Lines that could not be read, with their problems, in line order.
        var problems: [(line: Int, diagnostics: [Diagnostic])] = []
        var count = 0
        var matched = false
    }

    /// Where the workers leave their shares: each writes only its own place, and the merge reads them after all are
    /// done. Raw memory, so no exclusivity check stands between workers writing different places.
    final class Shares: @unchecked Sendable {
        let items: UnsafeMutableBufferPointer<Share>
        init(_ count: Int) {
            items = .allocate(capacity: count)
            items.initialize(repeating: Share())
        }
        deinit {
            items.deinitialize()
            items.deallocate()
        }
    }

    /// Reviews the stream's file into `output` (atomically) or standard output; returns the number of records and
    /// whether any got the outcome `failOn`.
    func run(output: String?, failOn: String? = nil) throws -> (count: Int, matched: Bool) {
        let input = stream.path
        let descriptor = open(input, O_RDONLY)
        guard descriptor >= 0 else { throw Failure.missing("cannot read '\(input)'") }
        defer { close(descriptor) }
        let lines = VerdictLine(ruleSet: stream.ruleSet, language: language)
        var sink = try Sink(path: output, inputs: stream.inputs)
        var progress = Progress()
        var diagnostics: [Diagnostic] = []
        // About one record per few hundred bytes.
        var ids = StreamedReview.IDs(path: input, expectedLines: Files.size(input) / 256)
        let failing = failOn.flatMap { id in stream.ruleSet.outcomes.firstIndex { $0.id == id } }
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        var count = 0
        var matched = false
        var lineNumber = 0
        var carry: [UInt8] = []
        var atEnd = false
        while !atEnd, diagnostics.count < Self.problemLimit {
            // A batch: what was left of the last line, then up to a megabyte per worker.
            var batch = carry
            carry = []
            let target = batch.count + workers << 20
            batch.reserveCapacity(target)
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            while batch.count < target - (1 << 20) + 1 {
                let filled = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if filled < 0, errno == EINTR { continue }
                guard filled >= 0 else { throw Failure.io("cannot read '\(input)'") }
                if filled == 0 {
                    atEnd = true
                    break
                }
                batch += chunk[..<filled]
            }
            // Whole lines go to the workers; the rest waits for the next batch (or is the last line, without a line feed).
            var ends: [Int] = []
            var start = 0
            while let end = Self.newline(in: batch[...], from: start) {
                ends.append(end)
                start = end + 1
            }
            if atEnd, start < batch.count {
                ends.append(batch.count)
                start = batch.count
            }
            carry = Array(batch[start...])
            let shares = review(batch, ends: ends, firstLine: lineNumber + 1, workers: workers, lines: lines, failing: failing)
            lineNumber += ends.count
            // In line order: repeated ids and unreadable lines, then the output.
            for share in shares {
                var (p, q) = (0, 0)
                while p < share.problems.count || q < share.ids.count, diagnostics.count < Self.problemLimit {
                    if q >= share.ids.count || (p < share.problems.count && share.problems[p].line < share.ids[q].line) {
                        diagnostics += share.problems[p].diagnostics
                        p += 1
                    } else {
                        if let repeated = ids.check(share.ids[q].id, line: share.ids[q].line, column: share.ids[q].column) {
                            diagnostics.append(repeated)
                        }
                        q += 1
                    }
                }
                if diagnostics.isEmpty {
                    sink.buffer += share.output
                    sink.flushIfFull()
                }
                count += share.count
                matched = matched || share.matched
            }
            if carry.count > JSONLineDecoder.maximumLineLength + 1, diagnostics.count < Self.problemLimit {
                diagnostics.append(
                    Diagnostic(
                        at: SourceLocation(file: input, line: lineNumber + 1, column: 1),
                        "line longer than \(JSONLineDecoder.maximumLineLength) bytes; expected one record per line"))
                break
            }
            progress.tick(count)
        }
        progress.finish(count)
        guard diagnostics.isEmpty else {
            sink.abandon()
            throw DiagnosticsError(diagnostics)
        }
        try sink.commit()
        return (count, matched)
    }

    /// The batch's lines shared out among the workers in contiguous runs, reviewed in parallel.
    private func review(
        _ batch: [UInt8], ends: [Int], firstLine: Int, workers: Int, lines: VerdictLine, failing: Int?
    ) -> [Share] {
        let parts = ends.count < 256 ? 1 : workers
        let shares = Shares(parts)
        let per = (ends.count + parts - 1) / max(parts, 1)
        let stream = stream
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let first = part * per
            let last = min(ends.count, first + per)
            guard first < last else { return }
            var share = Share()
            share.output.reserveCapacity((last - first) * 256)
            var row = stream.emptyRow()
            for i in first..<last {
                let start = i == 0 ? 0 : ends[i - 1] + 1
                let number = firstLine + i
                switch stream.review(batch[start..<ends[i]], number: number, row: &row) {
                case .blank: continue
                case .problems(let found): share.problems.append((number, found))
                case .reviewed(let id, let column, let evaluation, let reasons):
                    lines.write(id: id, evaluation, reasons: reasons, into: &share.output)
                    share.output.append(0x0A)
                    share.ids.append((id, number, column))
                    share.count += 1
                    if let failing, evaluation.outcome == failing { share.matched = true }
                }
            }
            shares.items[part] = share
        }
        return Array(shares.items)
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
        let temp = Paths.join(Paths.directory(of: path), ".\(URL(fileURLWithPath: path).lastPathComponent).\(getpid()).tmp")
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
