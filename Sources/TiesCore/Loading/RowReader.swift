/// Reads one line of JSON Lines straight into a record's slots, byte by byte, for bulk reviews.
///
/// It understands only a flat object of the rule set's fields and facts whose values are all valid as written. Any
/// line it does not fully understand (another key, an escape in a string, a value out of range, a duplicate key,
/// anything malformed) gives nil, and the caller reads it with `JSONLineDecoder`: every message stays the located
/// reader's, word for word.
public struct RowReader: Sendable {
    /// What a key of the line fills.
    enum Target: Sendable {
        case id, name, kind, country, since, text
        case fact(FactType)
    }

    // The keys side by side in plain arrays, so reading one on the per-line path copies nothing.
    let engine: Engine
    let keyBytes: [[UInt8]]
    let targets: [Target]
    /// The slot each key's value goes to; -1 for keys no expression reads.
    let slots: [Int]
    let ranges: [ClosedRange<Double>?]
    /// An enum's or set's declared values, as text and as bytes.
    let domains: [[String]]
    let domainBytes: [[[UInt8]]]
    /// Keys by a hash of their bytes: an open-addressed table of places in `keys`, -1 for empty.
    let table: [Int]
    let kindNames: [[UInt8]]
    let kindCodes: [Int]
    /// The review's year: a later `since` is left to the located reader, which says why it is refused.
    let latestYear: Int

    public init(engine: Engine, asOfYear: Int? = nil) {
        self.engine = engine
        latestYear = asOfYear ?? 9999
        let scope = engine.scope
        var keys: [(bytes: [UInt8], target: Target, slot: Int, range: ClosedRange<Double>?, values: [String])] = []
        // A value no condition and no reason reads is checked but not kept: a streamed line needs no more.
        let ruleSet = engine.ruleSet
        var conditions = ruleSet.rules.map(\.when) + ruleSet.categories.map(\.when) + ruleSet.derived.map(\.value)
        conditions += ruleSet.categories.flatMap { $0.requirements.map(\.holds) } + ruleSet.criteria.compactMap(\.score)
        let read = Set(conditions.flatMap(\.syntax.names) + ruleSet.rules.flatMap(\.because.names))
        let slot = { (name: String) in read.contains(name) ? scope.entries[name]?.slot ?? -1 : -1 }
        for (name, target) in [
            ("id", Target.id), ("name", .name), ("kind", .kind), ("country", .country), ("since", .since),
            ("responsible", .text), ("url", .text), ("notes", .text),
        ] {
            keys.append((Array(name.utf8), target, slot(name), nil, []))
        }
        for fact in engine.ruleSet.facts where !RecordReader.keys.contains(fact.name) {
            keys.append((Array(fact.name.utf8), .fact(fact.type), slot(fact.name), fact.range, fact.values ?? []))
        }
        keyBytes = keys.map(\.bytes)
        targets = keys.map(\.target)
        slots = keys.map(\.slot)
        ranges = keys.map(\.range)
        domains = keys.map(\.values)
        domainBytes = keys.map { $0.values.map { Array($0.utf8) } }
        var size = 16
        while size < keys.count * 4 { size *= 2 }
        var table = [Int](repeating: -1, count: size)
        for (k, key) in keys.enumerated() {
            var at = Int(truncatingIfNeeded: Self.hash(key.bytes[...]) & UInt64(size - 1))
            while table[at] >= 0 { at = (at + 1) & (size - 1) }
            table[at] = k
        }
        self.table = table
        kindNames = Record.kinds.map { Array($0.utf8) }
        kindCodes = Record.kinds.map { engine.kindIndex[$0] ?? -1 }
    }

    /// A quick hash of a key: its length and three of its bytes, spread by a multiplication. Keys that share it are
    /// told apart byte by byte; with a few dozen keys, they seldom do.
    @inline(__always) static func hash<C: Collection<UInt8>>(_ bytes: C) -> UInt64 where C.Index == Int {
        guard let first = bytes.first else { return 0 }
        let count = bytes.count
        let middle = bytes[bytes.startIndex + count / 2]
        let last = bytes[bytes.startIndex + count - 1]
        let mixed = UInt64(count) << 24 | UInt64(first) << 16 | UInt64(middle) << 8 | UInt64(last)
        return (mixed &* 0x9E37_79B9_7F4A_7C15) >> 40
    }

    /// The record's id, its slots and the column its object starts at; nil when the line needs the located reader.
    public func row(_ line: ArraySlice<UInt8>) -> (id: String, row: Row, column: Int)? {
        var row = emptyRow()
        guard let (id, column) = read(line, into: &row) else { return nil }
        return (id, row, column)
    }

    /// A row to read lines into, again and again.
    public func emptyRow() -> Row {
        Row(kind: -1, slots: engine.scope.layout.types.count, knownWords: engine.scope.layout.knownWords)
    }

