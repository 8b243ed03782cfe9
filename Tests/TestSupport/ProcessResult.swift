/// What a finished (or killed) child process left behind.
public struct ProcessResult: Sendable, CustomStringConvertible {
    /// The exit status, or 128 + the signal that ended the process.
    public let status: Int32
    public let stdout: String
    public let stderr: String
    /// True when the process was killed for running past its time limit.
    public let timedOut: Bool
    public let seconds: Double
    /// The signal that ended the process, if one did.
    public let terminatingSignal: Int32?
    /// The peak RSS of the child itself, in kilobytes (see `ChildProcess`).
    public let peakRSSKilobytes: Int
    /// User plus system CPU time of the child.
    public let cpuSeconds: Double

    /// Exited 0 within its time limit.
    public var succeeded: Bool { status == 0 && !timedOut }

    /// The exit status, or nil when a signal ended the process.
    public var exitStatus: Int32? { terminatingSignal == nil ? status : nil }

    public var description: String {
        let end = terminatingSignal.map { "signal \($0)" } ?? "exit \(status)"
        return "\(end)\(timedOut ? " (killed after timeout)" : "") in \(seconds) s, peak RSS \(peakRSSKilobytes) kB\n"
            + "--- stdout\n\(stdout)--- stderr\n\(stderr)"
    }
}
