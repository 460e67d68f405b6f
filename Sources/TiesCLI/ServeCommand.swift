import ArgumentParser
import Foundation
import TiesCore
import TiesWorkspace

#if canImport(Glibc)
    import Glibc
#endif

/// `ties serve FOLDER`: the workbench in the browser, over the workspace in FOLDER. The server is its own program,
/// `ties-server`, beside `ties`: the web server's libraries stay out of every other command's start.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Open the team's workbench in the browser: the overview, each tie, data collection, decisions, documents.",
        discussion: """
            FOLDER holds the workspace, ties.sqlite. Where it has none but holds a portfolio (portfolio.yaml), the \
            workspace is made from it first. The workbench listens on 127.0.0.1 (this machine only) and records changes \
            under your user name. To let others in, listen elsewhere with --host, behind a TLS proxy (see the README): \
            then everyone signs in with an account (`ties workspace account`).

            Examples:
              ties serve Samples/bergen
              ties serve work/ --port 8090
              ties serve work/ --host 0.0.0.0 --port 8080

            Stop it with Ctrl-C (or SIGTERM): a save under way is finished first.
            """)

    @Argument(help: "The folder that holds ties.sqlite (or a portfolio to make it from).")
    var folder: String

    @Option(help: "The address to listen on. Default: 127.0.0.1. Anything else needs accounts.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Flag(help: "Require accounts even on 127.0.0.1.")
    var accounts = false

    func run() throws {
        guard Files.isDirectory(folder) else { throw InputError(.missing, .noSuchFolder(folder)) }
        let workspace = Paths.join(folder, WorkspaceStore.fileName)
        if !Files.exists(workspace) {
            guard Files.exists(Paths.join(folder, "portfolio.yaml")) else {
                throw CommandError.usage(.workspace(.emptyWorkspace(workspace)))
            }
            let importing = try ImportCommand.parse([folder, "--workspace", folder])
            try importing.run()
        }
        let server = Paths.join(Paths.directory(of: Self.ownPath), "ties-server")
        guard Files.exists(server) else { throw InputError(.missing, .stored(.serverMissing(server))) }
        var arguments = [server, folder, "--host", host, "--port", String(port)]
        if accounts { arguments.append("--accounts") }
        // The server takes this process's place, so a SIGTERM sent to it reaches the server.
        let cArguments = arguments.map { strdup($0) } + [nil]
        execv(server, cArguments)
        throw InputError(.missing, .stored(.serverMissing(server)))
    }

    /// This program's own file.
    static var ownPath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}

/// `ties workspace account`: adds an account, or gives one a new password or role.
struct AccountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account",
        abstract: "Add an account to the workspace (or change one): an adviser, a department or a reader.",
        discussion: """
            The password is read from standard input (its first line) and kept only as a bcrypt hash. A department's \
            account edits only the ties whose responsible is that department, written as the ties write it.

            Examples:
              ties workspace account kari --role adviser --workspace work/ < kari.txt
              printf '%s\\n' "$PASSWORD" | ties workspace account kultur --role department \\
                  --department "Byrådsavdeling for kultur" --workspace work/
            """)

    @Argument(help: "The account's user name.")
    var name: String

    @Option(help: "adviser (everything), department (its own ties) or reader.")
    var role: String

    @Option(help: "The department whose ties a department's account edits.")
    var department: String?

    @Option(help: "The account's language: nb, nn or en.")
    var lang: Language?

    @Option(name: [.short, .customLong("workspace")], help: "The workspace: its folder or its .sqlite file. Default: this folder.")
    var workspace = "."

    func run() throws {
        guard let role = Account.Role(rawValue: role) else { throw ValidationError("--role: adviser, department or reader") }
        if role == .department, department == nil { throw ValidationError("--department is needed for a department's account") }
        // bcrypt reads the first 72 bytes: a longer password would be cut without a word.
        guard let line = readLine(strippingNewline: true), line.count >= 8, line.utf8.count <= 72 else {
            throw ValidationError("the password (on standard input) must have at least 8 characters and at most 72 bytes")
        }
        let store = try WorkspaceStore.open(WorkspaceCommand.file(workspace))
        try store.put(
            Account(name: name, role: role, department: department, language: lang, passwordHash: Passwords.hash(line)))
        try Terminal.standardText("\(name): \(role.rawValue)\n")
    }
}
