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
    public struct IDs {
        let path: String
        /// Line and column of each id's first use: the one thing kept per record.
        var first: [String: (line: Int, column: Int)] = [:]

        /// `expectedLines` sizes the table, so it is not rebuilt again and again as it grows.
        public init(path: String, expectedLines: Int = 0) {
            self.path = path
            first.reserveCapacity(min(expectedLines, 10_000_000))
        }

        /// The error for `id` at line `line` if it was used before; nil the first time.
        public mutating func check(_ id: String, line: Int, column: Int) -> Diagnostic? {
            if let earlier = first[id] {
                return PortfolioLoader.duplicateID(
                    id, at: SourceLocation(file: path, line: line, column: column),
                    first: SourceLocation(file: path, line: earlier.line, column: earlier.column))
            }
            first[id] = (line, column)
            return nil
        }
    }
}
