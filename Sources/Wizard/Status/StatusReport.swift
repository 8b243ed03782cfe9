import Activation
import Diagnostics
import Localization

/// The status in words, in one language: shared by the status screen and the printable file so
/// both say exactly the same thing.
public struct StatusReport: Sendable, Equatable {
    /// A labelled fact: "KMS host: 127.0.0.1:1688".
    public struct Fact: Sendable, Equatable {
        public var label: String
        public var value: String
    }

    /// One product's result, marked.
    public struct ProductLine: Sendable, Equatable {
        public var mark: StatusMark
        public var text: String
    }

    public var facts: [Fact]
    public var products: [ProductLine]
    /// What Windows answered, when the activation ran on it this session (inside WSL).
    public var windows: [ProductLine]
    public var nextSteps: [String]

    public init(_ snapshot: StatusSnapshot, _ t: Localizer) {
        let none = t("wizard.status.none")
        let latest = snapshot.latestSuccess
        let identity = snapshot.identity.map { t("wizard.identity.\($0.rawValue)") } ?? none
        func checkValue(_ outcome: CheckOutcome?, _ id: String) -> String {
            guard let outcome else { return t("wizard.status.notChecked") }
            if case let .unavailable(reason) = outcome { return "\(StatusMark.skip.rawValue) \(reason)" }
            guard let result = outcome.result(id) else { return t("wizard.status.notChecked") }
            let text = result.text(t)
            return "\(StatusMark(result.status).rawValue) \(text.value.isEmpty ? text.message : text.value)"
        }
        facts = [
            Fact(label: t("wizard.status.identity"), value: identity),
            Fact(label: t("wizard.status.network"), value: checkValue(snapshot.network, "network")),
            Fact(label: t("wizard.status.clock"), value: checkValue(snapshot.clock, "clock")),
            Fact(label: t("wizard.status.timezone"), value: checkValue(snapshot.clock, "timezone")),
            Fact(label: t("wizard.status.host"), value: latest.map { "\($0.host):\($0.port)" } ?? snapshot.kmsHost),
            Fact(label: t("wizard.status.epid"), value: latest?.epid ?? none),
            Fact(label: t("wizard.status.count"), value: latest.map { String($0.clientCount) } ?? none),
            Fact(label: t("wizard.status.intervals"), value: latest.map {
                t("wizard.status.intervalsValue", ["activation": String($0.activationIntervalMinutes),
                                                    "renewal": String($0.renewalIntervalMinutes)])
            } ?? none),
        ]
        products = snapshot.products.map { Self.productLine($0, snapshot, t) }
        windows = snapshot.windows.map { WindowsReport($0, t).lines.map { ProductLine(mark: $0.mark, text: $0.text) } } ?? []
        nextSteps = Self.nextSteps(snapshot, t)
        if let outcome = snapshot.windows, !outcome.isActivated { nextSteps.append(t("wizard.status.nextWindows")) }
    }

    static func productLine(_ line: StatusSnapshot.ProductLine, _ snapshot: StatusSnapshot, _ t: Localizer) -> ProductLine {
        let offset = snapshot.utcOffsetSeconds
        if StatusSnapshot.isFailing(line.record), let failure = line.record.lastFailure {
            let code = [failure.code, failure.windowsCode].compactMap { $0 }.joined(separator: " ")
            return ProductLine(mark: .fail, text: t("wizard.status.productFailed", [
                "name": line.displayName, "code": code, "at": StatusDate.text(failure.at, utcOffsetSeconds: offset)]))
        }
        if let success = line.record.lastSuccess {
            return ProductLine(mark: .ok, text: t("wizard.status.productActivated", [
                "name": line.displayName, "at": StatusDate.text(success.at, utcOffsetSeconds: offset),
                "due": StatusDate.text(snapshot.renewalDue(success), utcOffsetSeconds: offset)]))
        }
        return ProductLine(mark: .skip, text: t("wizard.status.productNone", ["name": line.displayName]))
    }

    static func nextSteps(_ snapshot: StatusSnapshot, _ t: Localizer) -> [String] {
        if snapshot.identity == .outsider { return [t("wizard.identity.outsiderHelp")] }
        if !snapshot.products.contains(where: { $0.record.lastSuccess != nil || $0.record.lastFailure != nil }) {
            return [t("wizard.status.nextChoose")]
        }
        if snapshot.products.contains(where: { StatusSnapshot.isFailing($0.record) }) { return [t("wizard.status.nextFix")] }
        let dues = snapshot.products.compactMap(\.record.lastSuccess).map(snapshot.renewalDue)
        var steps: [String] = []
        if let earliest = dues.min() {
            steps.append(t("wizard.status.nextRenew", ["due": StatusDate.text(earliest, utcOffsetSeconds: snapshot.utcOffsetSeconds),
                                                       "days": String(snapshot.renewalDays)]))
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
