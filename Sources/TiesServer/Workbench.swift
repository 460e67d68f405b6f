import Crypto
import Foundation
import Synchronization
import TiesCore
import TiesReports
import TiesWorkbooks
import TiesWorkspace

/// A team's workspace as the workbench serves it: the ties loaded once and read again only when someone (a page or
/// the command line) has changed them, the reviews made from them, and every change made through one save.
///
/// It reads two files, both fixed when it starts: the workspace and the rule set the workspace names. No request
/// names a path; uploads are read in memory and documents are made in memory.
public final class Workbench: Sendable {
    public let store: WorkspaceStore
    public let pipeline: Pipeline
    /// The rule set's file, as the workspace names it, resolved when the workbench starts.
    public let rulesPath: String
    let loaded = Mutex<Loaded?>(nil)
    let now: @Sendable () -> Date

    struct Loaded: @unchecked Sendable {
        var stamp: Int
        var workspace: Workspace
        var versions: [String: Int]
        var reviews: [String: Review] = [:]
    }

    /// The workbench over an open workspace.
    public init(store: WorkspaceStore, now: @escaping @Sendable () -> Date = Date.init) throws {
        self.store = store
        self.now = now
        let stored = try store.stored()
        let rulesPath = Paths.resolve(stored.rules, from: Paths.directory(of: store.path))
        self.rulesPath = rulesPath
        self.pipeline = Pipeline(
            files: WorkbenchFiles(store: store, rules: rulesPath), hash: Self.sha256, tool: "ties \(Pipeline.toolVersion)")
        _ = try current()
    }

    /// SHA-256 as the command line makes it, so the fingerprints of the workbench's documents are the command line's.
    @Sendable static func sha256(_ text: ((String) -> Void) -> Void) -> String {
        var sha = SHA256()
        text { sha.update(data: Array($0.utf8)) }
        return sha.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// The workspace as it is now: loaded again only where a change has been recorded since it was last loaded.
    public func current() throws -> (workspace: Workspace, versions: [String: Int]) {
        let (workspace, versions, _) = try loadedNow()
        return (workspace, versions)
    }

    /// The workspace as it is now and the stamp it was read at.
    func loadedNow() throws -> (workspace: Workspace, versions: [String: Int], stamp: Int) {
        let stamp = try store.stamp()
        if let held = loaded.withLock({ $0 }), held.stamp == stamp { return (held.workspace, held.versions, stamp) }
        let stored = try store.stored()
        let workspace = try pipeline.storedWorkspace(store.path, stored: stored, rules: rulesPath)
        loaded.withLock { $0 = Loaded(stamp: stamp, workspace: workspace, versions: stored.versions) }
        return (workspace, stored.versions, stamp)
    }

    /// The review on `asOf` (the portfolio's own date where nil), with every word in `language`; kept until a change.
    public func review(asOf: ReviewDate?, language: Language) throws -> Review {
        let (workspace, _, stamp) = try loadedNow()
        let key = "\(asOf?.description ?? "-") \(language.code)"
        if let held = loaded.withLock({ $0?.stamp == stamp ? $0?.reviews[key] : nil }) { return held }
        let review = pipeline.review(workspace, asOf: asOf, traces: true, allReasons: true, wordsIn: { _ in language })
        loaded.withLock { held in
            // Kept only beside the ties it was made from: a save meanwhile has loaded newer ones.
            guard held?.stamp == stamp else { return }
            // A few dates and languages at a time; a review of another date is made again when asked for.
            if held?.reviews.count ?? 0 > 12 { held?.reviews = [:] }
            held?.reviews[key] = review
        }
        return review
    }

    /// The time a change is recorded at.
    var timestamp: String { WorkspaceStore.timestamp(now()) }

    /// Saves a tie as `record`, made from `version`: the one way a page changes a tie.
    func save(_ record: Record, from version: Int, by editor: Editor) throws -> SaveResult {
        let workspace = try current().workspace
        let before = try store.stamp()
        let result = try store.save(
            RecordParts(record, factOrder: workspace.ruleSet.facts.map(\.name)), from: version, by: editor, at: timestamp)
        guard case .saved(let next, let changes) = result else { return result }
        // Where nothing but this save was written since, the one tie is read again, not the whole workspace: a save
        // in a workspace of a thousand ties answers in milliseconds.
        let after = try store.stamp()
        guard after == before + changes.count, let (text, stored) = try store.storedTie(record.id), stored == next else { return result }
        guard let read = try? self.read([text], in: workspace).first else { return result }
        loaded.withLock { held in
            guard var h = held, h.stamp == before, let i = h.workspace.portfolio.records.firstIndex(where: { $0.id == record.id }) else {
                return
            }
            h.workspace.portfolio.records[i] = read
            h.versions[record.id] = next
            h.stamp = after
            h.reviews = [:]
            held = h
        }
        return result
    }

    /// A record as its file would read, checked by the record reader against the rule set: the problems, in the
    /// reader's words, where it would not read.
    func check(_ record: Record, book: Phrasebook) throws -> [String] {
        let workspace = try current().workspace
        do {
            _ = try read(
                [SourceText(path: record.id, text: PortfolioText.record(record, factOrder: workspace.ruleSet.facts.map(\.name)))],
                in: workspace)
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }.map { book($0.message) }
        }
    }

    /// Record files read as the workspace's own are: against its header (its date) and its rule set, by the record
    /// reader. What a save, a check and an import each ask of it.
    func read(_ texts: [SourceText], in workspace: Workspace) throws(DiagnosticsError) -> [Record] {
        let header = SourceText(path: store.path, text: PortfolioText.header(workspace.portfolio, rules: nil))
        return try PortfolioLoader.load(header: header, recordFiles: texts, ruleSet: workspace.ruleSet).records
    }

    /// The SHA-256 of the rule set the review is made under, which a decision records.
    public func ruleSetHash() throws -> String { pipeline.hash(try current().workspace.ruleText) }
}

/// What the workbench's pipeline may read: the rule set's file and the workspace, each at the one path fixed when the
/// workbench started. Any other path is refused, whatever a proposal or a request names.
struct WorkbenchFiles: InputFiles {
    let store: WorkspaceStore
    let rules: String

    func read(_ path: String) throws -> SourceText {
        guard Paths.normalize(path) == Paths.normalize(rules),
            let data = FileManager.default.contents(atPath: rules), var text = String(data: data, encoding: .utf8)
        else { throw InputError(.missing, .cannotRead(path)) }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return SourceText(path: path, text: text)
    }
    func storedPortfolio(_ path: String) throws -> StoredPortfolio {
        guard Paths.normalize(path) == Paths.normalize(store.path) else { throw InputError(.missing, .cannotRead(path)) }
        return try store.stored()
    }
    func readSpreadsheet(_ path: String) throws -> SourceText { throw InputError(.missing, .cannotRead(path)) }
    func workbook(_ path: String) throws -> [Sheet] { throw InputError(.missing, .cannotRead(path)) }
    func isDirectory(_ path: String) -> Bool { false }
    func exists(_ path: String) -> Bool {
        Paths.normalize(path) == Paths.normalize(store.path) || Paths.normalize(path) == Paths.normalize(rules)
    }
    func yamlFiles(in folder: String) throws -> [String] { [] }
    func folders(in folder: String) -> [String] { [] }
}
