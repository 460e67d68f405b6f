import Foundation
import GRDB
import TiesCore

/// A team's workspace: one SQLite file beside its rule sets that holds the ties, their facts with evidence, the
/// activity logs, decisions and obligations, and every change made to them, by whom and when.
///
/// The ties are kept as the lines of their record files (`RecordParts`), so a workspace reads back through the same
/// record reader as a folder of files: the review of a workspace is the review of its export.
public struct WorkspaceStore: Sendable {
    /// The schema this build writes; a file that records a later one is refused, never written to.
    public static let schemaVersion = 1
    /// The name of a workspace's file in its folder.
    public static let fileName = "ties.sqlite"

    public let path: String
    let database: DatabasePool

    /// Opens the workspace at `path`, making it where `create` allows, and brings an older schema up to this one.
    /// `timeout` is how long to wait for another writer before refusing.
    public static func open(_ path: String, create: Bool = false, timeout: Double = 5) throws(InputError) -> WorkspaceStore {
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && !create { throw InputError(.missing, .noSuchFile(path)) }
        if exists, try Self.isNotSQLite(path) { throw InputError(.data, .stored(.notAWorkspace(path))) }
        // A newer file is refused from its header, before SQLite opens it: opening a pool writes to the file.
        if exists, let found = try Self.headerVersion(path), found > schemaVersion {
            throw InputError(.data, .stored(.newerWorkspace(path, found: found, known: schemaVersion)))
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(timeout)
        configuration.foreignKeysEnabled = true
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            let found = try pool.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
            if found > schemaVersion { throw InputError(.data, .stored(.newerWorkspace(path, found: found, known: schemaVersion))) }
            let migrator = Schema.migrator
            if try pool.read({ db in try migrator.hasBeenSuperseded(db) }) {
                throw InputError(.data, .stored(.newerWorkspace(path, found: found, known: schemaVersion)))
            }
            try migrator.migrate(pool)
            return WorkspaceStore(path: path, database: pool)
        } catch let error as InputError {
            throw error
        } catch {
            throw Self.refusal(error, path: path)
        }
    }

    /// A file that is there but does not start as SQLite's do is refused before SQLite opens it.
    static func isNotSQLite(_ path: String) throws(InputError) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw InputError(.missing, .cannotRead(path)) }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        return !head.isEmpty && head != Data("SQLite format 3\0".utf8)
    }

    /// The schema version a file's header records (`PRAGMA user_version`, bytes 60–63); nil for a file too short.
    static func headerVersion(_ path: String) throws(InputError) -> Int? {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw InputError(.missing, .cannotRead(path)) }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        guard head.count == 100 else { return nil }
        // SQLite's own header: a page size that is a power of two from 512 up, and the payload fractions 64, 32, 32.
        let pageSize = Int(head[16]) << 8 | Int(head[17])
        guard pageSize == 1 || (pageSize >= 512 && pageSize & (pageSize - 1) == 0), head[21...23] == [64, 32, 32] else {
            throw InputError(.data, .stored(.damaged(path)))
        }
        return head[60..<64].reduce(0) { $0 << 8 | Int($1) }
    }

    /// A database error in the user's words: busy beyond the timeout, damaged, or anything else SQLite says.
    static func refusal(_ error: any Error, path: String) -> InputError {
        guard let e = error as? DatabaseError else { return InputError(.data, .stored(.unreadable(path, String(describing: error)))) }
        switch e.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return InputError(.data, .stored(.busy(path)))
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return InputError(.data, .stored(.damaged(path)))
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM: return InputError(.missing, .cannotRead(path))
        default: return InputError(.data, .stored(.unreadable(path, e.message ?? "\(e.resultCode)")))
        }
    }

    /// Runs `body` in one read, mapping SQLite's errors.
    func reading<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws(InputError) -> T {
        do { return try database.read(body) } catch let error as InputError { throw error } catch { throw Self.refusal(error, path: path) }
    }

    /// Runs `body` in one transaction: all of it is written, or none.
    func writing<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws(InputError) -> T {
        do { return try database.write(body) } catch let error as InputError { throw error } catch { throw Self.refusal(error, path: path) }
    }

    /// The schema version the file records.
    public func version() throws(InputError) -> Int { try reading { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 } }
}

/// The tables, made and upgraded by migrations; `PRAGMA user_version` says which schema a file holds.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: ties, facts, logs, decisions, obligations, changes, accounts") { db in
            try db.execute(
                sql: """
                    CREATE TABLE portfolio (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        header TEXT NOT NULL,
                        rules TEXT NOT NULL,
                        version INTEGER NOT NULL DEFAULT 1);
                    CREATE TABLE tie (
                        id TEXT PRIMARY KEY,
                        position INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        country TEXT,
                        since INTEGER,
                        responsible TEXT,
                        url TEXT,
                        notes TEXT,
                        illustrative TEXT NOT NULL DEFAULT '[]',
                        keeps_log INTEGER NOT NULL DEFAULT 0,
                        version INTEGER NOT NULL DEFAULT 1);
                    CREATE INDEX tie_by_responsible ON tie(responsible);
                    CREATE TABLE fact (
                        tie_id TEXT NOT NULL REFERENCES tie(id) ON DELETE CASCADE,
                        position INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        line TEXT NOT NULL,
                        PRIMARY KEY (tie_id, name));
                    CREATE TABLE change (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        at TEXT NOT NULL,
                        who TEXT NOT NULL,
                        tie_id TEXT NOT NULL,
                        version INTEGER NOT NULL,
                        subject TEXT NOT NULL,
                        before TEXT,
                        after TEXT,
                        source TEXT,
                        as_of TEXT,
                        note TEXT);
                    CREATE INDEX change_by_tie ON change(tie_id, id);
                    CREATE TABLE account (
                        name TEXT PRIMARY KEY,
                        role TEXT NOT NULL CHECK (role IN ('adviser', 'department', 'reader')),
                        department TEXT,
                        language TEXT,
                        password_hash TEXT NOT NULL);
                    CREATE TABLE session (
                        token_hash TEXT PRIMARY KEY,
                        account TEXT NOT NULL REFERENCES account(name) ON DELETE CASCADE,
                        csrf TEXT NOT NULL,
                        expires TEXT NOT NULL);
                    CREATE TABLE proposal (
                        id TEXT PRIMARY KEY,
                        text TEXT NOT NULL,
                        version INTEGER NOT NULL DEFAULT 1);
                    PRAGMA user_version = 1;
                    """)
            // The activity log, the decisions and the obligations: each entry the line of its record file, in order.
            for table in ["activity", "decision", "obligation"] {
                try db.execute(
                    sql: "CREATE TABLE \(table) (tie_id TEXT NOT NULL REFERENCES tie(id) ON DELETE CASCADE, "
                        + "position INTEGER NOT NULL, line TEXT NOT NULL, PRIMARY KEY (tie_id, position))")
            }
        }
        return migrator
    }
}
