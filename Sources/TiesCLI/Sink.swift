import Foundation
import TiesCore
import TiesReports

/// Where output goes: standard output; a temporary file beside the target, renamed over it when all is done (removed
/// on an error or an interrupt) so no reader ever sees a partial file; or, where the target is a device, a pipe or
/// anything else that is not a regular file, that file itself as a stream, never replaced.
///
/// Every write is checked: a full disk, a file-size limit or a closed standard output is an error (exit 74), and the
/// temporary file goes.
struct Sink {
    /// What the messages call the output.
    let name: Phrase.Output
    let descriptor: Int32
    /// The temporary file and the file it becomes; nil when writing a stream.
    let temporary: String?
    let target: String?
    /// The interrupt slot that removes the temporary file on a signal.
    let slot: Int?
    /// The output's name as given.
    let given: String?
    var buffer: [UInt8] = []
    /// The descriptor is still open: closing it twice could close another file's.
    var isOpen = true

    init(path: String?, inputs: [String], replacing: String? = nil) throws {
        guard let path else {
            (name, descriptor, temporary, target, slot, given) = (.standardOutput, 1, nil, nil, nil, nil)
            return
        }
        try Files.checkWritable(path, inputs: inputs, replacing: replacing)
        name = .file("'\(path)'")
        given = path
        if let kind = Files.nonRegularKind(path) {
            // Renaming over a device, a pipe or a terminal would replace it with a plain file.
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw CommandError.cannotCreate(.cannotOpen(path, kind, reason: Files.reason(errno))) }
            (descriptor, temporary, target, slot) = (fd, nil, nil, nil)
            return
        }
        // The file the name leads to, links and '..' resolved: the rename replaces that file, not a link to it, and the
        // temporary file sits in its folder.
        let resolved = try Files.resolved(path)
        // A name no one can guess and plant a link at, made new or not at all, never through a link: a planted file
        // is neither followed nor written into. The mode is the replaced file's, or what the umask gives a new one.
        var replaced = stat()
        let replacing = stat(resolved, &replaced) == 0
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let temp = Paths.join(Paths.directory(of: resolved), ".\(URL(fileURLWithPath: resolved).lastPathComponent).\(suffix).tmp")
        let armed = Interrupts.removeOnSignal(temp)
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let failure = errno
            Interrupts.disarm(armed)
            throw CommandError.cannotCreate(.cannotCreate(path, reason: Files.reason(failure)))
        }
        // Set after creation, so the umask does not narrow a replaced file's mode, nor the file show half-written
        // under a wider one.
        let mask = umask(0)
        umask(mask)
        // The permission bits only: a report is never made set-user-id or set-group-id because the file it replaces was.
        fchmod(fd, replacing ? mode_t(replaced.st_mode & 0o777) : 0o666 & ~mask)
        (descriptor, temporary, target, slot) = (fd, temp, resolved, armed)
        buffer.reserveCapacity(1 << 20)
    }

    mutating func flushIfFull() throws {
        if buffer.count >= 1 << 20 { try flush() }
    }

    mutating func flush() throws {
        defer { buffer.removeAll(keepingCapacity: true) }
        if let failure = Terminal.writeAll(descriptor, buffer) {
            abandon()
            throw CommandError.io(.cannotWrite(name, reason: Files.reason(failure)))
        }
    }

    /// Writes what is left and puts the finished file in place.
    mutating func commit() throws {
        try finish()
        try place()
    }

    /// Writes what is left and closes the file, not yet in place.
    mutating func finish() throws {
        try flush()
        guard descriptor != 1 else { return }
        // A file system may report a failed write only when the file is closed.
        isOpen = false
        if close(descriptor) != 0 {
            let failure = errno
            removeTemporary()
            throw CommandError.io(.cannotWrite(name, reason: Files.reason(failure)))
        }
    }

    /// Puts the finished file in place: renamed over the target, or, with `replacing: false`, linked to a name that must
    /// still be free, so a file someone made meanwhile is never replaced.
    func place(replacing: Bool = true, taken: (String) -> Phrase.Problem = { .alreadyThere([$0]) }) throws {
        guard let temporary, let target else { return }
        if replacing ? rename(temporary, target) != 0 : link(temporary, target) != 0 {
            let failure = errno
            removeTemporary()
            if failure == EEXIST { throw CommandError.cannotCreate(taken(given ?? target)) }
            throw CommandError.io(.cannotMoveInto(name, reason: Files.reason(failure)))
        }
        if !replacing { unlink(temporary) }
        Interrupts.disarm(slot)
    }

    /// Stops writing and removes the temporary file.
    func abandon() {
        guard descriptor != 1 else { return }
        if isOpen { close(descriptor) }
        removeTemporary()
    }

    private func removeTemporary() {
        guard let temporary else { return }
        unlink(temporary)
        Interrupts.disarm(slot)
    }
}
