import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdBcrypt
import NIOCore
import TiesCore
import TiesReports
import TiesWorkbooks
import TiesWorkspace

extension WorkbenchServer {
    // MARK: Language, signing in and out

    /// Keeps the language chosen and goes back to the page it was chosen on (on this site only).
    func chooseLanguage(_ code: String, _ request: Request) -> Response {
        let back = query(request).text("back") ?? "/"
        // A path on this site and nothing else: printable ASCII a path holds, never `//` or `/\` (another host to a
        // browser), nor a tab or line break a browser would drop to make one.
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/?=&%#+")
        let local = back.hasPrefix("/") && !back.hasPrefix("//") && back.allSatisfy(allowed.contains)
        guard let language = Language(rawValue: code) else { return redirect(to: local ? back : "/") }
        return redirect(to: local ? back : "/", cookies: [setCookie("ties_lang", language.code, maxAge: 365 * 24 * 3600)])
    }

    /// The sign-in form, and signing in: a new session each time, so a session id planted before it is worth nothing.
    func login(_ request: Request) async throws -> Response {
        let language = self.language(request, nil)
        let book = Phrasebook(language)
        guard options.accounts else { return redirect(to: "/") }
        if request.method == .get || request.method == .head {
            // The token already given stands: a second tab, or the browser's own request for an icon, does not make
            // the first form stale.
            let given = cookie(cookieName("ties_login"), request).flatMap { $0.count == 64 && $0.allSatisfy(\.isHexDigit) ? $0 : nil }
            let token = given ?? Self.randomToken()
            return page(.ok, loginPage(book, token: token, problem: nil), cookies: [setCookie("ties_login", token, maxAge: 3600)])
        }
        guard request.method == .post else { return notAllowed(request, ["GET", "POST"]) }
        guard case .success(let form) = await readForm(request, nil), let expected = cookie(cookieName("ties_login"), request),
            form["_csrf"] == expected
        else {
            return problemPage(.forbidden, book.page(.badToken), for: nil)
        }
        let name = form.text("name") ?? ""
        let password = form["password"] ?? ""
        let account = try bench.store.account(named: name)
        // Two checks at a time and five failures a name: bcrypt is slow on purpose, and must not be a way to stop the
        // workbench or to guess at leisure.
        if let refused = limits.startVerifying(name, now: bench.now()) {
            let token = Self.randomToken()
            return page(
                .tooManyRequests, loginPage(book, token: token, problem: book.page(refused)),
                cookies: [setCookie("ties_login", token, maxAge: 3600)])
        }
        // The same work whether or not the name is known, so the answer's time does not tell which names exist.
        let hash = account?.passwordHash ?? Self.noSuchAccountHash
        let verified = await Task.detached { Passwords.verify(password, hash: hash) }.value
        limits.endVerifying(name, succeeded: verified && account != nil, now: bench.now())
        guard let account, verified else {
            let token = Self.randomToken()
            return page(
                .unauthorized, loginPage(book, token: token, problem: book.page(.wrongPassword)),
                cookies: [setCookie("ties_login", token, maxAge: 3600)])
        }
        let token = Self.randomToken()
        let expires = WorkspaceStore.timestamp(bench.now().addingTimeInterval(Double(options.sessionHours) * 3600))
        try bench.store.startSession(
            tokenHash: Self.sha256(token), account: account.name, csrf: Self.randomToken(), expires: expires, now: bench.timestamp)
        if let old = cookie(cookieName("ties_session"), request) { try bench.store.endSession(tokenHash: Self.sha256(old)) }
        return redirect(
            to: "/",
            cookies: [setCookie("ties_session", token, maxAge: options.sessionHours * 3600), setCookie("ties_login", "", maxAge: 0)])
    }

    /// A bcrypt hash no password matches, checked against where a name is unknown.
    static let noSuchAccountHash = Passwords.hash(randomToken())

    func loginPage(_ book: Phrasebook, token: String, problem: String?) -> String {
        let frame = PageFrame(
            book: book, municipality: (try? bench.current().workspace.portfolio.municipality) ?? "", current: "/login", signedIn: nil,
            csrf: token, path: "/login", menu: [])
        var body = problem.map { "<p class=\"problem\" role=\"alert\">\(esc($0))</p>\n" } ?? ""
        body += "<form method=\"post\" action=\"/login\">\n\(tokenField(token))\n"
        body += "<label for=\"name\">\(esc(book.page(.accountName)))</label>"
        body += "<input type=\"text\" id=\"name\" name=\"name\" autocomplete=\"username\" required>\n"
        body += "<label for=\"password\">\(esc(book.page(.password)))</label>"
        body += "<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required>\n"
        body += "<p><button type=\"submit\">\(esc(book.page(.signIn)))</button></p>\n</form>\n"
        return frame.render(title: book.page(.signIn), body: body)
    }

