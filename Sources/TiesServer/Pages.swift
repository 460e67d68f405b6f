import TiesCore
import TiesReports

/// The workbench's pages as HTML, from a review and what a form asked for. They decide nothing: what is shown, in what
/// order and who may change it comes in with the call.
struct Pages: Sendable {
    var book: Phrasebook
    var frame: PageFrame

    func p(_ x: Phrase.Page) -> String { book.page(x) }

    /// What the overview shows of a review whatever is asked: the counts, costs and due dates, and each tie's row,
    /// made once per review and language.
    func overviewData(_ review: Review) -> OverviewData {
        let rs = review.ruleSet
        let costs = review.costs
        var cards = "<div class=\"cards\">\n<section aria-labelledby=\"counts\"><h2 id=\"counts\">\(esc(p(.outcomeCounts)))</h2>\n"
        var table =
            "<table>\n<thead><tr><th scope=\"col\">\(esc(p(.sortOutcome)))</th><th scope=\"col\" class=\"number\">\(esc(p(.tiesCount)))</th>"
        if costs != nil { table += "<th scope=\"col\" class=\"number\">\(esc(p(.costs)))</th>" }
        table += "</tr></thead>\n<tbody>\n"
        func cost(_ outcome: String?) -> String {
            guard let costs else { return "" }
            guard let t = costs.totals.first(where: { $0.outcome == outcome }) else { return "<td class=\"number\">–</td>" }
            let unknown = t.unknown > 0 ? " " + book.review(.plusUnknown(t.unknown)) : ""
            return "<td class=\"number\">\(esc(book.amount(t.known) + unknown))</td>"
        }
        for (outcome, count) in review.outcomeCounts {
            table +=
                "<tr><th scope=\"row\"><a href=\"/?outcome=\(esc(percentEncoded(outcome)))\">\(esc(book.outcome(outcome, rs)))</a></th>"
            table += "<td class=\"number\">\(count)</td>\(cost(outcome))</tr>\n"
        }
        table += "<tr><th scope=\"row\">\(esc(p(.total)))</th><td class=\"number\">\(review.records.count)</td>\(cost(nil))</tr>\n"
        cards += table + "</tbody>\n</table>\n"
        let gaps = review.records.filter { !$0.missingFacts.isEmpty && rs.role(of: $0.outcome) != .ended }.count
        cards += "<p><a href=\"/departments\">\(esc(p(.gaps(gaps))))</a></p>\n</section>\n"
        cards += "<section aria-labelledby=\"due\"><h2 id=\"due\">\(esc(p(.obligationsDue)))</h2>\n"
        let due = review.asOf.map { review.deadlines(through: $0.adding(years: 1)) } ?? []
        if due.isEmpty {
            cards += "<p>\(esc(p(.noneDue)))</p>\n"
        } else {
            cards += "<ul>\n"
            for d in due.prefix(12) {
                let date = d.overdue ? book.review(.overdue(book.date(d.date))) : book.date(d.date)
                cards += "<li>\(d.overdue ? "<strong>" : "")\(esc(date))\(d.overdue ? "</strong>" : ""): "
                cards +=
                    "<a href=\"/ties/\(esc(percentEncoded(d.record.id)))\">\(esc(d.record.name))</a> – \(esc(book.text(d.what)))</li>\n"
            }
            cards += "</ul>\n"
            if due.count > 12 { cards += "<p><a href=\"/documents\">\(esc(p(.calendar)))</a></p>\n" }
        }
        cards += "</section>\n</div>\n"
        let headings =
            [book.review(.kind), p(.sortOutcome)] + (costs == nil ? [] : [book.costLabel(rs)]) + [
                p(.sortResponsible), book.review(.mainReason),
            ]
        var head = "<table class=\"stack\">\n<thead><tr><th scope=\"col\">\(esc(book.review(.tie)))</th>"
        head += headings.map { "<th scope=\"col\">\(esc($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        let order = Dictionary(rs.outcomes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = review.records.map { r -> OverviewRow in
            var html = "<tr><th scope=\"row\"><a href=\"/ties/\(esc(percentEncoded(r.record.id)))\">\(esc(r.record.name))</a></th>"
            var cells = [book.kind(r.record.kind), book.outcome(r, rs)]
            let yearly = r.yearlyCost(rs)
            if costs != nil { cells.append(yearly.map { $0.number.map { book.amount($0) } ?? "?" } ?? "–") }
            cells += [r.record.responsible ?? "–", book.text(r.decisive.text)]
            html += zip(headings, cells).map { "<td data-label=\"\(esc($0))\">\(esc($1))</td>" }.joined() + "</tr>\n"
            return OverviewRow(
                id: r.record.id, name: r.record.name.lowercased(), outcome: r.outcome, outcomeOrder: order[r.outcome] ?? 99,
                cost: yearly?.number ?? -1, kind: r.record.kind, responsible: r.record.responsible, html: html)
        }
        let departments = Set(review.records.compactMap(\.record.responsible)).sorted()
        // Each order the list can be sorted in, made once: a page then only filters.
        var orders: [String: [OverviewRow]] = [:]
        for sort in OverviewQuery.sorts { orders[sort] = OverviewQuery.sorted(rows, by: sort) }
        return OverviewData(cards: cards, tableHead: head, orders: orders, total: review.records.count, departments: departments)
    }

