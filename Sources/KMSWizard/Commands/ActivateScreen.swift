import Platform
import KMSCore
import Localization

/// The readable screen of `kmswizard activate`: the verdict, then what the host answered, one
/// labelled line per fact.
struct ActivateScreen {
    let report: ActivateReport
    let t: Localizer

    var lines: [String] {
        guard let result = report.result else { return [] }
        let response = result.response
        let info = response.epidInfo
        let product = report.request.product
        let unknown = t("activate.screen.value.unknown")
        var rows: [(String, String)] = [
            (t("activate.screen.label.host"), result.endpoint.description),
            (t("activate.screen.label.protocol"), t("activate.screen.value.connection", [
                "version": result.version.description, "syntax": result.transferSyntax.rawValue, "address": result.remoteAddress,
            ])),
            (t("activate.screen.label.epid"), response.epid),
            (t("activate.screen.label.hostSystem"), info.osBuild.map { build in
                t("activate.screen.value.hostSystem", ["build": String(build) + (info.serverRelease.map { " (\($0))" } ?? ""),
                                                       "platform": info.platformID ?? "?", "group": info.groupID ?? "?"])
            } ?? unknown),
            (t("activate.screen.label.hostLanguage"), info.lcid.map { lcid in
                String(lcid) + (info.languageTag.map { " (\($0))" } ?? "")
            } ?? unknown),
            (t("activate.screen.label.hostLicensed"), info.activationDate.map(Self.day) ?? unknown),
            (t("activate.screen.label.hwid"), response.hwidHex ?? t("activate.screen.value.none")),
            (t("activate.screen.label.count"), t("activate.screen.value.count", [
                "count": String(response.currentCount), "minimum": String(product.minimumCount),
            ])),
            (t("activate.screen.label.activationInterval"), t.interval(minutes: Int(response.activationIntervalMinutes))),
            (t("activate.screen.label.renewalInterval"), t.interval(minutes: Int(response.renewalIntervalMinutes))),
            (t("activate.screen.label.timestamp"), result.responseTimestamp.formatted(.iso8601)),
            (t("activate.screen.label.rtt"), t("activate.screen.value.milliseconds", ["ms": String(result.rttMilliseconds)])),
        ]
        let verdict = t(result.meetsThreshold ? "activate.screen.verdict.ok" : "activate.screen.verdict.below", [
            "product": product.displayName, "count": String(response.currentCount), "minimum": String(product.minimumCount),
        ])
        let separator = t("activate.screen.label.separator")
        rows = rows.map { ($0.0 + separator, $0.1) }
        let width = rows.map { CellWidth.of($0.0) }.max() ?? 0
        return [t("activate.screen.title", ["product": "\(product.displayName) (\(product.shortName))"]), ""]
            + rows.map { label, value in label + String(repeating: " ", count: width - CellWidth.of(label)) + " " + value }
            + ["", verdict]
    }

    private static func day(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle().year().month().day())
    }
}