    func logout(_ request: Request, _ visitor: Visitor) async throws -> Response {
        guard case .success(let form) = await readForm(request, visitor), tokenMatches(form, visitor) else {
            return problemPage(.forbidden, Phrasebook(visitor.language).page(.badToken), for: visitor)
        }
        if let hash = visitor.tokenHash { try bench.store.endSession(tokenHash: hash) }
        return redirect(to: options.accounts ? "/login" : "/", cookies: [setCookie("ties_session", "", maxAge: 0)])
    }

    // MARK: Departments

    /// Every department with its ties and what they lack; or one department's own page, the link an adviser sends.
    func departments(_ name: String?, _ request: Request, _ visitor: Visitor) throws -> Response {
        let review = try bench.review(asOf: bench.current().workspace.portfolio.asOf, language: visitor.language)
        let rs = review.ruleSet
        let book = Phrasebook(visitor.language)
        let pages = try self.pages(visitor, path: request.uri.string, current: "/departments")
        let open = review.records.filter { rs.role(of: $0.outcome) != .ended }
        let departments = Set(open.compactMap(\.record.responsible)).sorted()
        let unassigned = open.filter { $0.record.responsible == nil }
        guard let name else {
            var body = "<p>\(esc(book.page(.departmentIntro)))</p>\n"
            var t = "<table class=\"stack\">\n<thead><tr><th scope=\"col\">\(esc(book.page(.sortResponsible)))</th>"
            t += "<th scope=\"col\" class=\"number\">\(esc(book.page(.tiesCount)))</th><th scope=\"col\" class=\"number\">"
            t += "\(esc(book.page(.missingCount)))</th></tr></thead>\n<tbody>\n"
            for d in departments {
                let own = open.filter { $0.record.responsible == d }
                t += "<tr><th scope=\"row\"><a href=\"/departments/\(esc(percentEncoded(d)))\">\(esc(d))</a></th>"
                t +=
                    "<td class=\"number\">\(own.count)</td><td class=\"number\">\(own.filter { !$0.missingFacts.isEmpty }.count)</td></tr>\n"
            }
            // Ties no department answers for are collected by the adviser: a row of their own, so none is left out.
            if !unassigned.isEmpty {
                t += "<tr><th scope=\"row\"><a href=\"/departments/-\">\(esc(book.page(.noResponsible)))</a></th>"
                t += "<td class=\"number\" data-label=\"\(esc(book.page(.tiesCount)))\">\(unassigned.count)</td>"
                t += "<td class=\"number\" data-label=\"\(esc(book.page(.missingCount)))\">"
                t += "\(unassigned.filter { !$0.missingFacts.isEmpty }.count)</td></tr>\n"
            }
            body += scrollingTable(label: book.page(.departments), t + "</tbody>\n</table>\n")
            return page(.ok, pages.frame.render(title: book.page(.departments), body: body))
        }
        guard departments.contains(name) || (name == "-" && !unassigned.isEmpty) else {
            return problemPage(.notFound, book.page(.notFound), for: visitor)
        }
        let own = open.filter { ($0.record.responsible ?? "-") == name }.sorted {
            $0.record.name.lowercased() < $1.record.name.lowercased()
        }
        var t = "<table class=\"stack\">\n<thead><tr><th scope=\"col\">\(esc(book.review(.tie)))</th>"
        t +=
            "<th scope=\"col\">\(esc(book.page(.sortOutcome)))</th><th scope=\"col\">\(esc(book.page(.missingFacts)))</th></tr></thead>\n<tbody>\n"
        for r in own {
            let missing = r.missingFacts.isEmpty ? book.page(.nothingMissing) : book.facts(r.missingFacts, rs)
            t += "<tr><th scope=\"row\"><a href=\"/ties/\(esc(percentEncoded(r.record.id)))#facts\">\(esc(r.record.name))</a></th>"
            t += "<td data-label=\"\(esc(book.page(.sortOutcome)))\">\(esc(book.outcome(r, rs)))</td>"
            t += "<td data-label=\"\(esc(book.page(.missingFacts)))\">\(esc(missing))</td></tr>\n"
        }
        let body = scrollingTable(label: book.page(.yourTies), t + "</tbody>\n</table>\n")
        let title = name == "-" ? book.page(.noResponsible) : book.page(.departmentHeading(name))
        return page(.ok, pages.frame.render(title: title, body: body))
    }

