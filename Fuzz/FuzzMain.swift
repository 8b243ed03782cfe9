@preconcurrency import Platform

#if KMSWIZARD_FUZZ
/// libFuzzer's per-input callback; libFuzzer itself supplies main() in the fuzzing build.
@_cdecl("LLVMFuzzerTestOneInput")
public func llvmFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzOneInput(data, size)
}
#else
/// Outside `make fuzz-build` the target replays inputs without libFuzzer:
/// `KMSWIZARD_FUZZ_TARGET=rpc kmswizard-fuzz FILE...` runs each file through the parser once, so
/// the test suite (and its sanitizer runs) replays every crash the fuzzer ever found
/// (Fuzz/regressions/<target>/) with the same code path.
@main
enum FuzzMain {
    static func main() {
        let files = CommandLine.arguments.dropFirst()
        guard !files.isEmpty else {
            fputs("usage: KMSWIZARD_FUZZ_TARGET=NAME kmswizard-fuzz FILE... (fuzzing itself: make fuzz)\n", stderr)
            exit(64)
        }
        for path in files {
            guard let file = fopen(path, "rb") else {
                fputs("kmswizard-fuzz: cannot read \(path)\n", stderr)
                exit(66)
            }
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while case let count = fread(&chunk, 1, chunk.count, file), count > 0 { bytes += chunk[..<count] }
            fclose(file)
            _ = bytes.withUnsafeBufferPointer { fuzzOneInput($0.baseAddress, $0.count) }
        }
    }
}
#endif
