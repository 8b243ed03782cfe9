/// Bridges the synchronous, poll-based transport to async callers.
///
/// The blocking exchange runs on a dedicated thread, so a slow host never ties up a thread of the
/// cooperative pool; every wait inside it is bounded by a deadline, so the thread always ends.
/// Work that holds per-thread state (OpenSSL's) releases it inside `work`, before the result is
/// handed back (see `BlockingIO.runReleasingOpenSSL` in KMSProtocol).
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
                continuation.resume(returning: result)
            }
        }
        return try result.get()
    }
}
