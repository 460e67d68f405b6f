// swift-tools-version:6.2
import Foundation
import PackageDescription

// CI (.ci/run sets CI) builds our own targets with every warning an error; a newer compiler's new warning does not
// stop a user's `swift build`.
let strict: [SwiftSetting] = ProcessInfo.processInfo.environment["CI"] != nil ? [.treatAllWarnings(as: .error)] : []

/// Linker flags for a release `ties` with the Swift runtime and Foundation linked statically.
let staticFoundation =
    ["-static-stdlib", "-Xlinker", "--start-group"]
    + [
        "FoundationInternationalization", "_FoundationICU", "FoundationEssentials",
        "_FoundationCShims", "_FoundationCollections", "Foundation", "CoreFoundation", "swiftDispatch", "dispatch", "BlocksRuntime",
        "swiftSynchronization", "swift_StringProcessing", "swift_RegexParser", "swift_Concurrency", "swiftGlibc", "swift_Builtin_float",
    ].flatMap { ["-Xlinker", "-l\($0)"] } + ["-Xlinker", "--end-group", "-Xlinker", "-lstdc++"]

let package = Package(
    name: "ties",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ties", targets: ["ties"]),
        .executable(name: "ties-server", targets: ["ties-server"]),
        .library(name: "TiesCore", targets: ["TiesCore"]),
        .library(name: "TiesReports", targets: ["TiesReports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SHA-256 for the reproducibility fingerprint on every report.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The .docx and .xlsx containers (zips): council memos and workbooks out, advisers' workbooks in.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The team's workspace: one SQLite file of ties, evidence, decisions and their history.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // The workbench: pages served to the team's browsers, passwords kept as bcrypt hashes.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    ],
    targets: [
        // Model, loading, expressions, engine, portfolio checks: no printing, no exiting.
        .target(name: "TiesCore", dependencies: [.product(name: "Yams", package: "Yams")], swiftSettings: strict),
        // Renderers: a finished review in, text out.
        .target(
            name: "TiesReports", dependencies: ["TiesCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strict),
        // Excel workbooks in: the sheets of an .xlsx as plain cells, for the core's spreadsheet loader.
        .target(
            name: "TiesWorkbooks", dependencies: ["TiesCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strict),
        // The team's workspace in SQLite: ties as the lines of their record files, every change kept.
        .target(
            name: "TiesWorkspace",
            dependencies: [
                "TiesCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ], swiftSettings: strict),
        // The commands, file access, terminal and exit codes; a library so tests can drive it.
        .target(
            name: "TiesCLI",
            dependencies: [
                "TiesCore", "TiesReports", "TiesWorkbooks", "TiesWorkspace",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ], swiftSettings: strict),
        // The workbench's pages and forms over a workspace: the same views and documents as the command line.
        .target(
            name: "TiesServer",
            dependencies: [
                "TiesCore", "TiesReports", "TiesWorkbooks", "TiesWorkspace",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
            ], swiftSettings: strict),
        // `ties serve` starts it: the server's libraries stay out of the `ties` command's start.
        .executableTarget(
            name: "ties-server",
            dependencies: ["TiesServer", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strict),
        .testTarget(
            name: "TiesServerTests",
            dependencies: [
                "TiesServer", "TiesCore", "TiesWorkspace", .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ], swiftSettings: strict),
        // A release build links the Swift runtime and Foundation in: a review starts without loading a dozen shared
        // libraries. The group lists Foundation's static parts, which refer to each other, in any order.
        .executableTarget(
            name: "ties", dependencies: ["TiesCLI"], swiftSettings: strict,
            linkerSettings: [.unsafeFlags(staticFoundation, .when(configuration: .release))]),
        // The benchmark against the peers: `swift run -c release ties-bench` (see README, Performance).
        .executableTarget(name: "ties-bench", dependencies: ["TiesCore"], path: "Benchmarks/TiesBench", swiftSettings: strict),
        // What each fuzz target does with one input; built and tested always, so crash inputs replay in `swift test`.
        .target(name: "TiesFuzzing", dependencies: ["TiesCore", "TiesReports", "TiesWorkbooks"], swiftSettings: strict),
        .testTarget(name: "TiesCoreTests", dependencies: ["TiesCore"], swiftSettings: strict),
        // Broken/, FuzzRegressions/ and Snapshots/ hold files the tests read from disk, not sources.
        .testTarget(
            name: "TiesTests",
            dependencies: [
                "TiesCore", "TiesReports", "TiesWorkbooks", "TiesFuzzing", "TiesWorkspace",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["Broken", "FuzzRegressions", "Snapshots"], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer executables have no main and need -sanitize=fuzzer, so they exist only for Fuzz/run
// (TIES_FUZZ=1); see Fuzz/README.md.
if ProcessInfo.processInfo.environment["TIES_FUZZ"] != nil {
    package.targets.append(.executableTarget(name: "fuzz-ties", dependencies: ["TiesFuzzing"], path: "Fuzz/Entry"))
}
