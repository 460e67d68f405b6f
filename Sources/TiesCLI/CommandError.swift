import ArgumentParser
import TiesCore

/// Why a command cannot go on, beside its inputs' own errors: an output that cannot be written, a binary format for a
/// terminal; with the status it ends with.
struct CommandError: Error {
    var message: Phrase.Problem
    var status: ExitStatus

    /// Bad input data or rules.
    static func data(_ message: Phrase.Problem) -> CommandError { CommandError(message: message, status: .data) }
    /// An input that does not exist or cannot be opened.
    static func missing(_ message: Phrase.Problem) -> CommandError { CommandError(message: message, status: .noInput) }
    /// An output that cannot be created.
    static func cannotCreate(_ message: Phrase.Problem) -> CommandError { CommandError(message: message, status: .cannotCreate) }
    /// An output that failed while being written.
    static func io(_ message: Phrase.Problem) -> CommandError { CommandError(message: message, status: .io) }
    /// A request the command line cannot carry out.
    static func usage(_ message: Phrase.Problem) -> CommandError { CommandError(message: message, status: .usage) }
}

extension ValidationError {
    /// A usage error in the language the command line asked for: the argument parser prints it before any rule set loads.
    init(_ usage: Phrase.Usage) { self.init(Terminal.book(usage)) }
}

extension ExitCode {
    /// The argument parser's exit for one of the statuses the tool names.
    init(_ status: ExitStatus) { self.init(status.rawValue) }
}
