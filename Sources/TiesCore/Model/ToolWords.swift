/// The tool's own words in bokmål and English: one table for the engine, the loader and every report. A rule set's
/// words (labels, reasons) are its own; these are the ones the tool adds around them.
public enum ToolWords {
    public static let table: [String: LocalizedText] = [
        "record": LocalizedText(["nb": "Tilknytning", "en": "Tie"]),
        "kind": LocalizedText(["nb": "Type", "en": "Kind"]),
        "outcome": LocalizedText(["nb": "Utfall", "en": "Outcome"]),
        "category": LocalizedText(["nb": "Kategori", "en": "Category"]),
        "reason": LocalizedText(["nb": "Viktigste grunn", "en": "Main reason"]),
        "reviewed": LocalizedText(["nb": "Vurdert", "en": "Reviewed"]),
        "against": LocalizedText(["nb": "mot", "en": "against"]),
        "summary": LocalizedText(["nb": "Oppsummering", "en": "Summary"]),
        "findings": LocalizedText(["nb": "Funn for porteføljen", "en": "Portfolio findings"]),
        "holds": LocalizedText(["nb": "oppfylt", "en": "holds"]),
        "violated": LocalizedText(["nb": "brutt", "en": "violated"]),
        "gaps": LocalizedText(["nb": "Manglende opplysninger som holder utfallet åpent", "en": "Missing facts that keep the outcome open"]),
        "other_gaps_one": LocalizedText([
            "nb": "1 tilknytning mangler opplysninger som ikke kan endre utfallet",
            "en": "1 tie lacks facts that cannot change its outcome",
        ]),
        "other_gaps": LocalizedText([
            "nb": "{count} tilknytninger mangler opplysninger som ikke kan endre utfallet",
            "en": "{count} ties lack facts that cannot change their outcome",
        ]),
        "missing": LocalizedText(["nb": "mangler", "en": "missing"]),
        "not_assessed": LocalizedText(["nb": "vurderes ikke her", "en": "not assessed"]),
        "unclassified": LocalizedText(["nb": "Uklassifisert", "en": "Unclassified"]),
        "yes": LocalizedText(["nb": "ja", "en": "yes"]),
        "no": LocalizedText(["nb": "nei", "en": "no"]),
        "illustrative": LocalizedText(["nb": "Illustrative verdier (ikke fra kilden)", "en": "Illustrative values (not from a source)"]),
        "no_date": LocalizedText(["nb": "uten dato", "en": "no date"]),
        "review_title": LocalizedText(["nb": "Gjennomgang av internasjonale tilknytninger", "en": "Review of international ties"]),
        "overview": LocalizedText(["nb": "Oversikt", "en": "Overview"]),
        "rationale": LocalizedText(["nb": "Begrunnelse per tilknytning", "en": "Rationale per tie"]),
        "count": LocalizedText(["nb": "Antall", "en": "Count"]),
        "reasons": LocalizedText(["nb": "Begrunnelse", "en": "Reasons"]),
        "conditions": LocalizedText(["nb": "Vilkår", "en": "Conditions"]),
        "last_decision": LocalizedText(["nb": "Siste vedtak", "en": "Last decision"]),
        "decisions": LocalizedText(["nb": "Tidligere vedtak", "en": "Earlier decisions"]),
        "scores": LocalizedText(["nb": "Poeng", "en": "Scores"]),
        "fingerprint": LocalizedText(["nb": "Fingeravtrykk (for å gjenskape rapporten)", "en": "Fingerprint (to reproduce this report)"]),
        "source_document": LocalizedText(["nb": "Strategidokument", "en": "Strategy document"]),
        "adopted": LocalizedText(["nb": "vedtatt", "en": "adopted"]),
        "case": LocalizedText(["nb": "sak", "en": "case"]),
        "rule": LocalizedText(["nb": "regel", "en": "rule"]),
        "not_evaluable": LocalizedText(["nb": "Kunne ikke vurderes", "en": "Could not be evaluated"]),
        "provisional": LocalizedText(["nb": "foreløpig", "en": "provisional"]),
        "not_applicable": LocalizedText(["nb": "Gjelder ikke for denne typen tilknytning", "en": "Does not apply to this kind of tie"]),
        "operational": LocalizedText(["nb": "Tall som ikke står i strategien", "en": "Numbers the strategy does not state"]),
        "operational_intro": LocalizedText([
            "nb": "Disse tallene er vår operasjonalisering, ikke vedtatt tekst. En begrunnelse som bruker dem, er merket †.",
            "en": "These numbers are our operationalisation, not adopted text. A reason that uses them is marked †.",
        ]),
        "parameter": LocalizedText(["nb": "Parameter", "en": "Parameter"]),
        "value": LocalizedText(["nb": "Verdi", "en": "Value"]),
        "basis": LocalizedText(["nb": "Grunnlag", "en": "Basis"]),
        // The engine's and the loader's words.
        "no_change": LocalizedText(["nb": "Ingen regel tilsier endring", "en": "No rule calls for a change"]),
        "fits_no_category": LocalizedText(["nb": "Passer ikke i noen av kategoriene", "en": "Fits none of the categories"]),
        "insufficient_data": LocalizedText(["nb": "Mangler opplysninger", "en": "Insufficient data"]),
        "not_assessed_kind": LocalizedText([
            "nb": "Regelsettet vurderer ikke tilknytninger av typen {kind}", "en": "The rule set does not assess ties of kind {kind}",
        ]),
        "follow_up": LocalizedText(["nb": "Følg opp: ", "en": "Follow up: "]),
        "provide_missing": LocalizedText(["nb": "Legg fram opplysningene som mangler: {facts}", "en": "Provide the missing facts: {facts}"]
        ),
        "missing_facts": LocalizedText(["nb": " (mangler {facts})", "en": " (missing {facts})"]),
        "recorded_header": LocalizedText([
            "nb": """
            # Forventede resultater for {municipality} per {date}, skrevet av `ties test --record` fra dagens gjennomgang.
            # Les linjen why: under hver tilknytning og bekreft at utfallet er det strategien gir; da er den en test.
            # `ties test` sjekker outcome, category og fired. why: forklarer bare.
            """,
            "en": """
            # Expected results for {municipality} as of {date}, written by `ties test --record` from today's review.
            # Read the why: line of each tie and confirm that the outcome is the one the strategy gives; then it is a test.
            # `ties test` checks outcome, category and fired. why: only explains.
            """,
        ]),
        "recorded_new": LocalizedText([
            "nb": "\n# Lagt til av `ties test --record` per {date}: bekreft hver why: før den regnes som en test.",
            "en": "\n# Added by `ties test --record` as of {date}: confirm each why: before it counts as a test.",
        ]),
        "activity_log": LocalizedText(["nb": "Aktivitetslogg", "en": "Activity log"]),
        "quoted": LocalizedText(["nb": "«{text}»", "en": "“{text}”"]),
        "unknown": LocalizedText(["nb": "ukjent", "en": "unknown"]),
        "none": LocalizedText(["nb": "ingen", "en": "none"]),
        "case_reference": LocalizedText(["nb": ", sak {case}", "en": ", case {case}"]),
        "due": LocalizedText(["nb": " (frist {date})", "en": " (due {date})"]),
        // The reports' words beyond headings.
        "amount_nok": LocalizedText(["nb": "{amount} kr", "en": "NOK {amount}"]),
        "no_basis": LocalizedText(["nb": "grunnlaget er ikke oppgitt", "en": "no basis recorded"]),
        "criterion_short": LocalizedText(["nb": "K", "en": "C"]),
        "undecided": LocalizedText(["nb": "uavklart", "en": "undecided"]),
        "cannot_decide": LocalizedText(["nb": "kan ikke avgjøre '{rule}': mangler ", "en": "cannot decide '{rule}': missing "]),
        "its_condition": LocalizedText(["nb": "vilkåret ", "en": "its condition "]),
        "now": LocalizedText(["nb": "nå: ", "en": "now: "]),
        "in_all": LocalizedText(["nb": "I alt", "en": "In all"]),
        "data_gaps": LocalizedText(["nb": "Manglende opplysninger", "en": "Data gaps"]),
        "page_of": LocalizedText(["nb": "Side {page} av {pages}", "en": "Page {page} of {pages}"]),
        // The kinds of tie, the kinds of activity and the outcomes of the review vocabulary.
        "kind.network": LocalizedText(["nb": "nettverk", "en": "network"]),
        "kind.organisation": LocalizedText(["nb": "organisasjon", "en": "organisation"]),
        "kind.office": LocalizedText(["nb": "kontor", "en": "office"]),
        "kind.programme": LocalizedText(["nb": "program", "en": "programme"]),
        "kind.twin_city": LocalizedText(["nb": "vennskapsby", "en": "twin city"]),
        "kind.friendship": LocalizedText(["nb": "vennskapsavtale", "en": "friendship agreement"]),
        "kind.solidarity": LocalizedText(["nb": "solidaritetsrelasjon", "en": "solidarity relation"]),
        "kind.project": LocalizedText(["nb": "prosjekt", "en": "project"]),
        "kind.agreement": LocalizedText(["nb": "samarbeidsavtale", "en": "cooperation agreement"]),
        "activity.visit_in": LocalizedText(["nb": "besøk hit", "en": "incoming visit"]),
        "activity.visit_out": LocalizedText(["nb": "besøk ut", "en": "outgoing visit"]),
        "activity.meeting": LocalizedText(["nb": "møte", "en": "meeting"]),
        "activity.project": LocalizedText(["nb": "prosjekt", "en": "project"]),
        "activity.delegation": LocalizedText(["nb": "delegasjon", "en": "delegation"]),
        "activity.exchange": LocalizedText(["nb": "utveksling", "en": "exchange"]),
        "activity.event": LocalizedText(["nb": "arrangement", "en": "event"]),
        "activity.digital": LocalizedText(["nb": "digitalt møte", "en": "digital meeting"]),
        "activity.report": LocalizedText(["nb": "rapport", "en": "report"]),
        "outcome.keep": LocalizedText(["nb": "videreføres", "en": "keep"]),
        "outcome.keep_with_conditions": LocalizedText(["nb": "videreføres med vilkår", "en": "keep with conditions"]),
        "outcome.review": LocalizedText(["nb": "vurderes", "en": "review"]),
        "outcome.make_dormant": LocalizedText(["nb": "gjøres hvilende", "en": "make dormant"]),
        "outcome.exit": LocalizedText(["nb": "vurderes avviklet", "en": "exit"]),
        "outcome.join": LocalizedText(["nb": "inngås", "en": "join"]),
        "outcome.do_not_join": LocalizedText(["nb": "inngås ikke", "en": "do not join"]),
        // How a recommendation stands to the last decision.
        "departs_from_decision": LocalizedText([
            "nb": "Anbefalingen ({recommended}) avviker fra siste vedtak: {decided} ({decision})",
            "en": "The recommendation ({recommended}) departs from the last decision: {decided} ({decision})",
        ]),
        "overrode_recommendation": LocalizedText([
            "nb": "Vedtaket ({decision}) overstyrte anbefalingen {recommended}: {why}",
            "en": "The decision ({decision}) overrode the recommendation {recommended}: {why}",
        ]),
        "condition_unmet": LocalizedText([
            "nb": "Vilkår fra vedtaket {date} er ikke oppfylt: {condition}{due}",
            "en": "A condition of the decision of {date} is unmet: {condition}{due}",
        ]),
    ]

    /// The word in `language`, in bokmål where the table has no other; the key itself for a key it lacks.
    public static func text(_ key: String, _ language: String) -> String { table[key]?.text(language) ?? key }

    /// The words with their `{placeholders}` filled in.
    /// One pass over the words: what a value brings in is never read as a placeholder itself.
    public static func text(_ key: String, _ language: String, _ values: [String: String]) -> String {
        let words = text(key, language)
        var out = ""
        var rest = words[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            out += values[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The words in every language, for texts the engine makes (a reason, a condition); `values` fills in the
    /// placeholders for each language.
    public static func localized(_ key: String, _ values: (String) -> [String: String] = { _ in [:] }) -> LocalizedText {
        guard let entry = table[key] else { return LocalizedText(["nb": key]) }
        return LocalizedText(Dictionary(uniqueKeysWithValues: entry.texts.keys.map { ($0, text(key, $0, values($0))) }))
    }
}
