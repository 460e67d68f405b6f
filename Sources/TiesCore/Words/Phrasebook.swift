import Foundation

/// Everything a person reads that the tool itself writes, in one language: phrases, dates, amounts, numbers,
/// country names, and the labels of kinds, activities and outcomes. A rule set's own words (labels, reasons,
/// titles) are the rule set's, looked up through `text(_:)`.
public struct Phrasebook: Sendable, Hashable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    /// The one choice of words per language; every family of phrases writes all three side by side.
    func pick(nb: String, nn: String, en: String) -> String {
        switch language {
        case .nb: nb
        case .nn: nn
        case .en: en
        }
    }

    /// A rule set's or a proposal's own text in this language: nynorsk falls back to bokmål, then any language given.
    public func text(_ localized: LocalizedText) -> String { localized.text(language) }

    /// `text` in each of the three languages, for texts the engine makes before a reader's language is known.
    /// With `only`, the text in that language alone: a review whose reader's language is known makes no words for
    /// the others.
    public static func everyLanguage(only: Language? = nil, _ text: (Phrasebook) -> String) -> LocalizedText {
        if let only { return LocalizedText([only.code: text(Phrasebook(only))]) }
        return LocalizedText(Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0.code, text(Phrasebook($0))) }))
    }
}

// MARK: - Typography

extension Phrasebook {
    /// The space that groups thousands and joins an amount to its unit: never a line break inside «102 000 kr».
    public static let groupSpace: Character = "\u{00A0}"

    /// A date as its reader writes it: 15.11.2026 in Norwegian, 15 November 2026 in English, never broken.
    public func date(_ date: ReviewDate) -> String { self.date(iso: date.description) }

