/// A language the tool writes in: bokmål, nynorsk or English.
public enum Language: String, Sendable, Hashable, CaseIterable, Comparable {
    case nb, nn, en

    /// The code as a rule set's `languages:` and `--lang` write it.
    public var code: String { rawValue }

    /// Whether a Norwegian reader's conventions apply: decimal comma, «102 000 kr», 15.11.2026.
    public var isNorwegian: Bool { self != .en }

    public static func < (a: Language, b: Language) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

extension RuleSet {
    /// The language a document asked for in `asked` is written in: that one where the rule set writes it, else the
    /// other Norwegian (for bokmål or nynorsk), else the rule set's first. Languages are not mixed in one document.
    public func documentLanguage(_ asked: Language) -> Language {
        guard !languages.contains(asked) else { return asked }
        return languages.first(where: { $0.isNorwegian == asked.isNorwegian }) ?? languages.first ?? asked
    }
}
