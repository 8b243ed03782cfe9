import Localization

/// `kmswizard status` as text: per product its state, last success and failure, the days and the
/// deadline in Taipei time, and what to do next; or, with nothing activated, how to start.
public struct RenewalStatusText: Sendable {
    public let localizer: Localizer
    /// The SSL VPN server named in the advice.
    public let vpnServer: String

    public init(localizer: Localizer, vpnServer: String = CampusDefaults.vpnServer) {
        self.localizer = localizer
        self.vpnServer = vpnServer
    }

    public func lines(_ report: RenewalReport, displayName: (String) -> String) -> [String] {
        let t = localizer
        var lines = [t("renewal.status.header", ["now": CivilTime.taipei(report.now).description])]
        if report.products.isEmpty || report.nothingActivated {
            lines += ["", t("renewal.status.nothing"), t("renewal.status.start")]
            if report.products.isEmpty { return lines }
        }
        for product in report.products {
            lines.append("")
            lines += productLines(product, name: displayName(product.shortName))
        }
        return lines
    }

    func productLines(_ product: ProductRenewalStatus, name: String) -> [String] {
        let t = localizer
        let mark = switch product.urgency {
        case .ok: "[OK]"
        case .dueSoon: "[!]"
        case .overdue: "[!!]"
        case .neverActivated: "[--]"
        }
        var lines = ["\(mark) \(name) (\(product.shortName)): \(t("renewal.urgency." + product.urgency.rawValue))"]
        if let success = product.record.lastSuccess {
            lines.append("    " + t("renewal.status.lastSuccess", [
                "at": CivilTime.taipei(success.at).description, "host": hostText(success.host, success.port),
                "epid": success.epid, "protocol": String(success.protocolVersion)]))
        }
        if let failure = product.record.lastFailure {
            let code = failure.code + (failure.windowsCode.map { " (\($0))" } ?? "")
            lines.append("    " + t("renewal.status.lastFailure", ["at": CivilTime.taipei(failure.at).description, "code": code]))
        }
        if let timeline = product.timeline {
            let key = timeline.urgency == .overdue ? "renewal.status.daysOverdue" : "renewal.status.days"
            lines.append("    " + t(key, ["days": String(timeline.daysSinceActivation),
                                          "deadline": timeline.deadlineInTaipei.description,
                                          "left": String(timeline.daysLeft), "over": String(-timeline.daysLeft)]))
        }
        let advice = product.advice
        if !advice.isEmpty {
            lines.append("    " + t("renewal.status.next"))
            for (index, step) in advice.enumerated() {
                lines.append("      \(index + 1). " + t("renewal.advice." + step.rawValue, [
                    "vpn": vpnServer, "product": product.shortName,
                    "code": product.record.lastFailure?.windowsCode ?? ""]))
            }
        }
        return lines
    }

    private func hostText(_ host: String, _ port: UInt16) -> String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
