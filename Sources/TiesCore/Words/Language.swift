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
