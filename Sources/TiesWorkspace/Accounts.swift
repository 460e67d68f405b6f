import Foundation
import GRDB
import TiesCore

/// Someone who may use the workbench when it listens beyond this machine: an adviser (everything), a department
/// (its own ties), or a reader.
public struct Account: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable, CaseIterable { case adviser, department, reader }
    public var name: String
    public var role: Role
    /// The department whose ties a department's account edits, as the ties' `responsible` names it.
    public var department: String?
    public var language: Language?
    /// The password as a bcrypt hash; never the password.
    public var passwordHash: String

    public init(name: String, role: Role, department: String? = nil, language: Language? = nil, passwordHash: String) {
        (self.name, self.role, self.department, self.language, self.passwordHash) = (name, role, department, language, passwordHash)
    }
}

/// A signed-in session: whose, its form token, and when it ends. The cookie's token is kept only as its SHA-256.
public struct Session: Sendable, Hashable {
    public var account: Account
    public var csrf: String
    public var expires: String
}

extension WorkspaceStore {
    /// Adds an account, or replaces the one of that name (a new password, another role).
    public func put(_ account: Account) throws(InputError) {
        try writing { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO account (name, role, department, language, password_hash) VALUES (?, ?, ?, ?, ?)",
                arguments: [account.name, account.role.rawValue, account.department, account.language?.code, account.passwordHash])
        }
    }

    /// The account of that name, if there is one.
    public func account(named name: String) throws(InputError) -> Account? {
        try reading { db -> Account? in
            try GRDB.Row.fetchOne(db, sql: "SELECT * FROM account WHERE name = ?", arguments: [name]).map(Self.account)
        }
    }

    /// How many accounts there are.
    public func accountCount() throws(InputError) -> Int {
        try reading { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM account") ?? 0 }
    }

    static func account(_ row: GRDB.Row) -> Account {
        Account(
            name: row["name"], role: Account.Role(rawValue: row["role"]) ?? .reader, department: row["department"],
            language: (row["language"] as String?).flatMap(Language.init(rawValue:)), passwordHash: row["password_hash"])
    }

    /// Starts a session under `tokenHash`, the SHA-256 of the cookie's token; sessions past their end are dropped.
    public func startSession(tokenHash: String, account: String, csrf: String, expires: String, now: String) throws(InputError) {
        try writing { db in
            try db.execute(sql: "DELETE FROM session WHERE expires <= ?", arguments: [now])
            try db.execute(
                sql: "INSERT INTO session (token_hash, account, csrf, expires) VALUES (?, ?, ?, ?)",
                arguments: [tokenHash, account, csrf, expires])
        }
    }

    /// The session a cookie's token hash names, if it has not ended.
    public func session(tokenHash: String, now: String) throws(InputError) -> Session? {
        try reading { db -> Session? in
            guard
                let row = try GRDB.Row.fetchOne(
                    db, sql: "SELECT * FROM session JOIN account ON account.name = session.account WHERE token_hash = ? AND expires > ?",
                    arguments: [tokenHash, now])
            else { return nil }
            return Session(account: Self.account(row), csrf: row["csrf"], expires: row["expires"])
        }
    }

    /// Ends a session.
    public func endSession(tokenHash: String) throws(InputError) {
        try writing { db in try db.execute(sql: "DELETE FROM session WHERE token_hash = ?", arguments: [tokenHash]) }
    }
}
