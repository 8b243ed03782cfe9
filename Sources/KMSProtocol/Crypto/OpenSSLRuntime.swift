import KMSCore
import CryptoBridge

/// Starts OpenSSL without its exit-time clean-up, before the first call that would start it with.
///
/// Why: the KMS exchange runs on a thread of its own (`BlockingIO`), and a command that a signal
/// interrupts exits while that thread may still be inside OpenSSL. OpenSSL's atexit handler frees
/// its locks and random generators under that thread: a ThreadSanitizer run of an interrupted
/// `activate --count` crashed in RAND_bytes on the freed lock (SEGV at exit, the buffered output
/// lost). Without the handler the process simply ends and the kernel frees everything, as for
/// every other library. Reaching `ready` costs one check after the first time.
enum OpenSSLRuntime {
    static let ready: Bool = OPENSSL_init_crypto(UInt64(OPENSSL_INIT_NO_ATEXIT), nil) == 1
}

extension BlockingIO {
    /// `run` for work that uses OpenSSL. Before it hands back the result the thread releases its
    /// OpenSSL state (the per-thread random generator RAND_bytes set up for the request IV): once
    /// the caller has the result the process may exit at once, before the thread's own exit would
    /// free it, and LeakSanitizer then reported that state as leaked (`activate --count` and
    /// `diagnose` under `make sanitize-address`).
    static func runReleasingOpenSSL<T: Sendable, E: Error>(_ work: @escaping @Sendable () throws(E) -> T) async throws(E) -> T {
        try await run { () throws(E) -> T in
            defer { OPENSSL_thread_stop() }
            return try work()
        }
    }
}
