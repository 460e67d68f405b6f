import TiesCore

/// The review as a terminal table: one line per record, then the summary, findings and data gaps.
public struct ReviewTable: Sendable {
    public var book: Phrasebook
    var language: Language { book.language }
    /// Wrap outcomes in ANSI colours (only on a terminal, and never with NO_COLOR).
    public var color: Bool
    /// Fit the report to this many columns: the table shows tie, outcome and the main reason, wrapped, and every other
    /// line wraps at spaces; nil leaves lines whole (for pipes and files).
    public var width: Int?
    /// Every column, scores included, whatever the width.
    public var wide = false

    public init(_ book: Phrasebook = Phrasebook(.nb), color: Bool = false, width: Int? = nil) {
        self.book = book
        self.color = color
        self.width = width
    }

    public func render(_ review: Review) -> String { String(decoding: bytes(review), as: UTF8.self) }

    /// The review as `render` gives it, in UTF-8: made as bytes, not as a text then copied, since at 100,000 ties each
    /// copy of the report is tens of megabytes.
    public func bytes(_ review: Review) -> [UInt8] {
        // Sorted once: every part below lists the records in reading order, and a sort costs a copy of each review.
        var review = review
        review.records = review.readingOrder
        let rs = review.ruleSet
        var out = "\(review.portfolio.municipality) — \(rs.title)\n"
        out +=
            book.review(.reviewedAgainst(date: review.asOf.map(book.date) ?? book(.noDate))) + " " + book.source(rs) + "\n"
        if let notes = review.portfolio.notes { out += notes + "\n" }
        out += "\n"

        // The table is laid out to the width itself; only the text around it is wrapped.
        let hasCategories = review.records.contains { $0.category != nil }
        let table: String
        if let width, !wide {
            table = narrowTable(review, width: width, hasCategories: hasCategories)
        } else if let width {
            table = wideTable(review, width: width, hasCategories: hasCategories)
        } else {
            table = fullTable(review, hasCategories: hasCategories)
        }
        let head = out
        out = ""
        let used = rs.parameters.filter { p in review.records.contains { $0.decisive.parameters.contains(p.name) } }
        for p in used { out += "† \(book.operational(p))\n" }

        out += "\n\(book.review(.summary)): "
        out += review.outcomeCounts.map { "\(book.outcome($0.outcome, rs)) \($0.count)" }.joined(separator: ", ")
        out += "\n"

        if !review.findings.isEmpty {
            out += "\n\(book.review(.findings)):\n"
            for f in review.findings {
                let status = book.review(f.holds ? .holds : .violated)
                out += "  [\(status)] \(book.text(f.text))\n"
                if !f.holds, let effect = book.findingEffect(f, review) { out += "      \(effect)\n" }
            }
        }

        let noted = review.records.filter { !$0.decisionNotes.isEmpty }
        if !noted.isEmpty {
            out += "\n\(book.review(.earlierDecisions)):\n"
            for r in noted {
                for note in r.decisionNotes { out += "  \(r.record.name): \(note.text.text(language))\n" }
            }
        }

        // What follows the table is shown in parts that each end a line, the list of open gaps, a line for each of up to a
        // hundred thousand ties, on every core.
        var tail = ""
        let open = review.records.filter { !$0.openingFacts.isEmpty }
        if !open.isEmpty {
            out += "\n\(book.review(.openGaps)):\n"
            tail += shown(out)
            out = ""
            let (book, ruleSet) = (book, review.ruleSet)
            for line in Parallel.map(
                open,
                { r in
                    let marker = r.provisional ? "\(book(.provisional)), " : ""
                    return shown("  \(r.record.name): \(marker)\(book(.missing)) \(book.facts(r.openingFacts, ruleSet))\n")
                })
            {
                tail += line
            }
        }
        if let f = review.fingerprint {
            // Narrow, the fingerprint breaks between its parts, never inside a hash.
            let fits = width.map { f.line(language).count <= $0 } ?? true
            out += "\n" + (fits ? f.line(language) : f.line(language).replacing(" · ", with: "\n")) + "\n"
        }
        let quiet = review.records.filter { $0.openingFacts.isEmpty && !$0.missingFacts.isEmpty }
        if !quiet.isEmpty {
            // Named where they are few: a count alone sends the reader to the JSON to find out which.
            let names = quiet.count <= 5 ? " (" + quiet.map(\.record.name).joined(separator: ", ") + ")" : ""
            out +=
                "\n" + book.review(.quietGaps(count: quiet.count, names: names)) + "\n"
        }
        tail += shown(out)
        var bytes = Array(shown(head).utf8)
        bytes.reserveCapacity(bytes.count + table.utf8.count + tail.utf8.count)
        bytes += table.utf8
        bytes += tail.utf8
        return bytes
    }