    /// The overview: counts, costs, what is due, and the table of ties as filtered and sorted, a page at a time.
    func overview(_ data: OverviewData, review: Review, query: OverviewQuery) -> String {
        let rs = review.ruleSet
        let matching = query.apply(data)
        let pageCount = max(1, (matching.count + OverviewQuery.pageSize - 1) / OverviewQuery.pageSize)
        let pageNumber = min(max(1, query.page), pageCount)
        let shown = matching.dropFirst((pageNumber - 1) * OverviewQuery.pageSize).prefix(OverviewQuery.pageSize)
        var body = "<form class=\"filters\" method=\"get\" action=\"/\">\n"
        body += "<div><label for=\"as_of\">\(esc(p(.reviewDate)))</label>"
        body += "<input type=\"date\" id=\"as_of\" name=\"as_of\" value=\"\(esc(review.asOf?.description ?? ""))\"></div>\n"
        body += select("outcome", p(.outcomeCounts), [("", p(.all))] + rs.outcomes.map { ($0.id, book.text($0.label)) }, query.outcome)
        body += select("kind", book.review(.kind), [("", p(.all))] + Record.kinds.map { ($0, book.kind($0)) }, query.kind)
        body += select(
            "responsible", p(.sortResponsible), [("", p(.all))] + data.departments.map { ($0, $0) } + [("-", p(.responsibleNone))],
            query.responsible)
        body += select(
            "sort", p(.sortBy),
            [("name", p(.sortName)), ("outcome", p(.sortOutcome)), ("cost", p(.sortCost)), ("responsible", p(.sortResponsible))],
            query.sort)
        body += "<div><button type=\"submit\">\(esc(p(.show)))</button></div>\n</form>\n" + data.cards
        body += "<h2 id=\"ties\">\(esc(p(.tableHeading)))</h2>\n<p>\(esc(p(.showing(shown: matching.count, of: data.total))))</p>\n"
        // A long list in pages of a hundred, each a link that keeps the filters.
        var pager = ""
        if pageCount > 1 {
            pager = "<nav class=\"pages\" aria-label=\"\(esc(p(.pagesLabel)))\"><ul>"
            for n in 1...pageCount {
                let current = n == pageNumber ? " aria-current=\"page\"" : ""
                pager += "<li><a\(current) href=\"\(esc(query.link(page: n, asOf: review.asOf)))\">\(n)"
                pager += "<span class=\"hidden\"> – \(esc(p(.pageOf(n, pageCount))))</span></a></li>"
            }
            pager += "</ul></nav>\n"
        }
        body +=
            pager + scrollingTable(label: p(.tableHeading), data.tableHead + shown.map(\.html).joined() + "</tbody>\n</table>\n") + pager
        return frame.render(title: p(.overview), body: body)
    }

    /// A list to choose one value from, with its label.
    func select(_ name: String, _ label: String, _ options: [(String, String)], _ chosen: String?) -> String {
        var out = "<div><label for=\"\(name)\">\(esc(label))</label><select id=\"\(name)\" name=\"\(name)\">"
        for (value, text) in options {
            out += "<option value=\"\(esc(value))\"\(value == (chosen ?? "") ? " selected" : "")>\(esc(text))</option>"
        }
        return out + "</select></div>\n"
    }
}