    /// Reads a line into `row`, which is cleared first: a bulk review reuses one row and allocates nothing per line.
    public func read(_ line: ArraySlice<UInt8>, into row: inout Row) -> (id: String, column: Int)? {
        row.clear()
        return line.withUnsafeBufferPointer { read($0, &row) }
    }

    /// The place in `keys` of the key written at `range`.
    @inline(__always) private func key(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let mask = table.count - 1
        var at = Int(truncatingIfNeeded: Self.hash(p[range]) & UInt64(mask))
        while true {
            let k = table[at]
            if k < 0 { return nil }
            if Self.equal(keyBytes[k], p, range) { return k }
            at = (at + 1) & mask
        }
    }

    private func read(_ p: UnsafeBufferPointer<UInt8>, _ row: inout Row) -> (id: String, column: Int)? {
        var i = 0
        let n = p.count
        Self.skipSpace(p, &i)
        guard i < n, p[i] == UInt8(ascii: "{") else { return nil }
        let column = i + 1
        i += 1
        var id: String?
        var seen = Bits()
        var haveName = false
        Self.skipSpace(p, &i)
        if i < n, p[i] == UInt8(ascii: "}") {
            return nil
        }
        while true {
            Self.skipSpace(p, &i)
            guard let written = string(p, &i) else { return nil }
            guard let k = key(p, written) else { return nil }
            if seen.contains(k) { return nil }
            seen.insert(k)
            Self.skipSpace(p, &i)
            guard i < n, p[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            Self.skipSpace(p, &i)
            guard i < n else { return nil }
            let slot = slots[k]
            let isNull = p[i] == UInt8(ascii: "n")
            if isNull {
                guard literal(p, &i, "null") else { return nil }
            }
            switch targets[k] {
            case .id:
                guard !isNull, let r = string(p, &i), !r.isEmpty, p[r].allSatisfy(Self.isIDByte) else { return nil }
                let text = String(decoding: UnsafeBufferPointer(rebasing: p[r]), as: UTF8.self)
                id = text
                if slot >= 0 { row.set(slot, text: text) }
            case .name:
                guard !isNull, let r = string(p, &i) else { return nil }
                haveName = true
                if slot >= 0 { row.set(slot, text: String(decoding: UnsafeBufferPointer(rebasing: p[r]), as: UTF8.self)) }
            case .kind:
                guard !isNull, let r = string(p, &i), let kind = kindNames.firstIndex(where: { Self.equal($0, p, r) }) else {
                    return nil
                }
                row.kind = kindCodes[kind]
                if slot >= 0 { row.set(slot, text: String(decoding: UnsafeBufferPointer(rebasing: p[r]), as: UTF8.self)) }
            case .country:
                if isNull { break }
                guard let r = string(p, &i), r.count == 2, p[r].allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { return nil }
                if slot >= 0 { row.set(slot, text: String(decoding: UnsafeBufferPointer(rebasing: p[r]), as: UTF8.self)) }
            case .since:
                if isNull { break }
                guard let year = integer(p, &i), (1000...latestYear).contains(year) else { return nil }
                if slot >= 0 { row.set(slot, UInt64(bitPattern: Int64(year))) }
            case .text:
                if isNull { break }
                guard let r = string(p, &i) else { return nil }
                if slot >= 0 { row.set(slot, text: String(decoding: UnsafeBufferPointer(rebasing: p[r]), as: UTF8.self)) }
            case .fact(let type):
                if isNull { break }
                guard fact(p, &i, type, k, slot, &row) else { return nil }
            }
            Self.skipSpace(p, &i)
            guard i < n else { return nil }
            if p[i] == UInt8(ascii: ",") {
                i += 1
                continue
            }
            guard p[i] == UInt8(ascii: "}") else { return nil }
            i += 1
            break
        }
        Self.skipSpace(p, &i)
        guard i == n, let id, haveName, seen.contains(2) else { return nil }
        row.inputTexts = row.texts.count
        return (id, column)
    }

    private func fact(
        _ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ type: FactType, _ k: Int, _ slot: Int, _ row: inout Row
    ) -> Bool {
        let range = ranges[k]
        switch type {
        case .bool:
            let value: Bool
            if literal(p, &i, "true") {
                value = true
            } else if literal(p, &i, "false") {
                value = false
            } else {
                return false
            }
            if slot >= 0 { row.set(slot, value ? 1 : 0) }
        case .int, .year:
            guard let v = integer(p, &i), range.map({ $0.contains(Double(v)) }) ?? true else { return false }
            if slot >= 0 { row.set(slot, UInt64(bitPattern: Int64(v))) }
        case .decimal, .money:
            guard let d = number(p, &i), type != .money || d >= 0, range.map({ $0.contains(d) }) ?? true else { return false }
            if slot >= 0 { row.set(slot, d.bitPattern) }
        case .string:
            guard let r = string(p, &i) else { return false }
            if slot >= 0 { row.set(slot, text: String(decoding: UnsafeBufferPointer(rebasing: p[r]), as: UTF8.self)) }
        case .enum:
            guard let r = string(p, &i), let v = domainBytes[k].firstIndex(where: { Self.equal($0, p, r) }) else { return false }
            if slot >= 0 { row.set(slot, text: domains[k][v]) }
        case .set:
            guard i < p.count, p[i] == UInt8(ascii: "[") else { return false }
            i += 1
            var mask: UInt64 = 0
            while true {
                Self.skipSpace(p, &i)
                guard i < p.count else { return false }
                if p[i] == UInt8(ascii: "]"), mask == 0 {
                    i += 1
                    break
                }
                guard let r = string(p, &i),
                    let v = domainBytes[k].firstIndex(where: { Self.equal($0, p, r) })
                else { return false }
                mask |= 1 &<< UInt64(v)
                Self.skipSpace(p, &i)
                guard i < p.count else { return false }
                if p[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                guard p[i] == UInt8(ascii: "]") else { return false }
                i += 1
                break
            }
            if slot >= 0 { row.set(slot, mask) }
        }
        return true
    }

    /// Whether the bytes at `range` are `bytes`.
    @inline(__always) static func equal(_ bytes: [UInt8], _ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard bytes.count == range.count else { return false }
        return bytes.withUnsafeBufferPointer { b in
            var j = 0
            while j < b.count, b[j] == p[range.lowerBound + j] { j += 1 }
            return j == b.count
        }
    }

    @inline(__always) static func skipSpace(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int) {
        while i < p.count, p[i] == 0x20 || p[i] == 0x09 { i += 1 }
    }

    static func isIDByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D
    }

    /// A string without escapes or control characters: the range of its contents, after the closing quote.
    @inline(__always) private func string(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Range<Int>? {
        guard i < p.count, p[i] == UInt8(ascii: "\"") else { return nil }
        let start = i + 1
        var j = start
        while j < p.count {
            let b = p[j]
            if b == UInt8(ascii: "\"") {
                i = j + 1
                return start..<j
            }
            if b == UInt8(ascii: "\\") || b < 0x20 { return nil }
            j += 1
        }
        return nil
    }

    private func literal(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= p.count else { return false }
        for k in 0..<count where p[i + k] != word.utf8Start[k] { return false }
        // The word must end there: `nullx` or `true1` is not JSON.
        if i + count < p.count, Self.isIDByte(p[i + count]) { return false }
        i += count
        return true
    }

    /// A whole number as JSON writes it, without fraction or exponent, that fits.
    private func integer(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Int? {
        var j = i
        let negative = j < p.count && p[j] == UInt8(ascii: "-")
        if negative { j += 1 }
        let first = j
        var value = 0
        while j < p.count, p[j] >= 0x30, p[j] <= 0x39 {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (plus, o2) = times.addingReportingOverflow(Int(p[j] - 0x30))
            if o1 || o2 { return nil }
            value = plus
            j += 1
        }
        let digits = j - first
        guard digits > 0, digits == 1 || p[first] != 0x30 else { return nil }
        if j < p.count, p[j] == UInt8(ascii: ".") || p[j] == UInt8(ascii: "e") || p[j] == UInt8(ascii: "E") { return nil }
        i = j
        return negative ? -value : value
    }

    /// A JSON number as a real, read as the located reader reads it.
    private func number(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Double? {
        var j = i
        if j < p.count, p[j] == UInt8(ascii: "-") { j += 1 }
        let first = j
        while j < p.count, p[j] >= 0x30, p[j] <= 0x39 { j += 1 }
        guard j > first, j - first == 1 || p[first] != 0x30 else { return nil }
        var plain = j - first <= 15
        if j < p.count, p[j] == UInt8(ascii: ".") {
            plain = false
            j += 1
            let fraction = j
            while j < p.count, p[j] >= 0x30, p[j] <= 0x39 { j += 1 }
            guard j > fraction else { return nil }
        }
        if j < p.count, p[j] == UInt8(ascii: "e") || p[j] == UInt8(ascii: "E") {
            plain = false
            j += 1
            if j < p.count, p[j] == UInt8(ascii: "+") || p[j] == UInt8(ascii: "-") { j += 1 }
            let exponent = j
            while j < p.count, p[j] >= 0x30, p[j] <= 0x39 { j += 1 }
            guard j > exponent else { return nil }
        }
        let d: Double
        if plain {
            var k = i
            guard let v = integer(p, &k) else { return nil }
            d = Double(v)
        } else {
            guard let parsed = Double(String(decoding: UnsafeBufferPointer(rebasing: p[i..<j]), as: UTF8.self)), parsed.isFinite
            else { return nil }
            d = parsed
        }
        i = j
        return d
    }
}
