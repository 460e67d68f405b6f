/// What the engine decided for one record, before any words: the one result every command projects.
///
/// Streamed JSON Lines, the whole review, `explain`, `test` and the memo all start from this value; the reasons,
/// traces and conditions a report shows are built from it (`Engine.explain`), never from a second evaluation.
public struct Evaluation: Sendable, Hashable {
    /// The outcome's place in the rule set's `outcomes` (least to most severe); nil when the rule set does not
    /// assess the record's kind.
    public var outcome: Int?
    /// The outcome stands until the missing facts that opened it are known.
    public var provisional = false
    /// A fired rule's `at_most` held the outcome back.
    public var capped = false
    /// Missing facts made the outcome more severe than the rules that fired.
    public var raised = false
    /// What the rules that fired decide (-1: the default), and the most severe outcome the missing facts could lead to
    /// once known, within any cap (-1: none): the range a provisional outcome may still move in.
    public var decided = -1
    public var open = -1
    public var category: CategoryResult = .none
    /// The rules that fired, and those that could not be evaluated, by their place in the rule set.
    public var fired: Bits { bits(.fired) }
    public var unknown: Bits { bits(.unknown) }
    /// The rules whose sentence does not speak of the record's kind.
    public var notApplicable: Bits { bits(.notApplicable) }
    /// Requirements of the matched category that failed, or could not be evaluated.
    public var failedRequirements: Bits { bits(.failedRequirements) }
    public var unknownRequirements: Bits { bits(.unknownRequirements) }
    /// Which of the unevaluated rules, requirements and the undecided category could still change the outcome.
    public var matteringRules: Bits { bits(.matteringRules) }
    public var matteringRequirements: Bits { bits(.matteringRequirements) }
    public var undecidedMatters = false
    /// The proposal that won (step 2 of `Precedence`), and the rule whose cap decided.
    public var winner: Proposer?
    public var cap: Int?
    /// Each criterion's score by its place in the rule set; nil where the criterion does not apply or has no score.
    public var scores = Scores()

    /// The sets above, their first 64 members as plain words, so an evaluation is copied and dropped without
    /// counting references; members from 64 on in `high`, `spill` words per set.
    private var low = SIMD8<UInt64>()
    private var high: [UInt64]? = nil
    private var spill = 0

    public init() {}

    /// An evaluation whose sets may hold members up to `members`.
    init(members: Int) { spill = max(0, (members + 63) / 64 - 1) }

    /// The sets of rules and requirements an evaluation keeps.
    enum Members: Int {
        case fired, unknown, notApplicable, failedRequirements, unknownRequirements, matteringRules, matteringRequirements
    }

    @inline(__always) mutating func insert(_ i: Int, _ set: Members) {
        if i < 64 {
            low[set.rawValue] |= 1 &<< UInt64(i)
            return
        }
        if high == nil { high = [UInt64](repeating: 0, count: spill * 7) }
        high![set.rawValue * spill + i / 64 - 1] |= 1 &<< UInt64(i & 63)
    }

    @inline(__always) func contains(_ i: Int, _ set: Members) -> Bool {
        if i < 64 { return low[set.rawValue] & (1 &<< UInt64(i)) != 0 }
        guard let high else { return false }
        return high[set.rawValue * spill + i / 64 - 1] & (1 &<< UInt64(i & 63)) != 0
    }

    func bits(_ set: Members) -> Bits {
        Bits(low: low[set.rawValue], high: high.map { Array($0[set.rawValue * spill..<(set.rawValue + 1) * spill]) })
    }

    /// What proposed the winning outcome.
    public enum Proposer: Sendable, Hashable {
        case rule(Int)
        case requirement(Int)
        case unclassified
    }
}

/// Where classification ended for a record.
public enum CategoryResult: Sendable, Hashable {
    /// The rule set does not classify this kind.
    case none
    /// The first category, by its place in the rule set, whose condition holds.
    case matched(Int)
    /// No category's condition holds.
    case unclassified
    /// This category's condition could not be evaluated before any held.
    case undecided(Int)
}

/// A set of small numbers (rules, requirements), without allocating for the first 64.
public struct Bits: Sendable, Hashable, Sequence {
    private var low: UInt64 = 0
    /// Words for members from 64 on; nil (nothing to count references of) in the common case of fewer rules.
    private var high: [UInt64]? = nil

    public init() {}

    init(low: UInt64, high: [UInt64]?) {
        self.low = low
        self.high = high
    }

    public var isEmpty: Bool { low == 0 && (high?.allSatisfy { $0 == 0 } ?? true) }

    @inline(__always) public func contains(_ i: Int) -> Bool {
        if i < 64 { return low & (1 &<< UInt64(i)) != 0 }
        let w = i / 64 - 1
        guard let high, w < high.count else { return false }
        return high[w] & (1 &<< UInt64(i % 64)) != 0
    }

    @inline(__always) public mutating func insert(_ i: Int) {
        if i < 64 {
            low |= 1 &<< UInt64(i)
            return
        }
        let w = i / 64 - 1
        var words = high ?? []
        high = nil
        if w >= words.count { words += [UInt64](repeating: 0, count: w - words.count + 1) }
        words[w] |= 1 &<< UInt64(i % 64)
        high = words
    }

    /// The members in ascending order, without allocating.
    public func makeIterator() -> Iterator { Iterator(bits: self) }

    public struct Iterator: IteratorProtocol {
        let bits: Bits
        var word: UInt64
        /// Which word is being read: -1 the first 64, then `high`'s.
        var index = -1

        init(bits: Bits) {
            self.bits = bits
            word = bits.low
        }

        public mutating func next() -> Int? {
            while word == 0 {
                index += 1
                guard let high = bits.high, index < high.count else { return nil }
                word = high[index]
            }
            let bit = word.trailingZeroBitCount
            word &= word - 1
            return (index + 1) * 64 + bit
        }
    }
}

/// Each criterion's score by its place in the rule set, nil where it has none: the first four held inline as plain
/// words, so an evaluation neither allocates for them nor counts references when it is copied or dropped.
public struct Scores: Sendable, Hashable, RandomAccessCollection {
    private var first: (Score, Score, Score, Score) = (.none, .none, .none, .none)
    private var rest: [Score]? = nil
    public private(set) var count = 0

    public init() {}

    /// `count` scores, none yet.
    init(count: Int) {
        self.count = count
        if count > 4 { rest = Array(repeating: .none, count: count - 4) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(i: Int) -> Value? { score(i).value }

    func score(_ i: Int) -> Score {
        switch i {
        case 0: first.0
        case 1: first.1
        case 2: first.2
        case 3: first.3
        default: rest![i - 4]
        }
    }

    mutating func set(_ i: Int, _ score: Score) {
        switch i {
        case 0: first.0 = score
        case 1: first.1 = score
        case 2: first.2 = score
        case 3: first.3 = score
        default: rest![i - 4] = score
        }
    }

    public static func == (a: Scores, b: Scores) -> Bool { a.count == b.count && a.elementsEqual(b) }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for score in self { hasher.combine(score) }
    }
}

/// A score as a plain value: what a criterion's expression or its rules' points give.
enum Score: Sendable, Hashable {
    case none, unknown, int(Int), decimal(Double), truth(Bool)

    var value: Value? {
        switch self {
        case .none: nil
        case .unknown: .unknown
        case .int(let i): .int(i)
        case .decimal(let d): .decimal(d)
        case .truth(let b): .bool(b)
        }
    }
}