/// What the overview was asked to show.
struct OverviewQuery: Sendable {
    var outcome: String?
    var kind: String?
    var responsible: String?
    var sort: String?
    /// Which page of the list, from 1.
    var page = 1

    /// How many ties a page of the list shows.
    static let pageSize = 100

    /// The overview's address with these filters, on page `page`.
    func link(page: Int, asOf: ReviewDate?) -> String {
        var parts: [String] = []
        for (key, value) in [
            ("as_of", asOf?.description), ("outcome", outcome), ("kind", kind), ("responsible", responsible), ("sort", sort),
        ] {
            if let value { parts.append(key + "=" + percentEncoded(value)) }
        }
        if page > 1 { parts.append("page=\(page)") }
        return "/" + (parts.isEmpty ? "" : "?" + parts.joined(separator: "&")) + "#ties"
    }

    /// The orders the list can be sorted in; by name where none is asked for.
    static let sorts = ["name", "outcome", "cost", "responsible"]

    /// The ties that match, in the order asked for.
    func apply(_ data: OverviewData) -> [OverviewRow] {
        let rows = data.orders[Self.sorts.contains(sort ?? "") ? sort! : "name"] ?? []
        guard outcome != nil || kind != nil || responsible != nil else { return rows }
        return rows.filter { r in
            (outcome == nil || r.outcome == outcome) && (kind == nil || r.kind == kind)
                && (responsible == nil || (r.responsible ?? "-") == responsible)
        }
    }

    static func sorted(_ rows: [OverviewRow], by sort: String) -> [OverviewRow] {
        switch sort {
        case "outcome": rows.sorted { ($0.outcomeOrder, $0.name, $0.id) < ($1.outcomeOrder, $1.name, $1.id) }
        case "cost": rows.sorted { (-$0.cost, $0.name, $0.id) < (-$1.cost, $1.name, $1.id) }
        case "responsible": rows.sorted { ($0.responsible ?? "~", $0.name, $0.id) < ($1.responsible ?? "~", $1.name, $1.id) }
        default: rows.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        }
    }
}

/// What a page says back after a form: done, refused, or a field to correct.
struct Feedback: Sendable {
    var message: String?
    var problem: String?
    /// Each field's problem, by the field's id.
    var fields: [String: String] = [:]
    /// The values the form was sent with, by field name, shown again where nothing was saved.
    var sent: [String: [String]] = [:]
    /// The fact or form whose editor stays open.
    var open: String?
    /// Another person's changes that came first.
    var theirs: [Change] = []

    init(message: String? = nil, problem: String? = nil) { (self.message, self.problem) = (message, problem) }
}

