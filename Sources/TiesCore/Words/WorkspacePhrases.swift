extension Phrase {
    /// What is wrong with a team's workspace file (`ties.sqlite`), or with a save to it.
    public enum Stored: Sendable, Hashable {
        case notAWorkspace(String)
        case newerWorkspace(String, found: Int, known: Int)
        case damaged(String)
        case busy(String)
        case unreadable(String, String)
        case emptyWorkspace(String)
        case notEmpty(String, ties: Int)
        case noSuchTie(String)
        case serverMissing(String)
    }
}

extension Phrase {
    /// What the workspace's commands and pages say: counts, headings of the history, the words of the workbench.
    public enum Workbench: Sendable, Hashable {
        case imported(added: Int, changed: Int, unchanged: Int, into: String)
        case keptNewer(Int)
        case exported(ties: Int, to: String)
        case noChanges
        case historyHeading(HistoryColumn)
        case subject(String)
        case created, removed
        case workbookLeavesOut(decisions: Int, notes: Int)
    }

    /// The columns of a tie's history.
    public enum HistoryColumn: String, Sendable, Hashable, CaseIterable { case at, who, tie, what, before, after, source, asOf, note }
}

extension Phrase.Problem {
    /// A workspace's problem, as a located message or a page says it.
    public static func stored(_ p: Phrase.Stored) -> Phrase.Problem { .workspace(p) }
}

extension Phrasebook {
    public func callAsFunction(_ p: Phrase.Stored) -> String {
        switch p {
        case .notAWorkspace(let path):
            pick(
                nb: "'\(path)' er ikke en arbeidsflate (en SQLite-fil fra ties)",
                nn: "'\(path)' er ikkje ei arbeidsflate (ei SQLite-fil frå ties)",
                en: "'\(path)' is not a workspace (a SQLite file made by ties)")
        case .newerWorkspace(let path, let found, let known):
            pick(
                nb: "'\(path)' er laget av en nyere versjon av ties (skjema \(found); denne versjonen kjenner til \(known)); "
                    + "ingenting er endret – bruk den nyere versjonen",
                nn: "'\(path)' er laga av ein nyare versjon av ties (skjema \(found); denne versjonen kjenner til \(known)); "
                    + "ingenting er endra – bruk den nyare versjonen",
                en: "'\(path)' was made by a newer version of ties (schema \(found); this version knows \(known)); "
                    + "nothing was changed – use the newer version")
        case .damaged(let path):
            pick(
                nb: "'\(path)' er skadet og kan ikke leses; ingenting er endret – hent den siste sikkerhetskopien",
                nn: "'\(path)' er skadd og kan ikkje lesast; ingenting er endra – hent den siste tryggingskopien",
                en: "'\(path)' is damaged and cannot be read; nothing was changed – restore the last backup")
        case .busy(let path):
            pick(
                nb: "'\(path)' er opptatt av en annen som skriver; ingenting er endret – prøv igjen om litt",
                nn: "'\(path)' er oppteken av ein annan som skriv; ingenting er endra – prøv igjen om litt",
                en: "'\(path)' is busy with another writer; nothing was changed – try again shortly")
        case .unreadable(let path, let reason):
            pick(
                nb: "kan ikke bruke '\(path)': \(reason); ingenting er endret",
                nn: "kan ikkje bruke '\(path)': \(reason); ingenting er endra",
                en: "cannot use '\(path)': \(reason); nothing was changed")
        case .emptyWorkspace(let path):
            pick(
                nb: "'\(path)' har ingen portefølje ennå – fyll den med `ties workspace import`",
                nn: "'\(path)' har ingen portefølje enno – fyll han med `ties workspace import`",
                en: "'\(path)' holds no portfolio yet – fill it with `ties workspace import`")
        case .notEmpty(let path, let ties):
            pick(
                nb: "'\(path)' har allerede \(ties) tilknytninger, som kan være noens arbeid; ingenting er endret – "
                    + "bruk --merge for å føre endringene inn (hver endring blir loggført)",
                nn: "'\(path)' har alt \(ties) tilknytingar, som kan vere arbeidet til nokon; ingenting er endra – "
                    + "bruk --merge for å føre endringane inn (kvar endring blir loggført)",
                en: "'\(path)' already holds \(ties) ties, which may be someone's work; nothing was changed – "
                    + "use --merge to bring the changes in (each change is recorded)")
        case .noSuchTie(let id):
            pick(nb: "ingen tilknytning har id-en '\(id)'", nn: "inga tilknyting har id-en '\(id)'", en: "no tie has the id '\(id)'")
        case .serverMissing(let path):
            pick(
                nb: "finner ikke ties-server ved siden av ties ('\(path)'); bygg den med `swift build --product ties-server`",
                nn: "finn ikkje ties-server ved sida av ties ('\(path)'); bygg han med `swift build --product ties-server`",
                en: "cannot find ties-server beside ties ('\(path)'); build it with `swift build --product ties-server`")
        }
    }
}

