import Platform
import Foundation

/// Which sanitizer runtime the running test process carries (`make sanitize-address`,
/// `make sanitize-thread`); the binaries it starts come from the same build and carry it too.
/// Tests use it only to skip, with the reason, what a sanitizer runtime cannot run at all.
public enum SanitizerRuntime {
    /// "address", "thread", or nil in a normal build: the runtime's init symbol is in the process.
    public static let active: String? = {
        let process = dlopen(nil, RTLD_NOW)
        defer { if let process { dlclose(process) } }
        if dlsym(process, "__asan_init") != nil { return "address" }
        if dlsym(process, "__tsan_init") != nil { return "thread" }
        return nil
    }()

    /// Extra seconds a deadline check on a whole process allows under a sanitizer: those builds
    /// start and run several times slower (ThreadSanitizer runs of the hostile-host rows ended up
    /// to 1.5 s past the normal margin on a loaded machine). Hangs are still caught.
    public static var extraSeconds: Double { active == nil ? 0 : slowBuildSeconds }
    public static let slowBuildSeconds = 3.0

    /// This process's sanitizer options (ASAN_OPTIONS, LSAN_OPTIONS, TSAN_OPTIONS, and
    /// SWIFT_BACKTRACE, whose crash handler hangs under ASan). They configure the build, not the
    /// program, so a child run with an environment of the test's choosing keeps them: without the
    /// LeakSanitizer suppressions a usage error's exit reports ArgumentParser's tables and exits 1.
    public static var options: [String: String] {
        let names: Set = ["ASAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS", "SWIFT_BACKTRACE"]
        return ProcessInfo.processInfo.environment.filter { names.contains($0.key) }
    }
}
