import ArgumentParser
import Foundation
import TiesCore

/// `ties init`: a new municipality's rule set, sample and sources/, made from its strategy document.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new municipality: a rule set from its strategy document, a sample portfolio, and sources/.",
        usage: "ties init MUNICIPALITY --source STRATEGY.txt [--lang nb|nn|nb,en]",
        discussion: """
            Write the municipality's name as it writes it (bodø, Nord-Fron): reports use it as given, with a capital \
            letter, and the files get a plain version of it (bodo, nord-fron). In the current folder, creates \
            Rules/NAME.yaml (the document's title, file and SHA-256 filled in, the usual outcomes, and a commented \
            example of a fact, a criterion and a rule), Samples/NAME/ (portfolio.yaml, an example record, an empty \
            expected.yaml and a proposal for a case memo) and sources/ with a copy of the strategy, so that `ties lint` \
            checks every quote against it without flags. What you must fill in is marked FYLL INN.

            The rule set is written in one language, bokmål (--lang nb, the default) or nynorsk (--lang nn): one \
            language is all a Norwegian council needs. Add English with --lang nb,en (or later: add en to \
            'languages:' and `ties lint` names each text that needs it). --lang en gives English comments and a rule \
            set in bokmål and English. The strategy must be plain text: save a Word file as «Ren tekst», and turn a PDF \
            into text with `pdftotext strategi.pdf`.

            ties init never overwrites anything: if a file it would make exists, it names it and makes nothing.

            Examples:
              ties init bodø --source strategi/bodo.txt
              ties init "Nord-Fron" --source strategi.txt --lang nn
              ties init stavanger --source strategi.txt --lang nb,en --title "Stavanger i verden"

            Then:
              ties lint Rules/bodo.yaml
              ties review Samples/bodo

            Exit status: 0 made; 64 bad usage; 65 the strategy is not text; 66 it is missing; 73 a file exists or cannot be made.
            """)

    @Argument(help: "The municipality's name as it writes it (bodø, Nord-Fron); the files get a plain version of it (bodo).")
    var name: String

    @Option(help: "The adopted strategy document as plain text (.txt).")
    var source: String

    @Option(help: "The municipality as written in reports, where it differs from the name. Default: the name, with a capital letter.")
    var municipality: String?

    @Option(help: "The document's title, where its first lines do not give it.")
    var title: String?

    @Option(
        help:
            "The rule set's languages, the first also the comments': nb (bokmål), nn (nynorsk), nb,en (bokmål and English); en gives English comments. Default: TIES_LANG, else nb."
    )
    var lang: String?

    /// The comments' language and the rule set's languages that `--lang` asks for; nil where it names none the tool writes.
    static func languages(_ given: String) -> (comments: Language, ruleSet: [Language])? {
        let asked = given.split(separator: ",", omittingEmptySubsequences: false).map {
            Language(rawValue: $0.trimmingCharacters(in: .whitespaces))
        }
        guard !asked.isEmpty, asked.allSatisfy({ $0 != nil }) else { return nil }
        var list: [Language] = []
        for l in asked.compactMap({ $0 }) where !list.contains(l) { list.append(l) }
        return (list[0], list)
    }

    @Option(name: .customLong("as-of"), help: "The sample's review date, YYYY-MM-DD. Default: today.")
    var asOf: String?

    func validate() throws {
        try Language.checkEnvironment()
        if let problem = NewMunicipality.problem(with: name) {
            throw ValidationError(.municipalityName(name, problem))
        }
        if let lang, Self.languages(lang) == nil { throw ValidationError(.languageList(lang)) }
        for (option, value) in [("--municipality", municipality), ("--title", title)] {
            guard let value else { continue }
            if value.trimmingCharacters(in: .whitespaces).isEmpty || value.count > 200 || !YAMLText.isPlain(value) {
                throw ValidationError(.oneLine(option))
            }
        }
        if let asOf {
            guard let date = ReviewDate(written: asOf), (1900...2100).contains(date.year) else {
                throw ValidationError(.asOfDateInRange(asOf))
            }
        }
        let file = Paths.fileName(of: source)
        if !YAMLText.isPlain(file) {
            throw ValidationError(.controlInFileName)
        }
        if let ext = Paths.extensionOf(source), ["pdf", "docx", "doc", "odt", "rtf", "html", "htm"].contains(ext) {
            throw ValidationError(Terminal.book(.notPlainText(ext: ext)))
        }
    }

    func run() throws {
        let asked = lang.flatMap(Self.languages)
        let book = Phrasebook(asked?.comments ?? Language.asked(nil) ?? .nb)
        // Checked in validate: a name with a letter always has a file name.
        let name = NewMunicipality.fileName(for: self.name) ?? "kommune"
        let (new, document) = try pipeline.newMunicipality(
            name: name, source: source, municipality: municipality ?? NewMunicipality.municipality(from: self.name), title: title,
            book: book, languages: asked?.ruleSet, asOf: asOf.flatMap { ReviewDate(written: $0) } ?? Self.today)
        let file = new.documentFile
        let copy = Paths.join("sources", file)

        // The strategy is copied, not linked, so the rule set's SHA-256 stays true however the original moves.
        let sameDocument = try Files.exists(copy) && Files.resolved(copy) == Files.resolved(source)
        let copyNeeded = !Files.occupied(copy)
        var targets = new.files.map(\.path)
        if copyNeeded { targets.append(copy) }
        var existing = new.files.map(\.path).filter(Files.occupied)
        if !copyNeeded, !sameDocument, (try? Files.read(copy).text) != document.text { existing.append(copy) }
        // A file where a folder must go stops the whole, before anything is made.
        for folder in Set(targets.map(Paths.directory(of:))).sorted() {
            var path = ""
            for part in folder.split(separator: "/") {
                path = path.isEmpty ? String(part) : path + "/" + part
                if Files.occupied(path), !Files.isDirectory(path), !existing.contains(path) { existing.append(path) }
            }
        }
        guard existing.isEmpty else {
            throw CommandError.cannotCreate(.alreadyThere(existing))
        }
        let files = new.files + (copyNeeded ? [(copy, document.text)] : [])
        var folders: [String] = []
        // A signal before the files are in place takes away the folders this run made, so a second init can begin anew.
        var armed: [Int?] = []
        defer { for slot in armed { Interrupts.disarm(slot) } }
        do {
            for (path, _) in files { folders += try makeFolder(Paths.directory(of: path), armed: &armed) }
            // All or nothing, even against a second init of the same name at once or an interrupt: each file is put in
            // place only under a name still free, all with interrupts held off, and what this run placed goes again if
            // one is taken meanwhile.
            try Files.writeTogether(files.map { ($0.0, Array($0.1.utf8)) }, inputs: [source], replacing: false)
        } catch {
            // Only a folder left empty goes: another run may have put its files in one meanwhile.
            for folder in folders.reversed() { rmdir(folder) }
            throw error
        }
        let made = files.map(\.0)
        var out = made.map { "  \($0)\n" }.joined()
        out += book.initial(.municipalityUsed(municipality: new.municipality, name: name)) + "\n"
        if let found = new.documentTitle, title == nil {
            out += book.initial(.titleTaken(title: found, name: name)) + "\n"
        } else if new.documentTitle == nil {
            out += book.initial(.titleMissing(name: name)) + "\n"
        }
        // Each step on its own line and each command on the next, so the list reads at 80 columns.
        out += book.initial(.nextSteps(name: name, file: file)) + "\n"
        try Terminal.standardText(book.initial(.made) + "\n" + out)
    }

    /// Makes the folder and those above it; the ones it made, outermost first, so a failed run can take them away.
    /// Each is armed for removal on a signal before it is made, so none is made that a signal would leave behind.
    func makeFolder(_ path: String, armed: inout [Int?]) throws -> [String] {
        var made: [String] = []
        var current = ""
        for part in path.split(separator: "/") where part != "." {
            current = current.isEmpty ? String(part) : current + "/" + part
            if Files.isDirectory(current) { continue }
            let slot = Interrupts.removeOnSignal(current, folder: true)
            guard mkdir(current, 0o777) == 0 else {
                let failure = errno
                Interrupts.disarm(slot)
                // Another init of the same name made it a moment ago: it is theirs, neither made nor taken back here.
                if failure == EEXIST, Files.isDirectory(current) { continue }
                throw CommandError.cannotCreate(.cannotMakeFolder(current, occupied: Files.occupied(current)))
            }
            armed.append(slot)
            made.append(current)
        }
        return made
    }

    /// Today's date where the machine runs, for the sample's `as_of`.
    static var today: ReviewDate {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.dateFormat = "yyyy-MM-dd"
        return ReviewDate(formatter.string(from: Date()))!
    }
}