extension Phrasebook {
    public func workbench(_ p: Phrase.Workbench) -> String {
        switch p {
        case .imported(let added, let changed, let unchanged, let into):
            pick(
                nb: "\(into): \(added) nye, \(changed) endret, \(unchanged) uendret; hver endring er loggført",
                nn: "\(into): \(added) nye, \(changed) endra, \(unchanged) uendra; kvar endring er loggført",
                en: "\(into): \(added) new, \(changed) changed, \(unchanged) unchanged; every change is recorded")
        case .keptNewer(let n):
            pick(
                nb: "\(n) verdier i filen var eldre enn det som er lagret etter at den ble laget, og er ikke tatt inn",
                nn: "\(n) verdiar i fila var eldre enn det som er lagra etter at ho vart laga, og er ikkje tekne inn",
                en: "\(n) values in the file were older than what was saved after it was made, and were not taken in")
        case .exported(let ties, let to):
            pick(nb: "\(to): \(ties) tilknytninger skrevet", nn: "\(to): \(ties) tilknytingar skrivne", en: "\(to): \(ties) ties written")
        case .noChanges: pick(nb: "Ingen endringer er loggført.", nn: "Ingen endringar er loggførte.", en: "No changes recorded.")
        case .historyHeading(let c):
            switch c {
            case .at: pick(nb: "Tidspunkt", nn: "Tidspunkt", en: "When")
            case .who: pick(nb: "Hvem", nn: "Kven", en: "Who")
            case .tie: pick(nb: "Tilknytning", nn: "Tilknyting", en: "Tie")
            case .what: pick(nb: "Hva", nn: "Kva", en: "What")
            case .before: pick(nb: "Før", nn: "Før", en: "Before")
            case .after: pick(nb: "Etter", nn: "Etter", en: "After")
            case .source: pick(nb: "Kilde", nn: "Kjelde", en: "Source")
            case .asOf: pick(nb: "Dato for kilden", nn: "Dato for kjelda", en: "Source date")
            case .note: pick(nb: "Merknad", nn: "Merknad", en: "Note")
            }
        case .subject(let s):
            switch s {
            case "tie": pick(nb: "tilknytningen", nn: "tilknytinga", en: "the tie")
            case "activities": pick(nb: "aktivitetsloggen", nn: "aktivitetsloggen", en: "the activity log")
            case "decision": pick(nb: "nytt vedtak", nn: "nytt vedtak", en: "new decision")
            case "decisions": pick(nb: "vedtakene", nn: "vedtaka", en: "the decisions")
            case "obligations": pick(nb: "forpliktelsene", nn: "pliktene", en: "the obligations")
            default: s
            }
        case .workbookLeavesOut(let d, let n):
            pick(
                nb:
                    "regnearket har ikke plass til vedtakene (\(d)) eller merknadene til opplysningene (\(n)); eksporter til en mappe for å få med alt",
                nn:
                    "reknearket har ikkje plass til vedtaka (\(d)) eller merknadene til opplysningane (\(n)); eksporter til ei mappe for å få med alt",
                en: "the workbook has no place for the decisions (\(d)) or the facts' notes (\(n)); export to a folder to keep everything")
        case .created: pick(nb: "lagt inn", nn: "lagd inn", en: "added")
        case .removed: pick(nb: "fjernet", nn: "fjerna", en: "removed")
        }
    }
}
