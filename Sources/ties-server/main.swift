import ArgumentParser
import Foundation
import Hummingbird
import TiesCore
import TiesServer
import TiesWorkspace

/// `ties-server FOLDER`: the workbench over the workspace in FOLDER, as `ties serve` starts it.
@main
struct TiesServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ties-server",
        abstract: "The workbench: the team's workspace in the browser. Started by `ties serve FOLDER`.")

    @Argument(help: "The folder that holds ties.sqlite.")
    var folder: String

    @Option(help: "The address to listen on. Anything but 127.0.0.1 needs accounts.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Flag(help: "Require accounts even on 127.0.0.1.")
    var accounts = false

    func run() async throws {
        let path = Paths.join(folder, WorkspaceStore.fileName)
        let book = Phrasebook(Language(rawValue: ProcessInfo.processInfo.environment["TIES_LANG"] ?? "") ?? .nb)
        do {
            let store = try WorkspaceStore.open(path)
            let needsAccounts = accounts || !ServerOptions.isLoopback(host)
            if needsAccounts, try store.accountCount() == 0 {
                FileHandle.standardError.write(Data(("ties: error: " + book.server(.accountsNeeded(path)) + "\n").utf8))
                throw ExitCode(64)
            }
            let bench = try Workbench(store: store)
            let env = ProcessInfo.processInfo.environment
            let user = env["TIES_USER"] ?? env["USER"] ?? env["LOGNAME"] ?? "ties"
            let server = WorkbenchServer(bench: bench, options: ServerOptions(host: host, port: port, accounts: needsAccounts, user: user))
            let shown = host.contains(":") ? "[\(host)]" : host
            FileHandle.standardError.write(Data((book.server(.listening("http://\(shown):\(port)/")) + "\n").utf8))
            try await server.application().runService()
        } catch let error as InputError {
            FileHandle.standardError.write(Data(("ties: error: " + book(error.message) + "\n").utf8))
            throw ExitCode(error.kind == .missing ? 66 : 65)
        } catch let error as DiagnosticsError {
            for d in error.diagnostics.prefix(20) { FileHandle.standardError.write(Data(("ties: error: " + book(d.message) + "\n").utf8)) }
            throw ExitCode(65)
        }
    }
}
