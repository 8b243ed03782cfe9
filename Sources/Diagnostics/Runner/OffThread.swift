#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a blocking system call (getaddrinfo, res_query, poll) on a thread of its own.
///
/// Swift's cooperative pool has one thread per core; on a two-core machine two blocking lookups
/// would stall every other check. A dedicated, detached thread per call keeps the checks truly
/// concurrent, and the caller can stop waiting (see `Deadline`) while the call finishes on its own.
enum OffThread {
    /// The value `work` returns, computed on a new detached thread.
    static func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            let job = Job { continuation.resume(returning: work()) }
            if !job.start() {
                // No thread available (resource limits): run inline rather than fail the check.
                job.body()
            }
        }
    }

    private final class Job: @unchecked Sendable {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }

        /// Starts the detached thread; false when the system refuses one.
        func start() -> Bool {
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            defer { pthread_attr_destroy(&attributes) }
            pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
            let context = Unmanaged.passRetained(self).toOpaque()
            #if canImport(Glibc)
            var thread = pthread_t()
            #else
            var thread: pthread_t?
            #endif
            let started = pthread_create(&thread, &attributes, { context in
                guard let context else { return nil }
                let job = Unmanaged<Job>.fromOpaque(context).takeRetainedValue()
                job.body()
                return nil
            }, context)
            if started != 0 {
                Unmanaged<Job>.fromOpaque(context).release()
                return false
            }
            return true
        }
    }
}
