/// Reads one spreadsheet cell as the field or fact its column holds, accepting what an adviser writes: a label
/// for an id, `145 000,50` or `160 000 kr` for an amount, Ja/Nei for yes and no. A cell it cannot read gets a
/// message that says what the column expects.
struct CellReader {
    let facts: [String: FactDefinition]
    let decimalComma: Bool
    /// The field or fact each heading names, by normalised heading: ids, labels and the other words for them.
    let headings: [String: String]
    /// The field of an activity sheet each heading names.
    let activityHeadings: [String: String]
    /// Per enum or set fact, its value ids by normalised id or label.
    private let valueIDs: [String: [String: String]]
    /// Per set fact, the most pieces one of its labels splits into at `,` and at `;`: longer joins cannot be labels.
    private let labelPieces: [String: (comma: Int, semicolon: Int)]
    private let kindIDs: [String: String]
    private let activityTypeIDs: [String: String]
    /// Fact names by normalised name or label, for the `illustrative` column.
    private let factNames: [String: String]

    init(ruleSet: RuleSet, decimalComma: Bool) {
        self.decimalComma = decimalComma
        facts = Dictionary(ruleSet.facts.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        var headings: [String: String] = [:]
        for (field, words) in Record.fieldHeadings.sorted(by: { $0.key < $1.key }) {
            for word in [field] + words.keys.sorted().flatMap({ words[$0]! }) where headings[Self.normalized(word)] == nil {
                headings[Self.normalized(word)] = field
            }
        }
        var factNames: [String: String] = [:]
        var valueIDs: [String: [String: String]] = [:]
        for fact in ruleSet.facts {
            let names = [fact.name] + (fact.label?.texts.keys.sorted().map { fact.label!.texts[$0]! } ?? [])
            for name in names where headings[Self.normalized(name)] == nil { headings[Self.normalized(name)] = fact.name }
            // A fact's evidence beside it: «Kompetanseheving (0–3) – kilde», «… – dato» (or «(kilde)», «source», «date»).
            for name in names {
                for (part, words) in Self.evidenceWords {
                    for word in words {
                        for form in ["\(name) – \(word)", "\(name) - \(word)", "\(name) \(word)", "\(name) (\(word))"]
                        where headings[Self.normalized(form)] == nil {
                            headings[Self.normalized(form)] = fact.name + Self.evidenceMark + part
                        }
                    }
                }
            }
            for name in names { factNames[Self.normalized(name)] = fact.name }
            if let values = fact.values { valueIDs[fact.name] = Self.lookup(values, labels: fact.valueLabels) }
        }
        for word in Self.activityColumnWords { factNames[word] = "activities" }
        self.headings = headings
        self.factNames = factNames
        self.valueIDs = valueIDs
        var activity: [String: String] = [:]
        for (field, words) in Activity.headings.sorted(by: { $0.key < $1.key }) {
            for word in [field, field == "amount_nok" ? "amount" : field] + words.keys.sorted().flatMap({ words[$0]! })
            where activity[Self.normalized(word)] == nil {
                activity[Self.normalized(word)] = field
            }
        }
        activityHeadings = activity
        kindIDs = Self.lookup(Record.kinds, labels: Record.kindLabels).merging(
            Record.kindAliases.map { (Self.normalized($0.key), $0.value) }, uniquingKeysWith: { label, _ in label })
        activityTypeIDs = Self.lookup(Activity.types, labels: Activity.typeLabels)
        labelPieces = valueIDs.mapValues { table in
            func most(_ byte: UInt8) -> Int { table.keys.map { $0.utf8.reduce(1) { $1 == byte ? $0 + 1 : $0 } }.max() ?? 1 }
            return (most(0x2C), most(0x3B))
        }
    }

    private static func lookup(_ ids: [String], labels: [String: LocalizedText]) -> [String: String] {
        var table: [String: String] = [:]
        for id in ids {
            table[normalized(id)] = id
            for (_, label) in (labels[id]?.texts ?? [:]).sorted(by: { $0.key < $1.key }) where table[normalized(label)] == nil {
                table[normalized(label)] = id
            }
        }
        return table
    }

    /// What a column of a fact's evidence is called after the fact's name: its source, or the date it was recorded.
    static let evidenceWords: [(String, [String])] = [("source", ["kilde", "kjelde", "source"]), ("as_of", ["dato", "date"])]
    /// Joins a fact's name and the part of its evidence a column holds, in a column's key.
    static let evidenceMark = "#"

    /// What the column that says a tie has no activity («ingen») may be headed, normalised.
    static let activityColumnWords = ["activities", "aktiviteter", "aktivitetar", "aktivitetslogg", "activity log"]

    /// A heading or value as compared: lower case, one space between words, none at the ends.
    static func normalized(_ text: String) -> String {
        // By bytes, not characters: every cell passes here, and comparing characters costs a string comparison each.
        let lower = Self.lowercasedBytes(text)
        var out: [UInt8] = []
        out.reserveCapacity(lower.count)
        var space = false
        var i = 0
        while i < lower.count {
            let width = blankWidth(lower, at: i)
            if width > 0 {
                space = !out.isEmpty
                i += width
                continue
            }
            if space {
                out.append(0x20)
                space = false
            }
            out.append(lower[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text in lower case as bytes: ASCII and the Latin-1 letters (Æ Ø Å, É, Ü …) lowered here, as
    /// `lowercased()` lowers them; any other text by the standard library.
    static func lowercasedBytes(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var afterC3 = false
        for b in text.utf8 {
            if afterC3 {
                // U+00C0–U+00DE, all but × (U+00D7), lower to the same letter 0x20 further on.
                out.append((0x80...0x9E).contains(b) && b != 0x97 ? b + 0x20 : b)
                afterC3 = false
            } else if b < 0x80 {
                out.append((0x41...0x5A).contains(b) ? b | 0x20 : b)
            } else if b == 0xC3 {
                out.append(b)
                afterC3 = true
            } else {
                return Array(text.lowercased().utf8)
            }
        }
        return out
    }

    /// A cell's text cut for a message: a message never echoes a whole file into the terminal.
    static func shortened(_ text: String) -> String {
        let line = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        return line.count > 40 || line.count < text.count ? String(line.prefix(40)) + "…" : String(line)
    }

    /// What a cell holds once read as its column's field or fact.
    enum CellValue: Equatable {
        case text(String)
        case whole(Int)
        case number(Double)
        case truth(Bool)
        case names([String])
    }

    /// Whether a column's cells are worth remembering once read: kinds, Ja/Nei, values, years and amounts repeat down a
    /// list, where names and notes do not.
    func repeats(_ key: String) -> Bool {
        switch key {
        case "kind", "since", "activities", "illustrative": true
        default: facts[key].map { $0.type != .string } ?? false
        }
    }

    /// A read cell as the YAML value a record file would write for it, for the record reader to read as a file.
    static func tree(_ value: CellValue, at mark: YAMLMark) -> YAMLTree {
        func scalar(_ s: String) -> YAMLTree { .scalar(YAMLScalar(text: s, style: .plain, mark: mark)) }
        switch value {
        case .text(let s): return scalar(s)
        case .whole(let n): return scalar(String(n))
        case .number(let d): return scalar(Value.format(d))
        case .truth(let b): return scalar(b ? "true" : "false")
        case .names(let names): return .sequence(names.map(scalar), mark)
        }
    }

    /// The cell read as the field or fact `key`; nil when the cell is empty (the fact is missing) or cannot be read
    /// (the message is given here).
    func value(_ cell: SheetCell, key: String, heading: String, _ reader: inout DocumentReader) -> CellValue? {
        let text = cell.text.trimmingSpaces
        // The fact's type alone: the whole definition, copied for each of a hundred thousand cells, costs more.
        let type = facts[key]?.type
        if text.isEmpty {
            return cell.quoted && type == .set ? .names([]) : nil
        }
        if cell.kind == .error {
            reader.error(cell.mark, .excelError(Self.shortened(text), expected: heading))
            return nil
        }
        switch key {
        case "kind":
            return id(
                cell, in: kindIDs, heading: heading, labels: Record.kinds.map { Record.kindLabels[$0] ?? LocalizedText(["nb": $0]) },
                &reader
            )
            .map(CellValue.text)
        case "since":
            return integer(cell, heading: heading, &reader).map(CellValue.whole)
        case "activities":
            // The log itself is a second sheet; this column can only say there is none.
            guard Record.noneWords.contains(Self.normalized(text)) else {
                reader.error(cell.mark, .activitiesTakesNone(heading, found: Self.shortened(text)))
                return nil
            }
            return .names([])
        case "illustrative":
            var names: [String] = []
            for item in items(text) {
                // A built-in field may be illustrative too (a start year made up for a sample), as a record file allows.
                guard let name = factNames[Self.normalized(item)] ?? (Record.fieldNames[item] != nil ? item : nil) else {
                    reader.error(
                        cell.mark,
                        .notAFactOfRuleSet(
                            Self.shortened(item), in: heading, Suggestion.choices(item, in: Array(Set(factNames.values)), .facts)))
                    return nil
                }
                names.append(name)
            }
            return .names(names)
        default: break
        }
        guard let type else { return .text(text) }
        switch type {
        case .bool:
            switch Self.normalized(text) {
            case "ja", "sann", "true", "yes": return .truth(true)
            case "nei", "usann", "false", "no": return .truth(false)
            default:
                reader.error(cell.mark, .expectedYesNo(heading, found: Self.shortened(text)))
                return nil
            }
        case .int, .year:
            return integer(cell, heading: heading, &reader).map(CellValue.whole)
        case .decimal, .money:
            return number(cell, heading: heading, &reader).map(CellValue.number)
        case .string:
            return .text(text)
        case .enum:
            return id(cell, in: valueIDs[key] ?? [:], heading: heading, labels: labels(key), &reader).map(CellValue.text)
        case .set:
            let table = valueIDs[key] ?? [:]
            if table[Self.normalized(text)] == nil, Record.noneWords.contains(Self.normalized(text)) { return .names([]) }
            var ids: [String] = []
            for item in items(text, known: table, pieces: labelPieces[key] ?? (1, 1)) {
                var single = cell
                single.text = item
                guard let id = id(single, in: table, heading: heading, labels: labels(key), &reader) else { return nil }
                ids.append(id)
            }
            return .names(ids)
        }
    }

    private func labels(_ key: String) -> [LocalizedText] {
        guard let fact = facts[key] else { return [] }
        return (fact.values ?? []).map { fact.valueLabels[$0] ?? LocalizedText(["nb": $0]) }
    }

    /// A list cell's items: separated by `;` where the cell has one, else by `,` (what a `;`-separated file needs).
    /// Pieces that together make a known label are one item, so «formidler av kunnskap, kunst og kultur» stays whole.
    private func items(_ text: String, known: [String: String] = [:], pieces most: (comma: Int, semicolon: Int) = (1, 1)) -> [String] {
        let separator: Character = text.utf8.contains(0x3B) ? ";" : ","
        // Split by bytes: the separators are ASCII, and splitting by characters compares each as a string.
        let byte = separator.asciiValue ?? 0x2C
        let pieces = text.utf8.split(separator: byte).map { String(Substring($0)).trimmingSpaces }.filter { !$0.isEmpty }
        // Joining pieces into labels costs the square of their number: a list this long has no labels to rejoin.
        guard pieces.count <= 64 else { return pieces }
        // No label spans more pieces than the longest known one: joins past it cannot match, and each costs a lookup.
        let longest = separator == ";" ? most.semicolon : most.comma
        var items: [String] = []
        var i = 0
        while i < pieces.count {
            var end = i
            for j in stride(from: min(pieces.count - 1, i + longest - 1), to: i, by: -1)
            where known[Self.normalized(pieces[i...j].joined(separator: "\(separator) "))] != nil {
                end = j
                break
            }
            items.append(pieces[i...end].joined(separator: "\(separator) "))
            i = end + 1
        }
        return items
    }

    /// The id a cell names by id or by label.
    private func id(
        _ cell: SheetCell, in table: [String: String], heading: String, labels: @autoclosure () -> [LocalizedText],
        _ reader: inout DocumentReader
    )
        -> String?
    {
        let text = cell.text.trimmingSpaces
        if let id = table[Self.normalized(text)] { return id }
        // The closest label in any language is suggested in the reader's: «vennskapsby» typed, «venskapsby» shown in nynorsk.
        let labels = labels()
        let words = labels.flatMap { label in label.texts.values.map { ($0, label) } }
        let closest = Suggestion.closest(text, in: words.map(\.0)).flatMap { word in words.first { $0.0 == word }?.1 }
        reader.error(cell.mark, .notALabel(Self.shortened(text), heading: heading, closest: closest, labels: labels))
        return nil
    }

    func activityType(_ cell: SheetCell, heading: String, _ reader: inout DocumentReader) -> String? {
        id(
            cell, in: activityTypeIDs, heading: heading,
            labels: Activity.types.map { Activity.typeLabels[$0] ?? LocalizedText(["nb": $0]) }, &reader)
    }

    /// A whole number: a year, a score, a count.
    func integer(_ cell: SheetCell, heading: String, _ reader: inout DocumentReader) -> Int? {
        guard let n = number(cell, heading: heading, whole: true, &reader) else { return nil }
        guard n == n.rounded(), abs(n) < 1e15 else {
            reader.error(cell.mark, .expectedNumberIn(heading, example: .whole, found: Self.shortened(cell.text)))
            return nil
        }
        return Int(n)
    }

    /// A number as Norwegian and English lists write it: `145 000`, `145 000,50` (with a decimal comma),
    /// `160 000 kr`, `kr 1 500,-`, `0.5` (in a comma-separated file); a workbook's own numbers as they are.
    func number(_ cell: SheetCell, heading: String, whole: Bool = false, _ reader: inout DocumentReader) -> Double? {
        switch Self.parse(cell.text.trimmingSpaces, decimalComma: cell.kind == .number ? false : decimalComma) {
        case .number(let n): return n
        case .ambiguous(let text):
            reader.error(cell.mark, .ambiguousSeparator(Self.shortened(text), in: heading, digits: text.filter(\.isNumber)))
        case .invalid(let text):
            let example: Phrase.NumberExample = whole ? .whole : decimalComma ? .withComma : .withPoint
            reader.error(cell.mark, .expectedNumberIn(heading, example: example, found: Self.shortened(text)))
        }
        return nil
    }

    enum Parsed: Equatable {
        case number(Double)
        case ambiguous(String)
        case invalid(String)
    }

    /// The number a cell's text writes, without the currency, spaces between digit groups, or `,-`.
    static func parse(_ original: String, decimalComma: Bool) -> Parsed {
        var text = Substring(original)
        for unit in ["kr.", "kr", "nok"] {
            if text.lowercased().hasPrefix(unit) { text = text.dropFirst(unit.count) }
            if text.lowercased().hasSuffix(unit) { text = text.dropLast(unit.count) }
        }
        if text.hasSuffix(",-") || text.hasSuffix(".-") { text = text.dropLast(2) }
        var digits = text.filter { !($0 == " " || $0 == "\u{A0}" || $0 == "\u{202F}" || $0 == "\u{2009}") }
        if digits.hasPrefix("\u{2212}") { digits = "-" + digits.dropFirst() }
        let marks = digits.filter { $0 == "," || $0 == "." }
        if marks.count > 1 {
            // 145.000,50 or 145,000.50: the last mark is the decimal one, the other groups thousands.
            guard let last = marks.last, marks.dropLast().allSatisfy({ $0 != last }) else { return .invalid(original) }
            let grouping = marks.first!
            let whole = digits.split(separator: last, omittingEmptySubsequences: false).first ?? ""
            let groups = whole.split(separator: grouping, omittingEmptySubsequences: false)
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }), let first = groups.first, (1...4).contains(first.count) else {
                return .invalid(original)
            }
            digits = digits.filter { $0 != grouping }.replacing(String(last), with: ".")
        } else if let mark = marks.first {
            let decimal: Character = decimalComma ? "," : "."
            let after = digits.split(separator: mark, omittingEmptySubsequences: false).last ?? ""
            // 1.500 in a Norwegian list, or 1,500 in an English one: a thousands separator or a decimal mark?
            if mark != decimal, after.count == 3 { return .ambiguous(original) }
            digits = digits.replacing(String(mark), with: ".")
        }
        let body = digits.hasPrefix("-") ? digits.dropFirst() : Substring(digits)
        guard !body.isEmpty, body.first != ".", body.last != ".", body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            let n = Double(digits), n.isFinite
        else { return .invalid(original) }
        return .number(n)
    }

    /// A date as a cell holds it, written `YYYY-MM-DD`: a workbook's day number, 01.12.2025, or as written already.
    static func isoDate(_ text: String) -> String? {
        if let serial = Int(text), let date = ReviewDate(serial: serial), serial > 3_000 { return date.description }
        return text.contains(".") ? ReviewDate(written: text)?.description : nil
    }
}
