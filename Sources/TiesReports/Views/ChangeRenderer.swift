import TiesCore

/// The changes between two reviews, each with its causes: as text for the terminal, or as JSON.
public struct ChangeRenderer: Sendable {
    public var book: Phrasebook

    public init(_ book: Phrasebook = Phrasebook(.nb)) { self.book = book }

    public func text(_ changes: [RecordChange], old: ReviewSnapshot, new: ReviewSnapshot, title: String) -> String {
        var out = title + "\n"
        out +=
            "  \(book.terminal(.before)): \(old.ruleSetID), \(book.terminal(.asOf)) \(old.asOf.map(book.date) ?? "—")"
            + (old.ruleSetSHA256.map { ", rules sha256:\($0.prefix(12))…" } ?? "") + "\n"
        out +=
            "  \(book.terminal(.after)): \(new.ruleSetID), \(book.terminal(.asOf)) \(new.asOf.map(book.date) ?? "—")"
            + (new.ruleSetSHA256.map { ", rules sha256:\($0.prefix(12))…" } ?? "") + "\n\n"
        guard !changes.isEmpty else { return out + book.terminal(.noRecordChanged) + "\n" }
        for c in changes {
            let before = c.before.map(describe) ?? "—"
            let after = c.after.map(describe) ?? "—"
            out += "\(c.name) (\(c.id)): \(before) → \(after)\n"
            for cause in c.causes { out += "    \(book(Self.kind(cause.kind))): \(book(cause.detail))\n" }
        }
        let flips = changes.filter(\.outcomeFlipped).count
        out += "\n" + book.terminal(.changed(count: changes.count, flipped: flips)) + "\n"
        return out
    }

    static func kind(_ k: RecordChange.Cause.Kind) -> Phrase.ChangeKind {
        switch k {
        case .facts: .facts
        case .rules: .rules
        case .ruleSet: .ruleSet
        case .reviewDate: .reviewDate
        case .portfolio: .portfolio
        case .added: .added
        case .removed: .removed
        }
    }

    func describe(_ r: RecordSnapshot) -> String {
        r.outcome + (r.category.map { " [\($0)]" } ?? "") + (r.fired.isEmpty ? "" : " {" + r.fired.joined(separator: ", ") + "}")
    }

    public func json(_ changes: [RecordChange], old: ReviewSnapshot, new: ReviewSnapshot) -> String {
        func side(_ r: RecordSnapshot?) -> JSON {
            guard let r else { return .null }
            return .object([
                ("outcome", .string(r.outcome)), ("category", .optional(r.category)), ("fired", .array(r.fired.map(JSON.string))),
            ])
        }
        return JSON.object([
            ("schema", .string("ties.diff/1")),
            (
                "before",
                .object([
                    ("ruleset", .string(old.ruleSetID)), ("ruleset_sha256", .optional(old.ruleSetSHA256)),
                    ("as_of", .optional(old.asOf?.description)),
                ])
            ),
            (
                "after",
                .object([
                    ("ruleset", .string(new.ruleSetID)), ("ruleset_sha256", .optional(new.ruleSetSHA256)),
                    ("as_of", .optional(new.asOf?.description)),
                ])
            ),
            (
                "changes",
                .array(
                    changes.map { c in
                        .object([
                            ("id", .string(c.id)), ("name", .string(c.name)), ("before", side(c.before)), ("after", side(c.after)),
                            ("outcome_flipped", .bool(c.outcomeFlipped)),
                            (
                                "causes",
                                .array(
                                    c.causes.map { .object([("kind", .string($0.kind.rawValue)), ("detail", .string(book($0.detail)))]) })
                            ),
                        ])
                    })
            ),
        ]).serialized()
    }
}
