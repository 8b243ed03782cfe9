/// Bridges the synchronous, poll-based transport to async callers.
///
/// The blocking exchange runs on a dedicated thread, so a slow host never ties up a thread of the
/// cooperative pool; every wait inside it is bounded by a deadline, so the thread always ends.
public enum BlockingIO {
    public static func run<T: Sendable, E: Error>(_ work: @escaping @Sendable () throws(E) -> T) async throws(E) -> T {
        let result: Result<T, E> = await withCheckedContinuation { continuation in
            DetachedThread.start {
                do throws(E) {
                    continuation.resume(returning: .success(try work()))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }
}
