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
    let asOfYear: Int?
    let language: String

    init(path: String, ruleSet: RuleSet, asOfYear: Int?, language: String, inputs: [String]) {
        self.path = path
        self.ruleSet = ruleSet
        engine = Engine(ruleSet: ruleSet)
        rows = RowReader(engine: engine)
        decoder = JSONLineDecoder(path: path, ruleSet: ruleSet)
        self.asOfYear = asOfYear
        self.language = language
        self.inputs = inputs
    }

    /// What one line gave.
    public enum Line {
        case blank
        /// The record's id, its evaluation and the reasons of the rules that fired, in the review's language.
        case reviewed(id: String, evaluation: Evaluation, reasons: [String])
        case problems([Diagnostic])
    }

    /// What is carried from line to line: the row read into, the ids seen and where, the line number.
    public struct Progress {
        var row: Row
        /// Where each id was first seen: line and column, the one thing kept per record.
        var first: [String: (line: Int, column: Int)] = [:]
        public internal(set) var lineNumber = 0
    }

    /// The state before the first line; `expectedLines` sizes the table of ids seen.
    public func start(expectedLines: Int = 0) -> Progress {
        var progress = Progress(row: rows.emptyRow())
        progress.first.reserveCapacity(min(expectedLines, 10_000_000))
        return progress
    }

    /// The next line of the file, without its line feed.
    public func line(_ bytes: ArraySlice<UInt8>, _ progress: inout Progress) -> Line {
        progress.lineNumber += 1
        var line = bytes
        if line.last == 0x0D { line = line.dropLast() }
        // A record's line starts with its brace, so most lines are told from a blank one by their first byte.
        if line.first.map({ $0 == 0x20 || $0 == 0x09 }) ?? true, line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return .blank }
        let id: String
        let column: Int
        if let fast = rows.read(line, into: &progress.row) {
            (id, column) = fast
        } else {
            switch decoder.record(line, number: progress.lineNumber) {
            case .failure(let e): return .problems(e.diagnostics)
            case .success(let record): (id, progress.row, column) = (record.id, engine.row(for: record), record.location.column)
            }
        }
        if let earlier = progress.first[id] {
            return .problems([
                PortfolioLoader.duplicateID(
                    id, at: SourceLocation(file: path, line: progress.lineNumber, column: column),
                    first: SourceLocation(file: path, line: earlier.line, column: earlier.column))
            ])
        }
        progress.first[id] = (progress.lineNumber, column)
        let (evaluation, reasons) = engine.streamed(progress.row, asOfYear: asOfYear, language: language)
        return .reviewed(id: id, evaluation: evaluation, reasons: reasons)
    }
}
