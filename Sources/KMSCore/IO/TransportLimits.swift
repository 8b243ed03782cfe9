/// How long each network step may take.
///
/// `overallSeconds` bounds the whole exchange from the first DNS query to the last byte, so a
/// host that sends one byte a second cannot keep kmswizard waiting; `stepSeconds` bounds any single
/// wait (connect, one read, one write) and catches a host that goes silent mid-exchange.
public struct TransportLimits: Sendable, Equatable {
    public var stepSeconds: Double
    public var overallSeconds: Double

    public init(stepSeconds: Double, overallSeconds: Double) {
        self.stepSeconds = stepSeconds
        self.overallSeconds = overallSeconds
    }

    /// One `--timeout` for everything: each step and the whole exchange.
    public init(timeoutSeconds: Double) {
        self.init(stepSeconds: timeoutSeconds, overallSeconds: timeoutSeconds)
    }
}
