/// How a command ends, as BSD's sysexits names it and SPEC §4 gives it: the one place a number stands for a reason.
public enum ExitStatus: Int32, Sendable, Hashable {
    case success = 0
    /// A check found what it was asked to look for: a test failed, `--fail-on` matched.
    case found = 1
    /// The command line asked for something that cannot be done (EX_USAGE).
    case usage = 64
    /// An input's contents are wrong: rules, records, a proposal (EX_DATAERR).
    case data = 65
    /// An input is not there or cannot be opened (EX_NOINPUT).
    case noInput = 66
    /// An output cannot be created (EX_CANTCREAT).
    case cannotCreate = 73
    /// An output failed while it was written (EX_IOERR).
    case io = 74
}

extension InputError {
    /// The status a command ends with when this is why it stopped.
    public var status: ExitStatus {
        switch kind {
        case .data: .data
        case .missing: .noInput
        case .usage: .usage
        }
    }
}
