/// A JSON Lines portfolio reviewed line by line in constant memory: each line read straight into slots (or, if the
/// byte reader does not fully understand it, by the located reader and its messages), checked for a repeated id and
/// evaluated once. Portfolio rules need the whole portfolio and are not applied.
public struct StreamedReview: Sendable {
    public let path: String
    public let ruleSet: RuleSet
    public let engine: Engine
    /// Every file read, so the output can refuse to overwrite them.
    public let inputs: [String]
    let rows: RowReader
    let decoder: JSONLineDecoder
    let asOf: ReviewDate?
    let asOfYear: Int?
    /// The language of the reasons; the rule set's first where none was asked for.
    public var language: Language

    public init(path: String, ruleSet: RuleSet, asOf: ReviewDate?, language: Language, inputs: [String]) {
        self.path = path
        self.ruleSet = ruleSet
        engine = Engine(ruleSet: ruleSet)
        rows = RowReader(engine: engine, asOfYear: asOf?.year)
        decoder = JSONLineDecoder(path: path, ruleSet: ruleSet)
        self.asOf = asOf
        self.asOfYear = asOf?.year
        self.language = language
        self.inputs = inputs
    }

    /// What one line gave.
    public enum Line {
        case blank
        /// The record's id and the column its object starts at, its evaluation and the reasons of the rules that
        /// fired, in the review's language.
        case reviewed(id: String, column: Int, evaluation: Evaluation, reasons: [String])
        case problems([Diagnostic])
    }

    /// A row to read lines into: one per worker, reused line after line.
    public func emptyRow() -> Row { rows.emptyRow() }

    /// Line `number` of the file, without its line feed, read into `row` and evaluated. Lines are independent of each
    /// other, so they may be reviewed in parallel; repeated ids are checked afterwards, in order, with `IDs`.
    public func review(_ bytes: ArraySlice<UInt8>, number: Int, row: inout Row) -> Line {
        var line = bytes
        if line.last == 0x0D { line = line.dropLast() }
        // A byte-order mark opens the file as a whole-file read allows it to.
        if number == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        // A record's line starts with its brace, so most lines are told from a blank one by their first byte.
        if line.first.map({ $0 == 0x20 || $0 == 0x09 }) ?? true, line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return .blank }
        let id: String
        let column: Int
        var openable: Engine.Openable?
        if let fast = quickly(line, into: &row) {
            (id, column) = fast
        } else {
            switch located(line, number: number) {
            case .failure(let e): return .problems(e.diagnostics)
            // A fact older than the rule set allows counts as unknown here as in a whole review.
            case .success(let record):
                let (fresh, open) = engine.freshened(record, asOfYear: asOfYear)
                (id, row, column, openable) = (record.id, engine.row(for: fresh), record.location.column, open)
            }
        }
        let (evaluation, reasons) = engine.streamed(&row, asOfYear: asOfYear, language: language, openable: openable)
        return .reviewed(id: id, column: column, evaluation: evaluation, reasons: reasons)
    }

    /// The line read by the byte reader, if it takes it: UTF-8 within the length limit that it fully understands.
    public func quickly(_ line: ArraySlice<UInt8>, into row: inout Row) -> (id: String, column: Int)? {
        guard line.count <= JSONLineDecoder.maximumLineLength, Self.isASCII(line) || SpreadsheetText.invalidUTF8Position(line) == nil
        else { return nil }
        return rows.read(line, into: &row)
    }

    /// The line read by the located reader, with every problem, dates after the review date among them.
    public func located(_ line: ArraySlice<UInt8>, number: Int) -> Result<Record, DiagnosticsError> {
        let result = decoder.record(line, number: number)
        if let asOf, case .success(let record) = result {
            let future = PortfolioLoader.future([record], asOf: asOf)
            if !future.isEmpty { return .failure(DiagnosticsError(future)) }
        }
        return result
    }

    /// One pass that ORs the bytes together, which the compiler vectorises: most lines are ASCII.
    static func isASCII(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            var all: UInt8 = 0
            for b in p { all |= b }
            return all < 0x80
        }
    }

    /// The ids seen so far and where: a repeated id is an error that names both places.
    /// Repeated ids in a stream, in memory bounded by eight bytes an id: a set of the ids' hashes, with a line
    /// whose hash was seen before kept as a suspect, to be confirmed (or, for a hash collision, cleared) by reading
    /// the stream's earlier lines again.
    public struct IDs {
        let path: String
        private var seen: Set<UInt64> = []
        /// Lines whose id's hash was seen before: a repeat, unless two ids share a hash.
        public private(set) var suspects: [(id: String, line: Int, column: Int)] = []

        /// `expectedLines` sizes the set, so it is not rebuilt again and again as it grows.
        public init(path: String, expectedLines: Int = 0) {
            self.path = path
            seen.reserveCapacity(min(expectedLines, 10_000_000))
        }

        /// Notes `id` at `line`; a line whose id may have been used before becomes a suspect.
        public mutating func note(_ id: String, line: Int, column: Int) {
            if !seen.insert(Self.hash(id)).inserted { suspects.append((id, line, column)) }
        }

        /// The suspects' ids, whose first uses the caller finds by reading the stream again.
        public var suspectIDs: Set<String> { Set(suspects.map(\.id)) }

        /// The repeats among the suspects, given where each suspect id was first used; a suspect used first on its own
        /// line shared a hash and is no repeat. The suspects are cleared.
        public mutating func confirm(firstUses: [String: (line: Int, column: Int)]) -> [Diagnostic] {
            defer { suspects = [] }
            return suspects.compactMap { s in
                guard let first = firstUses[s.id], first.line < s.line else { return nil }
                return PortfolioLoader.duplicateID(
                    s.id, at: SourceLocation(file: path, line: s.line, column: s.column),
                    first: SourceLocation(file: path, line: first.line, column: first.column))
            }
        }

        /// FNV-1a over the id's bytes, mixed (SplitMix64's finaliser): the same in every run, unlike `Hasher`.
        static func hash(_ id: String) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in id.utf8 { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
            h = (h ^ (h >> 30)) &* 0xbf58_476d_1ce4_e5b9
            h = (h ^ (h >> 27)) &* 0x94d0_49bb_1331_11eb
            return h ^ (h >> 31)
        }
    }
}
