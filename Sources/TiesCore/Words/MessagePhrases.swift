extension Phrase {
    /// What the tool says to the person running it, beside its documents: hints on mistakes, notes on language,
    /// and the expected results `ties test --record` writes.
    public enum Message: Sendable, Hashable {
        case tabIndentation, colonInText
        case ruleSetTextsShownIn(Language)
        case documentWrittenIn(Language)
        case proposalNotMentioned(String)
        case unknownLanguage(String, from: String)
        case recordedHeader(municipality: String, date: String)
        case recordedNew(date: String)
        case hint
    }
}

extension Phrasebook {
    public func message(_ p: Phrase.Message) -> String {
        switch p {
        case .tabIndentation:
            pick(
                nb: "bruk mellomrom, ikke tabulator, til innrykk", nn: "bruk mellomrom, ikkje tabulator, til innrykk",
                en: "indent with spaces, not tabs")
        case .colonInText:
            pick(
                nb: "sett teksten i anførselstegn når den inneholder kolon", nn: "set teksten i hermeteikn når han inneheld kolon",
                en: "put the text in quotation marks when it contains a colon")
        case .ruleSetTextsShownIn(let fallback):
            pick(
                nb: "merk: regelsettet gir ikke tekstene sine på bokmål; de vises på \(name(fallback))",
                nn: "merk: regelsettet gjev ikkje tekstane sine på nynorsk; dei vert viste på \(name(fallback))",
                en: "note: the rule set does not give its texts in English; they are shown in \(name(fallback))")
        case .proposalNotMentioned(let path):
            pick(
                nb: "merk: \(path) kan ikke leses som et forslag; saken nevner det ikke (ties justify \(path) sier hvorfor)",
                nn: "merk: \(path) kan ikkje lesast som eit framlegg; saka nemner det ikkje (ties justify \(path) seier kvifor)",
                en: "note: \(path) cannot be read as a proposal; the case does not mention it (ties justify \(path) says why)")
        case .documentWrittenIn(let other):
            pick(
                nb: "merk: regelsettet er skrevet på \(name(other)), så dokumentet skrives på \(name(other))",
                nn: "merk: regelsettet er skrive på \(name(other)), så dokumentet vert skrive på \(name(other))",
                en: "note: the rule set is written in \(name(other)), so the document is written in \(name(other))")
        case .unknownLanguage(let code, let from):
            pick(
                nb: "\(from) må være nb (bokmål), nn (nynorsk) eller en (engelsk), ikke «\(code)»",
                nn: "\(from) må vere nb (bokmål), nn (nynorsk) eller en (engelsk), ikkje «\(code)»",
                en: "\(from) must be nb (bokmål), nn (nynorsk) or en (English), not “\(code)”")
        case .recordedHeader(let m, let date):
            pick(
                nb: """
                    # Forventede resultater for \(m) per \(date), skrevet av `ties test --record` fra dagens gjennomgang.
                    # Les linjen why: under hver tilknytning. Er utfallet det strategien gir, er det bekreftet; er det ikke, rett outcome:.
                    # `ties test` sjekker outcome, category og fired. why: forklarer bare.
                    """,
                nn: """
                    # Forventa resultat for \(m) per \(date), skrivne av `ties test --record` frå gjennomgangen i dag.
                    # Les linja why: under kvar tilknyting. Er utfallet det strategien gjev, er det stadfesta; er det ikkje, rett outcome:.
                    # `ties test` sjekkar outcome, category og fired. why: forklarer berre.
                    """,
                en: """
                    # Expected results for \(m) as of \(date), written by `ties test --record` from today's review.
                    # Read the why: line of each tie. If the outcome is the one the strategy gives, it is confirmed; if not, correct outcome:.
                    # `ties test` checks outcome, category and fired. why: only explains.
                    """)
        case .recordedNew(let date):
            pick(
                nb:
                    "\n# Lagt til av `ties test --record` per \(date): les hver why:, og rett outcome: der utfallet ikke er det strategien gir.",
                nn:
                    "\n# Lagt til av `ties test --record` per \(date): les kvar why:, og rett outcome: der utfallet ikkje er det strategien gjev.",
                en:
                    "\n# Added by `ties test --record` as of \(date): read each why:, and correct outcome: where it is not the one the strategy gives."
            )
        case .hint: pick(nb: "tips", nn: "tips", en: "hint")
        }
    }

    /// A language's name in this language: «bokmål», «nynorsk», «English».
    public func name(_ l: Language) -> String {
        switch l {
        case .nb: pick(nb: "bokmål", nn: "bokmål", en: "bokmål")
        case .nn: pick(nb: "nynorsk", nn: "nynorsk", en: "nynorsk")
        case .en: pick(nb: "engelsk", nn: "engelsk", en: "English")
        }
    }
}
