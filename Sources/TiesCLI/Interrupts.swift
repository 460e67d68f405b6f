#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes half-written outputs if the process is interrupted while writing them, so no partial file is left; and holds
/// interrupts off while a set of finished files is put in place, so they arrive all together or not at all.
enum Interrupts {
    /// Room for this many temporary files at once (a template's three, an init's six or so).
    static let slots = 16
    /// The temporary files' paths, kept as C characters the signal handler can use without allocating; an empty one is
    /// a free slot.
    nonisolated(unsafe) private static let paths = UnsafeMutablePointer<CChar>.allocate(capacity: slots * 4096)
    /// Per slot, 1 where the path is a folder this run made (removed, if still empty, after the files).
    nonisolated(unsafe) private static let folders = UnsafeMutablePointer<UInt8>.allocate(capacity: slots)
    nonisolated(unsafe) private static var installed = false
    /// Every signal a person, a shell or a scheduler ends a process with (SIGXFSZ is ignored instead: a write past the
    /// file-size limit fails as a write).
    static let signals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU]

    /// `signals` as a set for the signal mask.
    private static var signalSet: sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for sig in signals { sigaddset(&set, sig) }
        return set
    }

    private static func install() {
        guard !installed else { return }
        for slot in 0..<slots {
            paths[slot * 4096] = 0
            folders[slot] = 0
        }
        for sig in signals {
            signal(sig) { sig in
                // Only async-signal-safe calls here: unlink, rmdir and _exit. Files first, then the folders made, the
                // innermost (armed last) first.
                for slot in 0..<Interrupts.slots where Interrupts.paths[slot * 4096] != 0 && Interrupts.folders[slot] == 0 {
                    unlink(Interrupts.paths + slot * 4096)
                }
                for slot in (0..<Interrupts.slots).reversed() where Interrupts.paths[slot * 4096] != 0 && Interrupts.folders[slot] == 1 {
                    rmdir(Interrupts.paths + slot * 4096)
                }
                _exit(128 + sig)
            }
        }
        // A parent may have started us with these signals blocked (a test runner, some job schedulers do): then an
        // interrupt would wait forever and the half-written file would stay. Unblock them.
        var set = signalSet
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        installed = true
    }

    /// Arms removal of `temporary` on an interrupting signal; the slot to disarm it with, nil when none is free or
    /// the path is too long (the file is then still removed on an error, only not on a signal).
    /// `folder`: the path is a folder this run made, removed if empty once the files are gone.
    static func removeOnSignal(_ temporary: String, folder: Bool = false) -> Int? {
        install()
        guard temporary.utf8.count < 4095, let slot = (0..<slots).first(where: { paths[$0 * 4096] == 0 }) else { return nil }
        folders[slot] = folder ? 1 : 0
        _ = temporary.withCString { strncpy(paths + slot * 4096, $0, 4095) }
        return slot
    }

    /// Disarms a slot: its file is in place, or gone.
    static func disarm(_ slot: Int?) {
        guard let slot else { return }
        paths[slot * 4096] = 0
    }

    /// Runs `body` with the interrupts held off: one that arrives meanwhile takes effect after it.
    static func held<T>(_ body: () throws -> T) rethrows -> T {
        install()
        var set = signalSet
        var old = sigset_t()
        pthread_sigmask(SIG_BLOCK, &set, &old)
        defer { pthread_sigmask(SIG_SETMASK, &old, nil) }
        return try body()
    }
}
