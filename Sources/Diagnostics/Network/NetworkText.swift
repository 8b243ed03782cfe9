import KMSCore
import Localization

/// The network finding in words: the figure names the place, source and interface; the message
/// says why that place was concluded, without repeating them.
enum NetworkText {
    static func describe(_ finding: NetworkFinding, _ t: Localizer) -> CheckText {
        switch finding {
        case let .unresolved(host):
            return CheckText(value: t("diagnose.value.unresolved", ["host": host]), message: t("diagnose.net.unresolved", ["host": host]))
        case let .routed(path, campus):
            let arguments: Variables = [
                "address": path.target.description,
                "source": path.source?.description ?? "?",
                "interface": path.interface?.name ?? "?",
                "ranges": campus.map(\.description).joined(separator: t("diagnose.label.listSeparator")),
            ]
            let place = path.location.rawValue
            return CheckText(value: t("diagnose.value.net.\(place)", arguments), message: t("diagnose.net.\(place)", arguments))
        }
    }
}
