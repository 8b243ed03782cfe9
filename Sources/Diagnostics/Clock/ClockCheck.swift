import KMSCore
import Localization

/// The clock check: this computer's clock against an NTP reference (by default Taiwan's
/// national time service), judged by `ClockVerdict`'s thresholds. A reference that cannot be
/// measured gives a warning (the clock is unchecked), never a pass.
public enum ClockCheck {
    public static let id = "clock"

    /// Measures against `server` within `timeout` seconds.
    public static func run(server: Endpoint, timeout: Double,
                           environment: Variables = ResourceLocator.currentEnvironment()) async -> CheckResult {
        await run(server: server, client: SNTPClient(timeout: timeout), isWSL: WindowsSubsystem.isWSL(environment: environment))
    }

    /// The same with an explicit client (tests fix its clock and nonce).
    public static func run(server: Endpoint, client: SNTPClient, isWSL: Bool) async -> CheckResult {
        do {
            return CheckResult(.clock(.measured(try await client.query(server), server: server, isWSL: isWSL)))
        } catch {
            return CheckResult(.clock(.unmeasured(error, server: server)))
        }
    }
}
