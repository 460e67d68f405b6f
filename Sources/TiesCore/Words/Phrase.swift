/// Every sentence and label the tool itself adds to what a person reads, by the document it belongs to. Each family's
/// translations are one exhaustive switch in its own file, the three languages side by side: a phrase without
/// every language does not compile.
public enum Phrase {
    /// Words every document uses.
    public enum Common: Sendable, Hashable {
        case yes, no, unknown, none, missing, provisional, notGiven, noDate, inAll, activityLog
        case adopted(date: String)
        case caseNumber(String)
        case notAssessed, unclassified, undecided
        case illustrative
    }
}

extension Phrasebook {
    public func callAsFunction(_ p: Phrase.Common) -> String {
        switch p {
        case .yes: pick(nb: "ja", nn: "ja", en: "yes")
        case .no: pick(nb: "nei", nn: "nei", en: "no")
        case .unknown: pick(nb: "ukjent", nn: "ukjend", en: "unknown")
        case .none: pick(nb: "ingen", nn: "ingen", en: "none")
        case .missing: pick(nb: "mangler", nn: "manglar", en: "missing")
        case .provisional: pick(nb: "foreløpig", nn: "førebels", en: "provisional")
        case .notGiven: pick(nb: "ikke oppgitt", nn: "ikkje oppgitt", en: "not given")
        case .noDate: pick(nb: "uten dato", nn: "utan dato", en: "no date")
        case .inAll: pick(nb: "I alt", nn: "I alt", en: "In all")
        case .activityLog: pick(nb: "Aktivitetslogg", nn: "Aktivitetslogg", en: "Activity log")
        case .adopted(let date): pick(nb: "vedtatt \(date)", nn: "vedteken \(date)", en: "adopted \(date)")
        // A case number never breaks from its word: «sak 3/10» on one line.
        case .caseNumber(let c): pick(nb: "sak\u{00A0}\(c)", nn: "sak\u{00A0}\(c)", en: "case\u{00A0}\(c)")
        case .notAssessed: pick(nb: "vurderes ikke her", nn: "ikkje vurdert her", en: "not assessed")
        case .unclassified: pick(nb: "Passer ingen kategori", nn: "Passar ingen kategori", en: "Fits no category")
        case .undecided: pick(nb: "uavklart", nn: "uavklart", en: "undecided")
        case .illustrative:
            pick(
                nb: "Illustrative verdier (ikke fra kilden)", nn: "Illustrative verdiar (ikkje frå kjelda)",
                en: "Illustrative values (not from a source)")
        }
    }

    /// «Ja», «Nei», «?»: a yes or no as a table cell writes it.
    public func cell(_ b: Bool) -> String { self(b ? .yes : .no).capitalizedFirst }
}

extension String {
    /// The text with its first letter in upper case and the rest as it is.
    public var capitalizedFirst: String { isEmpty ? self : prefix(1).uppercased() + dropFirst() }
    /// The text with its first letter in lower case and the rest as it is.
    public var lowercasedFirst: String { isEmpty ? self : prefix(1).lowercased() + dropFirst() }

    /// Lower case first, unless the text begins with `name` (a name keeps its capital).
    public func lowercasedFirst(keeping name: String) -> String { hasPrefix(name) ? self : lowercasedFirst }
}
