import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import TiesCore
@testable import TiesServer
import TiesWorkspace

/// The package root, from this file's path.
let root: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// A workbench over a new workspace made from Bergen's sample, as `ties serve Samples/bergen` makes it.
func bergenBench(_ tag: String = #function) throws -> (bench: Workbench, folder: String) {
    let folder = NSTemporaryDirectory() + "ties-server-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let files = RuleSetOnlyFiles()
    let pipeline = Pipeline(files: files, hash: { _ in "" }, tool: "ties")
    let loaded = try pipeline.workspace(portfolio: root + "/Samples/bergen", rules: nil)
    let store = try WorkspaceStore.open(folder + "/ties.sqlite", create: true)
    let order = loaded.ruleSet.facts.map(\.name)
    _ = try store.fill(
        header: PortfolioText.header(loaded.portfolio, rules: root + "/Rules/bergen.yaml"), rules: root + "/Rules/bergen.yaml",
        ties: loaded.portfolio.records.map { RecordParts($0, factOrder: order) }, by: Editor("import"), at: "2026-12-01T10:00:00Z",
        merge: false)
    return (try Workbench(store: store), folder)
}

/// Reads a sample folder from disk, for making the test's workspace.
struct RuleSetOnlyFiles: InputFiles {
    func read(_ path: String) throws -> SourceText {
        SourceText(path: path, text: try String(contentsOfFile: path, encoding: .utf8))
    }
    func readSpreadsheet(_ path: String) throws -> SourceText { try read(path) }
    func workbook(_ path: String) throws -> [Sheet] { [] }
    func isDirectory(_ path: String) -> Bool {
        var d: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &d) && d.boolValue
    }
    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
    func yamlFiles(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted().map { folder + "/" + $0 }
    }
    func folders(in folder: String) -> [String] { [] }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}

/// The form token a page carries.
func token(in html: String) -> String? {
    guard let r = html.range(of: "name=\"_csrf\" value=\"") else { return nil }
    return String(html[r.upperBound...].prefix { $0 != "\"" })
}

func version(in html: String) -> String? {
    guard let r = html.range(of: "name=\"version\" value=\"") else { return nil }
    return String(html[r.upperBound...].prefix { $0 != "\"" })
}

func form(_ fields: [(String, String)]) -> ByteBuffer {
    ByteBuffer(string: fields.map { "\($0.0)=\(percent($0.1))" }.joined(separator: "&"))
}

func percent(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? s }

let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

