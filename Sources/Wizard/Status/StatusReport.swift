import KMSCore
import Diagnostics
import Localization

/// The status in words, in one language: shared by the status screen, `kmswizard status` and the
/// printable file, so all of them say exactly the same thing. A product is called activated only
/// when Windows reported it; a host check is named as what it is.
public struct StatusReport: Sendable, Equatable {
    /// A labelled fact: "KMS host: 127.0.0.1:1688".
    public struct Fact: Sendable, Equatable {
        public var label: String
        public var value: String
    }

    /// One product: a marked headline (what Windows says) and the facts under it.
    public struct ProductLine: Sendable, Equatable {
        public var mark: StatusMark
        public var text: String
        public var details: [String] = []
    }

    public var facts: [Fact]
    public var products: [ProductLine]
    /// What Windows answered, when the activation ran on it this session (inside WSL).
    public var windows: [ProductLine]
    public var nextSteps: [String]

    public init(_ snapshot: StatusSnapshot, _ t: Localizer) {
        let identity = snapshot.identity.map { t("wizard.identity.\($0.rawValue)") } ?? t("wizard.status.none")
        func checkValue(_ outcome: CheckOutcome?, _ id: String) -> String {
            guard let outcome else { return t("wizard.status.notChecked") }
            if case let .badCampusRange(error) = outcome { return "\(StatusMark.skip.rawValue) \(error.message(t))" }
            guard let result = outcome.result(id) else { return t("wizard.status.notChecked") }
            let text = result.text(t)
            return "\(StatusMark(result.status).rawValue) \(text.value.isEmpty ? text.message : text.value)"
        }
        var facts = [Fact(label: t("wizard.status.identity"), value: identity)]
        if snapshot.network != nil || snapshot.clock != nil {
            facts += [
                Fact(label: t("wizard.status.network"), value: checkValue(snapshot.network, "network")),
                Fact(label: t("wizard.status.clock"), value: checkValue(snapshot.clock, "clock")),
                Fact(label: t("wizard.status.timezone"), value: checkValue(snapshot.clock, "timezone")),
            ]
        }
        facts.append(Fact(label: t("wizard.status.host"), value: snapshot.kmsHost))
        if let probe = snapshot.hostProbe {
            facts.append(Fact(label: t("wizard.status.hostProbe"), value: t("wizard.status.hostProbeValue", [
                "at": StatusDate.text(probe.at),
                "host": Endpoint(host: probe.host, port: probe.port).description, "count": String(probe.clientCount)])))
        }
        facts.append(Fact(label: t("wizard.status.windowsSource"), value: Self.sourceText(snapshot.windowsSource, t)))
        self.facts = facts
        products = snapshot.products.map { Self.productLine($0, snapshot, t) }
        windows = snapshot.windowsRun.map { WindowsReport($0, t).lines.map { ProductLine(mark: $0.mark, text: $0.text) } } ?? []
        nextSteps = Self.nextSteps(snapshot, t)
    }

    static func sourceText(_ source: StatusSnapshot.WindowsSource, _ t: Localizer) -> String {
        switch source {
        case .notHere: t("wizard.status.source.notHere")
        case .live: t("wizard.status.source.live")
        case .reading: t("wizard.status.source.reading")
        case .stored: t("wizard.status.source.stored")
        }
    }

