/// What a finished (or killed) child process left behind.
public struct ProcessResult: Sendable, CustomStringConvertible {
    public let status: Int32
    public let stdout: String
    public let stderr: String
    /// True when the process was killed for running past its time limit.
    public let timedOut: Bool
    public let seconds: Double

    public var description: String {
        "exit \(status)\(timedOut ? " (killed after timeout)" : "") in \(seconds) s\n--- stdout\n\(stdout)--- stderr\n\(stderr)"
    }
}