@Suite struct ServerRouteTests {
    @Test func everyPageAnswersInTheReadersLanguageWithItsPolicy() async throws {
        let (bench, _) = try bergenBench()
        let server = WorkbenchServer(bench: bench, options: ServerOptions(user: "kari"))
        try await server.application().test(.router) { client in
            for uri in [
                "/", "/?outcome=exit&sort=cost", "/?as_of=2027-06-01", "/ties/eurocities", "/ties/eurocities/facts/influence",
                "/departments",
                "/departments/Byr%C3%A5dsleders%20avdeling", "/what-if", "/documents", "/import",
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                    #expect(response.text.contains("<html lang=\"nb\">"), "\(uri)")
                    #expect(!response.text.contains("<script"), "\(uri)")
                }
            }
            try await client.execute(uri: "/static/ties.css", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/", method: .get, headers: [.cookie: "ties_lang=en"]) { response in
                #expect(response.text.contains("<html lang=\"en\">") && response.text.contains("All ties"))
            }
        }
    }

    @Test func aFactFilledWithItsSourceChangesTheOutcomeAndIsKeptInTheHistory() async throws {
        let (bench, _) = try bergenBench()
        let server = WorkbenchServer(bench: bench, options: ServerOptions(user: "kari"))
        try await server.application().test(.router) { client in
            let page = try await client.execute(uri: "/ties/dalian/facts/goal_areas", method: .get).text
            let before = try await client.execute(uri: "/ties/dalian", method: .get).text
            #expect(before.contains("foreløpig"))
            let body = form([
                ("_csrf", token(in: page)!), ("version", version(in: page)!), ("value", "business_facilitator"), ("source", "Avtale 2025"),
                ("as_of", "2026-10-01"), ("note", "Bekreftet av kontoret"),
            ])
            try await client.execute(uri: "/ties/dalian/facts/goal_areas", method: .post, headers: formHeaders, body: body) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Lagret. Utfallet er nå: videreføres."))
            }
        }
        // The tie read again alone after the save is the tie a whole new reading gives.
        let fresh = try Workbench(store: bench.store)
        #expect(try bench.current().workspace.portfolio.canonicalText == fresh.current().workspace.portfolio.canonicalText)
        #expect(try bench.current().versions == fresh.current().versions)
        let last = try #require(try bench.store.history(tie: "dalian").last)
        #expect(
            last.who == "kari" && last.subject == "fact:goal_areas" && last.source == "Avtale 2025" && last.note == "Bekreftet av kontoret")
    }

    @Test func formsAreRefusedWithoutTheirTokenAndNothingIsSaved() async throws {
        let (bench, _) = try bergenBench()
        let server = WorkbenchServer(bench: bench, options: ServerOptions(user: "kari"))
        let changes = try bench.store.history().count
        try await server.application().test(.router) { client in
            for token in [nil, "0000"] {
                var fields = [("version", "1"), ("value", "2")]
                if let token { fields.append(("_csrf", token)) }
                try await client.execute(uri: "/ties/eurocities/facts/influence", method: .post, headers: formHeaders, body: form(fields)) {
                    #expect($0.status == .forbidden)
                    #expect($0.text.contains("ingenting er lagret"))
                }
                try await client.execute(uri: "/ties/eurocities/decisions", method: .post, headers: formHeaders, body: form(fields)) {
                    #expect($0.status == .forbidden)
                }
            }
        }
        #expect(try bench.store.history().count == changes)
    }

    @Test func aStaleSaveIsRefusedWithTheOtherPersonsChangeShown() async throws {
        let (bench, _) = try bergenBench()
        let server = WorkbenchServer(bench: bench, options: ServerOptions(user: "kari"))
        try await server.application().test(.router) { client in
            let page = try await client.execute(uri: "/ties/eurocities/facts/influence", method: .get).text
            let (t, v) = (token(in: page)!, version(in: page)!)
            let first = form([("_csrf", t), ("version", v), ("value", "2"), ("source", "Årsmelding")])
            try await client.execute(uri: "/ties/eurocities/facts/influence", method: .post, headers: formHeaders, body: first) {
                #expect($0.status == .ok)
            }
            // A second form made from the same page: refused, their value and source shown, nothing of this one kept.
            let second = form([("_csrf", t), ("version", v), ("value", "1"), ("source", "Telefon")])
            try await client.execute(uri: "/ties/eurocities/facts/influence", method: .post, headers: formHeaders, body: second) {
                response in
                #expect(response.status == .conflict)
                #expect(response.text.contains("Noen andre lagret denne tilknytningen"))
                #expect(response.text.contains("Årsmelding"))
            }
        }
        #expect(try bench.store.history(tie: "eurocities").filter { $0.subject == "fact:influence" }.map(\.source) == ["Årsmelding"])
    }

    @Test func aValueOutOfRangeOrOfTheWrongTypeComesBackMarkedAndIsNotSaved() async throws {
        let (bench, _) = try bergenBench()
        let server = WorkbenchServer(bench: bench, options: ServerOptions(user: "kari"))
        let changes = try bench.store.history().count
        try await server.application().test(.router) { client in
            let page = try await client.execute(uri: "/ties/eurocities/facts/influence", method: .get).text
            for (value, said) in [("7", "0"), ("tre", "«tre» er ikke et helt tall")] {
                let body = form([("_csrf", token(in: page)!), ("version", version(in: page)!), ("value", value)])
                try await client.execute(uri: "/ties/eurocities/facts/influence", method: .post, headers: formHeaders, body: body) {
                    response in
                    #expect(response.status == .unprocessableContent)
                    #expect(response.text.contains("aria-invalid=\"true\""))
                    #expect(response.text.contains(said))
                }
            }
            let dated = form([("_csrf", token(in: page)!), ("version", version(in: page)!), ("value", "2"), ("as_of", "31.02.2026")])
            try await client.execute(uri: "/ties/eurocities/facts/influence", method: .post, headers: formHeaders, body: dated) {
                #expect($0.status == .unprocessableContent && $0.text.contains("ikke en dato"))
            }
        }
        #expect(try bench.store.history().count == changes)
    }

    @Test func unknownPagesMissingTiesAndWrongMethodsAreSaidSo() async throws {
        let (bench, _) = try bergenBench()
        let server = WorkbenchServer(bench: bench, options: ServerOptions(user: "kari"))
        try await server.application().test(.router) { client in
            try await client.execute(uri: "/nowhere", method: .get) {
                #expect($0.status == .notFound && $0.text.contains("Siden finnes ikke"))
            }
            try await client.execute(uri: "/ties/nobody", method: .get) { #expect($0.status == .notFound && $0.text.contains("nobody")) }
            try await client.execute(uri: "/", method: .delete) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET")
            }
            try await client.execute(uri: "/ties/eurocities/facts/no_such_fact", method: .get) { #expect($0.status == .notFound) }
        }
    }

    @Test func noPathReachesAFileOutsideTheWorkspace() async throws {
        let (bench, folder) = try bergenBench()
        try "hemmelig".write(toFile: folder + "/secret.txt", atomically: true, encoding: .utf8)
        let server = WorkbenchServer(bench: bench, options: ServerOptions(user: "kari"))
        try await server.application().test(.router) { client in
            for uri in [
                "/static/../../../../etc/passwd", "/static/..%2F..%2F..%2Fetc%2Fpasswd", "/documents/..%2F..%2Fetc%2Fpasswd",
                "/documents/..%2Fsecret.txt", "/ties/..%2F..%2Fsecret.txt", "/documents/%2Fetc%2Fpasswd", "/ties/%00", "/%ff",
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect([.notFound, .badRequest].contains(response.status), "\(uri)")
                    #expect(!response.text.contains("root:") && !response.text.contains("hemmelig"), "\(uri)")
                }
            }
        }
    }

    @Test func anUploadTooLargeIsRefusedAndNothingImported() async throws {
        let (bench, _) = try bergenBench()
        var options = ServerOptions(user: "kari")
        options.maxUpload = 64 * 1024
        let server = WorkbenchServer(bench: bench, options: options)
        let changes = try bench.store.history().count
        try await server.application().test(.router) { client in
            let page = try await client.execute(uri: "/import", method: .get).text
            let body = multipart(token: token(in: page)!, file: [UInt8](repeating: 0x50, count: 200 * 1024), name: "stor.xlsx")
            try await client.execute(uri: "/import", method: .post, headers: multipartHeaders, body: body) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.text.contains("større enn"))
            }
        }
        #expect(try bench.store.history().count == changes)
    }

    @Test func aWorkbookIsImportedAndAHostileOneRefusedWithTheReadersError() async throws {
        let (bench, _) = try bergenBench()
        let server = WorkbenchServer(bench: bench, options: ServerOptions(user: "kari"))
        let changes = try bench.store.history().count
        try await server.application().test(.router) { client in
            let page = try await client.execute(uri: "/import", method: .get).text
            let hostile = multipart(token: token(in: page)!, file: Array("PK\u{3}\u{4}not a zip at all".utf8), name: "../../etc/x.xlsx")
            try await client.execute(uri: "/import", method: .post, headers: multipartHeaders, body: hostile) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("x.xlsx"))
            }
            #expect(try bench.store.history().count == changes)
            let workbook = try [UInt8](Data(contentsOf: URL(fileURLWithPath: root + "/Samples/bergen-excel/medlemskap.xlsx")))
            let real = multipart(token: token(in: page)!, file: workbook, name: "medlemskap.xlsx")
            try await client.execute(uri: "/import", method: .post, headers: multipartHeaders, body: real) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Importert:"))
            }
        }
    }

    @Test func aDecisionThatDepartsFromTheRecommendationNeedsAJustification() async throws {
        let (bench, _) = try bergenBench()
        let server = WorkbenchServer(bench: bench, options: ServerOptions(user: "kari"))
        try await server.application().test(.router) { client in
            let page = try await client.execute(uri: "/ties/iclei", method: .get).text
            var fields = [
                ("_csrf", token(in: page)!), ("version", version(in: page)!), ("outcome", "keep"), ("body", "bystyret"),
                ("date", "2026-11-10"), ("case", "2026/123"), ("condition", "Handlingsplan"), ("condition_due", "2027-03-01"),
                ("condition_responsible", "Klimaetaten"),
            ]
            try await client.execute(uri: "/ties/iclei/decisions", method: .post, headers: formHeaders, body: form(fields)) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("avviker fra anbefalingen"))
            }
            fields.append(("justification", "Bystyret vil beholde medlemskapet ut perioden"))
            try await client.execute(uri: "/ties/iclei/decisions", method: .post, headers: formHeaders, body: form(fields)) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Vedtaket er ført inn."))
            }
        }
        let record = try #require(try bench.current().workspace.portfolio.records.first { $0.id == "iclei" })
        let decision = try #require(record.decisions.last)
        let hash = try bench.ruleSetHash()
        #expect(decision.caseReference == "2026/123" && decision.ruleSetHash == hash)
        #expect(decision.conditions.first?.responsible == "Klimaetaten" && decision.recommended == "review")
    }

    @Test func everyValueIsEscaped() async throws {
        let (bench, _) = try bergenBench()
        var record = try #require(try bench.current().workspace.portfolio.records.first { $0.id == "eurocities" })
        record.name = "<script>alert('x')</script>"
        record.notes = "\"><img src=x onerror=alert(1)>"
        _ = try bench.store.save(RecordParts(record), from: 1, by: Editor("<b>ola</b>"), at: "2026-12-02T00:00:00Z")
        let server = WorkbenchServer(bench: bench, options: ServerOptions(user: "kari"))
        try await server.application().test(.router) { client in
            for uri in ["/", "/ties/eurocities", "/departments/Byr%C3%A5dsleders%20avdeling"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(
                        !response.text.contains("<script>alert") && !response.text.contains("<img src=x")
                            && !response.text.contains("<b>ola"))
                    #expect(response.text.contains("&lt;script&gt;"), "\(uri)")
                }
            }
        }
    }
}

