#if canImport(Glibc)
    import Glibc
#endif

/// The process's memory, as the operating system sees it.
enum Memory {
    /// Hands the memory the heap has freed back to the system. A workbook of 100,000 ties leaves a quarter of a
    /// gigabyte of cells freed in the heap, which the C library keeps, in pieces the reviews do not wholly reuse.
    static func giveBack() {
        #if canImport(Glibc)
            // glibc's `malloc_trim`, found at run time: the C library's module does not declare it.
            typealias Trim = @convention(c) (Int) -> Int32
            guard let symbol = dlsym(nil, "malloc_trim") else { return }
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
