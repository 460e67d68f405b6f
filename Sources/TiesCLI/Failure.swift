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