let multipartHeaders: HTTPFields = [.contentType: "multipart/form-data; boundary=XyZ"]

func multipart(token: String, file: [UInt8], name: String) -> ByteBuffer {
    var body = Array("--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(token)\r\n".utf8)
    body += Array("--XyZ\r\nContent-Disposition: form-data; name=\"workbook\"; filename=\"\(name)\"\r\n".utf8)
    body += Array("Content-Type: application/octet-stream\r\n\r\n".utf8) + file + Array("\r\n--XyZ--\r\n".utf8)
    return ByteBuffer(bytes: body)
}

/// With accounts: sign in, sessions in cookies a script cannot read, roles, and a planted session that counts for nothing.
@Suite struct ServerHardeningTests {
    @Test func anotherHostAnotherOriginAndAWayOffTheSiteAreRefused() async throws {
        let (bench, _) = try bergenBench()
        let server = WorkbenchServer(bench: bench, options: ServerOptions(user: "kari"))
        try await server.application().test(.router) { client in
            let page = try await client.execute(uri: "/ties/eurocities/facts/influence", method: .get).text
            let body = form([("_csrf", token(in: page)!), ("version", "1"), ("value", "2")])
            try await client.execute(
                uri: "/ties/eurocities/facts/influence", method: .post,
                headers: formHeaders + [HTTPField.Name("Origin")!: "https://evil.example"],
                body: body
            ) { #expect($0.status == .forbidden) }
            try await client.execute(
                uri: "/ties/eurocities/facts/influence", method: .post,
                headers: formHeaders + [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"],
                body: body
            ) { #expect($0.status == .forbidden) }
            for back in ["/%09/evil.example", "//evil.example", "/%5Cevil.example", "https://evil.example", "/%0d%0aSet-Cookie:x=y"] {
                try await client.execute(uri: "/language/en?back=" + back, method: .get) { response in
                    #expect(response.status == .seeOther && response.headers[.location] == "/", "\(back)")
                }
            }
            try await client.execute(uri: "/language/en?back=/ties/eurocities%3Fx%3D1", method: .get) {
                #expect($0.headers[.location] == "/ties/eurocities?x=1")
            }
        }
        #expect(try bench.store.history(tie: "eurocities").count == 1)
    }

    /// A save that waits on another writer past its timeout comes back as typed, saying so, and writes nothing.
    @Test func aSaveHeldUpByAnotherWriterComesBackAsTyped() async throws {
        let (made, folder) = try bergenBench()
        let store = try WorkspaceStore.open(folder + "/ties.sqlite", timeout: 0.2)
        let bench = try Workbench(store: store)
        let server = WorkbenchServer(bench: bench, options: ServerOptions(user: "kari"))
        let changes = try made.store.history().count
        // Another program's write transaction, held open across the request.
        var held = Configuration()
        held.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: folder + "/ties.sqlite", configuration: held)
        try await server.application().test(.router) { client in
            let page = try await client.execute(uri: "/ties/eurocities/facts/influence", method: .get).text
            try other.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE") }
            let body = form([("_csrf", token(in: page)!), ("version", version(in: page)!), ("value", "2"), ("source", "Årsmelding 2026")])
            try await client.execute(uri: "/ties/eurocities/facts/influence", method: .post, headers: formHeaders, body: body) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.text.contains("send det igjen om litt") && response.text.contains("Årsmelding 2026"))
                #expect(!response.text.contains(folder))
            }
            try other.inDatabase { try $0.execute(sql: "ROLLBACK") }
        }
        #expect(try made.store.history().count == changes)
    }

