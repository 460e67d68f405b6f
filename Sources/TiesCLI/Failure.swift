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

extension TiesCommand {
    /// The command the arguments name. The common case, `ties review …`, is parsed by the review command alone: the
    /// root's tree of seven subcommands and its check for a completion-script request cost a few of a review's twenty
    /// milliseconds. Anything that does not parse that way is parsed from the root, so every message stays the same.
    static func parse(_ arguments: [String]) throws -> ParsableCommand {
        if arguments.first == "review", !arguments.contains(where: { $0.hasPrefix("-h") || $0.hasPrefix("--h") || $0.hasPrefix("--g") }),
            let review = try? ReviewCommand.parse(Array(arguments.dropFirst()))
        {
            return review
        }
        return try parseAsRoot(arguments)
    }

    /// Runs the command the arguments name. Every error is rendered here, once: located diagnostics, an input that
    /// cannot be used, an output that cannot be written, each with the exit status SPEC §4 gives it.
    public static func main() {
        do {
            let arguments = Array(CommandLine.arguments.dropFirst())
            if arguments.count == 2, arguments[0] == "review", !arguments[1].hasPrefix("-"), !arguments[1].isEmpty {
                try ReviewCommand.plain(arguments[1])
                return
            }
            var command = try parse(arguments)
            try command.run()
        } catch let error as DiagnosticsError {
            // Twenty located messages are enough to start fixing; the count says how many more there are.
            let shown = Array(error.diagnostics.prefix(20))
            Terminal.standardError(DiagnosticRenderer.render(shown))
            let count = error.diagnostics.filter { $0.severity == .error }.count
            if error.diagnostics.count > shown.count {
                Terminal.standardError("… and \(error.diagnostics.count - shown.count) more\n")
            }
            if count > 1 { Terminal.standardError("\(count) errors\n") }
            exit(withError: ExitCode(65))
        } catch let error as InputError {
            Terminal.standardError("ties: error: \(error.message)\n")
            exit(withError: ExitCode(error.kind == .missing ? 66 : error.kind == .usage ? 64 : 65))
        } catch let failure as Failure {
            Terminal.standardError("ties: error: \(failure.message)\n")
            exit(withError: ExitCode(failure.code))
        } catch {
            exit(withError: error)
        }
    }
}
