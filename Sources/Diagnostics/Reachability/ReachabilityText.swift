import KMSCore
import Localization

/// The reachability finding in words: the figure is the endpoint and how the connect ended; the
/// message what that means and where the connection left from, each said once.
enum ReachabilityText {
    static func describe(_ finding: ReachabilityFinding, _ t: Localizer) -> CheckText {
        switch finding {
        case let .unresolved(host):
            return CheckText(value: t("diagnose.value.unresolved", ["host": host]), message: t("diagnose.reach.unresolved", ["host": host]))
        case let .attempted(target, outcome, timeout):
            var arguments: Variables = ["endpoint": target.description, "seconds": timeout.secondsText]
            if case let .connected(milliseconds) = outcome.result { arguments["ms"] = String(milliseconds) }
            if case let .failed(code) = outcome.result { arguments["reason"] = SystemReason.errno(code).text(t) }
            let kind = outcome.result.kind
            let origin = outcome.source.map {
                t("diagnose.reach.via", ["source": $0.description, "interface": outcome.interface?.name ?? "?"])
            }
            let message = [t("diagnose.reach." + kind, arguments), origin].compactMap { $0 }.joined(separator: t.sentenceGap)
            return CheckText(value: t("diagnose.value.reach." + kind, arguments), message: message)
        }
    }
}
