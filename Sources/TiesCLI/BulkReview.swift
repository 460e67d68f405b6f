import Foundation
import TiesCore
import TiesReports

/// Streams a JSON Lines portfolio through the core's `StreamedReview`, one verdict line out for each record in, so a
/// million records are reviewed holding one line and a hash of each id; this is its reading and writing.
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
        let lines = VerdictLine(ruleSet: stream.ruleSet, language: stream.language)
        var sink = try Sink(path: output, inputs: stream.inputs)
        var progress = Progress()
        var diagnostics: [Diagnostic] = []
        // Sized for a record per 512 bytes (the set grows for a denser file): less held than a file of long lines needs.
        var ids = StreamedReview.IDs(path: input, expectedLines: Files.size(input) / 512)
        let failing = failOn.flatMap { id in stream.ruleSet.outcomes.firstIndex { $0.id == id } }
        var row = stream.emptyRow()
        var count = 0
        var matched = false
        // Suspected repeats confirmed by reading the earlier lines again: a repeat is reported with its first use.
        func confirmRepeats() throws {
            guard !ids.suspects.isEmpty else { return }
            let wanted = ids.suspectIDs
            let last = ids.suspects.map(\.line).max() ?? 0
            var firstUses: [String: (line: Int, column: Int)] = [:]
            var again = stream.emptyRow()
            try Self.forEachLine(of: input) { number, line in
                guard number < last else { return false }
                if case .reviewed(let id, let column, _, _) = stream.review(line, number: number, row: &again), wanted.contains(id),
                    firstUses[id] == nil
                {
                    firstUses[id] = (number, column)
                }
                return firstUses.count < wanted.count
            }
            diagnostics += ids.confirm(firstUses: firstUses)
            // In line order, as they would have come had each repeat been known at once; one line's keep their order.
            diagnostics = diagnostics.enumerated().sorted { a, b in
                (a.element.location.line, a.offset) < (b.element.location.line, b.offset)
            }.map(\.element)
        }
        try Self.forEachLine(of: input) { number, line in
            switch stream.review(line, number: number, row: &row) {
            case .blank: break
            case .problems(let found): diagnostics += found
            case .reviewed(let id, let column, let evaluation, let reasons):
                ids.note(id, line: number, column: column)
                if diagnostics.count + ids.suspects.count >= Self.problemLimit { try confirmRepeats() }
                guard diagnostics.isEmpty else { break }
                lines.write(id: id, evaluation, reasons: reasons, into: &sink.buffer)
                sink.buffer.append(0x0A)
                try sink.flushIfFull()
                if let failing, evaluation.outcome == failing { matched = true }
                count += 1
                progress.tick(count)
            }
            return diagnostics.count < Self.problemLimit
        } tooLong: { number in
            diagnostics.append(
                Diagnostic(at: SourceLocation(file: input, line: number, column: 1), .lineTooLong(JSONLineDecoder.maximumLineLength)))
        }
        try confirmRepeats()
        progress.finish(count)
        guard diagnostics.isEmpty else {
            sink.abandon()
            throw DiagnosticsError(Array(diagnostics.prefix(Self.problemLimit)), language: stream.language)
        }
        try sink.commit()
        return (count, matched)
    }

    /// Calls `body` with each line of the file and its number, until it returns false; a line longer than a record
    /// may be goes to `tooLong` and ends the reading.
    static func forEachLine(
        of path: String, _ body: (Int, ArraySlice<UInt8>) throws -> Bool, tooLong: (Int) -> Void = { _ in }
    ) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw CommandError.missing(.cannotRead(path)) }
        defer { close(descriptor) }
        var number = 0
        var carry: [UInt8] = []
        // One buffer, read into again and again.
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let filled = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if filled < 0, errno == EINTR { continue }
            guard filled >= 0 else { throw CommandError.io(.cannotRead(path)) }
            if filled == 0 { break }
            let chunk = buffer[..<filled]
            var start = 0
            while let end = newline(in: chunk, from: start) {
                number += 1
                let going: Bool
                if carry.isEmpty {
                    going = try body(number, chunk[start..<end])
                } else {
                    carry += chunk[start..<end]
                    going = try body(number, carry[...])
                    carry.removeAll(keepingCapacity: true)
                }
                start = end + 1
                if !going { return }
            }
            carry += chunk[start...]
            if carry.count > JSONLineDecoder.maximumLineLength + 1 {
                tooLong(number + 1)
                return
            }
        }
        if !carry.isEmpty { _ = try body(number + 1, carry[...]) }
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