    /// A `YYYY-MM-DD` text as a date (anything else as it is).
    public func date(iso: String) -> String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[1]), (1...12).contains(month), let day = Int(parts[2]) else { return iso }
        guard language == .en else { return "\(parts[2]).\(parts[1]).\(parts[0])" }
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        ]
        return "\(day)\(Self.groupSpace)\(months[month - 1])\(Self.groupSpace)\(parts[0])"
    }

    /// A moment as the history records it (`2026-12-07T11:01:24Z`) as its reader writes it: «07.12.2026 kl. 11.01 UTC»,
    /// «7 December 2026, 11:01 UTC»; anything else as it is.
    public func timestamp(iso: String) -> String {
        guard iso.count >= 16, iso.dropFirst(10).first == "T" else { return iso }
        let day = date(iso: String(iso.prefix(10)))
        let (hour, minute) = (iso.dropFirst(11).prefix(2), iso.dropFirst(14).prefix(2))
        return pick(
            nb: "\(day) kl.\(Self.groupSpace)\(hour).\(minute) UTC", nn: "\(day) kl.\(Self.groupSpace)\(hour).\(minute) UTC",
            en: "\(day), \(hour):\(minute) UTC")
    }

    /// How a spreadsheet shows a date to this reader: 15.11.2026, or 15 November 2026.
    public var spreadsheetDateFormat: String { pick(nb: "dd.mm.yyyy", nn: "dd.mm.yyyy", en: "d mmmm yyyy") }

    /// The cell separator a spreadsheet in this language reads: `;` beside a decimal comma, `,` beside a point.
    public var csvSeparator: Character { language.isNorwegian ? ";" : "," }

    /// An amount in kroner: «102 000 kr», «5 000 kr», «NOK 102,000»; an amount is grouped from 1 000 up, so a column
    /// of amounts lines up (a year is not an amount, and stays «2025»).
    public func amount(_ value: Value) -> String {
        var n = number(value)
        if let d = value.number, d == d.rounded(), abs(d) >= 1_000, abs(d) < 10_000 { n = group(String(Int64(d))) }
        return pick(nb: "\(n)\(Self.groupSpace)kr", nn: "\(n)\(Self.groupSpace)kr", en: "NOK\(Self.groupSpace)\(n)")
    }

    /// An amount given as a plain number.
    public func amount(_ value: Double) -> String { amount(.decimal(value)) }

    /// Text as a printed page must keep it together, whoever wrote it (a rule set's label «Kompetanseheving (0–3)», a
    /// basis with «100 000 kr»): a range joined at its dash, thousands and «kr» joined to their number. For pages and
    /// documents; a terminal counts columns and keeps the text as it is.
    public static func keptTogether(_ text: String) -> String {
        guard text.contains(where: \.isNumber) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ i: Int) -> Bool { scalars.indices.contains(i) && ("0"..."9").contains(scalars[i]) }
        func thousands(after i: Int) -> Bool {
            (1...3).allSatisfy { isDigit(i + $0) } && !isDigit(i + 4)
        }
        func kr(after i: Int) -> Bool {
            i + 2 < scalars.count && scalars[i + 1] == "k" && scalars[i + 2] == "r"
                && (i + 3 == scalars.count || !CharacterSet.letters.contains(scalars[i + 3]))
        }
        for (i, s) in scalars.enumerated() {
            if s == " ", isDigit(i - 1), thousands(after: i) || kr(after: i) {
                out.append("\u{00A0}")
            } else if s == "–", isDigit(i - 1), isDigit(i + 1) {
                out.append(contentsOf: "\u{2060}–\u{2060}".unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// A span of two numbers or years that never splits at its dash: «0–3».
    public func range(_ low: String, _ high: String) -> String { low + "\u{2060}–\u{2060}" + high }

    /// A whole number as its reader writes it, grouped from 10 000 up.
    public func number(_ n: Int) -> String { number(.int(n)) }

    /// A value as a council reader writes it: thousands grouped, a decimal comma in Norwegian, unknown in words.
    public func number(_ value: Value) -> String {
        switch value {
        case .int(let i) where i.magnitude >= 10_000: return group(String(i))
        case .decimal(let d) where d == d.rounded() && abs(d) >= 10_000 && abs(d) < 1e15: return group(String(Int64(d)))
        case .decimal(let d) where d != d.rounded() && d.isFinite:
            let text = Value.format((d * 100).rounded() / 100)
            return language.isNorwegian ? text.replacing(".", with: ",") : text
        case .int, .decimal: return value.description
        default: return self.value(value)
        }
    }

    /// Any value as a reader writes it: yes and no, a set as its names, unknown and none in words, numbers as
    /// `number` writes them.
    public func value(_ value: Value) -> String {
        switch value {
        case .unknown: self(.unknown)
        case .bool(let b): self(b ? .yes : .no)
        case .set(let names) where names.isEmpty: self(.none)
        case .set(let names): names.joined(separator: ", ")
        case .int, .decimal: number(value)
        default: value.description
        }
    }

    private func group(_ digits: String) -> String {
        let negative = digits.hasPrefix("-")
        let body = Array(negative ? digits.dropFirst() : Substring(digits))
        var out = negative ? "-" : ""
        for (index, c) in body.enumerated() {
            if index > 0, (body.count - index) % 3 == 0 { out.append(language.isNorwegian ? Self.groupSpace : ",") }
            out.append(c)
        }
        return out
    }

    /// A country's name for its ISO 3166 code, from the CLDR names Foundation carries: «Polen», «Austerrike»,
    /// «Namibia». A code that is no ISO region is shown as written.
    public func country(_ code: String) -> String {
        let names: [String: String]
        switch language {
        case .nb: names = Self.countriesNB
        case .nn: names = Self.countriesNN
        case .en: names = Self.countriesEN
        }
        return names[code.uppercased()] ?? code
    }

    // One table per language, made on first use: a list of a thousand ties asks the same few countries again and again.
    private static let countriesNB = countries(.nb)
    private static let countriesNN = countries(.nn)
    private static let countriesEN = countries(.en)

    private static func countries(_ language: Language) -> [String: String] {
        let locale = Locale(identifier: language.code)
        let codes = Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 && $0.allSatisfy(\.isLetter) }
        return Dictionary(uniqueKeysWithValues: codes.compactMap { code in locale.localizedString(forRegionCode: code).map { (code, $0) } })
    }

    /// Text in the language's quotation marks: «…» in Norwegian, “…” in English.
    public func quoted(_ text: String) -> String { language == .en ? "“\(text)”" : "«\(text)»" }

    /// Items joined as a sentence lists them: «a, b og c».
    /// A count in words, as running text writes small numbers («fire kriterier», «ett av to»); figures from 13 up.
    public func countWord(_ n: Int, neuter: Bool = false) -> String {
        let nb = ["null", neuter ? "ett" : "én", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv"]
        let nn = ["null", neuter ? "eitt" : "ein", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv"]
        let en = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        guard (0...12).contains(n) else { return String(n) }
        return pick(nb: nb[n], nn: nn[n], en: en[n])
    }

    /// Points of a resolution as a sentence names them: «punkt 2», «punkt 2 og 3» («points 2 and 3»).
    public func points(_ numbers: [Int]) -> String {
        let list = list(numbers.map(String.init))
        return pick(nb: "punkt \(list)", nn: "punkt \(list)", en: numbers.count > 1 ? "points \(list)" : "point \(list)")
    }

    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + pick(nb: " og ", nn: " og ", en: " and ") + items.last!
    }

    /// Sentences in a row that begin alike, four words or more («Samarbeidet med Zhuzhou mangler …»), said as one
    /// with their rests listed, so a paragraph does not repeat its subject and verb; each other sentence as it is.
    public func merged(_ sentences: [String]) -> [String] {
        func words(_ s: String) -> [Substring] { s.split(separator: " ") }
        func rest(_ s: String, after n: Int) -> String {
            let r = words(s).dropFirst(n).joined(separator: " ")
            return r.hasSuffix(".") ? String(r.dropLast()) : r
        }
        var out: [String] = []
        var i = 0
        while i < sentences.count {
            let first = words(sentences[i])
            var common = first.count - 1
            var j = i + 1
            while j < sentences.count {
                let next = words(sentences[j])
                let shared = zip(first, next).prefix { $0 == $1 }.count
                // A rest with a clause of its own («…, men det er ikke gjort») does not go into a list.
                guard min(shared, common) >= 4, shared < next.count, !sentences[j].dropLast().contains("."),
                    !rest(sentences[j], after: min(shared, common)).contains(where: { ",;".contains($0) }),
                    !rest(sentences[i], after: min(shared, common)).contains(where: { ",;".contains($0) })
                else { break }
                common = min(shared, common)
                j += 1
            }
            if j - i > 1, !sentences[i].dropLast().contains(".") {
                let head = first.prefix(common).joined(separator: " ")
                out.append(head + " " + list(sentences[i..<j].map { rest($0, after: common) }) + ".")
            } else {
                out.append(sentences[i])
                j = i + 1
            }
            i = j
        }
        return out
    }

    /// Values listed as a sentence lists them; where one holds «og» itself, the last joined by «samt», so «Attraktiv og
    /// miljøvennlig samt Skapende og kompetent» does not run together (quotation marks would say the words are quoted).
    public func values(_ names: [String]) -> String {
        let joined = names.count > 1 && names.contains { $0.contains(" og ") || $0.contains(" and ") }
        guard joined, let last = names.last else { return list(names) }
        return names.dropLast().joined(separator: ", ") + pick(nb: " samt ", nn: " samt ", en: ", as well as ") + last
    }
}

extension LocalizedText {
    /// One text for a fingerprint: the text itself where every language has the same, else each language's, sorted.
    public var canonical: String {
        let values = Set(texts.values)
        if values.count == 1 { return values.first!.debugDescription }
        return texts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.debugDescription)" }.joined(separator: " ")
    }

    /// Which of `codes` a text in `language` is read from, as `text(_:)` reads it: its own, else bokmål's, else the
    /// first in order.
    public static func code(for language: Language, among codes: [String]) -> String? {
        codes.contains(language.code) ? language.code : codes.contains(Language.nb.code) ? Language.nb.code : codes.min()
    }

    /// The text in `language`; nynorsk falls back to bokmål, then any language given.
    public func text(_ language: Language) -> String {
        texts[language.code] ?? texts[Language.nb.code] ?? texts.sorted { $0.key < $1.key }.first?.value ?? ""
    }
}
