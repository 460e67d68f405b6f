import HummingbirdBcrypt

/// Passwords kept as bcrypt hashes: the command line that adds an account and the server that checks one agree on them.
public enum Passwords {
    /// bcrypt's cost: 2^12 rounds, a quarter of a second on a laptop.
    public static let cost: UInt8 = 12

    public static func hash(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }

    public static func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }
}
