import TiesCore

extension Review {
    /// The ties as a reader looks for them: the most severe outcome first, then by name as a Norwegian reads the
    /// alphabet (æ, ø, å after z; ä with æ, ö with ø, ü with y; other accents fold), then by id. JSON keeps id order.
    public var readingOrder: [RecordReview] {
        // Each record's keys made once, not at every comparison; the records themselves are not moved about.
        let ruleSet = ruleSet
        let keys = Parallel.map(records) {
            (severity: ruleSet.severity(of: $0.outcome), name: Review.collationKey($0.record.name), id: $0.record.id)
        }
        let order = Parallel.sorted(Array(keys.indices)) { i, j in
            let (a, b) = (keys[i], keys[j])
            if a.severity != b.severity { return a.severity > b.severity }
            return a.name != b.name ? a.name.lexicographicallyPrecedes(b.name) : a.id < b.id
        }
        return order.map { records[$0] }
    }

    /// A key whose plain ordering is Norwegian alphabetical order.
    static func collationKey(_ name: String) -> [UInt32] {
        var key: [UInt32] = []
        for c in name.lowercased() {
            if c.isASCII, let ascii = c.asciiValue {
                key.append(UInt32(ascii))
                continue
            }
            switch c {
            case "æ", "ä": key.append(0x7B)  // after z
            case "ø", "ö": key.append(0x7C)
            case "å": key.append(0x7D)
            case "ü": key.append(UInt32(("y" as Unicode.Scalar).value))
            default:
                // Other accents fold to their letter: é sorts as e, ð as d.
                let folded = String(c).decomposedStringWithCanonicalMapping.unicodeScalars.first.map(\.value) ?? 0
                key.append(c == "ð" ? UInt32(("d" as Unicode.Scalar).value) : folded)
            }
        }
        return key
    }
}