    /// DNS rebinding: a page of another name pointed at 127.0.0.1 is refused without accounts.
    @Test func onlyThisMachinesOwnNamesAreAnsweredWithoutAccounts() {
        for host in ["127.0.0.1", "127.0.0.1:8080", "localhost:8080", "LOCALHOST", "[::1]:8080"] {
            #expect(WorkbenchServer.isLoopbackHost(host), "\(host)")
        }
        for host in ["evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.evil.example", "[::2]:80", ""] {
            #expect(!WorkbenchServer.isLoopbackHost(host), "\(host)")
        }
        #expect(!WorkbenchServer.isLoopbackHost(nil))
    }

    @Test func aMergedWorkbookKeepsTheDecisionsAndEvidenceItHasNoPlaceFor() async throws {
        let (bench, _) = try bergenBench()
        let server = WorkbenchServer(bench: bench, options: ServerOptions(user: "kari"))
        let before = try #require(try bench.current().workspace.portfolio.records.first { $0.id == "eurocities" })
        try await server.application().test(.router) { client in
            let page = try await client.execute(uri: "/import", method: .get).text
            let workbook = try [UInt8](Data(contentsOf: URL(fileURLWithPath: root + "/Samples/bergen-excel/medlemskap.xlsx")))
            try await client.execute(
                uri: "/import", method: .post, headers: multipartHeaders,
                body: multipart(token: token(in: page)!, file: workbook, name: "m.xlsx")
            ) { #expect($0.status == .ok) }
        }
        let after = try #require(try bench.current().workspace.portfolio.records.first { $0.id == "eurocities" })
        #expect(!before.decisions.isEmpty && after.decisions == before.decisions)
        #expect(after.evidence["competence_gain"]?.source == before.evidence["competence_gain"]?.source)
    }
}

@Suite struct ServerAccountTests {
    static func server() throws -> (WorkbenchServer, Workbench) {
        let (bench, _) = try bergenBench()
        try bench.store.put(Account(name: "kari", role: .adviser, passwordHash: Passwords.hash("kari-passord")))
        try bench.store.put(
            Account(name: "kultur", role: .department, department: "Byrådsleders avdeling", passwordHash: Passwords.hash("kultur-passord")))
        try bench.store.put(Account(name: "les", role: .reader, passwordHash: Passwords.hash("les-passord")))
        return (WorkbenchServer(bench: bench, options: ServerOptions(host: "0.0.0.0", accounts: true, user: "nobody")), bench)
    }