    // MARK: What if

    /// One of our thresholds changed, and the ties whose outcome would change with it; nothing is saved.
    func whatIf(_ request: Request, _ visitor: Visitor) throws -> Response {
        let (workspace, _) = try bench.current()
        let rs = workspace.ruleSet
        let book = Phrasebook(visitor.language)
        let q = query(request)
        let ours = rs.parameters.filter(\.isOurs)
        let pages = try self.pages(visitor, path: request.uri.string, current: "/what-if")
        var body = "<p>\(esc(book.page(.whatIfIntro)))</p>\n<form method=\"get\" action=\"/what-if\">\n"
        body += pages.select(
            "parameter", book.page(.parameter), ours.map { ($0.name, $0.label.map(book.text) ?? $0.name) }, q.text("parameter"))
        body += "<label for=\"value\">\(esc(book.page(.newValue)))</label>"
        body += "<input type=\"text\" id=\"value\" name=\"value\" value=\"\(esc(q["value"] ?? ""))\">\n"
        body += "<p><button type=\"submit\">\(esc(book.page(.compare)))</button></p>\n</form>\n"
        var t =
            "<table>\n<thead><tr><th scope=\"col\">\(esc(book.page(.parameter)))</th><th scope=\"col\">\(esc(book.page(.currentValue)))</th>"
        t += "<th scope=\"col\">\(esc(book.page(.basis)))</th></tr></thead>\n<tbody>\n"
        for p in ours {
            t += "<tr><th scope=\"row\">\(esc(p.label.map(book.text) ?? p.name))</th><td>\(esc(book.parameterValue(p)))</td>"
            t += "<td>\(esc(p.basis.map(book.text) ?? "—"))</td></tr>\n"
        }
        body += scrollingTable(label: book.page(.parameter), t + "</tbody>\n</table>\n")
        if let name = q.text("parameter"), let value = q.text("value") {
            guard ours.contains(where: { $0.name == name }), let edit = RuleSetEdit("parameters.\(name)=\(value)") else {
                body = "<p class=\"problem\" role=\"alert\">\(esc(book.page(.chooseOne)))</p>\n" + body
                return page(.unprocessableContent, pages.frame.render(title: book.page(.whatIf), body: body))
            }
            do {
                let date = workspace.portfolio.asOf
                let edited = try bench.pipeline.storedWorkspace(
                    bench.store.path, stored: bench.store.stored(), rules: bench.rulesPath, edits: [edit])
                let before = ReviewSnapshot(bench.pipeline.review(workspace, asOf: date, traces: false, wordsIn: { _ in visitor.language }))
                let after = ReviewSnapshot(bench.pipeline.review(edited, asOf: date, traces: false, wordsIn: { _ in visitor.language }))
                let flipped = ReviewComparison.changes(from: before, to: after).filter(\.outcomeFlipped)
                body += "<h2 id=\"changes\">\(esc(book.page(.changedCount(flipped.count))))</h2>\n"
                if flipped.isEmpty {
                    body += "<p>\(esc(book.page(.noOutcomeChanges)))</p>\n"
                } else {
                    var c =
                        "<table>\n<thead><tr><th scope=\"col\">\(esc(book.review(.tie)))</th><th scope=\"col\">\(esc(book.page(.before)))</th>"
                    c += "<th scope=\"col\">\(esc(book.page(.after)))</th></tr></thead>\n<tbody>\n"
                    for change in flipped {
                        c += "<tr><th scope=\"row\"><a href=\"/ties/\(esc(percentEncoded(change.id)))\">\(esc(change.name))</a></th>"
                        c += "<td>\(esc(change.before.map { book.outcome($0.outcome, rs) } ?? "–"))</td>"
                        c += "<td>\(esc(change.after.map { book.outcome($0.outcome, rs) } ?? "–"))</td></tr>\n"
                    }
                    body += scrollingTable(label: book.page(.changedCount(flipped.count)), c + "</tbody>\n</table>\n")
                }
            } catch let error as DiagnosticsError {
                let text = error.diagnostics.map { book($0.message) }.joined(separator: "; ")
                body = "<p class=\"problem\" role=\"alert\">\(esc(text))</p>\n" + body
                return page(.unprocessableContent, pages.frame.render(title: book.page(.whatIf), body: body))
            }
        }
        return page(.ok, pages.frame.render(title: book.page(.whatIf), body: body))
    }

