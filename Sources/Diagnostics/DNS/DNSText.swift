import KMSCore
import Localization

/// The dns finding in words: the figure lists what each lookup answered, the message what that
/// means for finding the KMS host; names and addresses are said in the figure only.
enum DNSText {
    static func describe(_ finding: DNSFinding, _ t: Localizer) -> CheckText {
        let host = hostPart(finding, t)
        let srv = srvPart(finding, t)
        return CheckText(value: host.value + t("diagnose.value.separator") + srv.value,
                         message: host.message + t.sentenceGap + srv.message)
    }

    private static func hostPart(_ finding: DNSFinding, _ t: Localizer) -> (value: String, message: String) {
        let name = finding.host.host
        let arguments: Variables = ["host": name, "seconds": finding.timeout.secondsText]
        switch finding.hostOutcome {
        case nil:
            return (t("diagnose.value.dns.literal", arguments), t("diagnose.dns.host.literal"))
        case let .resolved(v4, v6)?:
            var figures: [String] = []
            if !v4.isEmpty { figures.append("A " + v4.map(\.description).joined(separator: " ")) }
            if !v6.isEmpty { figures.append("AAAA " + v6.map(\.description).joined(separator: " ")) }
            return ("\(name) " + figures.joined(separator: t("diagnose.label.listSeparator")), t("diagnose.dns.host.resolved"))
        case let .failed(reason)?:
            return ("\(name) " + t("diagnose.value.dns.failed"), t("diagnose.dns.host.failed", ["reason": reason.text(t)]))
        case let outcome?:
            let kind = outcome.failureKind ?? ""
            return ("\(name) " + t("diagnose.value.dns.\(kind)"), t("diagnose.dns.host.\(kind)", arguments))
        }
    }

    private static func srvPart(_ finding: DNSFinding, _ t: Localizer) -> (value: String, message: String) {
        let arguments: Variables = ["name": finding.serviceName, "seconds": finding.timeout.secondsText]
        guard case let .found(records) = finding.srv else {
            let kind = finding.srv.failureKind ?? ""
            return ("SRV " + t("diagnose.value.dns.\(kind)"), t("diagnose.dns.srv.\(kind)", arguments))
        }
        let listed = records.map { record in
            t("diagnose.dns.srv.record", ["target": record.target, "port": String(record.port),
                                          "priority": String(record.priority), "weight": String(record.weight)])
        }.joined(separator: t("diagnose.label.listSeparator"))
        return ("SRV " + listed, t("diagnose.dns.srv.found", arguments))
    }
}
