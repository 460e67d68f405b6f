import Foundation
import TiesCore
import TiesReports

/// Streams a JSON Lines portfolio through the core's `StreamedReview`, one verdict line out for each record in, so a
/// million records are reviewed in constant memory; this is its reading and writing.
///
/// One thread: sharing lines among workers was measured slower here, since every line's retains and releases of the
/// shared rule set then contend between cores.
struct BulkReview {
    let stream: StreamedReview
    /// The run stops once this many problems are gathered, as the located reader does.
    static let problemLimit = 100

    /// Reviews the stream's file into `output` (atomically) or standard output; returns the number of records and
    /// whether any got the outcome `failOn`.
    func run(output: String?, failOn: String? = nil) throws -> (count: Int, matched: Bool) {
        let input = stream.path
        try Files.checkRegular(input)
        let descriptor = open(input, O_RDONLY)
        guard descriptor >= 0 else { throw CommandError.missing(.cannotRead(input)) }
        defer { close(descriptor) }
        let lines = VerdictLine(ruleSet: stream.ruleSet, language: stream.language)
        var sink = try Sink(path: output, inputs: stream.inputs)
        var progress = Progress()
        var diagnostics: [Diagnostic] = []
        // About one record per few hundred bytes.
        var ids = StreamedReview.IDs(path: input, expectedLines: Files.size(input) / 256)
        let failing = failOn.flatMap { id in stream.ruleSet.outcomes.firstIndex { $0.id == id } }
        var row = stream.emptyRow()
        var count = 0
        var matched = false
        var lineNumber = 0
        var carry: [UInt8] = []
        func handleLine(_ line: ArraySlice<UInt8>) throws {
            lineNumber += 1
            switch stream.review(line, number: lineNumber, row: &row) {
            case .blank: return
            case .problems(let found): diagnostics += found
            case .reviewed(let id, let column, let evaluation, let reasons):
                if let repeated = ids.check(id, line: lineNumber, column: column) { diagnostics.append(repeated) }
                guard diagnostics.isEmpty else { return }
                lines.write(id: id, evaluation, reasons: reasons, into: &sink.buffer)
                sink.buffer.append(0x0A)
                try sink.flushIfFull()
                if let failing, evaluation.outcome == failing { matched = true }
                count += 1
                progress.tick(count)
            }
        }
        // One buffer, read into again and again.
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let filled = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if filled < 0, errno == EINTR { continue }
            guard filled >= 0 else { throw CommandError.io(.cannotRead(input)) }
            if filled == 0 { break }
            let chunk = buffer[..<filled]
            var start = 0
            while let end = Self.newline(in: chunk, from: start) {
                if carry.isEmpty {
                    try handleLine(chunk[start..<end])
                } else {
                    carry += chunk[start..<end]
                    try handleLine(carry[...])
                    carry.removeAll(keepingCapacity: true)
                }
                start = end + 1
                if diagnostics.count >= Self.problemLimit { break }
            }
            if diagnostics.count >= Self.problemLimit { break }
            carry += chunk[start...]
            if carry.count > JSONLineDecoder.maximumLineLength + 1 {
                diagnostics.append(
                    Diagnostic(
                        at: SourceLocation(file: input, line: lineNumber + 1, column: 1),
                        .lineTooLong(JSONLineDecoder.maximumLineLength)))
                carry.removeAll()
                break
            }
        }
        if !carry.isEmpty, diagnostics.count < Self.problemLimit { try handleLine(carry[...]) }
        progress.finish(count)
        guard diagnostics.isEmpty else {
            sink.abandon()
            throw DiagnosticsError(diagnostics, language: stream.language)
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

/// A count on standard error while a long bulk run goes on, only when a person is watching.
struct Progress {
    let enabled = isatty(2) == 1
    var last = Date()

    mutating func tick(_ count: Int) {
        guard enabled, count >= 100_000, count % 10_000 == 0, Date().timeIntervalSince(last) > 0.25 else { return }
        last = Date()
        Terminal.standardError("\r" + Terminal.book(.reviewed(count, done: false)))
    }

    func finish(_ count: Int) {
        if enabled, count >= 100_000 { Terminal.standardError("\r" + Terminal.book(.reviewed(count, done: true)) + "   \n") }
    }
}
