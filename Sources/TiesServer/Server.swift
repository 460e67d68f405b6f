import Crypto
import Foundation
import Synchronization
import HTTPTypes
import Hummingbird
import HummingbirdBcrypt
import NIOCore
import TiesCore
import TiesReports
import TiesWorkbooks
import TiesWorkspace

/// How the workbench is served: where it listens, whether accounts are needed, and who changes are recorded under
/// when they are not.
public struct ServerOptions: Sendable {
    public var host: String
    public var port: Int
    /// Accounts, sessions and roles: required wherever the server listens beyond this machine.
    public var accounts: Bool
    /// Who changes are recorded under without accounts: the user who started the server.
    public var user: String
    /// The largest upload (a workbook to import) and the largest form read.
    public var maxUpload = 20 * 1024 * 1024
    public var maxForm = 256 * 1024
    /// How long a session lasts.
    public var sessionHours = 8

    public init(host: String = "127.0.0.1", port: Int = 8080, accounts: Bool = false, user: String) {
        (self.host, self.port, self.accounts, self.user) = (host, port, accounts, user)
    }

    /// Whether `host` is this machine only.
    public static func isLoopback(_ host: String) -> Bool { ["127.0.0.1", "::1", "localhost"].contains(host) }
}

/// Who is asking: their name, what they may do, their language, and the token their forms must carry.
struct Visitor: Sendable {
    var name: String
    var role: Account.Role
    var department: String?
    var language: Language
    var csrf: String
    var signedIn: Bool
    var tokenHash: String?

    /// Whether this visitor may change `record`: an adviser any, a department its own, a reader none.
    func mayEdit(_ record: Record) -> Bool {
        switch role {
        case .adviser: true
        case .department: department != nil && record.responsible == department
        case .reader: false
        }
    }
}

/// The workbench's pages and forms: reads a request, asks the workbench, renders a page or a document.
public struct WorkbenchServer: Sendable {
    public let bench: Workbench
    public let options: ServerOptions
    /// The form token without accounts: new each time the server starts, so a form from another start is refused.
    let localToken: String
    /// Pages already made for the data as it is now.
    let cache = PageCache()
    /// Sign-ins and imports under way, and failed sign-ins by name.
    let limits = Limits()

    public init(bench: Workbench, options: ServerOptions) {
        self.bench = bench
        self.options = options
        self.localToken = Self.randomToken()
    }

