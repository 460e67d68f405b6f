import TiesFuzzing

#if canImport(Glibc)
    import Glibc
#endif

/// The target this process fuzzes, named by TIES_FUZZ_TARGET (Fuzz/run sets it): expression, ruleset, portfolio, jsonlines, csv or xlsx.
let target: @Sendable ([UInt8]) -> Void = {
    let name = getenv("TIES_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let entry = FuzzEntries.targets[name] else {
        fatalError("set TIES_FUZZ_TARGET to one of \(FuzzEntries.targets.keys.sorted().joined(separator: ", "))")
    }
    return entry
}()

/// libFuzzer's entry: one input, handed to FuzzEntries (see Fuzz/README.md).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    target(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry as '<module>_main'; hand the process to libFuzzer's driver from there.
@_cdecl("fuzz_ties_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
