@preconcurrency import Glibc

#if KMSWIZARD_FUZZ
/// libFuzzer's per-input callback; libFuzzer itself supplies main() in the fuzzing build.
@_cdecl("LLVMFuzzerTestOneInput")
public func llvmFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzOneInput(data, size)
}
#else
/// Outside `make fuzz-build` the target is still an ordinary executable (SwiftPM links every
/// executable's main into the test build), which only says how to build it for fuzzing.
@main
enum FuzzMain {
    static func main() {
        fputs("kmswizard-fuzz was built without libFuzzer: use `make fuzz` or `make fuzz-ci`\n", stderr)
        exit(64)
    }
}
#endif