    /// The Hummingbird application, its server bound as the options say.
    public func application() -> some ApplicationProtocol {
        let responder = CallbackResponder<BasicRequestContext> { request, _ in await self.respond(request) }
        // A connection that sends nothing for 30 seconds, or never finishes its headers, is closed.
        return Application(
            responder: responder, server: .http1(configuration: .init(idleTimeout: .seconds(30))),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil))
    }

    static func randomToken() -> String {
        var rng = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &rng)) }.joined()
    }

    static func sha256(_ text: String) -> String { SHA256.hash(data: Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }

    // MARK: Responding

    /// Every request: who asks, which page, and a page in their language for whatever goes wrong.
    public func respond(_ request: Request) async -> Response {
        let segments = request.uri.path.split(separator: "/", omittingEmptySubsequences: true).map { Form.decode(ArraySlice($0.utf8)) }
        guard segments.allSatisfy({ $0 != nil }) else { return refusal(.badRequest, .notFound, request) }
        let path = segments.map { $0! }
        let method = request.method
        // Without accounts only this machine may ask, by its own name: a web page that points another name at
        // 127.0.0.1 (DNS rebinding) is refused. A form may come only from the workbench's own pages.
        guard options.accounts || Self.isLoopbackHost(request.head.authority) else {
            return refusal(.misdirectedRequest, .forbidden, request)
        }
        if method == .post, !sameOrigin(request) { return refusal(.forbidden, .badToken, request) }
        if path == ["static", "ties.css"] {
            guard method == .get || method == .head else { return notAllowed(request, ["GET"]) }
            var headers = Self.securityHeaders
            headers[.contentType] = "text/css; charset=utf-8"
            headers[.cacheControl] = "max-age=3600"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: styleSheet)))
        }
        // The browser asks for an icon on its own; there is none, and the question needs no session.
        if path == ["favicon.ico"] { return Response(status: .notFound, headers: Self.securityHeaders) }
        do {
            guard let visitor = try visitor(request) else {
                if path == ["login"] { return try await login(request) }
                return method == .get ? redirect(to: "/login") : refusal(.forbidden, .forbidden, request)
            }
            // A page asked for again, by the same person, of the same data, is the page made the first time.
            guard method == .get, ["", "ties", "departments", "what-if", "proposals"].contains(path.first ?? "") || path == ["documents"]
            else { return try await route(path, method, request, visitor) }
            let key = [visitor.name, visitor.csrf, visitor.language.code, request.uri.string].joined(separator: "\u{1}")
            let stamp = try bench.store.stamp()
            if let hit = cache.page(key, stamp: stamp) { return hit }
            let response = try await route(path, method, request, visitor)
            if response.status == .ok, response.headers[.contentType]?.hasPrefix("text/html") == true {
                cache.keep(response, key, stamp: stamp)
            }
            return response
        } catch let error as InputError {
            return problemPage(.serviceUnavailable, Phrasebook(language(request, nil)).callAsFunction(error.message), request)
        } catch {
            return refusal(.internalServerError, .serverError, request)
        }
    }

    func route(_ path: [String], _ method: HTTPRequest.Method, _ request: Request, _ visitor: Visitor) async throws -> Response {
        let get = method == .get || method == .head
        switch (path.first, path.count) {
        case (nil, _):
            return get ? try overview(request, visitor) : notAllowed(request, ["GET"])
        case ("language", 2):
            guard get else { return notAllowed(request, ["GET"]) }
            return chooseLanguage(path[1], request)
        case ("login", 1):
            return try await login(request)
        case ("logout", 1):
            guard method == .post else { return notAllowed(request, ["POST"]) }
            return try await logout(request, visitor)
        case ("ties", 2):
            guard get else { return notAllowed(request, ["GET"]) }
            return try tiePage(path[1], request, visitor, feedback: Feedback())
        case ("ties", 4) where path[2] == "facts":
            if get { return try factPage(path[1], path[3], request, visitor, feedback: Feedback()) }
            guard method == .post else { return notAllowed(request, ["GET", "POST"]) }
            return try await saveFact(path[1], path[3], request, visitor)
        case ("ties", 3) where path[2] == "decisions":
            guard method == .post else { return notAllowed(request, ["POST"]) }
            return try await recordDecision(path[1], request, visitor)
        case ("departments", 1), ("departments", 2):
            guard get else { return notAllowed(request, ["GET"]) }
            return try departments(path.count == 2 ? path[1] : nil, request, visitor)
        case ("what-if", 1):
            guard get else { return notAllowed(request, ["GET"]) }
            return try whatIf(request, visitor)
        case ("documents", 1), ("documents", 2):
            guard get else { return notAllowed(request, ["GET"]) }
            return try documents(path.count == 2 ? path[1] : nil, request, visitor)
        case ("proposals", _):
            return try await proposals(path, method, request, visitor)
        case ("import", 1):
            if get { return try importPage(request, visitor, feedback: Feedback()) }
            guard method == .post else { return notAllowed(request, ["GET", "POST"]) }
            return try await importWorkbook(request, visitor)
        default:
            return refusal(.notFound, .notFound, request)
        }
    }

    // MARK: Who is asking

    /// The visitor a request comes from: the user who started the server where no accounts are used; else the
    /// account of a session the request's cookie names, or nil where it names none.
    func visitor(_ request: Request) throws -> Visitor? {
        guard options.accounts else {
            return Visitor(
                name: options.user, role: .adviser, department: nil, language: language(request, nil), csrf: localToken, signedIn: false,
                tokenHash: nil)
        }
        guard let token = cookie(cookieName("ties_session"), request) else { return nil }
        let hash = Self.sha256(token)
        guard let session = try bench.store.session(tokenHash: hash, now: bench.timestamp) else { return nil }
        let account = session.account
        return Visitor(
            name: account.name, role: account.role, department: account.department, language: language(request, account.language),
            csrf: session.csrf, signedIn: true, tokenHash: hash)
    }

    /// The language a visitor reads: the one they chose here, else their account's, else the rule set's first.
    func language(_ request: Request, _ account: Language?) -> Language {
        if let chosen = cookie(cookieName("ties_lang"), request).flatMap(Language.init(rawValue:)) { return chosen }
        if let account { return account }
        return (try? bench.current().workspace.ruleSet.languages.first) ?? .nb
    }

    /// A Host header that names this machine: 127.0.0.1, localhost or [::1], with or without a port.
    static func isLoopbackHost(_ host: String?) -> Bool {
        guard let host = host?.lowercased() else { return false }
        let name = host.hasPrefix("[") ? String(host.prefix { $0 != "]" }) + "]" : String(host.prefix { $0 != ":" })
        return ["127.0.0.1", "localhost", "[::1]"].contains(name)
    }

    /// A POST that says where it comes from must come from here: its Origin's host is the request's Host, and a
    /// browser that says it is another site is believed.
    func sameOrigin(_ request: Request) -> Bool {
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!], !["same-origin", "none"].contains(site) { return false }
        guard let origin = request.headers[HTTPField.Name("Origin")!] else { return true }
        guard let host = request.head.authority, let range = origin.range(of: "://") else { return false }
        return origin[range.upperBound...].lowercased() == host.lowercased()
    }

    /// A cookie's name: with accounts, behind TLS, `__Host-` makes the browser refuse one set by another site or a
    /// sibling domain.
    func cookieName(_ name: String) -> String { options.accounts ? "__Host-" + name : name }

    func cookie(_ name: String, _ request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for part in header.split(separator: ";") {
                let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if pair.count == 2, pair[0] == name { return String(pair[1]) }
            }
        }
        return nil
    }

    /// A cookie as the workbench sets it: never read by a script, sent to this site only, over TLS where accounts are used.
    func setCookie(_ name: String, _ value: String, maxAge: Int?) -> String {
        var cookie = "\(cookieName(name))=\(value); Path=/; HttpOnly; SameSite=Strict"
        if let maxAge { cookie += "; Max-Age=\(maxAge)" }
        if options.accounts { cookie += "; Secure" }
        return cookie
    }

    /// The form's token matches the visitor's, compared in constant time.
    func tokenMatches(_ form: Form, _ visitor: Visitor) -> Bool {
        guard let sent = form["_csrf"] else { return false }
        let a = Array(sent.utf8), b = Array(visitor.csrf.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// A posted form, read within its bound; the page that says why where it is too large or cannot be read.
    func readForm(_ request: Request, _ visitor: Visitor?) async -> Result<Form, FormRefusal> {
        guard let buffer = try? await request.body.collect(upTo: options.maxForm) else {
            return .failure(
                FormRefusal(response: problemPage(.contentTooLarge, Phrasebook(visitor?.language ?? .nb).page(.formTooLarge), for: visitor))
            )
        }
        guard let form = Form.urlEncoded(Array(buffer.readableBytesView)) else {
            return .failure(
                FormRefusal(response: problemPage(.badRequest, Phrasebook(visitor?.language ?? .nb).page(.formUnreadable), for: visitor)))
        }
        return .success(form)
    }

    // MARK: Pages

    func pages(_ visitor: Visitor, path: String, current: String) throws -> Pages {
        let book = Phrasebook(visitor.language)
        var menu: [(String, String)] = [("/", book.page(.overview)), ("/departments", book.page(.departments))]
        // A department's own page first: the ties it answers for and what they lack.
        if visitor.role == .department, let own = visitor.department {
            menu.insert(("/departments/" + percentEncoded(own), book.page(.yourTies)), at: 1)
        }
        menu.append(("/proposals", book.page(.proposals)))
        menu.append(("/what-if", book.page(.whatIf)))
        menu.append(("/documents", book.page(.documents)))
        if visitor.role == .adviser { menu.append(("/import", book.page(.importMenu))) }
        let frame = PageFrame(
            book: book, municipality: try bench.current().workspace.portfolio.municipality, current: current,
            signedIn: visitor.signedIn ? visitor.name : nil, csrf: visitor.csrf, path: path, menu: menu)
        return Pages(book: book, frame: frame)
    }

    func query(_ request: Request) -> Form { Form.urlEncoded(Array((request.uri.query ?? "").utf8)) ?? Form() }

    /// The review date a page was asked for, else the portfolio's own.
    func asOf(_ request: Request) -> ReviewDate? { query(request).text("as_of").flatMap { ReviewDate($0) } }

    func overview(_ request: Request, _ visitor: Visitor) throws -> Response {
        let q = query(request)
        let review = try bench.review(asOf: asOf(request) ?? bench.current().workspace.portfolio.asOf, language: visitor.language)
        let query = OverviewQuery(
            outcome: q.text("outcome"), kind: q.text("kind"), responsible: q.text("responsible"), sort: q.text("sort"),
            page: q.text("page").flatMap(Int.init) ?? 1)
        let pages = try pages(visitor, path: request.uri.string, current: "/")
        let key = "\(try bench.store.stamp()) \(review.asOf?.description ?? "-") \(visitor.language.code)"
        let data = cache.overviews.withLock { $0[key] } ?? pages.overviewData(review)
        cache.overviews.withLock { held in
            if held.count > 16 { held = [:] }
            held[key] = data
        }
        let html = pages.overview(data, review: review, query: query)
        return page(.ok, html)
    }

    func tiePage(_ id: String, _ request: Request, _ visitor: Visitor, feedback: Feedback, status: HTTPResponse.Status = .ok) throws
        -> Response
    {
        let (workspace, versions) = try bench.current()
        let review = try bench.review(asOf: workspace.portfolio.asOf, language: visitor.language)
        guard let r = review.records.first(where: { $0.record.id == id }), let version = versions[id] else {
            return notFoundTie(id, request, visitor)
        }
        let history = HistoryTable(
            changes: try bench.store.history(tie: id), book: Phrasebook(visitor.language), ruleSet: workspace.ruleSet)
        let may = visitor.mayEdit(r.record)
        let html = try pages(visitor, path: "/ties/" + percentEncoded(id), current: "/").tie(
            r, review: review, version: version, history: history, canEdit: may, canDecide: visitor.role == .adviser, feedback: feedback)
        return page(status, html)
    }

    /// The form that changes one fact, for a visitor who may change the tie.
    func factPage(
        _ id: String, _ name: String, _ request: Request, _ visitor: Visitor, feedback: Feedback, status: HTTPResponse.Status = .ok
    )
        throws -> Response
    {
        let (workspace, versions) = try bench.current()
        guard let record = workspace.portfolio.records.first(where: { $0.id == id }), let version = versions[id] else {
            return notFoundTie(id, request, visitor)
        }
        let book = Phrasebook(visitor.language)
        guard let fact = workspace.ruleSet.fact(named: name) else { return problemPage(.notFound, book.page(.notFound), for: visitor) }
        guard visitor.mayEdit(record) else {
            return problemPage(.forbidden, book.page(visitor.role == .department ? .departmentOnly : .forbidden), for: visitor)
        }
        let html = try pages(visitor, path: request.uri.string, current: "/").factPage(
            fact, record: record, version: version, rs: workspace.ruleSet, feedback: feedback)
        return page(status, html)
    }

    func notFoundTie(_ id: String, _ request: Request, _ visitor: Visitor) -> Response {
        let book = Phrasebook(visitor.language)
        return problemPage(.notFound, book.page(.noSuchTie(id)), for: visitor)
    }

    // MARK: Saving a fact

    func saveFact(_ id: String, _ name: String, _ request: Request, _ visitor: Visitor) async throws -> Response {
        let form: Form
        switch await readForm(request, visitor) {
        case .success(let f): form = f
        case .failure(let refusal): return refusal.response
        }
        guard tokenMatches(form, visitor) else {
            return problemPage(.forbidden, Phrasebook(visitor.language).page(.badToken), for: visitor)
        }
        let (workspace, versions) = try bench.current()
        let book = Phrasebook(visitor.language)
        guard var record = workspace.portfolio.records.first(where: { $0.id == id }), versions[id] != nil else {
            return notFoundTie(id, request, visitor)
        }
        guard let fact = workspace.ruleSet.fact(named: name) else { return refusal(.notFound, .notFound, request) }
        guard visitor.mayEdit(record) else {
            return problemPage(.forbidden, book.page(visitor.role == .department ? .departmentOnly : .forbidden), for: visitor)
        }
        var feedback = Feedback(problem: book.page(.fixMarked))
        feedback.sent = form.fields
        feedback.open = name
        let field = "fact-" + name
        guard let version = form.text("version").flatMap(Int.init) else {
            return problemPage(.badRequest, book.page(.badToken), for: visitor)
        }
        let value: Value
        switch FactInput.value(form, fact, book) {
        case .success(let v): value = v
        case .failure(let reason):
            feedback.fields[field] = reason.text
            return try factPage(id, name, request, visitor, feedback: feedback, status: .unprocessableContent)
        }
        let date = form.text("as_of")
        if let date, ReviewDate(date) == nil {
            feedback.fields[field + "-as_of"] = book.page(.notADate(date))
            return try factPage(id, name, request, visitor, feedback: feedback, status: .unprocessableContent)
        }
        let (source, note) = (form.text("source"), form.text("note"))
        record.facts[name] = value.isUnknown ? nil : value
        let evidence = Record.Evidence(source: source, asOf: date.flatMap { ReviewDate($0) }, note: note, location: record.location)
        record.evidence[name] = value.isUnknown || (source == nil && date == nil && note == nil) ? nil : evidence
        // The record reader has the last word: a range, an allowed value, a date after the review.
        let problems = try bench.check(record, book: book)
        if !problems.isEmpty {
            feedback.fields[field] = problems.joined(separator: "; ")
            return try factPage(id, name, request, visitor, feedback: feedback, status: .unprocessableContent)
        }
        let editor = Editor(visitor.name, source: source, asOf: date, note: note)
        guard let result = try busyAware({ try bench.save(record, from: version, by: editor) }) else {
            // Another writer held the workspace past its wait: the form comes back as it was typed, to send again.
            feedback.problem = book.page(.workspaceBusy)
            return try factPage(id, name, request, visitor, feedback: feedback, status: .serviceUnavailable)
        }
        return try saved(result, id: id, request, visitor, open: name, sent: form.fields)
    }

    /// A save's result, or nil where the workspace stayed busy with another writer past its wait.
    func busyAware(_ save: () throws -> SaveResult) throws -> SaveResult? {
        do {
            return try save()
        } catch let error as InputError {
            if case .workspace(.busy) = error.message { return nil }
            throw error
        }
    }

    /// The page after a save: the tie with its outcome recomputed, or the other person's change where theirs came first.
    func saved(_ result: SaveResult, id: String, _ request: Request, _ visitor: Visitor, open: String, sent: [String: [String]]) throws
        -> Response
    {
        let book = Phrasebook(visitor.language)
        switch result {
        case .saved, .unchanged:
            let review = try bench.review(asOf: bench.current().workspace.portfolio.asOf, language: visitor.language)
            let outcome = review.records.first { $0.record.id == id }.map { book.outcome($0, review.ruleSet) } ?? ""
            if case .unchanged = result {
                return try tiePage(id, request, visitor, feedback: Feedback(message: book.page(.nothingChanged)))
            }
            return try tiePage(
                id, request, visitor,
                feedback: Feedback(message: book.page(open == "decision" ? .decisionRecorded : .saved(outcome: outcome))))
        case .stale(_, let since):
            var feedback = Feedback(problem: book.page(.staleSave))
            feedback.theirs = since
            feedback.open = open
            if open == "decision" { return try tiePage(id, request, visitor, feedback: feedback, status: .conflict) }
            return try factPage(id, open, request, visitor, feedback: feedback, status: .conflict)
        }
    }

    // MARK: Decisions

    func recordDecision(_ id: String, _ request: Request, _ visitor: Visitor) async throws -> Response {
        let form: Form
        switch await readForm(request, visitor) {
        case .success(let f): form = f
        case .failure(let refusal): return refusal.response
        }
        let book = Phrasebook(visitor.language)
        guard tokenMatches(form, visitor) else { return problemPage(.forbidden, book.page(.badToken), for: visitor) }
        guard visitor.role == .adviser else { return problemPage(.forbidden, book.page(.forbidden), for: visitor) }
        let (workspace, versions) = try bench.current()
        guard var record = workspace.portfolio.records.first(where: { $0.id == id }), versions[id] != nil else {
            return notFoundTie(id, request, visitor)
        }
        let review = try bench.review(asOf: workspace.portfolio.asOf, language: visitor.language)
        let recommended = review.records.first { $0.record.id == id }?.outcome
        var feedback = Feedback(problem: book.page(.fixMarked))
        feedback.sent = form.fields
        feedback.open = "decision"
        let rs = workspace.ruleSet
        let outcome = form.text("outcome") ?? ""
        if !rs.outcomes.contains(where: { $0.id == outcome }) { feedback.fields["decision-outcome"] = book.page(.chooseOne) }
        let body = form.text("body")
        if body == nil { feedback.fields["decision-body"] = book.page(.required) }
        let date = form.text("date").flatMap { ReviewDate($0) }
        if date == nil { feedback.fields["decision-date"] = form.text("date").map { book.page(.notADate($0)) } ?? book.page(.required) }
        let justification = form.text("justification")
        if let recommended, recommended != outcome, justification == nil {
            feedback.fields["decision-justification"] = book.page(.justificationNeeded(recommended: book.outcome(recommended, rs)))
        }
        var conditions: [DecisionCondition] = []
        let texts = form.fields["condition"] ?? [], dues = form.fields["condition_due"] ?? [],
            who = form.fields["condition_responsible"] ?? []
        for (i, text) in texts.enumerated() {
            let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let dueText = i < dues.count ? dues[i].trimmingCharacters(in: .whitespaces) : ""
            guard !text.isEmpty else { continue }
            let due = dueText.isEmpty ? nil : ReviewDate(dueText)
            if !dueText.isEmpty, due == nil {
                feedback.fields["decision-condition_due" + (i > 0 ? "-\(i)" : "")] = book.page(.notADate(dueText))
            }
            let responsible = i < who.count ? who[i].trimmingCharacters(in: .whitespaces) : ""
            conditions.append(
                DecisionCondition(
                    text: LocalizedText(["nb": text, "nn": text]), due: due, met: nil, responsible: responsible.isEmpty ? nil : responsible)
            )
        }
        guard feedback.fields.isEmpty, let body, let date, let version = form.text("version").flatMap(Int.init) else {
            return try tiePage(id, request, visitor, feedback: feedback, status: .unprocessableContent)
        }
        var decision = Decision(
            outcome: outcome, body: body, date: date, caseReference: form.text("case"), conditions: conditions, recommended: recommended,
            justification: justification.map { LocalizedText(["nb": $0, "nn": $0]) }, location: record.location)
        decision.ruleSetHash = try bench.ruleSetHash()
        record.decisions.append(decision)
        let problems = try bench.check(record, book: book)
        if !problems.isEmpty {
            feedback.fields["decision-date"] = problems.joined(separator: "; ")
            return try tiePage(id, request, visitor, feedback: feedback, status: .unprocessableContent)
        }
        let editor = Editor(visitor.name, source: form.text("case"), asOf: date.description)
        guard let result = try busyAware({ try bench.save(record, from: version, by: editor) }) else {
            feedback.problem = book.page(.workspaceBusy)
            feedback.fields = [:]
            return try tiePage(id, request, visitor, feedback: feedback, status: .serviceUnavailable)
        }
        return try saved(result, id: id, request, visitor, open: "decision", sent: form.fields)
    }

    // MARK: Responses

    static var securityHeaders: HTTPFields {
        var h = HTTPFields()
        h[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        h[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        h[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        h[HTTPField.Name("X-Frame-Options")!] = "DENY"
        return h
    }

    func page(_ status: HTTPResponse.Status, _ html: String, cookies: [String] = []) -> Response {
        var headers = Self.securityHeaders
        if options.accounts { headers[HTTPField.Name("Strict-Transport-Security")!] = "max-age=31536000" }
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        for c in cookies { headers.append(HTTPField(name: .setCookie, value: c)) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    func redirect(to location: String, cookies: [String] = []) -> Response {
        var headers = Self.securityHeaders
        headers[.location] = location
        for c in cookies { headers.append(HTTPField(name: .setCookie, value: c)) }
        return Response(status: .seeOther, headers: headers)
    }

    func download(_ bytes: [UInt8], name: String, type: String) -> Response {
        var headers = Self.securityHeaders
        headers[.contentType] = type
        headers[.contentDisposition] = "attachment; filename=\"\(name)\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// A page that says what went wrong, in the visitor's language where they are known.
    func problemPage(_ status: HTTPResponse.Status, _ text: String, for visitor: Visitor?) -> Response {
        let language = visitor?.language ?? .nb
        let book = Phrasebook(language)
        let municipality = (try? bench.current().workspace.portfolio.municipality) ?? ""
        let frame = PageFrame(
            book: book, municipality: municipality, current: "", signedIn: visitor?.signedIn == true ? visitor?.name : nil,
            csrf: visitor?.csrf ?? "", path: "/", menu: [("/", book.page(.overview))])
        let body = "<p class=\"problem\" role=\"alert\">\(esc(text))</p>\n<p><a href=\"/\">\(esc(book.page(.backToOverview)))</a></p>\n"
        return page(status, frame.render(title: text, body: body))
    }

    /// The same for a request whose visitor is not yet known: the visitor it names, else a reader in its language.
    func problemPage(_ status: HTTPResponse.Status, _ text: String, _ request: Request) -> Response {
        var visitor = try? self.visitor(request)
        if visitor == nil { visitor = Visitor(name: "", role: .reader, language: language(request, nil), csrf: "", signedIn: false) }
        return problemPage(status, text, for: visitor)
    }

    func refusal(_ status: HTTPResponse.Status, _ phrase: Phrase.Page, _ request: Request) -> Response {
        problemPage(status, Phrasebook(language(request, nil)).page(phrase), request)
    }

    func notAllowed(_ request: Request, _ allowed: [String]) -> Response {
        var response = problemPage(
            .methodNotAllowed, Phrasebook(language(request, nil)).page(.methodNotAllowed(request.method.rawValue)), request)
        response.headers[.allow] = allowed.joined(separator: ", ")
        return response
    }
}

extension Visitor {
    init(name: String, role: Account.Role, language: Language, csrf: String, signedIn: Bool) {
        self.init(name: name, role: role, department: nil, language: language, csrf: csrf, signedIn: signedIn, tokenHash: nil)
    }
}

/// Pages made for the data as it was at a stamp; one that is asked for at another stamp is made again.
final class PageCache: Sendable {
    let pages = Mutex<[String: (stamp: Int, response: Response)]>([:])
    /// Each review's overview, made once, by stamp, date and language.
    let overviews = Mutex<[String: OverviewData]>([:])
    /// Enough for a team's pages; more, and the oldest are dropped together.
    static let limit = 512

    func page(_ key: String, stamp: Int) -> Response? {
        pages.withLock { held in
            guard let hit = held[key], hit.stamp == stamp else { return nil }
            return hit.response
        }
    }

    func keep(_ response: Response, _ key: String, stamp: Int) {
        pages.withLock { held in
            if held.count >= Self.limit { held = held.filter { $0.value.stamp == stamp } }
            if held.count >= Self.limit { held = [:] }
            held[key] = (stamp, response)
        }
    }
}

/// Why a form was not read: the page that says so.
struct FormRefusal: Error {
    var response: Response
}

/// What keeps a few requests from taking the workbench from everyone: bcrypt two at a time, five failed sign-ins a
/// name per quarter of an hour, one import at a time.
final class Limits: Sendable {
    struct State {
        var verifying = 0
        var importing = false
        var failures: [String: (count: Int, since: Date)] = [:]
    }
    let state = Mutex(State())
    static let concurrentVerifications = 2
    static let failuresAllowed = 5
    static let lockout: TimeInterval = 15 * 60

    /// Takes a place for a password check; false where the places are taken or the name is locked out.
    func startVerifying(_ name: String, now: Date) -> Phrase.Page? {
        state.withLock { s in
            if let f = s.failures[name], f.count >= Self.failuresAllowed, now.timeIntervalSince(f.since) < Self.lockout {
                return .tooManyAttempts
            }
            guard s.verifying < Self.concurrentVerifications else { return .busyTryAgain }
            s.verifying += 1
            return nil
        }
    }

    func endVerifying(_ name: String, succeeded: Bool, now: Date) {
        state.withLock { s in
            s.verifying -= 1
            if succeeded {
                s.failures[name] = nil
            } else if let f = s.failures[name], now.timeIntervalSince(f.since) < Self.lockout {
                s.failures[name] = (f.count + 1, f.since)
            } else {
                if s.failures.count > 10_000 { s.failures = [:] }
                s.failures[name] = (1, now)
            }
        }
    }

    func startImport() -> Bool {
        state.withLock { s in
            guard !s.importing else { return false }
            s.importing = true
            return true
        }
    }
    func endImport() { state.withLock { $0.importing = false } }
}
