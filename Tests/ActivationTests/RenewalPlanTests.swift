import Foundation
import Testing
@testable import Activation
import Localization

/// What `renew` picks, what `status` advises and says, from a state file read at a fixed clock.
@Suite struct RenewalPlanTests {
    static let now = Date(timeIntervalSince1970: 1_764_028_800)   // 2025-11-25 00:00 UTC
    static let day: TimeInterval = 86_400

    static func success(daysAgo: Double, host: String = "140.127.40.17", port: UInt16 = 1688) -> HostCheckRecord {
        HostCheckRecord(at: now.addingTimeInterval(-daysAgo * day), host: host, port: port, epid: "06401-00206-271-392130-03-1028-17763.0000-3052020",
                         protocolVersion: 6, clientCount: 50, activationIntervalMinutes: 120, renewalIntervalMinutes: 10080)
    }

    static let state = KMSWizardState(products: [
        "win10-enterprise": ProductRecord(lastSuccess: success(daysAgo: 10)),                        // fine
        "office2016-proplus": ProductRecord(lastSuccess: success(daysAgo: 160)),                     // due soon
        "office2010-proplus": ProductRecord(lastSuccess: success(daysAgo: 181),                      // overdue, last try failed
                                            lastFailure: FailureRecord(at: now.addingTimeInterval(-day), code: "timeout", windowsCode: "0xC004F074")),
        "visio2016-pro": ProductRecord(lastFailure: FailureRecord(at: now, code: "refused")),        // never activated
    ])

    @Test func dueProductsMostUrgentFirstAndAllWithAll() {
        let report = RenewalReport(state: Self.state, now: Self.now)
        #expect(report.products.map(\.urgency) == [.overdue, .dueSoon, .neverActivated, .ok])
        let due = RenewalPlan(report: report, scope: .due)
        #expect(due.renew == ["office2010-proplus", "office2016-proplus", "visio2016-pro"])
        #expect(due.skip == ["win10-enterprise"])
        let all = RenewalPlan(report: report, scope: .all)
        #expect(all.renew.count == 4 && all.skip.isEmpty)
        #expect(report.nextDeadline == Self.now.addingTimeInterval(-1 * Self.day))
        #expect(!report.nothingActivated)
    }

    @Test func nothingDueWhenAllAreFresh() {
        let state = KMSWizardState(products: ["win10-enterprise": ProductRecord(lastSuccess: Self.success(daysAgo: 149))])
        #expect(RenewalPlan(report: RenewalReport(state: state, now: Self.now), scope: .due).isEmpty)
        #expect(RenewalPlan(report: RenewalReport(state: KMSWizardState(), now: Self.now), scope: .all).isEmpty)
    }

    @Test func adviceFollowsTheState() {
        let report = RenewalReport(state: Self.state, now: Self.now)
        let advice = Dictionary(uniqueKeysWithValues: report.products.map { ($0.shortName, $0.advice) })
        #expect(advice["office2010-proplus"] == [.connectCampusOrVPN, .runRenew, .explainLastError])
        #expect(advice["office2016-proplus"] == [.connectCampusOrVPN, .runRenew])
        #expect(advice["visio2016-pro"] == [.connectCampusOrVPN, .runActivate])
        #expect(advice["win10-enterprise"] == [])
        let behind = KMSWizardState(products: ["win10-enterprise": ProductRecord(lastSuccess: Self.success(daysAgo: -40))])
        let status = RenewalReport(state: behind, now: Self.now).products[0]
        #expect(status.advice == [.checkClock])
        #expect(status.timeline?.daysSinceActivation == 0)
    }

    @Test func renewalGoesBackToTheHostThatActivated() {
        let campus = Endpoint(host: CampusDefaults.kmsHost, port: CampusDefaults.kmsPort)
        let record = ProductRecord(lastSuccess: Self.success(daysAgo: 170, host: "127.0.0.1", port: 11688))
        #expect(RenewalPlan.endpoint(for: record, override: nil, fallback: campus) == Endpoint(host: "127.0.0.1", port: 11688))
        let named = Endpoint(host: "kms.example", port: 1688)
        #expect(RenewalPlan.endpoint(for: record, override: named, fallback: campus) == named)
        #expect(RenewalPlan.endpoint(for: ProductRecord(), override: nil, fallback: campus) == campus)
        let tampered = ProductRecord(lastSuccess: Self.success(daysAgo: 1, host: "1.2.3.4&calc"))
        #expect(RenewalPlan.endpoint(for: tampered, override: nil, fallback: campus) == campus)
    }

    @Test func statusTextSaysWhatToDoInBothLanguages() throws {
        let table = try StringTable.bundled()
        let report = RenewalReport(state: Self.state, now: Self.now)
        let english = RenewalStatusText(localizer: Localizer(table: table, language: .en)).lines(report) { $0 }
        #expect(english.first == "KMS activation status (now 2025-11-25 08:00 UTC+8)")
        #expect(english.contains("[!!] office2010-proplus (office2010-proplus): overdue"))
        #expect(english.contains("    Activated 181 days ago; the renewal deadline 2025-11-24 08:00 UTC+8 passed 1 days ago"))
        #expect(english.contains("    Last failure: 2025-11-24 08:00 UTC+8, reason timeout (0xC004F074)"))
        #expect(english.contains("      3. Run kmswizard explain 0xC004F074 to see why the last attempt failed and how to fix it"))
        #expect(english.contains("    Activated 160 days ago; renewal deadline 2025-12-15 08:00 UTC+8 (20 days left)"))
        #expect(english.contains { $0.contains("SSL VPN") && $0.contains(CampusDefaults.vpnServer) })
        let chinese = RenewalStatusText(localizer: Localizer(table: table, language: .zhTW)).lines(report) { $0 }
        #expect(chinese.contains("[!] office2016-proplus (office2016-proplus): 快到期了，請續約"))
        #expect(chinese.contains("      2. 執行 kmswizard renew"))
        #expect(!chinese.joined().contains("⟦"), "a text key is missing")
        #expect(!english.joined().contains("⟦"), "a text key is missing")
    }

    @Test func statusWithNothingActivatedSaysHowToStart() throws {
        let t = Localizer(table: try StringTable.bundled(), language: .en)
        let empty = RenewalStatusText(localizer: t).lines(RenewalReport(state: KMSWizardState(), now: Self.now)) { $0 }
        #expect(empty.count == 4)
        #expect(empty[2] == t("renewal.status.nothing"))
        #expect(empty[3].contains("kmswizard activate --product"))
        let failedOnly = KMSWizardState(products: ["visio2016-pro": ProductRecord(lastFailure: FailureRecord(at: Self.now, code: "refused"))])
        let lines = RenewalStatusText(localizer: t).lines(RenewalReport(state: failedOnly, now: Self.now)) { $0 }
        #expect(lines.contains(t("renewal.status.nothing")))
        #expect(lines.contains("[--] visio2016-pro (visio2016-pro): not activated yet"))
    }

    @Test func renewLockMakesASecondRunWait() throws {
        let folder = try ReminderTestSupport.temporaryDirectory("lock")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var first: RenewLock? = try RenewLock(path: folder + "/renew.lock", waitSeconds: 1)
        var waited = false
        #expect(throws: RenewLock.Failure.self) {
            _ = try RenewLock(path: folder + "/renew.lock", waitSeconds: 0.3) { waited = true }
        }
        #expect(waited)
        #expect(first != nil)
        first = nil
        #expect(throws: Never.self) { _ = try RenewLock(path: folder + "/renew.lock", waitSeconds: 0) }
    }
}