    /// Signs in and gives the session's cookie.
    static func signIn(_ client: some TestClientProtocol, _ name: String, _ password: String, planted: String? = nil) async throws
        -> String?
    {
        let login = try await client.execute(uri: "/login", method: .get)
        let loginCookie = try #require(login.headers[values: .setCookie].first { $0.hasPrefix("__Host-ties_login=") })
        let pre = String(loginCookie.prefix { $0 != ";" })
        let cookie = [pre] + (planted.map { ["__Host-ties_session=\($0)"] } ?? [])
        let response = try await client.execute(
            uri: "/login", method: .post,
            headers: [.contentType: "application/x-www-form-urlencoded", .cookie: cookie.joined(separator: "; ")],
            body: form([("_csrf", String(pre.dropFirst("__Host-ties_login=".count))), ("name", name), ("password", password)]))
        guard response.status == .seeOther else { return nil }
        let session = response.headers[values: .setCookie].first { $0.hasPrefix("__Host-ties_session=") }
        #expect(
            session?.contains("HttpOnly") == true && session?.contains("Secure") == true && session?.contains("SameSite=Strict") == true)
        return session.map { String($0.prefix { $0 != ";" }) }
    }

    @Test func aDepartmentEditsItsOwnTiesOnlyAndAReaderNone() async throws {
        let (server, bench) = try Self.server()
        let changes = try bench.store.history().count
        try await server.application().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { #expect($0.status == .seeOther && $0.headers[.location] == "/login") }
            #expect(try await Self.signIn(client, "kultur", "feil-passord") == nil)
            let cookie = try #require(try await Self.signIn(client, "kultur", "kultur-passord"))
            // Its own tie (Eurocities: Byrådsleders avdeling) may be edited; another department's (ICLEI) may not.
            try await client.execute(uri: "/ties/eurocities/facts/influence", method: .get, headers: [.cookie: cookie]) {
                #expect($0.status == .ok)
            }
            let page = try await client.execute(uri: "/ties/eurocities/facts/influence", method: .get, headers: [.cookie: cookie]).text
            let fields = [("_csrf", token(in: page)!), ("version", "1"), ("value", "2")]
            try await client.execute(
                uri: "/ties/iclei/facts/influence", method: .post,
                headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                body: form(fields)
            ) { response in
                #expect(response.status == .forbidden)
                #expect(response.text.contains("kan bare endre sine egne"))
            }
            try await client.execute(
                uri: "/ties/iclei/decisions", method: .post, headers: [.cookie: cookie] + formHeaders, body: form(fields)
            ) {
                #expect($0.status == .forbidden)
            }
            try await client.execute(uri: "/import", method: .get, headers: [.cookie: cookie]) { #expect($0.status == .forbidden) }
            let reader = try #require(try await Self.signIn(client, "les", "les-passord"))
            try await client.execute(uri: "/ties/eurocities/facts/influence", method: .get, headers: [.cookie: reader]) {
                #expect($0.status == .forbidden)
            }
            try await client.execute(uri: "/ties/eurocities", method: .get, headers: [.cookie: reader]) { response in
                #expect(response.status == .ok && !response.text.contains("/facts/influence\""))
            }
        }
        #expect(try bench.store.history().count == changes)
    }

    @Test func aSessionPlantedBeforeSigningInIsNeverTheOneGiven() async throws {
        let (server, _) = try Self.server()
        try await server.application().test(.router) { client in
            let planted = String(repeating: "a", count: 64)
            let cookie = try #require(try await Self.signIn(client, "kari", "kari-passord", planted: planted))
            #expect(cookie != "ties_session=\(planted)")
            try await client.execute(uri: "/", method: .get, headers: [.cookie: "ties_session=\(planted)"]) {
                #expect($0.status == .seeOther)
            }
            try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .ok && response.text.contains("Logget inn som kari"))
            }
            // Signing out ends the session on the server, not only in the browser.
            let page = try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie]).text
            try await client.execute(
                uri: "/logout", method: .post, headers: [.cookie: cookie] + formHeaders, body: form([("_csrf", token(in: page)!)])
            ) {
                #expect($0.status == .seeOther)
            }
            try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie]) { #expect($0.status == .seeOther) }
        }
    }
}

