import KMSCore

/// Waits for an async operation at most a given time.
///
/// Unlike a task group, which waits for every child, this returns as soon as the time is up even
/// when the operation cannot be cancelled (a blocking system call on its own thread); the late
/// result is then dropped.
enum TimeLimit {
    /// The operation's result, or nil when `seconds` pass first.
    static func run<T: Sendable>(
        seconds: Double, _ operation: @escaping @Sendable () async -> T
    ) async -> T? {
        let first = FirstResult<T>()
        return await withCheckedContinuation { continuation in
            first.install(continuation)
            let work = Task { await operation() }
            let timer = Task {
                try? await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
                if first.finish(nil) { work.cancel() }
            }
            Task {
                let value = await work.value
                if first.finish(value) { timer.cancel() }
            }
        }
    }
}

/// Resumes a continuation with whichever result comes first, exactly once.
private final class FirstResult<T: Sendable>: Sendable {
    private let pending = Locked<CheckedContinuation<T?, Never>?>(nil)

    func install(_ continuation: CheckedContinuation<T?, Never>) {
        pending.withLock { $0 = continuation }
    }

    /// Resumes with `value` if nothing did yet; true when this call was the first.
    @discardableResult
    func finish(_ value: T?) -> Bool {
        let continuation = pending.withLock { slot -> CheckedContinuation<T?, Never>? in
            defer { slot = nil }
            return slot
        }
        continuation?.resume(returning: value)
        return continuation != nil
    }
}
