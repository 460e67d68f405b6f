import Foundation
import HTTPTypes
import Hummingbird
import TiesCore
import TiesReports
import TiesWorkspace

/// A proposal as its form gives it: the case's texts, its costs and the tie as it would be.
struct ProposalInput: Sendable {
    static let costFields = [
        "annual_fee_nok", "staff_hours", "staff_hourly_cost_nok", "travel_nok", "external_funding_applied_nok",
        "external_funding_granted_nok",
    ]
    var form: Form

    /// The proposal's file without its references: what the workspace keeps. Problems by field where a value cannot be
    /// read; the proposal reader has the last word on the rest.
    func text(_ rs: RuleSet, asOf: ReviewDate?, book: Phrasebook) -> (text: String?, problems: [String: String]) {
        var problems: [String: String] = [:]
        let id = form.text("id") ?? ""
        if !id.isEmpty, !id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) {
            problems["proposal-id"] = book.page(.proposalIDHint)
        }
        for (field, label) in [("id", "proposal-id"), ("title", "proposal-title"), ("name", "proposal-name")] where form.text(field) == nil
        {
            problems[label] = book.page(.required)
        }
        var out = asOf.map { "as_of: \($0)\n" } ?? ""
        out += "proposal:\n  title: \(YAMLText.quoted(form.text("title") ?? ""))\n"
        for key in ["proposed_by", "decision_body", "background"] {
            if let v = form.text(key) { out += "  \(key): \(YAMLText.quoted(v))\n" }
        }
        var costs: [String] = []
        // The yearly fee is asked once, as the rule set's fact where it keeps one, and stands in the costs too.
        var given = form
        if let fee = rs.annualCost, given.text("annual_fee_nok") == nil, let v = form.text("fact." + fee) {
            given.fields["annual_fee_nok"] = [v]
        }
        for key in Self.costFields {
            guard let v = given.text(key) else { continue }
            guard let d = FactInput.number(v), d >= 0 else {
                problems["proposal-\(key)"] = book.page(.notANumber(v))
                continue
            }
            costs.append("\(key): \(Value.format(d))")
        }
        if let v = form.text("funded_by") { costs.append("funded_by: \(YAMLText.quoted(v))") }
        if let v = form.text("period"), ["yearly", "whole"].contains(v) { costs.append("period: \(v)") }
        if !costs.isEmpty { out += "  costs: {\(costs.joined(separator: ", "))}\n" }
        var record = Record(
            id: id, name: form.text("name") ?? "", kind: form.text("kind") ?? "network",
            location: SourceLocation(file: "", line: 1, column: 1))
        record.country = form.text("country")
        record.responsible = form.text("responsible")
        if let since = form.text("since") {
            if let year = Int(since) { record.since = year } else { problems["proposal-since"] = book.page(.notAYear(since)) }
        }
        for f in rs.facts {
            var one = Form()
            one.fields["value"] = form.fields["fact." + f.name] ?? []
            switch FactInput.value(one, f, book) {
            case .success(let v): if !v.isUnknown { record.facts[f.name] = v }
            case .failure(let reason): problems["fact-" + f.name] = reason.text
            }
        }
        out +=
            "record:\n"
            + PortfolioText.record(record, factOrder: rs.facts.map(\.name)).split(separator: "\n").map { "  " + $0 + "\n" }.joined()
        return (problems.isEmpty ? out : nil, problems)
    }

    /// The form's fields as a stored proposal gives them, to change it.
    static func fields(of p: Proposal, rs: RuleSet, book: Phrasebook) -> [String: [String]] {
        var f: [String: [String]] = [
            "id": [p.record.id], "title": [book.text(p.title)], "name": [p.record.name], "kind": [p.record.kind],
        ]
        func put(_ key: String, _ v: String?) { if let v { f[key] = [v] } }
        put("proposed_by", p.proposedBy.map(book.text))
        put("decision_body", p.decisionBody.map(book.text))
        put("background", p.background.map(book.text))
        let c = p.costs
        for (key, v) in [
            ("annual_fee_nok", c.annualFeeNOK), ("staff_hours", c.staffHours), ("staff_hourly_cost_nok", c.staffHourlyCostNOK),
            ("travel_nok", c.travelNOK), ("external_funding_applied_nok", c.fundingAppliedNOK),
            ("external_funding_granted_nok", c.fundingGrantedNOK),
        ] {
            put(key, v.map(Value.format))
        }
        put("funded_by", c.fundedBy.map(book.text))
        put("period", c.period?.rawValue)
        put("country", p.record.country)
        put("since", p.record.since.map(String.init))
        put("responsible", p.record.responsible)
        for (name, value) in p.record.facts {
            if case .set(let names) = value { f["fact." + name] = names } else { f["fact." + name] = [Pages.formText(value)] }
        }
        for fact in rs.facts where p.record.facts[fact.name] == nil && fact.type == .set {
            f["fact." + fact.name] = [FactInput.unknownMark]
        }
        return f
    }
}

