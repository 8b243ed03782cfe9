/// Where one piece of the wizard's background work stands: not started, running (the token tells
/// its result from that of a run the user has since retried or left), or done with its outcome.
/// The diagnostic groups and the run on Windows share it.
public enum RunState<Outcome: Sendable & Equatable>: Sendable, Equatable {
    case notRun
    case running(token: Int)
    case done(Outcome)

    public var isRunning: Bool { if case .running = self { true } else { false } }
    public var outcome: Outcome? { if case let .done(outcome) = self { outcome } else { nil } }
}