extension Pages {
    /// A tie: what it is, its facts with their evidence and age, the assessment, its decisions and its history.
    func tie(
        _ r: RecordReview, review: Review, version: Int, history: HistoryTable, canEdit: Bool, canDecide: Bool, feedback: Feedback
    ) -> String {
        let rs = review.ruleSet
        let record = r.record
        let link = "/ties/" + percentEncoded(record.id)
        var body = problemBox(feedback, rs: rs)
        var facts: [String] = [book.review(.kind) + ": " + book.kind(record.kind)]
        if let c = record.country { facts.append(book.value(of: "country", .string(c), rs)) }
        if let s = record.since { facts.append((Record.fieldHeadings["since"]?[book.language.code]?.first ?? "since") + ": \(s)") }
        if let d = record.responsible { facts.append(p(.sortResponsible) + ": " + d) }
        body += "<p><strong>\(esc(p(.sortOutcome))): \(esc(book.outcome(r, rs)))</strong></p>\n"
        body += "<p>\(facts.map(esc).joined(separator: " · "))</p>\n"

        body += "<h2 id=\"facts\">\(esc(p(.facts)))</h2>\n"
        var table = "<table class=\"stack\">\n<thead><tr><th scope=\"col\">\(esc(p(.fact)))</th><th scope=\"col\">\(esc(p(.value)))</th>"
        table +=
            "<th scope=\"col\">\(esc(p(.source)))</th><th scope=\"col\">\(esc(p(.sourceDate)))</th><th scope=\"col\">\(esc(p(.age)))</th>"
        table += "<th scope=\"col\">\(esc(p(.note)))</th>"
        if canEdit { table += "<th scope=\"col\"><span class=\"hidden\">\(esc(p(.edit)))</span></th>" }
        table += "</tr></thead>\n<tbody>\n"
        for f in rs.facts {
            let value = record.facts[f.name]
            let e = record.evidence[f.name]
            let missing = r.missingFacts.contains(f.name)
            // A value made up for a sample says so beside it, as the review's note does.
            let made = value != nil && record.illustrative.contains(f.name) ? " (" + p(.illustrativeValue) + ")" : ""
            let shown = (value.map { book.factValue($0, of: f) } ?? p(.unknownValue)) + made
            table += "<tr><th scope=\"row\">\(esc(book.fact(f.name, rs)))</th>"
            table += "<td data-label=\"\(esc(p(.value)))\">\(missing ? "<strong>" : "")\(esc(shown))\(missing ? "</strong>" : "")</td>"
            table += "<td data-label=\"\(esc(p(.source)))\">\(esc(e?.source ?? ""))</td>"
            table += "<td data-label=\"\(esc(p(.sourceDate)))\">\(esc(e?.asOf.map(book.date) ?? ""))</td>"
            let age: Int? = if let from = e?.asOf, let to = review.asOf { max(0, to.year - from.year) } else { nil }
            table += "<td data-label=\"\(esc(p(.age)))\">\(esc(age.map { p(.ageYears($0)) } ?? ""))</td>"
            table += "<td data-label=\"\(esc(p(.note)))\">\(esc(e?.note ?? ""))</td>"
            if canEdit {
                table += "<td><a href=\"\(esc(link))/facts/\(esc(percentEncoded(f.name)))\">\(esc(p(.edit)))"
                table += "<span class=\"hidden\">: \(esc(book.fact(f.name, rs)))</span></a></td>"
            }
            table += "</tr>\n"
        }
        body += scrollingTable(label: p(.facts), table + "</tbody>\n</table>\n")

        body += "<h2 id=\"activities\">\(esc(p(.activityLog)))</h2>\n"
        if let log = record.activities, !log.isEmpty {
            var t = "<table>\n<thead><tr><th scope=\"col\">\(esc(p(.year)))</th><th scope=\"col\">\(esc(p(.activity)))</th>"
            t += "<th scope=\"col\" class=\"number\">\(esc(p(.amount)))</th><th scope=\"col\">\(esc(p(.note)))</th></tr></thead>\n<tbody>\n"
            for a in log {
                t += "<tr><td>\(a.year)</td><td>\(esc(ActivityType(rawValue: a.type).map(book.activity) ?? a.type))</td>"
                t += "<td class=\"number\">\(esc(a.amountNOK.map { book.amount($0) } ?? ""))</td><td>\(esc(a.note ?? ""))</td></tr>\n"
            }
            body += scrollingTable(label: p(.activityLog), t + "</tbody>\n</table>\n")
        } else {
            body += "<p>\(esc(p(record.activities == nil ? .noActivityLog : .noActivities)))</p>\n"
        }
        body += "<h2 id=\"assessment\">\(esc(p(.explanation)))</h2>\n"
        body += HTMLWriter.blocks(ReviewDocument(book).explanation(r, rs), headingOffset: 2)

        body += "<h2 id=\"decisions\">\(esc(p(.decisions)))</h2>\n"
        if record.decisions.isEmpty { body += "<p>\(esc(p(.noDecisions)))</p>\n" }
        if !record.decisions.isEmpty {
            body += "<ul>\n" + record.decisions.map { "<li>\(esc(book.decision($0, rs)))</li>\n" }.joined() + "</ul>\n"
        }
        if canDecide { body += decisionForm(r, rs: rs, link: link, version: version, feedback: feedback) }

        body += "<h2 id=\"history\">\(esc(p(.history)))</h2>\n"
        // The latest changes on the page; the whole history is a document to download.
        var recent = history
        recent.changes = Array(history.changes.suffix(Self.historyShown))
        body += history.changes.isEmpty ? "<p>\(esc(p(.noHistory)))</p>\n" : historyTable(recent, label: p(.history))
        if history.changes.count > Self.historyShown {
            body += "<p><a href=\"/documents/history.csv\">\(esc(p(.historyCSV)))</a> – \(esc(p(.latestShown(Self.historyShown))))</p>\n"
        }
        body += "<p><a href=\"/\">\(esc(p(.backToOverview)))</a></p>\n"
        return frame.render(title: record.name, body: body)
    }