    // MARK: Documents

    /// The documents the command line makes from the same data, each made by the same calls.
    func documents(_ file: String?, _ request: Request, _ visitor: Visitor) throws -> Response {
        let (workspace, _) = try bench.current()
        let rs = workspace.ruleSet
        let language = rs.documentLanguage(visitor.language)
        let book = Phrasebook(language)
        let date = asOf(request) ?? workspace.portfolio.asOf
        guard let file else {
            let pages = try self.pages(visitor, path: request.uri.string, current: "/documents")
            let b = Phrasebook(visitor.language)
            let dated = date.map { "?as_of=\($0)" } ?? ""
            let links: [(String, Phrase.Page)] = [
                ("review.docx", .reviewWord), ("review.xlsx", .reviewExcel), ("review.html", .reviewWeb), ("case.docx", .reviewCase),
                ("calendar.ics", .calendar), ("history.csv", .historyCSV), ("portfolio.xlsx", .portfolioWorkbook),
            ]
            var body = "<p>\(esc(b.page(.documentsIntro)))</p>\n<ul>\n"
            for (name, label) in links { body += "<li><a href=\"/documents/\(name)\(esc(dated))\">\(esc(b.page(label)))</a></li>\n" }
            body += "</ul>\n"
            return page(.ok, pages.frame.render(title: b.page(.documents), body: body))
        }
        func review(traces: Bool) -> Review {
            bench.pipeline.review(workspace, asOf: date, traces: traces, allReasons: true, wordsIn: { _ in language })
        }
        let docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        switch file {
        case "review.docx":
            return download(Array(try DocxWriter.write(ReviewDocument(book).build(review(traces: false)))), name: file, type: docx)
        case "review.xlsx":
            return download(
                Array(try ReviewWorkbook(book).write(review(traces: false))), name: file,
                type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        case "review.html":
            return download(
                Array(HTMLWriter.write(ReviewDocument(book).build(review(traces: false))).utf8), name: file,
                type: "text/html; charset=utf-8")
        case "case.docx":
            var document = ReviewCaseDocument(book)
            document.pending = bench.pipeline.pendingProposals(beside: bench.store.path, ruleSet: rs).proposals
            return download(Array(try DocxWriter.write(document.build(review(traces: true)))), name: file, type: docx)
        case "calendar.ics":
            let r = review(traces: true)
            let (name, stamp, events) = CalendarDocument(book).events(r)
            let product = r.fingerprint?.tool ?? bench.pipeline.tool
            return download(
                ICSWriter.write(name: name, stamp: stamp, events: events, product: product), name: file,
                type: "text/calendar; charset=utf-8")
        case "portfolio.xlsx":
            return download(
                Array(try SpreadsheetTemplate(ruleSet: rs, book: book).xlsx(records: workspace.portfolio.records)), name: file,
                type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        case "history.csv":
            let table = HistoryTable(changes: try bench.store.history(), book: Phrasebook(visitor.language), ruleSet: rs)
            return download(Array(table.csv().utf8), name: file, type: "text/csv; charset=utf-8")
        default:
            return problemPage(.notFound, Phrasebook(visitor.language).page(.notFound), for: visitor)
        }
    }

    // MARK: Importing a workbook

    func importPage(_ request: Request, _ visitor: Visitor, feedback: Feedback, status: HTTPResponse.Status = .ok) throws -> Response {
        let book = Phrasebook(visitor.language)
        guard visitor.role == .adviser else { return problemPage(.forbidden, book.page(.forbidden), for: visitor) }
        let pages = try self.pages(visitor, path: "/import", current: "/import")
        var body = ""
        if let m = feedback.message { body += "<p class=\"message\" role=\"status\">\(esc(m))</p>\n" }
        if let problem = feedback.problem {
            body += "<div class=\"problem\" role=\"alert\"><p>"
            body += problem.split(separator: "\n").map { esc(String($0)) }.joined(separator: "<br>\n") + "</p></div>\n"
        }
        body += "<p>\(esc(book.page(.importIntro)))</p>\n"
        body += "<form method=\"post\" action=\"/import\" enctype=\"multipart/form-data\">\n\(tokenField(visitor.csrf))\n"
        body += "<label for=\"workbook\">\(esc(book.page(.workbookFile)))</label>"
        body +=
            "<input type=\"file\" id=\"workbook\" name=\"workbook\" accept=\".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\" required>\n"
        body += "<p><button type=\"submit\">\(esc(book.page(.importButton)))</button></p>\n</form>\n"
        return page(status, pages.frame.render(title: book.page(.importMenu), body: body))
    }

    /// A workbook brought in: read by the same hardened reader as on the command line, checked with every tie it would
    /// leave in the workspace, and merged in one transaction, each change recorded; or refused, with nothing imported.
    func importWorkbook(_ request: Request, _ visitor: Visitor) async throws -> Response {
        let book = Phrasebook(visitor.language)
        guard visitor.role == .adviser else { return problemPage(.forbidden, book.page(.forbidden), for: visitor) }
        let limit = options.maxUpload
        let tooLarge = book.page(.uploadTooLarge(limit / (1024 * 1024)))
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            return try importPage(request, visitor, feedback: Feedback(problem: tooLarge), status: .contentTooLarge)
        }
        guard let buffer = try? await request.body.collect(upTo: limit) else {
            return try importPage(request, visitor, feedback: Feedback(problem: tooLarge), status: .contentTooLarge)
        }
        guard let upload = Upload.multipart(Array(buffer.readableBytesView), contentType: request.headers[.contentType] ?? "") else {
            return problemPage(.badRequest, book.page(.uploadUnreadable), for: visitor)
        }
        guard tokenMatches(upload.form, visitor) else { return problemPage(.forbidden, book.page(.badToken), for: visitor) }
        guard let bytes = upload.file, !bytes.isEmpty else {
            return try importPage(request, visitor, feedback: Feedback(problem: book.page(.noFileChosen)), status: .unprocessableContent)
        }
        // The name the browser gives is only shown, never used as a path.
        let name = Paths.fileName(of: (upload.fileName ?? "").isEmpty ? "upload.xlsx" : upload.fileName!)
        // One import at a time: each reads a whole workbook and checks every tie.
        guard limits.startImport() else {
            return try importPage(request, visitor, feedback: Feedback(problem: book.page(.importRunning)), status: .serviceUnavailable)
        }
        defer { limits.endImport() }
        let (workspace, _) = try bench.current()
        do {
            let sheets = try WorkbookReader.sheets(Data(bytes), path: name)
            let records = try SpreadsheetLoader.workbook(sheets, path: name, ruleSet: workspace.ruleSet)
            let duplicates = PortfolioLoader.duplicateIDs(records)
            if !duplicates.isEmpty { throw DiagnosticsError(duplicates) }
            // The workspace as it would be after the import, read as a whole by the same reader: each tie brought up to
            // date, nothing known erased by an empty cell, no decision taken away.
            var merged = workspace.portfolio.records
            var place = Dictionary(merged.indices.map { (merged[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
            var incoming: [Record] = []
            for r in records {
                if let i = place[r.id] {
                    merged[i] = merged[i].merged(with: r)
                    incoming.append(merged[i])
                } else {
                    place[r.id] = merged.count
                    merged.append(r)
                    incoming.append(r)
                }
            }
            let order = workspace.ruleSet.facts.map(\.name)
            _ = try bench.read(
                merged.map { SourceText(path: name + "#" + $0.id, text: PortfolioText.record($0, factOrder: order)) }, in: workspace)
            let counts = try bench.store.fill(
                header: "", rules: "", ties: incoming.map { RecordParts($0, factOrder: order) }, by: Editor(visitor.name, source: name),
                at: bench.timestamp, merge: true)
            var said = book.page(.imported(added: counts.added, changed: counts.changed, unchanged: counts.unchanged))
            if counts.keptNewer > 0 { said += " " + book.workbench(.keptNewer(counts.keptNewer)) + "." }
            return try importPage(request, visitor, feedback: Feedback(message: said))
        } catch let error as DiagnosticsError {
            let shown = Array(error.diagnostics.prefix(10))
            return try importPage(
                request, visitor, feedback: Feedback(problem: DiagnosticRenderer.render(shown, book)), status: .unprocessableContent)
        }
    }
}
