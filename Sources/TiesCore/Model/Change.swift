/// One change to a tie: who, when, what, before and after, and the evidence given for it.
public struct Change: Sendable, Hashable {
    public var at: String
    public var who: String
    public var tie: String
    /// `fact:NAME`, a field's name (`name`, `responsible`, …), `activities`, `decision`, `obligations`, `tie`.
    public var subject: String
    public var before: String?
    public var after: String?
    public var source: String?
    public var asOf: String?
    public var note: String?

    public init(
        at: String, who: String, tie: String, subject: String, before: String?, after: String?, source: String? = nil,
        asOf: String? = nil, note: String? = nil
    ) {
        (self.at, self.who, self.tie, self.subject, self.before, self.after) = (at, who, tie, subject, before, after)
        (self.source, self.asOf, self.note) = (source, asOf, note)
    }
}

/// Who makes a change, and the evidence they give for it.
public struct Editor: Sendable, Hashable {
    public var name: String
    public var source: String?
    public var asOf: String?
    public var note: String?

    public init(_ name: String, source: String? = nil, asOf: String? = nil, note: String? = nil) {
        (self.name, self.source, self.asOf, self.note) = (name, source, asOf, note)
    }
}
