// What rules rest on: the kinds a rule set leaves out, citations of the adopted text, reason templates.
extension RuleSetBuilder {
    /// `out_of_scope: {because, cite}` for every kind not assessed, or a list of `{kinds, because, cite}`, one per kind.
    mutating func readOutOfScope(_ tree: YAMLTree?) -> [OutOfScope] {
        guard let tree else { return [] }
        let items: [YAMLTree]
        if case .sequence(let list, _) = tree { items = list } else { items = [tree] }
        var entries: [OutOfScope] = []
        for item in items {
            guard let o = reader.fields(item, .key("out_of_scope"), allowed: ["kinds", "because", "cite"], required: ["because"]) else {
                continue
            }
            entries.append(
                OutOfScope(
                    kinds: kinds(o["kinds"], .key("kinds")),
                    because: reader.localized(o["because"], .key("because"), languages: languages) ?? LocalizedText([:]),
                    citation: o["cite"].flatMap { citation($0) }))
        }
        return entries
    }

    mutating func citation(_ tree: YAMLTree) -> Citation? {
        guard let c = reader.fields(tree, .part(.citation), allowed: ["document", "section", "quote", "translation"], required: ["quote"]),
            let quote = reader.string(c["quote"], .key("quote"))
        else { return nil }
        var document = sources.first ?? ""
        if let t = c["document"], let d = reader.string(t, .key("document")) {
            if sources.contains(d) {
                document = d
            } else {
                reader.error(t.mark, .citedDocumentUnknown(d, Suggestion.choices(d, in: sources, .sources)))
            }
        }
        return Citation(
            document: document, section: reader.string(c["section"], .key("section")), quote: quote,
            translation: reader.string(c["translation"], .key("translation")), location: reader.location(c.mark),
            quoteLocation: c.pairs["quote"].map { pair in
                if case .scalar(let s) = pair.value { return reader.locate(s, offset: 0) }
                return reader.location(pair.value.mark)
            } ?? reader.location(c.mark))
    }

    /// A reason text whose placeholders must all be names the record has.
    mutating func template(_ tree: YAMLTree?, _ what: Phrase.Subject, names: [String]) -> Template? {
        guard let tree, let text = reader.localized(tree, what, languages: languages) else { return nil }
        let template = Template(text)
        for name in template.names where !names.contains(name) {
            reader.error(tree.mark, .reasonNamesUnknownValue(what, name, Suggestion.choices(name, in: names, .valuesAReasonCanName)))
        }
        return template
    }

    var recordNames: [String] { scope.slotNames + scope.constants.keys.sorted() }
}