extension WorkbenchServer {
    /// The proposal's file as the pipeline reads it: at `proposals/ID.yaml` beside the workspace, naming the rule set
    /// and the workspace it is assessed against.
    func proposalFile(_ id: String, body: String) throws -> SourceText {
        let stored = try bench.store.stored()
        let rules = stored.rules.hasPrefix("/") ? stored.rules : "../" + stored.rules
        let folder = Paths.directory(of: bench.store.path)
        let text = "rules: \(YAMLText.quoted(rules))\nportfolio: \(YAMLText.quoted("../" + WorkspaceStore.fileName))\n" + body
        return SourceText(path: Paths.join(folder, "proposals/\(id).yaml"), text: text)
    }

    func proposals(_ path: [String], _ method: HTTPRequest.Method, _ request: Request, _ visitor: Visitor) async throws -> Response {
        let get = method == .get || method == .head
        let book = Phrasebook(visitor.language)
        switch path.count {
        case 1:
            if get { return try proposalList(request, visitor) }
            guard method == .post else { return notAllowed(request, ["GET", "POST"]) }
            return try await saveProposal(request, visitor)
        case 2 where path[1] == "new":
            guard get else { return notAllowed(request, ["GET"]) }
            guard visitor.role == .adviser else { return problemPage(.forbidden, book.page(.forbidden), for: visitor) }
            return try proposalForm(
                request, visitor, fields: ["kind": ["network"], "period": ["yearly"]], version: nil, feedback: Feedback())
        case 2, 3:
            guard get else { return notAllowed(request, ["GET"]) }
            guard let stored = try bench.store.proposals().first(where: { $0.id == path[1] }) else {
                return problemPage(.notFound, book.page(.notFound), for: visitor)
            }
            return try proposalPage(stored, file: path.count == 3 ? path[2] : nil, request, visitor, feedback: Feedback())
        default:
            return problemPage(.notFound, book.page(.notFound), for: visitor)
        }
    }

    func proposalList(_ request: Request, _ visitor: Visitor) throws -> Response {
        let book = Phrasebook(visitor.language)
        let pages = try self.pages(visitor, path: "/proposals", current: "/proposals")
        var body = "<p>\(esc(book.page(.proposalsIntro)))</p>\n"
        if visitor.role == .adviser { body += "<p><a href=\"/proposals/new\">\(esc(book.page(.newProposal)))</a></p>\n" }
        let stored = try bench.store.proposals()
        if stored.isEmpty { body += "<p>\(esc(book.page(.noProposals)))</p>\n" }
        if !stored.isEmpty {
            let rs = try bench.current().workspace.ruleSet
            body += "<ul>\n"
            for p in stored {
                let title = (try? ProposalLoader.load(proposalFile(p.id, body: p.text), ruleSet: rs)).map { book.text($0.title) } ?? p.id
                body += "<li><a href=\"/proposals/\(esc(percentEncoded(p.id)))\">\(esc(title))</a></li>\n"
            }
            body += "</ul>\n"
        }
        return page(.ok, pages.frame.render(title: book.page(.proposals), body: body))
    }

