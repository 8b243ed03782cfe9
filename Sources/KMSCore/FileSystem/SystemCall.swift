import Platform

/// The one retry of a system call that a signal interrupted (EINTR), as swift-system's
/// `valueOrErrno(retryOnInterrupt:)` does. Loops that wait against a deadline (poll) re-check the
/// deadline instead, so they keep their own handling.
enum SystemCall {
    /// `body`'s result, called again while it fails with EINTR; a failure leaves errno as it was.
    static func retryingOnInterrupt<Result: BinaryInteger>(_ body: () -> Result) -> Result {
        while true {
            let result = body()
            if result >= 0 || errno != EINTR { return result }
        }
    }
}
