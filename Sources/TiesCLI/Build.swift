/// What `ties --version` says of the build beside the version: `scripts/release` writes the commit it builds from
/// into its own copy of this file; a build from a checkout records none.
enum Build {
    static let commit: String? = nil
}