    static func productLine(_ line: StatusSnapshot.ProductLine, _ snapshot: StatusSnapshot, _ t: Localizer) -> ProductLine {
        let date = { StatusDate.text($0) }
        let status = line.status, record = status.record
        let name = line.displayName
        var details: [String] = []
        if let check = record.lastHostCheck {
            details.append(t("wizard.status.hostCheckPassed", [
                "at": date(check.at), "host": Endpoint(host: check.host, port: check.port).description,
                "epid": check.epid, "count": String(check.clientCount)]))
        }
        if record.lastHostCheckFailed, let failure = record.lastHostCheckFailure {
            // The Windows code as Windows shows it; the failure's code word is a machine word.
            details.append(failure.windowsCode.map { t("wizard.status.hostCheckFailed", ["at": date(failure.at), "code": $0.hex]) }
                ?? t("wizard.status.hostCheckFailedNoCode", ["at": date(failure.at)]))
        }
        if record.lastHostCheck == nil, record.lastHostCheckFailure == nil { details.append(t("wizard.status.hostCheckNone")) }
        if let script = record.script {
            details.append(t("wizard.status.activationFile", ["path": script.path, "at": date(script.at)]))
        }
        let mark: StatusMark
        let text: String
        switch status.urgency {
        case .notReported:
            mark = record.lastHostCheckFailed ? .fail : .info
            text = t("wizard.status.windowsNotReported", ["name": name])
        case .notActivated:
            mark = .fail
            let reading = record.windows
            let grace = reading?.graceEndsAt.map { t("wizard.status.graceUntil", ["until": date($0)]) } ?? ""
            text = t("wizard.status.windowsNotActivated", [
                "name": name, "state": t("windows.licenseStatus.\(reading?.licenseStatus.word ?? "unlicensed")"), "grace": grace])
        case .ok, .dueSoon, .overdue:
            mark = status.urgency == .ok ? .ok : (status.urgency == .dueSoon ? .warn : .fail)
            if let timeline = status.timeline {
                let key = status.urgency == .overdue ? "wizard.status.windowsExpired" : "wizard.status.windowsActivated"
                text = t(key, ["name": name, "deadline": date(timeline.deadline), "days": t.counted("common.unit.days", timeline.daysLeft)])
            } else {
                text = t("wizard.status.windowsActivatedPermanent", ["name": name])
            }
        }
        if let reading = record.windows {
            details.append(t("wizard.status.windowsRead", [
                "at": date(reading.readAt), "channel": reading.channel ?? "-", "key": reading.partialProductKey ?? "-",
                "host": reading.kmsHost.map { Endpoint(host: $0, port: UInt16(clamping: reading.kmsPort ?? 1688)).description }
                    ?? t("wizard.status.kmsAuto")]))
        }
        return ProductLine(mark: mark, text: text, details: details)
    }

    /// Each kind of advice once, in the order of the products that need it.
    static func nextSteps(_ snapshot: StatusSnapshot, _ t: Localizer) -> [String] {
        if snapshot.identity == .outsider { return [t("wizard.identity.outsiderHelp")] }
        if snapshot.products.isEmpty { return [t("wizard.status.nextChoose")] }
        var steps: [String] = []
        // Why Windows could not be read is long (it may quote Windows): a line of its own.
        if case let .stored(error) = snapshot.windowsSource {
            steps.append(t("wizard.status.windowsUnread", ["reason": WindowsReadText(error, t).text]))
        }
        for line in snapshot.products {
            let record = line.status.record
            for advice in line.status.advice {
                let step = t("status.advice.\(advice.rawValue)", [
                    "vpn": CampusDefaults.vpnServer, "product": line.status.shortName, "name": line.displayName,
                    "path": record.script?.path ?? "",
                    "code": record.lastHostCheckFailure?.windowsCode?.hex ?? ""])
                if !steps.contains(step) { steps.append(step) }
            }
        }
        if steps.isEmpty, let earliest = snapshot.products.compactMap(\.status.timeline?.deadline).min() {
            steps.append(t("wizard.status.nextRenew", ["due": StatusDate.text(earliest)]))
        }
        if snapshot.identity == .graduate { steps.append(t("wizard.identity.graduateNote")) }
        return steps
    }
}

extension StatusMark {
    /// The mark for a diagnostic status.
    public init(_ status: CheckResult.Status) {
        switch status {
        case .pass: self = .ok
        case .warn: self = .warn
        case .fail: self = .fail
        case .skip: self = .skip
        }
    }
}
