import CryptoBridge

/// Bridges the synchronous, poll-based transport to async callers.
///
/// The blocking exchange runs on a dedicated thread, so a slow host never ties up a thread of the
/// cooperative pool; every wait inside it is bounded by a deadline, so the thread always ends.
///
/// Before it hands back the result the thread releases its OpenSSL state (the per-thread random
/// generator RAND_bytes set up for the request IV): once the caller has the result the process
/// may exit at once, before the thread's own exit would free it, and LeakSanitizer then reported
/// that state as leaked (`activate --count` and `diagnose` under `make sanitize-address`).
public enum BlockingIO {
    public static func run<T: Sendable, E: Error>(_ work: @escaping @Sendable () throws(E) -> T) async throws(E) -> T {
        let result: Result<T, E> = await withCheckedContinuation { continuation in
            DetachedThread.start {
                let result: Result<T, E>
                do throws(E) {
                    result = .success(try work())
                } catch {
                    result = .failure(error)
                }
                OPENSSL_thread_stop()
                continuation.resume(returning: result)
            }
        }
        return try result.get()
    }
}