extension HTTPFields {
    static func + (a: HTTPFields, b: HTTPFields) -> HTTPFields {
        var out = a
        out.append(contentsOf: b)
        return out
    }
}

/// Runs the built `ties` in `directory`.
func runTies(_ arguments: [String], in directory: String) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: root + "/.build/debug/ties")
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var env = ProcessInfo.processInfo.environment
    env["TIES_LANG"] = nil
    env["TIES_USER"] = "kari"
    process.environment = env
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
}

@Suite struct ServerDocumentTests {
    /// Every document the workbench gives is the command line's for the same workspace, byte for byte.
    @Test func everyDocumentIsTheCommandLinesByteForByte() async throws {
        let folder = NSTemporaryDirectory() + "ties-docs-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(try runTies(["workspace", "import", root + "/Samples/bergen", "--workspace", folder], in: folder) == 0)
        let commands: [(String, [String])] = [
            ("review.docx", ["review", "ties.sqlite", "--format", "docx", "-o", "cli-review.docx"]),
            ("review.xlsx", ["review", "ties.sqlite", "--format", "xlsx", "-o", "cli-review.xlsx"]),
            ("review.html", ["review", "ties.sqlite", "--format", "html", "-o", "cli-review.html"]),
            ("case.docx", ["review", "ties.sqlite", "--case", "--format", "docx", "-o", "cli-case.docx"]),
            ("calendar.ics", ["calendar", "ties.sqlite", "-o", "cli-calendar.ics"]),
            ("history.csv", ["workspace", "history", "-o", "cli-history.csv"]),
            ("portfolio.xlsx", ["workspace", "export", "-o", "cli-portfolio.xlsx"]),
        ]
        for (_, arguments) in commands { #expect(try runTies(arguments, in: folder) == 0, "\(arguments)") }
        let store = try WorkspaceStore.open(folder + "/ties.sqlite")
        let server = WorkbenchServer(bench: try Workbench(store: store), options: ServerOptions(user: "kari"))
        try await server.application().test(.router) { client in
            for (name, _) in commands {
                let cli = try Data(contentsOf: URL(fileURLWithPath: folder + "/cli-" + name))
                try await client.execute(uri: "/documents/" + name, method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(Data(buffer: response.body) == cli, "\(name)")
                    #expect(response.headers[.contentDisposition] == "attachment; filename=\"\(name)\"")
                }
            }
        }
    }
}

@Suite struct ServerProposalTests {
    /// A proposal written in the form: its memo on the page, and as Word the command line's byte for byte.
    @Test func aProposalWrittenInTheFormGivesTheMemoTheCommandLineGives() async throws {
        let folder = NSTemporaryDirectory() + "ties-proposal-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(try runTies(["workspace", "import", root + "/Samples/bergen", "--workspace", folder], in: folder) == 0)
        let server = WorkbenchServer(
            bench: try Workbench(store: try WorkspaceStore.open(folder + "/ties.sqlite")), options: ServerOptions(user: "kari"))
        try await server.application().test(.router) { client in
            let page = try await client.execute(uri: "/proposals/new", method: .get).text
            #expect(page.contains("name=\"fact.roles\""))
            var fields = [
                ("_csrf", token(in: page)!), ("id", "hrc"), ("title", "Medlemskap i European Human Rights Cities Network"),
                ("proposed_by", "Byrådsavdeling for sosial, bolig og inkludering"), ("annual_fee_nok", "10 000"), ("staff_hours", "abc"),
                ("name", "European Human Rights Cities Network"), ("kind", "network"), ("since", "2027"),
                ("fact.roles", "community_developer"), ("fact.competence_gain", "2"), ("fact.influence", "1"),
                ("fact.project_basis", "true"),
                ("fact.goal_areas", "openness_inclusion"), ("fact.annual_fee_nok", "10000"), ("fact.human_rights_work", "true"),
            ]
            try await client.execute(uri: "/proposals", method: .post, headers: formHeaders, body: form(fields)) { response in
                #expect(response.status == .unprocessableContent && response.text.contains("«abc» er ikke et tall"))
            }
            fields[5] = ("staff_hours", "120")
            try await client.execute(uri: "/proposals", method: .post, headers: formHeaders, body: form(fields)) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Forslaget er lagret.") && response.text.contains("Byrådets innstilling"))
            }
            let word = try await client.execute(uri: "/proposals/hrc/memo.docx", method: .get)
            #expect(word.status == .ok)
            // The same proposal as a file beside the workspace, as `ties workspace export` lays it out, through `ties justify`.
            let stored = try #require(try WorkspaceStore.open(folder + "/ties.sqlite").proposals().first)
            try FileManager.default.createDirectory(atPath: folder + "/proposals", withIntermediateDirectories: true)
            let text = "rules: \"\(root)/Rules/bergen.yaml\"\nportfolio: \"../ties.sqlite\"\n" + stored.text
            try text.write(toFile: folder + "/proposals/hrc.yaml", atomically: true, encoding: .utf8)
            #expect(try runTies(["justify", "proposals/hrc.yaml", "--format", "docx", "-o", "cli-memo.docx"], in: folder) == 0)
            #expect(Data(buffer: word.body) == (try Data(contentsOf: URL(fileURLWithPath: folder + "/cli-memo.docx"))))
        }
    }
}
