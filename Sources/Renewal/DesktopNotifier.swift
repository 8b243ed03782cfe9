import Platform
import KMSCore

/// Shows a desktop notification through `notify-send`, so that the weekly `renew --quiet` (a
/// systemd user timer or a cron line, whose output only reaches the journal or cron's mail)
/// can tell the person at the screen that a renewal failed or a deadline is near.
///
/// Best effort by design: without `notify-send` on PATH, or without a desktop session to show
/// it (cron has no D-Bus session), nothing is shown and the renewal's own exit status and
/// stderr message remain the record.
public struct DesktopNotifier: Sendable {
    public let environment: Variables
    public let runner: any CommandRunning
    public let isExecutable: @Sendable (String) -> Bool

    public init(environment: Variables, runner: any CommandRunning = Subprocess(),
                isExecutable: @escaping @Sendable (String) -> Bool = { access($0, X_OK) == 0 }) {
        self.environment = environment
        self.runner = runner
        self.isExecutable = isExecutable
    }

    /// The first `notify-send` in the environment's PATH, if any.
    public var program: String? {
        (environment["PATH"] ?? "").split(separator: ":").lazy
            .filter { $0.hasPrefix("/") }
            .map { $0 + "/notify-send" }
            .first(where: isExecutable)
    }

    /// The arguments for one notification: the app name, urgency, a warning icon, then the texts
    /// after `--` so that a text starting with `-` is never read as an option.
    public static func arguments(summary: String, body: String, critical: Bool) -> [String] {
        ["--app-name=kmswizard", "--urgency=" + (critical ? "critical" : "normal"), "--icon=dialog-warning", "--", summary, body]
    }

    /// True when notify-send ran and succeeded.
    @discardableResult
    public func notify(summary: String, body: String, critical: Bool) -> Bool {
        guard let program else { return false }
        let result = try? runner.run(program, Self.arguments(summary: summary, body: body, critical: critical), input: nil, timeoutSeconds: 10)
        return result?.succeeded == true
    }
}