    /// A history as a table, newest first.
    func historyTable(_ history: HistoryTable, label: String) -> String {
        let headings = Phrase.HistoryColumn.allCases.filter { $0 != .tie }.map { book.workbench(.historyHeading($0)) }
        var t = "<table>\n<thead><tr>" + headings.map { "<th scope=\"col\">\(esc($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in history.rows().reversed() {
            var cells = row
            cells.remove(at: 2)
            t += "<tr>" + cells.map { "<td>\(esc($0).replacing("\n", with: "<br>"))</td>" }.joined() + "</tr>\n"
        }
        return scrollingTable(label: label, t + "</tbody>\n</table>\n")
    }

    /// The form that changes one fact, as its type asks: a list, boxes, yes/no/unknown, a number in its range.
    func factForm(_ f: FactDefinition, record: Record, link: String, version: Int, feedback: Feedback, rs: RuleSet) -> String {
        let id = "fact-" + f.name
        let label = book.fact(f.name, rs)
        let sent = feedback.open == f.name ? feedback.sent : [:]
        let current = record.facts[f.name]
        let e = record.evidence[f.name]
        let error = feedback.fields[id]
        var out = "<form method=\"post\" action=\"\(esc(link))/facts/\(esc(percentEncoded(f.name)))\">\n\(frameToken)"
        out += "<input type=\"hidden\" name=\"version\" value=\"\(version)\">\n"
        out += factInput(f, name: "value", id: id, label: label, current: current, sent: sent["value"], error: error)
        let source = sent["source"]?.first ?? e?.source ?? ""
        let date = sent["as_of"]?.first ?? e?.asOf?.description ?? ""
        let note = sent["note"]?.first ?? e?.note ?? ""
        let dateError = feedback.fields[id + "-as_of"]
        out +=
            "<label for=\"\(id)-source\">\(esc(p(.source)))</label><input type=\"text\" id=\"\(id)-source\" name=\"source\" value=\"\(esc(source))\">\n"
        out += "<label for=\"\(id)-as_of\">\(esc(p(.sourceDate)))</label>"
        if let dateError { out += "<span class=\"field-error\" id=\"\(id)-as_of-error\">\(esc(dateError))</span>" }
        out += "<input type=\"date\" id=\"\(id)-as_of\" name=\"as_of\" value=\"\(esc(date))\""
        out += dateError == nil ? ">\n" : " aria-invalid=\"true\" aria-describedby=\"\(id)-as_of-error\">\n"
        out +=
            "<label for=\"\(id)-note\">\(esc(p(.note)))</label><input type=\"text\" id=\"\(id)-note\" name=\"note\" value=\"\(esc(note))\">\n"
        out += "<p><button type=\"submit\">\(esc(p(.save)))</button></p>\n</form>\n"
        return out
    }

    /// The page that changes one fact of a tie, with the tie's page a link away.
    func factPage(_ f: FactDefinition, record: Record, version: Int, rs: RuleSet, feedback: Feedback) -> String {
        let link = "/ties/" + percentEncoded(record.id)
        var body = problemBox(feedback, rs: rs)
        body += "<p><a href=\"\(esc(link))\">\(esc(record.name))</a></p>\n"
        body += factForm(f, record: record, link: link, version: version, feedback: feedback, rs: rs)
        return frame.render(title: p(.edit) + ": " + book.fact(f.name, rs) + " – " + record.name, body: body)
    }

