/// A record as the compiled rule set reads it: its kind as a number, and a typed word and a known bit per slot.
///
/// Built once per record (by `Engine.row(for:)`, or straight from a JSON Lines line), then evaluated without
/// looking anything up by name.
public struct Row: Sendable {
    /// The kind's place in `Engine.kinds`; -1 for a kind the engine does not know.
    public var kind: Int
    var words: [UInt64]
    var known: [UInt64]
    var texts: [String]
    /// How many of `texts` are the record's own; the rest are derived, made again at each evaluation.
    var inputTexts = 0
    public var activities: [Activity]?

    init(kind: Int, slots: Int, knownWords: Int) {
        self.kind = kind
        words = [UInt64](repeating: 0, count: slots)
        known = [UInt64](repeating: 0, count: knownWords)
        texts = []
    }

    /// Every slot unknown again, for the next line.
    mutating func clear() {
        kind = -1
        words.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        known.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        texts.removeAll(keepingCapacity: true)
        inputTexts = 0
        activities = nil
    }

    /// Stores `word` at `slot` as known.
    @inline(__always) mutating func set(_ slot: Int, _ word: UInt64) {
        words[slot] = word
        known[slot &>> 6] |= 1 &<< UInt64(slot & 63)
    }

    /// Stores a string at `slot`.
    mutating func set(_ slot: Int, text: String) {
        texts.append(text)
        set(slot, UInt64(texts.count - 1))
    }
}

extension Engine {
    /// The record in its slots, derived values not yet computed.
    public func row(for record: Record) -> Row {
        let layout = scope.layout
        var row = Row(kind: kindIndex[record.kind] ?? -1, slots: layout.types.count, knownWords: layout.knownWords)
        for (slot, name) in scope.slotNames.enumerated() where slot < inputSlots {
            if let word = layout.word(record.value(of: name), type: layout.types[slot], domain: layout.domains[slot], texts: &row.texts) {
                row.set(slot, word)
            }
        }
        row.activities = record.activities
        row.inputTexts = row.texts.count
        return row
    }

    /// Runs `body` on a frame over the row's own slots, with `as_of_year` and the derived values computed in order
    /// into the row's last slots: the scratch area is the row itself, so nothing is copied or allocated. The record's
    /// own slots are never written.
    @inline(__always) func withFrame<T>(_ row: inout Row, asOfYear: Int?, _ body: (Frame) -> T) -> T {
        // A rule set that derives a text computes its derived values first, one frame each, the texts growing.
        if derive == nil { deriveWithTexts(&row, asOfYear: asOfYear) }
        return framed(&row, asOfYear: asOfYear) { frame in
            derive?.run(frame)
            return body(frame)
        }
    }

    /// A frame over the row's own storage, `as_of_year` set, for the length of `body`.
    @inline(__always) private func framed<T>(_ row: inout Row, asOfYear: Int?, _ body: (Frame) -> T) -> T {
        let activities = row.activities
        return row.texts.withUnsafeBufferPointer { texts in
            row.words.withUnsafeMutableBufferPointer { words in
                row.known.withUnsafeMutableBufferPointer { known in
                    Frame.withActivities(activities) { log in
                        let frame = Frame(
                            words: words.baseAddress!, known: known.baseAddress!, texts: texts, activities: log, variables: nil,
                            activity: nil)
                        frame.store(asOfYear.map { UInt64(bitPattern: Int64($0)) }, at: asOfYearSlot)
                        return body(frame)
                    }
                }
            }
        }
    }

    /// The derived values of a rule set that derives a text: each in order, in a frame of its own over the texts so far.
    private func deriveWithTexts(_ row: inout Row, asOfYear: Int?) {
        row.texts.removeLast(row.texts.count - row.inputTexts)
        for (d, store) in zip(derivations, stores) {
            if let store {
                framed(&row, asOfYear: asOfYear) { store.run($0) }
            } else if case .text(let f) = d.program {
                if let text = framed(&row, asOfYear: asOfYear, f) {
                    row.texts.append(text)
                    row.set(d.slot, UInt64(row.texts.count - 1))
                } else {
                    row.known[d.slot >> 6] &= ~(1 << UInt64(d.slot & 63))
                }
            }
        }
    }

    /// The slots an expression reads for this record, as values: what reasons and traces show.
    public func context(for record: Record, asOfYear: Int?) -> EvaluationContext {
        var row = row(for: record)
        return withFrame(&row, asOfYear: asOfYear) { context(for: record, asOfYear: asOfYear, $0) }
    }

    func context(for record: Record, asOfYear: Int?, _ frame: Frame) -> EvaluationContext {
        var slots = scope.slots(for: record, asOfYear: asOfYear)
        for d in derivations { slots[d.slot] = scope.layout.value(at: d.slot, in: frame) }
        return EvaluationContext(slots: slots, activities: record.activities)
    }
}
