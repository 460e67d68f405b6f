import Foundation
import GRDB
import TiesCore

/// What a save gave: the tie's new version, or, where someone saved it since the version the form was made from,
/// their changes and nothing written.
public enum SaveResult: Sendable {
    case saved(version: Int, changes: [Change])
    case unchanged(version: Int)
    case stale(version: Int, since: [Change])
}

extension WorkspaceStore {
    /// The portfolio's texts and each tie's version; the record files are named `ties.sqlite#ID`, which messages show.
    public func stored() throws(InputError) -> StoredPortfolio {
        let path = self.path
        return try reading { db in
            guard let head = try Row.fetchOne(db, sql: "SELECT header, rules FROM portfolio WHERE id = 1") else {
                throw InputError(.data, .stored(.emptyWorkspace(path)))
            }
            let ties = try Self.parts(db, where: nil)
            return StoredPortfolio(
                header: SourceText(path: path, text: head["header"]),
                records: ties.map { SourceText(path: "\(path)#\($0.parts.id)", text: PortfolioText.text(of: $0.parts)) },
                rules: head["rules"], versions: Dictionary(uniqueKeysWithValues: ties.map { ($0.parts.id, $0.version) }))
        }
    }

    /// The number of ties the workspace holds.
    public func count() throws(InputError) -> Int { try reading { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM tie") ?? 0 } }

    /// Every tie's parts and version, in the order they were brought in (or one tie's, `id`).
    static func parts(_ db: Database, where id: String?) throws -> [(parts: RecordParts, version: Int)] {
        let filter = id == nil ? "" : " WHERE tie_id = ?"
        let arguments: StatementArguments = id.map { [$0] } ?? []
        func lines(_ table: String) throws -> [String: [String]] {
            var byTie: [String: [String]] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT tie_id, line FROM \(table)\(filter) ORDER BY tie_id, position", arguments: arguments)
            {
                byTie[row["tie_id"], default: []].append(row["line"])
            }
            return byTie
        }
        var facts: [String: [(name: String, text: String)]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT tie_id, name, line FROM fact\(filter) ORDER BY tie_id, position", arguments: arguments)
        {
            facts[row["tie_id"], default: []].append((row["name"], row["line"]))
        }
        let (activities, decisions, obligations) = (try lines("activity"), try lines("decision"), try lines("obligation"))
        let tieFilter = id == nil ? "" : " WHERE id = ?"
        return try Row.fetchAll(db, sql: "SELECT * FROM tie\(tieFilter) ORDER BY position", arguments: arguments).map { row in
            let id: String = row["id"]
            let illustrative = (try? JSONDecoder().decode([String].self, from: Data((row["illustrative"] as String).utf8))) ?? []
            let keepsLog: Bool = row["keeps_log"]
            let parts = RecordParts(
                id: id, name: row["name"], kind: row["kind"], country: row["country"], since: row["since"],
                responsible: row["responsible"], url: row["url"], notes: row["notes"], illustrative: illustrative,
                facts: facts[id] ?? [], activities: keepsLog ? activities[id] ?? [] : nil, decisions: decisions[id] ?? [],
                obligations: obligations[id] ?? [])
            return (parts, row["version"])
        }
    }

    /// Writes a tie's parts as its rows, replacing those it had.
    static func write(_ p: RecordParts, position: Int, version: Int, _ db: Database) throws {
        let illustrative = String(decoding: try JSONEncoder().encode(p.illustrative), as: UTF8.self)
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO tie (id, position, name, kind, country, since, responsible, url, notes, illustrative, keeps_log, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                p.id, position, p.name, p.kind, p.country, p.since, p.responsible, p.url, p.notes, illustrative, p.activities != nil,
                version,
            ])
        for table in ["fact", "activity", "decision", "obligation"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE tie_id = ?", arguments: [p.id])
        }
        for (i, f) in p.facts.enumerated() {
            try db.execute(
                sql: "INSERT INTO fact (tie_id, position, name, line) VALUES (?, ?, ?, ?)", arguments: [p.id, i, f.name, f.text])
        }
        for (table, lines) in [("activity", p.activities ?? []), ("decision", p.decisions), ("obligation", p.obligations)] {
            for (i, line) in lines.enumerated() {
                try db.execute(sql: "INSERT INTO \(table) (tie_id, position, line) VALUES (?, ?, ?)", arguments: [p.id, i, line])
            }
        }
    }

    /// Records the changes that made a tie's `version`.
    static func log(_ changes: [Change], version: Int, _ db: Database) throws {
        for c in changes {
            try db.execute(
                sql: "INSERT INTO change (at, who, tie_id, version, subject, before, after, source, as_of, note) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [c.at, c.who, c.tie, version, c.subject, c.before, c.after, c.source, c.asOf, c.note])
        }
    }

    /// What differs between a tie's parts before and after, one change per field, fact, log or ledger.
    public static func changes(from old: RecordParts?, to new: RecordParts?, by editor: Editor, at: String) -> [Change] {
        let tie = new?.id ?? old?.id ?? ""
        func change(_ subject: String, _ before: String?, _ after: String?) -> Change {
            Change(
                at: at, who: editor.name, tie: tie, subject: subject, before: before, after: after, source: editor.source,
                asOf: editor.asOf, note: editor.note)
        }
        guard let old, let new else { return [change("tie", old.map(PortfolioText.text(of:)), new.map(PortfolioText.text(of:)))] }
        var found: [Change] = []
        let fields: [(String, String?, String?)] = [
            ("name", old.name, new.name), ("kind", old.kind, new.kind), ("country", old.country, new.country),
            ("since", old.since.map(String.init), new.since.map(String.init)), ("responsible", old.responsible, new.responsible),
            ("url", old.url, new.url), ("notes", old.notes, new.notes),
            ("illustrative", joined(old.illustrative), joined(new.illustrative)),
        ]
        for (subject, before, after) in fields where before != after { found.append(change(subject, before, after)) }
        let before = Dictionary(old.facts.map { ($0.name, $0.text) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.facts.map { ($0.name, $0.text) }, uniquingKeysWith: { a, _ in a })
        let names = new.facts.map(\.name) + old.facts.map(\.name).filter { after[$0] == nil }
        for name in names where before[name] != after[name] { found.append(change("fact:" + name, before[name], after[name])) }
        if old.activities != new.activities {
            found.append(change("activities", old.activities.map(joined), new.activities.map(joined)))
        }
        if old.decisions != new.decisions {
            // A decision added to the end is one change; any other difference is the ledger before and after.
            if new.decisions.count == old.decisions.count + 1, Array(new.decisions.prefix(old.decisions.count)) == old.decisions {
                found.append(change("decision", nil, new.decisions.last))
            } else {
                found.append(change("decisions", joined(old.decisions), joined(new.decisions)))
            }
        }
        if old.obligations != new.obligations { found.append(change("obligations", joined(old.obligations), joined(new.obligations))) }
        return found
    }

    static func joined(_ lines: [String]) -> String { lines.joined(separator: "\n") }

    /// Saves one tie as `parts`, made from `version`: refused, with what changed since, where another save came first.
    /// One transaction: the tie and its history are written together or not at all.
    public func save(_ parts: RecordParts, from version: Int, by editor: Editor, at: String) throws(InputError) -> SaveResult {
        try writing { db in
            guard let (old, current) = try Self.parts(db, where: parts.id).first,
                let position = try Int.fetchOne(db, sql: "SELECT position FROM tie WHERE id = ?", arguments: [parts.id])
            else { throw InputError(.data, .stored(.noSuchTie(parts.id))) }
            guard current == version else {
                // A form sent again (a double click, a retry after a lost answer) asks for what is already saved.
                if old == parts { return .unchanged(version: current) }
                let since = try Self.history(db, tie: parts.id, after: version)
                return .stale(version: current, since: since)
            }
            let changes = Self.changes(from: old, to: parts, by: editor, at: at)
            guard !changes.isEmpty else { return .unchanged(version: current) }
            try Self.write(parts, position: position, version: current + 1, db)
            try Self.log(changes, version: current + 1, db)
            return .saved(version: current + 1, changes: changes)
        }
    }

    /// Fills an empty workspace with a portfolio's header and ties, or, with `merge`, brings a portfolio's ties into
    /// one that holds some: each tie added, changed or left as it is, every change recorded. Refused where the
    /// workspace holds ties and `merge` is not given: they may be an adviser's work.
    public func fill(
        header: String, rules: String, ties: [RecordParts], by editor: Editor, at: String, merge: Bool
    ) throws(InputError) -> (added: Int, changed: Int, unchanged: Int, keptNewer: Int) {
        let path = self.path
        return try writing { db in
            let held = try Int.fetchOne(db, sql: "SELECT count(*) FROM tie") ?? 0
            if held > 0 && !merge { throw InputError(.usage, .stored(.notEmpty(path, ties: held))) }
            if try Int.fetchOne(db, sql: "SELECT count(*) FROM portfolio") == 0 || !merge {
                try db.execute(sql: "INSERT OR REPLACE INTO portfolio (id, header, rules) VALUES (1, ?, ?)", arguments: [header, rules])
            }
            var next = (try Int.fetchOne(db, sql: "SELECT max(position) FROM tie") ?? -1) + 1
            var counts = (added: 0, changed: 0, unchanged: 0, keptNewer: 0)
            for p in ties {
                if let (old, version) = try Self.parts(db, where: p.id).first {
                    let (p, kept) = try Self.keepingLaterSaves(old: old, incoming: p, db)
                    counts.keptNewer += kept
                    let changes = Self.changes(from: old, to: p, by: editor, at: at)
                    if changes.isEmpty {
                        counts.unchanged += 1
                        continue
                    }
                    let position = try Int.fetchOne(db, sql: "SELECT position FROM tie WHERE id = ?", arguments: [p.id]) ?? next
                    try Self.write(p, position: position, version: version + 1, db)
                    try Self.log(changes, version: version + 1, db)
                    counts.changed += 1
                } else {
                    try Self.write(p, position: next, version: 1, db)
                    try Self.log(Self.changes(from: nil, to: p, by: editor, at: at), version: 1, db)
                    next += 1
                    counts.added += 1
                }
            }
            return counts
        }
    }

    /// A merged list's parts, with each value that a later save replaced kept as the save left it: where the list gives
    /// what a fact or field was just before its last change, and the workspace holds what that change made, the list
    /// was made before the change and its value is not news. The number of values so kept.
    static func keepingLaterSaves(old: RecordParts, incoming: RecordParts, _ db: Database) throws -> (RecordParts, Int) {
        var p = incoming
        var kept = 0
        for c in Self.changes(from: old, to: incoming, by: Editor(""), at: "") where !c.subject.hasPrefix("decision") {
            guard
                let last = try GRDB.Row.fetchOne(
                    db, sql: "SELECT before, after FROM change WHERE tie_id = ? AND subject = ? ORDER BY id DESC LIMIT 1",
                    arguments: [old.id, c.subject]),
                (last["before"] as String?) == c.after, (last["after"] as String?) == c.before
            else { continue }
            kept += 1
            switch c.subject {
            case let s where s.hasPrefix("fact:"):
                let name = String(s.dropFirst(5))
                p.facts.removeAll { $0.name == name }
                if let line = old.facts.first(where: { $0.name == name }) { p.facts.append(line) }
                let order = old.facts.map(\.name)
                p.facts.sort { (order.firstIndex(of: $0.name) ?? Int.max) < (order.firstIndex(of: $1.name) ?? Int.max) }
            case "name": p.name = old.name
            case "kind": p.kind = old.kind
            case "country": p.country = old.country
            case "since": p.since = old.since
            case "responsible": p.responsible = old.responsible
            case "url": p.url = old.url
            case "notes": p.notes = old.notes
            case "illustrative": p.illustrative = old.illustrative
            case "activities": p.activities = old.activities
            case "obligations": p.obligations = old.obligations
            default: kept -= 1
            }
        }
        return (p, kept)
    }

    /// The changes to one tie (or every tie), oldest first.
    public func history(tie: String? = nil) throws(InputError) -> [Change] {
        try reading { db in try Self.history(db, tie: tie, after: nil) }
    }

    /// The changes to a tie (or every tie) that made the versions after `version`, oldest first.
    static func history(_ db: Database, tie: String?, after version: Int?) throws -> [Change] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let tie {
            conditions.append("tie_id = ?")
            arguments += [tie]
        }
        if let version {
            conditions.append("version > ?")
            arguments += [version]
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try Row.fetchAll(db, sql: "SELECT * FROM change\(filter) ORDER BY id", arguments: arguments).map { row in
            Change(
                at: row["at"], who: row["who"], tie: row["tie_id"], subject: row["subject"], before: row["before"], after: row["after"],
                source: row["source"], asOf: row["as_of"], note: row["note"])
        }
    }

    /// A time as the history writes it: UTC to the second, `2026-12-07T10:15:00Z`.
    public static func timestamp(_ date: Date = Date()) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }
}

extension WorkspaceStore {
    /// A number that changes with every change recorded: a reader holding the ties loads them again when it differs.
    public func stamp() throws(InputError) -> Int {
        try reading { db in try Int.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'change'") ?? 0 }
    }
}

/// A proposal kept in the workspace: its file's text and its version.
public struct StoredProposal: Sendable, Hashable {
    public var id: String
    public var text: String
    public var version: Int
}

extension WorkspaceStore {
    /// Every proposal, by id.
    public func proposals() throws(InputError) -> [StoredProposal] {
        try reading { db in
            try GRDB.Row.fetchAll(db, sql: "SELECT * FROM proposal ORDER BY id").map {
                StoredProposal(id: $0["id"], text: $0["text"], version: $0["version"])
            }
        }
    }

    /// Saves a proposal's text, made from `version` (nil for a new one): refused as stale where another save came
    /// first, and recorded in the history under `proposal:ID`.
    public func saveProposal(id: String, text: String, from version: Int?, by editor: Editor, at: String) throws(InputError) -> SaveResult {
        try writing { db in
            let held = try GRDB.Row.fetchOne(db, sql: "SELECT text, version FROM proposal WHERE id = ?", arguments: [id])
            let current: Int? = held?["version"]
            let tie = "proposal:" + id
            guard current == version else {
                return .stale(version: current ?? 0, since: try Self.history(db, tie: tie, after: version ?? 0))
            }
            let before: String? = held?["text"]
            guard before != text else { return .unchanged(version: current ?? 0) }
            let next = (current ?? 0) + 1
            try db.execute(sql: "INSERT OR REPLACE INTO proposal (id, text, version) VALUES (?, ?, ?)", arguments: [id, text, next])
            let change = Change(
                at: at, who: editor.name, tie: tie, subject: "proposal", before: before, after: text, source: editor.source,
                asOf: editor.asOf, note: editor.note)
            try Self.log([change], version: next, db)
            return .saved(version: next, changes: [change])
        }
    }
}

extension WorkspaceStore {
    /// One tie's record file and version, as `stored()` gives it among the others.
    public func storedTie(_ id: String) throws(InputError) -> (text: SourceText, version: Int)? {
        let path = self.path
        return try reading { db -> (text: SourceText, version: Int)? in
            try Self.parts(db, where: id).first.map {
                (SourceText(path: "\(path)#\($0.parts.id)", text: PortfolioText.text(of: $0.parts)), $0.version)
            }
        }
    }
}
