/// What can honestly be said about the KMS host's own clock: nothing measured.
///
/// A KMS answer carries a timestamp, but it is the client's request timestamp echoed back
/// (the response decoder checks that it matches), not the host's time. The host's clock could
/// only be inferred from a 0xC004F06C refusal, so this note reports "not available" instead of
/// a figure, and points at the NTP comparison, which is what the host's tolerance is about.
public enum KMSHostClock {
    public static let id = "kmsHostClock"

    public static func note() -> CheckResult { CheckResult(.kmsHostClock) }
}
