import TiesCore
import TiesReports

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's terminal: whether output goes to a person, how wide it is, and plain writes.
enum Terminal {
    static var standardOutputIsTerminal: Bool { isatty(1) == 1 }

    /// Colour only on a terminal and only when NO_COLOR is unset (https://no-color.org).
    static var useColor: Bool {
        standardOutputIsTerminal && getenv("NO_COLOR") == nil && String(cString: getenv("TERM") ?? strdup("")) != "dumb"
    }

    /// How wide a table may be: COLUMNS where it is set (so a pipe can ask too), else the terminal's width on standard
    /// output, else on standard error (a pipe read in the same terminal), else 80: a line is never wider than a screen.
    static var width: Int {
        if let columns = getenv("COLUMNS"), let n = Int(String(cString: columns)), n > 0 { return n }
        var size = winsize()
        for fd: Int32 in [1, 2] where isatty(fd) == 1 {
            if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        return 80
    }

    /// Writes to standard output; a failed write (a full disk, a closed output) is an error, exit 74.
    static func standardOutput(_ text: String) throws { try standardOutput(Array(text.utf8)) }
    static func standardOutput(_ bytes: [UInt8]) throws {
        if let failure = writeAll(1, bytes) { throw CommandError.io(.cannotWrite(.standardOutput, reason: Files.reason(failure))) }
    }

    /// Says which file was written, to a person at a terminal only: a script or a pipe reads the exit status, as
    /// before. An adviser who runs `-o gjennomgang.docx` sees that it is there.
    static func sayWritten(_ path: String) {
        guard isatty(2) == 1 else { return }
        standardError(book(.wrote(path)) + "\n")
    }

    /// Writes text for a person to standard output, any control character from a file shown escaped.
    static func standardText(_ text: String) throws { try standardOutput(Escaping.terminal(text, keepingLines: true)) }

    /// The book for what the tool says before (or beside) a rule set: the language the command line asks for, else bokmål.
    static var book: Phrasebook { Phrasebook(Language.asked(arguments: Array(CommandLine.arguments.dropFirst())) ?? .nb) }

    /// Writes a message to standard error, any control character from a file shown escaped (`\u{1B}`), never raw.
    static func standardError(_ text: String) { _ = writeAll(2, Array(Escaping.terminal(text, keepingLines: true).utf8)) }

    /// Writes all of `bytes`; the errno of a failed write, or nil.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return n < 0 ? errno : ENOSPC }
            offset += n
        }
        return nil
    }
}
