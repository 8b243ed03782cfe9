import Platform

/// A value shared between threads, behind a pthread mutex.
///
/// Not `Synchronization.Mutex`: on Linux a contended `Mutex` is taken and handed over inside the
/// kernel (FUTEX_LOCK_PI), where ThreadSanitizer cannot see it, so `make sanitize-thread` reported
/// data races on values the mutex did protect whenever two threads met at the lock (the wizard's
/// event inbox, rarely and only under load). Eight threads appending to an array under a `Mutex`
/// reproduce such a report every time; under a pthread mutex, which ThreadSanitizer intercepts,
/// there is none, and a real race is still reported.
public final class Locked<Value> {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    public init(_ value: Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Runs `body` with the value while holding the lock; keep it short and never block inside.
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}

extension Locked: @unchecked Sendable where Value: Sendable {}
