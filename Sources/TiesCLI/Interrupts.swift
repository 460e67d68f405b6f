#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes a half-written output if the process is interrupted while writing it, so no partial file is left.
enum Interrupts {
    /// The temporary file's path, kept as C characters the signal handler can use without allocating.
    nonisolated(unsafe) private static let path = UnsafeMutablePointer<CChar>.allocate(capacity: 4096)
    nonisolated(unsafe) private static var installed = false

    /// Arms (or, with nil, disarms) removal of `temporary` on SIGINT, SIGTERM and SIGHUP.
    static func removeOnSignal(_ temporary: String?) {
        if !installed {
            path[0] = 0
            for sig in [SIGINT, SIGTERM, SIGHUP] {
                signal(sig) { sig in
                    // Only async-signal-safe calls here: unlink and _exit.
                    if Interrupts.path[0] != 0 { unlink(Interrupts.path) }
                    _exit(128 + sig)
                }
            }
            // A parent may have started us with these signals blocked (a test runner, some job schedulers do): then
            // an interrupt would wait forever and the half-written file would stay. Unblock them.
            var set = sigset_t()
            sigemptyset(&set)
            for sig in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&set, sig) }
            pthread_sigmask(SIG_UNBLOCK, &set, nil)
            installed = true
        }
        guard let temporary, temporary.utf8.count < 4095 else {
            path[0] = 0
            return
        }
        _ = temporary.withCString { strncpy(path, $0, 4095) }
    }
}