    /// What went wrong with a form, the fields to correct linked, and another person's change where theirs came first.
    func problemBox(_ feedback: Feedback, rs: RuleSet) -> String {
        var body = ""
        if let m = feedback.message { body += "<p class=\"message\" role=\"status\">\(esc(m))</p>\n" }
        guard let problem = feedback.problem else { return body }
        body += "<div class=\"problem\" role=\"alert\"><p>\(esc(problem))</p>"
        if !feedback.fields.isEmpty {
            body +=
                "<ul>"
                + feedback.fields.sorted { $0.key < $1.key }.map { "<li><a href=\"#\(esc($0.key))\">\(esc($0.value))</a></li>" }
                .joined() + "</ul>"
        }
        if !feedback.theirs.isEmpty {
            body += "<p>\(esc(p(.staleSaveShow)))</p>"
            body += historyTable(HistoryTable(changes: feedback.theirs, book: book, ruleSet: rs), label: p(.staleSave))
        }
        return body + "</div>\n"
    }

    /// The field of one fact, as its type asks: a list, boxes, yes/no/unknown, a number, a text; named `name`.
    func factInput(_ f: FactDefinition, name: String, id: String, label: String, current: Value?, sent: [String]?, error: String?) -> String
    {
        var out = ""
        let invalid = error == nil ? "" : " aria-invalid=\"true\" aria-describedby=\"\(id)-error\""
        let errorText = error.map { "<span class=\"field-error\" id=\"\(id)-error\">\(esc($0))</span>" } ?? ""
        let value = sent?.first ?? current.map(Self.formText) ?? ""
        switch f.type {
        case .bool:
            out += "<fieldset\(invalid)><legend id=\"\(id)\">\(esc(label))</legend>\(errorText)"
            for (v, word) in [("true", p(.yes)), ("false", p(.no)), ("", p(.unknownValue))] {
                let checked = value == v ? " checked" : ""
                out += "<label class=\"choice\"><input type=\"radio\" name=\"\(esc(name))\" value=\"\(v)\"\(checked)> \(esc(word))</label>"
            }
            out += "</fieldset>\n"
        case .enum:
            out += "<label for=\"\(id)\">\(esc(label))</label>\(errorText)<select id=\"\(id)\" name=\"\(esc(name))\"\(invalid)>"
            out += "<option value=\"\"\(value.isEmpty ? " selected" : "")>\(esc(p(.unknownValue)))</option>"
            for v in f.values ?? [] {
                out += "<option value=\"\(esc(v))\"\(v == value ? " selected" : "")>\(esc(book.factValue(.string(v), of: f)))</option>"
            }
            out += "</select>\n"
        case .set:
            let chosen = sent ?? (current.flatMap { if case .set(let s) = $0 { s } else { nil } } ?? [])
            let unknown = sent == nil ? current == nil : chosen.contains(FactInput.unknownMark)
            out += "<fieldset\(invalid)><legend id=\"\(id)\">\(esc(label))</legend>\(errorText)"
            for v in f.values ?? [] {
                let checked = chosen.contains(v) ? " checked" : ""
                out +=
                    "<label class=\"choice\"><input type=\"checkbox\" name=\"\(esc(name))\" value=\"\(esc(v))\"\(checked)> \(esc(book.factValue(.string(v), of: f)))</label>"
            }
            // Unknown is one of the group's boxes, so the group has one name.
            out +=
                "<label class=\"choice\"><input type=\"checkbox\" name=\"\(esc(name))\" value=\"\(FactInput.unknownMark)\"\(unknown ? " checked" : "")> "
                + "\(esc(p(.unknownValue)))</label>"
            out += "</fieldset>\n"
        case .int, .year, .decimal, .money, .string:
            let kind =
                switch f.type {
                // Text, not a number field: a value that is not a number is shown back as it was written, with the reason.
                case .int, .year: "type=\"text\" inputmode=\"numeric\""
                case .decimal, .money: "type=\"text\" inputmode=\"decimal\""
                default: "type=\"text\""
                }
            out += "<label for=\"\(id)\">\(esc(label))</label>\(errorText)"
            out += "<input \(kind) id=\"\(id)\" name=\"\(esc(name))\" value=\"\(esc(value))\"\(invalid)>\n"
        }
        return out
    }

    var frameToken: String { tokenField(frame.csrf) + "\n" }

    /// How many of a tie's latest changes its page shows.
    static let historyShown = 50

