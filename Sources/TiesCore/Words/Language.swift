/// A language the tool writes in: bokmål, nynorsk or English.
public enum Language: String, Sendable, Hashable, CaseIterable, Comparable {
    case nb, nn, en

    /// The code as a rule set's `languages:` and `--lang` write it.
    public var code: String { rawValue }

    /// Whether a Norwegian reader's conventions apply: decimal comma, «102 000 kr», 15.11.2026.
    public var isNorwegian: Bool { self != .en }

    /// The codes a person may choose among, for messages that list them.
    public static let codes = allCases.map(\.rawValue).joined(separator: ", ")

    public static func < (a: Language, b: Language) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The language a command speaks: the one asked for (`--lang`), else `TIES_LANG`, else the rule set's first,
    /// else bokmål. A code that is none of nb, nn and en is an error the caller reports, naming where it came from.
    public static func chosen(flag: String?, environment: String?, ruleSet: [String]?) -> Result<Language, LanguageChoiceError> {
        if let flag {
            guard let l = Language(rawValue: flag) else { return .failure(.unknown(flag, from: "--lang")) }
            return .success(l)
        }
        if let environment, !environment.isEmpty {
            guard let l = Language(rawValue: environment) else { return .failure(.unknown(environment, from: "TIES_LANG")) }
            return .success(l)
        }
        return .success(ruleSet?.lazy.compactMap(Language.init(rawValue:)).first ?? .nb)
    }
}

/// A language code the tool does not write.
public enum LanguageChoiceError: Error, Sendable, Equatable {
    case unknown(String, from: String)
}
