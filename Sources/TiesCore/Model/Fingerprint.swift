/// What a council needs to reproduce a report: the rule set's and the portfolio's SHA-256, the tool, the date.
public struct Fingerprint: Sendable, Hashable {
    /// SHA-256 of the rule set file as written.
    public var ruleSet: String
    /// SHA-256 of the portfolio's canonical text (records by id), so file layout and order do not change it.
    public var portfolio: String
    public var tool: String
    public var asOf: ReviewDate?
    /// What-if edits applied to the rule set (`--set`); a report made with edits says so.
    public var edits: [String]

    public init(ruleSet: String, portfolio: String, tool: String, asOf: ReviewDate?, edits: [String] = []) {
        self.ruleSet = ruleSet
        self.portfolio = portfolio
        self.tool = tool
        self.asOf = asOf
        self.edits = edits
    }

    /// One line for reports, in the reader's language: `regelsett sha256:… · portefølje sha256:… · ties 0.1.0 ·
    /// vurdert 15.11.2026`.
    public func line(_ language: Language) -> String {
        let book = Phrasebook(language)
        let line = book.review(
            .fingerprintLine(ruleSet: ruleSet, portfolio: portfolio, tool: tool, date: asOf.map(book.date) ?? "—"))
        return line + (edits.isEmpty ? "" : book.review(.fingerprintEdited(edits.joined(separator: ", "))))
    }
}

extension Portfolio {
    /// The portfolio as one canonical text: header, then records sorted by id, facts by name.
    /// Two portfolios with the same content have the same text whatever their files or order.
    public var canonicalText: String {
        var text = ""
        writeCanonical { text += $0 }
        return text
    }

    /// The canonical text handed to `write` a record at a time, so a hash of 100,000 ties never holds it whole.
    public func writeCanonical(_ write: (String) -> Void) {
        write("municipality: \(municipality)\nas_of: \(asOf?.description ?? "")\n")
        // Sorted by place, not by copy, and each record read where it stands: a copy of each would cost more.
        for i in records.indices.sorted(by: { records[$0].id < records[$1].id }) {
            var out = "record: \(records[i].id)\n"
            func field(_ key: String, _ value: String?) { if let value { out += "  \(key): \(value.quotedForFingerprint)\n" } }
            field("name", records[i].name)
            field("kind", records[i].kind)
            field("country", records[i].country)
            field("since", records[i].since.map(String.init))
            field("responsible", records[i].responsible)
            field("url", records[i].url)
            field("notes", records[i].notes)
            for name in records[i].facts.keys.sorted() { out += "  fact \(name): \(records[i].facts[name]!)\n" }
            if !records[i].illustrative.isEmpty {
                out += "  illustrative: [" + records[i].illustrative.sorted().map(\.quotedForFingerprint).joined(separator: ", ") + "]\n"
            }
            for a in records[i].activities ?? [] {
                let amount = a.amountNOK.map { Value.format($0) } ?? "-"
                out += "  activity: \(a.year) \(a.type) \(amount) \((a.note ?? "").quotedForFingerprint)\n"
            }
            for d in records[i].decisions { out += "  decision: \(d.canonicalText)\n" }
            // Where a fact comes from and when: a stale date changes the review, so it is part of what was reviewed.
            for name in records[i].evidence.keys.sorted() {
                let e = records[i].evidence[name]!
                // A note is said only where there is one, so the fingerprints of records without notes stand as they were.
                let note = e.note.map { " note=" + $0.quotedForFingerprint } ?? ""
                out += "  evidence \(name): \((e.source ?? "").quotedForFingerprint) \(e.asOf?.description ?? "-")\(note)\n"
            }
            write(out)
        }
    }
}

extension String {
    /// The text as Swift's `debugDescription` quotes it, which the fingerprint has always used; printable text without
    /// a quote, an apostrophe or a backslash, nearly every text, is quoted without the general escaping's cost.
    var quotedForFingerprint: String {
        // Latin letters with their marks (U+00A0–U+02FF: æ ø å é ü, « ») stand as they are; a quote, an apostrophe and
        // a backslash (which debugDescription escapes), a combining mark or any other text are left to it.
        var plain = true
        var lead: UInt8 = 0
        for b in utf8 {
            if lead != 0 {
                if lead == 0xC2 && b < 0xA0 { plain = false }
                lead = 0
            } else if b >= 0xC2 && b <= 0xCB {
                lead = b
            } else if b < 0x20 || b >= 0x7F || b == 0x22 || b == 0x27 || b == 0x5C {
                plain = false
            }
            if !plain { break }
        }
        return plain && lead == 0 ? "\"" + self + "\"" : debugDescription
    }
}