    /// A value as a form's field holds it.
    static func formText(_ v: Value) -> String {
        switch v {
        case .bool(let b): b ? "true" : "false"
        case .set(let names): names.joined(separator: ",")
        default: v.description
        }
    }

    /// The form that records the council's decision on a tie.
    func decisionForm(_ r: RecordReview, rs: RuleSet, link: String, version: Int, feedback: Feedback) -> String {
        let sent = feedback.open == "decision" ? feedback.sent : [:]
        func v(_ name: String, _ i: Int = 0) -> String { sent[name].flatMap { i < $0.count ? $0[i] : nil } ?? "" }
        func field(_ name: String, _ label: String, type: String = "text", _ i: Int = 0, required: Bool = false) -> String {
            let id = "decision-\(name)" + (i > 0 ? "-\(i)" : "")
            let error = feedback.fields[id]
            var out = "<label for=\"\(id)\">\(esc(label))\(required ? " (\(esc(p(.required))))" : "")</label>"
            if let error { out += "<span class=\"field-error\" id=\"\(id)-error\">\(esc(error))</span>" }
            out += "<input type=\"\(type)\" id=\"\(id)\" name=\"\(name)\" value=\"\(esc(v(name, i)))\"\(required ? " required" : "")"
            return out + (error == nil ? ">\n" : " aria-invalid=\"true\" aria-describedby=\"\(id)-error\">\n")
        }
        var out = "<details\(feedback.open == "decision" ? " open" : "")><summary>\(esc(p(.recordDecision)))</summary>\n"
        out +=
            "<form method=\"post\" action=\"\(esc(link))/decisions\">\n\(frameToken)<input type=\"hidden\" name=\"version\" value=\"\(version)\">\n"
        out += "<p>\(esc(p(.recommendedNow(book.outcome(r.outcome, rs)))))</p>\n"
        let chosen = sent["outcome"]?.first ?? r.outcome
        out += "<label for=\"decision-outcome\">\(esc(p(.decidedOutcome)))</label><select id=\"decision-outcome\" name=\"outcome\">"
        for o in rs.outcomes {
            out += "<option value=\"\(esc(o.id))\"\(o.id == chosen ? " selected" : "")>\(esc(book.text(o.label)))</option>"
        }
        out += "</select>\n"
        out += field("body", p(.body), required: true) + field("date", p(.decisionDate), type: "date", required: true)
        out += field("case", p(.caseNumber))
        out += "<fieldset><legend>\(esc(p(.conditions)))</legend>\n"
        for i in 0..<3 {
            out +=
                "<div>" + field("condition", "\(p(.conditionText)) \(i + 1)", i)
                + field("condition_due", "\(p(.due)) \(i + 1)", type: "date", i)
            out += field("condition_responsible", "\(p(.answersFor)) \(i + 1)", i) + "</div>\n"
        }
        out += "</fieldset>\n"
        let error = feedback.fields["decision-justification"]
        out += "<label for=\"decision-justification\">\(esc(p(.justification)))</label>"
        if let error { out += "<span class=\"field-error\" id=\"decision-justification-error\">\(esc(error))</span>" }
        out += "<textarea id=\"decision-justification\" name=\"justification\" rows=\"3\""
        out += error == nil ? ">" : " aria-invalid=\"true\" aria-describedby=\"decision-justification-error\">"
        out +=
            "\(esc(v("justification")))</textarea>\n<p><button type=\"submit\">\(esc(p(.recordDecision)))</button></p>\n</form>\n</details>\n"
        return out
    }
}

/// The overview of one review, made once: its cards and each tie's row, with what the rows are filtered and sorted by.
struct OverviewData: Sendable {
    var cards: String
    var tableHead: String
    /// Every tie's row in each order the list can be sorted in, by the sort's name.
    var orders: [String: [OverviewRow]]
    var total: Int
    var departments: [String]
}

/// One tie's row of the overview, as HTML, and its keys.
struct OverviewRow: Sendable {
    var id: String
    var name: String
    var outcome: String
    var outcomeOrder: Int
    /// The yearly cost; -1 where it is unknown or the tie has none.
    var cost: Double
    var kind: String
    var responsible: String?
    var html: String
}
