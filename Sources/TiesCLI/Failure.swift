import ArgumentParser
import TiesCore
import TiesReports

/// A reason the command cannot go on, with the exit code SPEC §4 gives it.
struct Failure: Error {
    var message: String
    var code: Int32

    /// Bad input data or rules (EX_DATAERR).
    static func data(_ message: String) -> Failure { Failure(message: message, code: 65) }
    /// An input that does not exist or cannot be opened (EX_NOINPUT).
    static func missing(_ message: String) -> Failure { Failure(message: message, code: 66) }
    /// An output that cannot be created (EX_CANTCREAT).
    static func cannotCreate(_ message: String) -> Failure { Failure(message: message, code: 73) }
    /// An output that failed while being written (EX_IOERR).
    static func io(_ message: String) -> Failure { Failure(message: message, code: 74) }
}

extension ParsableCommand {
    /// Runs `body`, printing located diagnostics and failures to stderr and exiting with their code.
    func guarded(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as DiagnosticsError {
            // Twenty located messages are enough to start fixing; the count says how many more there are.
            let shown = Array(error.diagnostics.prefix(20))
            Terminal.standardError(DiagnosticRenderer.render(shown))
            let count = error.diagnostics.filter { $0.severity == .error }.count
            if error.diagnostics.count > shown.count {
                Terminal.standardError("… and \(error.diagnostics.count - shown.count) more\n")
            }
            if count > 1 { Terminal.standardError("\(count) errors\n") }
            throw ExitCode(65)
        } catch let failure as Failure {
            Terminal.standardError("ties: error: \(failure.message)\n")
            throw ExitCode(failure.code)
        }
    }
}