    /// `text`, whose every line ends, as the terminal shows it: control characters from the files written out, never
    /// sent (the table escapes its own cells, as its colours are the only escape sequences allowed through), and each
    /// line wrapped to the width. Parts shown one by one read as the whole shown at once.
    private func shown(_ text: String) -> String {
        let escaped = Escaping.terminal(text, keepingLines: true)
        guard let width else { return escaped }
        // One line and its end, as nearly every part is: wrapped without splitting the text into lines first.
        if escaped.utf8.last == 0x0A, escaped.utf8.firstIndex(of: 0x0A) == escaped.utf8.index(before: escaped.utf8.endIndex) {
            return Self.wrap(String(Substring(escaped.utf8.dropLast())), width) + "\n"
        }
        return escaped.split(separator: "\n", omittingEmptySubsequences: false).map { Self.wrap(String($0), width) }
            .joined(separator: "\n")
    }

    /// Every column (records in reading order): tie, kind, outcome, category, one column per criterion's score, main reason.
    func fullTable(_ review: Review, hasCategories: Bool) -> String {
        let rs = review.ruleSet
        let criteria = rs.criteria.map(\.id)
        let short = criteria.indices.map { book.review(.criterionShort($0 + 1)) }
        var header = [book.review(.tie), book.review(.kind), book.review(.outcome)]
        if hasCategories { header.append(book.review(.category)) }
        header += short
        header.append(book.review(.mainReason))
        var rows: [[String]] = []
        for r in review.records {
            var row = [shorten(r.record.name, 48), book.kind(r.record.kind), book.outcome(r, rs, short: true)]
            if hasCategories { row.append(book.category(r.category, rs)) }
            for c in rs.criteria {
                row.append(book.scoreCell(r, c, rs))
            }
            row.append(r.decisive.text.text(language) + (r.decisive.parameters.isEmpty ? "" : " †"))
            rows.append(row.map { Escaping.terminal($0) })
        }
        let numeric = Set((0..<criteria.count).map { $0 + (hasCategories ? 4 : 3) })
        let outcomes = review.records.map(\.outcome)
        let legend = zip(short, rs.criteria).map { "  \($0): \(Escaping.terminal($1.title.text(language)))\n" }.joined()
        return TextTable.render(header, rows, rightAligned: numeric) { row, column, cell in
            column == 2 && color ? paint(cell, rs.role(of: outcomes[row])) : cell
        } + legend
    }

