import KMSCore
import Localization

extension Advice {
    /// The advice in the reader's words: a first line saying what is wrong, what to do and the
    /// Windows code, then any steps, one per line (so a narrow screen wraps each step alone).
    public func lines(_ t: Localizer) -> [String] {
        var arguments: Variables = ["code": windowsCode.hex]
        switch self {
        case let .hostNameUnresolved(host): arguments["host"] = host
        case let .localFirewall(port): arguments["port"] = String(port)
        case let .manualKMSHost(endpoint): arguments["endpoint"] = endpoint.description
        case let .connectVPN(server): arguments["server"] = server
        case let .countBelowThreshold(count, minimum):
            if let count, let minimum {
                arguments["count"] = String(count)
                arguments["computers"] = t.counted("common.unit.computers", count)
                arguments["minimum"] = String(minimum)
                return [t("diagnose.advice.countBelowThreshold.figures", arguments)]
            }
        default: break
        }
        let first = t("diagnose.advice.\(kind)", arguments)
        guard case .connectVPN = self else { return [first] }
        return [first] + (1...4).map { t("diagnose.advice.connectVPN.step\($0)", arguments) }
    }
}