    func proposalForm(
        _ request: Request, _ visitor: Visitor, fields: [String: [String]], version: Int?, feedback: Feedback,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let book = Phrasebook(visitor.language)
        let pages = try self.pages(visitor, path: "/proposals/new", current: "/proposals")
        let rs = try bench.current().workspace.ruleSet
        func v(_ name: String) -> String { fields[name]?.first ?? "" }
        func field(_ name: String, _ label: Phrase.Page, hint: Phrase.Page? = nil, textarea: Bool = false, mode: String = "") -> String {
            let id = "proposal-\(name)"
            let error = feedback.fields[id]
            var out = "<label for=\"\(id)\">\(esc(book.page(label)))</label>"
            if let hint { out += "<span class=\"note\" id=\"\(id)-hint\">\(esc(book.page(hint)))</span>" }
            if let error { out += "<span class=\"field-error\" id=\"\(id)-error\">\(esc(error))</span>" }
            let described = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }
            let aria =
                (error == nil ? "" : " aria-invalid=\"true\"")
                + (described.isEmpty ? "" : " aria-describedby=\"\(described.joined(separator: " "))\"")
            if textarea { return out + "<textarea id=\"\(id)\" name=\"\(name)\" rows=\"5\"\(aria)>\(esc(v(name)))</textarea>\n" }
            return out + "<input type=\"text\"\(mode) id=\"\(id)\" name=\"\(name)\" value=\"\(esc(v(name)))\"\(aria)>\n"
        }
        var body = pages.problemBox(feedback, rs: rs)
        body += "<form method=\"post\" action=\"/proposals\">\n\(pages.frameToken)"
        if let version { body += "<input type=\"hidden\" name=\"version\" value=\"\(version)\">\n" }
        body += field("id", .proposalID, hint: .proposalIDHint) + field("title", .proposalTitle) + field("proposed_by", .proposedBy)
        body += field("decision_body", .body) + field("background", .background, textarea: true)
        body += "<fieldset><legend>\(esc(book.page(.costsHeading)))</legend>\n"
        let numeric = " inputmode=\"decimal\""
        for (name, label) in [
            ("annual_fee_nok", Phrase.Page.annualFee), ("staff_hours", .staffHours), ("staff_hourly_cost_nok", .hourlyCost),
            ("travel_nok", .travel), ("external_funding_applied_nok", .fundingApplied), ("external_funding_granted_nok", .fundingGranted),
        ] where !(name == "annual_fee_nok" && rs.annualCost != nil) {
            body += field(name, label, mode: numeric)
        }
        body += field("funded_by", .fundedBy)
        body += pages.select(
            "proposal-period", book.page(.period), [("yearly", book.page(.yearly)), ("whole", book.page(.whole))], v("period")
        )
        .replacing("name=\"proposal-period\"", with: "name=\"period\"")
        body += "</fieldset>\n<fieldset><legend>\(esc(book.page(.theTie)))</legend>\n"
        body += field("name", .tieName)
        body += pages.select("proposal-kind", book.page(.tieKind), Record.kinds.map { ($0, book.kind($0)) }, v("kind"))
            .replacing("name=\"proposal-kind\"", with: "name=\"kind\"")
        body += field("country", .country) + field("since", .since, mode: " inputmode=\"numeric\"") + field("responsible", .responsible)
        body += "</fieldset>\n<fieldset><legend>\(esc(book.page(.facts)))</legend>\n"
        for f in rs.facts {
            body += pages.factInput(
                f, name: "fact." + f.name, id: "fact-" + f.name, label: book.fact(f.name, rs), current: nil,
                sent: fields["fact." + f.name] ?? (f.type == .set ? [FactInput.unknownMark] : []), error: feedback.fields["fact-" + f.name])
        }
        body += "</fieldset>\n<p><button type=\"submit\">\(esc(book.page(.saveProposal)))</button></p>\n</form>\n"
        return page(status, pages.frame.render(title: book.page(version == nil ? .newProposal : .changeProposal), body: body))
    }

    func saveProposal(_ request: Request, _ visitor: Visitor) async throws -> Response {
        let book = Phrasebook(visitor.language)
        let form: Form
        switch await readForm(request, visitor) {
        case .success(let f): form = f
        case .failure(let refusal): return refusal.response
        }
        guard tokenMatches(form, visitor) else { return problemPage(.forbidden, book.page(.badToken), for: visitor) }
        guard visitor.role == .adviser else { return problemPage(.forbidden, book.page(.forbidden), for: visitor) }
        let workspace = try bench.current().workspace
        let version = form.text("version").flatMap(Int.init)
        let (text, problems) = ProposalInput(form: form).text(workspace.ruleSet, asOf: workspace.portfolio.asOf, book: book)
        var feedback = Feedback(problem: book.page(.fixMarked))
        feedback.fields = problems
        guard let text, let id = form.text("id") else {
            return try proposalForm(
                request, visitor, fields: form.fields, version: version, feedback: feedback, status: .unprocessableContent)
        }
        do {
            _ = try bench.pipeline.justify(proposalFile(id, body: text))
        } catch let error as DiagnosticsError {
            feedback.problem = error.diagnostics.filter { $0.severity == .error }.map { book($0.message) }.joined(separator: "\n")
            return try proposalForm(
                request, visitor, fields: form.fields, version: version, feedback: feedback, status: .unprocessableContent)
        }
        let result = try bench.store.saveProposal(id: id, text: text, from: version, by: Editor(visitor.name), at: bench.timestamp)
        if case .stale(_, let since) = result {
            var stale = Feedback(problem: book.page(.staleSave))
            stale.theirs = since
            return try proposalForm(request, visitor, fields: form.fields, version: version, feedback: stale, status: .conflict)
        }
        guard let stored = try bench.store.proposals().first(where: { $0.id == id }) else {
            return refusal(.internalServerError, .serverError, request)
        }
        return try proposalPage(stored, file: nil, request, visitor, feedback: Feedback(message: book.page(.proposalSaved)))
    }

    /// A proposal's memo on the page, its downloads, and the form to change it.
    func proposalPage(_ stored: StoredProposal, file: String?, _ request: Request, _ visitor: Visitor, feedback: Feedback) throws
        -> Response
    {
        let book = Phrasebook(visitor.language)
        let justification = try bench.pipeline.justify(proposalFile(stored.id, body: stored.text))
        let rs = justification.ruleSet
        let memoBook = Phrasebook(rs.documentLanguage(visitor.language))
        let memo = MemoDocument(memoBook).build(justification)
        switch file {
        case "memo.docx":
            return download(
                Array(try DocxWriter.write(memo)), name: "\(stored.id).docx",
                type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        case "memo.html": return download(Array(HTMLWriter.write(memo).utf8), name: "\(stored.id).html", type: "text/html; charset=utf-8")
        case "edit":
            guard visitor.role == .adviser else { return problemPage(.forbidden, book.page(.forbidden), for: visitor) }
            return try proposalForm(
                request, visitor, fields: ProposalInput.fields(of: justification.proposal, rs: rs, book: book), version: stored.version,
                feedback: Feedback())
        case nil: break
        default: return problemPage(.notFound, book.page(.notFound), for: visitor)
        }
        let pages = try self.pages(visitor, path: request.uri.string, current: "/proposals")
        let link = "/proposals/" + percentEncoded(stored.id)
        var body = pages.problemBox(feedback, rs: rs)
        body += "<ul>\n<li><a href=\"\(esc(link))/memo.docx\">\(esc(book.page(.memoWord)))</a></li>\n"
        body += "<li><a href=\"\(esc(link))/memo.html\">\(esc(book.page(.memoWeb)))</a></li>\n"
        if visitor.role == .adviser { body += "<li><a href=\"\(esc(link))/edit\">\(esc(book.page(.changeProposal)))</a></li>\n" }
        body += "</ul>\n<section lang=\"\(memoBook.language.code)\" aria-label=\"\(esc(book.page(.memo)))\">\n"
        // The case's heading table comes before the memo's first section: on the page it is a section of its own, so the
        // headings go down one level at a time under the page's.
        var blocks = memo.keptTogether.blocks
        let first = blocks.firstIndex { if case .heading(1, _) = $0 { true } else { false } } ?? blocks.endIndex
        for i in blocks.indices[..<first] { if case .heading(_, let text) = blocks[i] { blocks[i] = .heading(1, text) } }
        body += HTMLWriter.blocks(blocks, headingOffset: 1) + "</section>\n"
        return page(.ok, pages.frame.render(title: memo.title, body: body))
    }
}