    /// Every column within `width`: tie, kind, outcome, category, the criteria's scores; the main reason beside them
    /// where it has room, else on the lines under its row.
    func wideTable(_ review: Review, width: Int, hasCategories: Bool) -> String {
        let rs = review.ruleSet
        let order = review.records
        let short = rs.criteria.indices.map { book.review(.criterionShort($0 + 1)) }
        var header = [book.review(.tie), book.review(.kind), book.review(.outcome)]
        if hasCategories { header.append(book.review(.category)) }
        header += short
        let cells = order.map { r -> [String] in
            var row = [Escaping.terminal(r.record.name), book.kind(r.record.kind), book.outcome(r, rs, short: true)]
            if hasCategories { row.append(book.category(r.category, rs)) }
            row += rs.criteria.map { book.scoreCell(r, $0, rs) }
            return row.map { Escaping.terminal($0) }
        }
        var widths = header.indices.map { i in max(header[i].count, cells.map { $0[i].count }.max() ?? 0) }
        // The name gives way first, down to a quarter of the width; the other columns are as wide as their longest cell.
        let others = widths.dropFirst().reduce(0, +) + 2 * (widths.count - 1)
        widths[0] = min(widths[0], max(width - others - 2, width / 4, 12))
        let used = widths.reduce(0, +) + 2 * widths.count
        let reasonWidth = width - used
        let beside = reasonWidth >= 30
        func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(n - s.count, 0)) }
        func line(_ row: [String]) -> String {
            zip(row, widths).enumerated().map { i, pair in i == 0 ? pad(shorten(pair.0, pair.1), pair.1) : pad(pair.0, pair.1) }
                .joined(separator: "  ")
        }
        var out = line(header) + (beside ? "  " + book.review(.mainReason) : "") + "\n"
        out += String(repeating: "─", count: min(width, beside ? used + reasonWidth : used - 2)) + "\n"
        for (i, r) in order.enumerated() {
            let reason = Escaping.terminal(r.decisive.text.text(language)) + (r.decisive.parameters.isEmpty ? "" : " †")
            if beside {
                let lines = Self.wrapWords(reason, reasonWidth)
                out += line(cells[i]) + "  " + (lines.first ?? "") + "\n"
                for l in lines.dropFirst() { out += String(repeating: " ", count: used) + l + "\n" }
            } else {
                out += line(cells[i]) + "\n"
                for l in Self.wrapWords(reason, width - 4) { out += "    " + l + "\n" }
            }
        }
        let legend = zip(short, rs.criteria).map { "  \($0): \(Escaping.terminal($1.title.text(language)))" }.joined(separator: "\n")
        return out.replacing(try! Regex(" +\n"), with: "\n")
            + legend.split(separator: "\n").map { Self.wrap(String($0), width) }.joined(separator: "\n") + "\n"
    }

    /// What fits a terminal: tie, outcome (* where provisional), the category where there are categories, and the
    /// main reason wrapped in its own column. `--wide` gives the rest.
    func narrowTable(_ review: Review, width: Int, hasCategories: Bool) -> String {
        let rs = review.ruleSet
        // Each tie's cells, as shown (a control character's escape is wider than the character), and their widths, made
        // on every core.
        let book = book
        let cells = Parallel.map(review.records) { r in
            let outcome = Escaping.terminal(book.outcome(r.outcome, rs, short: true)) + (r.provisional ? " *" : "")
            let category = Escaping.terminal(book.category(r.category, rs))
            let name = Escaping.terminal(r.record.name)
            return (
                outcome: outcome, category: category, name: name,
                widths: (Self.visibleCount(outcome), Self.visibleCount(category), Self.visibleCount(name))
            )
        }
        let (outcomes, categories, names) = (cells.map(\.outcome), cells.map(\.category), cells.map(\.name))
        // The name takes a third of the width: cut at a quarter, two long names could not be told apart.
        let nameWidth = min(max(cells.map(\.widths.2).max() ?? 0, book.review(.tie).count), max(width / 3 - 2, 12))
        let outcomeWidth = max(cells.map(\.widths.0).max() ?? 0, book.review(.outcome).count)
        let categoryWidth = hasCategories ? max(cells.map(\.widths.1).max() ?? 0, book.review(.category).count) : 0
        let fixed = nameWidth + 2 + outcomeWidth + 2 + (hasCategories ? categoryWidth + 2 : 0)
        let reasonWidth = max(width - fixed, 12)
        @Sendable func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(n - Self.visibleCount(s), 0)) }
        var head = pad(book.review(.tie), nameWidth) + "  " + pad(book.review(.outcome), outcomeWidth) + "  "
        if hasCategories { head += pad(book.review(.category), categoryWidth) + "  " }
        var out = head + book.review(.mainReason) + "\n" + String(repeating: "─", count: min(width, fixed + reasonWidth)) + "\n"
        let indent = String(repeating: " ", count: fixed)
        // Each tie's lines stand alone, so they are made on every core and joined in order.
        let rows = Parallel.map(Array(review.records.indices)) { i in
            let r = review.records[i]
            let reason = Escaping.terminal(r.decisive.text.text(language)) + (r.decisive.parameters.isEmpty ? "" : " †")
            let lines = Self.wrapWords(reason, reasonWidth)
            let outcome = pad(outcomes[i], outcomeWidth)
            var row =
                pad(shorten(names[i], nameWidth), nameWidth) + "  "
                + (color ? paint(outcome, review.ruleSet.role(of: r.outcome)) : outcome) + "  "
            if hasCategories { row += pad(categories[i], categoryWidth) + "  " }
            row += (lines.first ?? "") + "\n"
            for line in lines.dropFirst() { row += indent + line + "\n" }
            return row
        }
        out.reserveCapacity(out.utf8.count + rows.reduce(0) { $0 + $1.utf8.count })
        for row in rows { out += row }
        if review.records.contains(where: \.provisional) {
            out += "* " + book(.provisional) + ": " + book.review(.openGaps).lowercasedFirst + "\n"
        }
        return out
    }

    /// Words in lines of at most `width` characters; a word longer than that is cut with an ellipsis.
    static func wrapWords(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        // Lengths counted once per word, not again for the line at every word: a review has a hundred thousand reasons.
        var length = 0
        // Split at spaces by bytes, and counted by bytes where a word is ASCII: a hundred thousand reasons pass here. A
        // space before a combining mark belongs to its character, so such a text is split by characters.
        let bytes = Array(text.utf8)
        let combining = bytes.indices.contains { i in bytes[i] == 0x20 && i + 1 < bytes.count && bytes[i + 1] >= 0xCC }
        let words: [Substring] =
            combining ? text.split(separator: " ") : text.utf8.split(separator: 0x20).map { Substring($0) }
        for word in words {
            var count = word.utf8.allSatisfy { $0 < 0x80 } ? word.utf8.count : Self.visibleCount(word)
            let w = count > width ? String(word.prefix(width - 1)) + "…" : String(word)
            if count > width { count = width }
            if line.isEmpty {
                line = w
                length = count
            } else if length + 1 + count <= width {
                line += " " + w
                length += 1 + count
            } else {
                lines.append(line)
                line = w
                length = count
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// A line wider than `width` wrapped at spaces, its continuation indented two past the line's own indent; colour
    /// codes do not count.
    static func wrap(_ line: String, _ width: Int) -> String {
        guard visibleCount(line) > width else { return line }
        let indent = line.prefix { $0 == " " }.count
        let lines = wrapWords(String(line.dropFirst(indent)), max(width - indent - 2, 10))
        return lines.enumerated().map { i, l in String(repeating: " ", count: i == 0 ? indent : indent + 2) + l }.joined(separator: "\n")
    }

    static func visibleCount<S: StringProtocol>(_ text: S) -> Int {
        // Counted by bytes where every character is one scalar: below U+0300 (ASCII and the Latin letters with their
        // marks, æ ø å é) or general punctuation (– … ‘ ’), no joiner and no colour code. Each line of a long report
        // passes here.
        var scalars = 0
        var simple = true
        let bytes = text.utf8
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == 0xE2 {
                // U+2000–U+207F, but for the joiners U+200C and U+200D, which join what they stand between.
                let next = bytes.index(after: i)
                guard next < bytes.endIndex, bytes[next] == 0x80 || bytes[next] == 0x81 else {
                    simple = false
                    break
                }
                let third = bytes.index(after: next)
                if bytes[next] == 0x80, third < bytes.endIndex, bytes[third] == 0x8C || bytes[third] == 0x8D {
                    simple = false
                    break
                }
            } else if b == 0x1B || b >= 0xCC || b == 0x0D {
                simple = false
                break
            }
            if b & 0xC0 != 0x80 { scalars += 1 }
            i = bytes.index(after: i)
        }
        if simple { return scalars }
        var count = 0
        var inEscape = false
        for c in text {
            if c == "\u{1B}" {
                inEscape = true
            } else if inEscape {
                if c == "m" { inEscape = false }
            } else {
                count += 1
            }
        }
        return count
    }

    /// Long names cut with an ellipsis so the table stays readable; the full name is in every other format.
    private func shorten(_ text: String, _ limit: Int) -> String {
        Self.visibleCount(text) <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// Green to go on, cyan on conditions or at rest, yellow to look into, red to end; dim for ended or not assessed.
    private func paint(_ text: String, _ role: OutcomeRole?) -> String {
        let code: String
        switch role {
        case .keep?, .join?: code = "32"
        case .conditional?, .dormant?: code = "36"
        case .review?: code = "33"
        case .exit?, .doNotJoin?: code = "31"
        case .ended?, nil: code = "2"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
