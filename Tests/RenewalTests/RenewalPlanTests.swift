import Platform
@testable import KMSCore
@testable import WindowsBridge
@testable import Renewal
import Foundation
import Testing
import TestSupport
import Localization

/// What `renew` picks, what `status` advises and says, from a state file read at a fixed clock.
@Suite struct RenewalPlanTests {
    static let now = Date(timeIntervalSince1970: 1_764_028_800)   // 2025-11-25 00:00 UTC
    static let day: TimeInterval = 86_400

    static func success(daysAgo: Double, host: String = "140.127.40.17", port: UInt16 = 1688) -> HostCheckRecord {
        HostCheckRecord(at: now.addingTimeInterval(-daysAgo * day), host: host, port: port, epid: "06401-00206-271-392130-03-1028-17763.0000-3052020",
                         protocolVersion: 6, clientCount: 50, activationIntervalMinutes: 120, renewalIntervalMinutes: 10080)
    }

    /// What Windows reported at `now` for a KMS product with `daysLeft` days left (licensed) or not licensed.
    static func windows(daysLeft: Double, status: WindowsLicenseStatus = .licensed, channel: String = "Volume:GVLK") -> WindowsReading {
        WindowsReading(readAt: now, name: "Windows(R), Enterprise edition", licenseStatus: status,
                       graceMinutesRemaining: Int(daysLeft * 24 * 60), channel: channel, partialProductKey: "2YT43")
    }

    static let state = KMSWizardState(products: [
        "win10-enterprise": ProductRecord(lastHostCheck: success(daysAgo: 10), windows: windows(daysLeft: 170)),     // fine
        "office2016-proplus": ProductRecord(lastHostCheck: success(daysAgo: 160), windows: windows(daysLeft: 20)),   // due soon
        "office2010-proplus": ProductRecord(lastHostCheck: success(daysAgo: 181),                                  // not activated
                                            lastHostCheckFailure: FailureRecord(at: now.addingTimeInterval(-day), code: "timeout", windowsCode: 0xC004F074),
                                            windows: windows(daysLeft: 12, status: .outOfBoxGrace)),
        "visio2016-pro": ProductRecord(lastHostCheck: success(daysAgo: 1)),                                          // host check only
    ])

    @Test func onlyWindowsReadingsMakeAProductDueOrActivated() {
        let report = RenewalReport(state: Self.state, now: Self.now)
        #expect(report.products.map(\.urgency) == [.notActivated, .dueSoon, .notReported, .ok])
        let due = RenewalPlan(report: report, scope: .due)
        #expect(due.renew == ["office2010-proplus", "office2016-proplus"])
        #expect(due.skip == ["visio2016-pro", "win10-enterprise"], "a host check alone is never renewed")
        let all = RenewalPlan(report: report, scope: .all)
        #expect(all.renew == ["office2010-proplus", "office2016-proplus", "win10-enterprise"])
        #expect(report.nextDeadline == Self.now.addingTimeInterval(20 * Self.day))
        #expect(!report.nothingActivated)
        let visio = report.products.first { $0.shortName == "visio2016-pro" }
        #expect(visio?.timeline == nil && visio?.windowsActivated == false, "no deadline without Windows' word")
        #expect(visio?.advice == [.connectCampusOrVPN, .writeActivationFile])
    }

    @Test func hostChecksAloneAreNeverActivations() {
        let state = KMSWizardState(products: ["win10-enterprise": ProductRecord(lastHostCheck: Self.success(daysAgo: 0))])
        let report = RenewalReport(state: state, now: Self.now)
        #expect(report.nothingActivated)
        #expect(report.nextDeadline == nil)
        #expect(report.products.first?.urgency == .notReported)
    }

    @Test func retailAndOEMLicencesNeedNothingAndNeverExpire() {
        let state = KMSWizardState(products: ["win10-pro": ProductRecord(windows: Self.windows(daysLeft: 0, channel: "OEM:DM"))])
        let product = RenewalReport(state: state, now: Self.now).products[0]
        #expect(product.urgency == .ok && product.windowsActivated && product.timeline == nil && product.advice.isEmpty)
    }

    @Test func nothingDueWhenAllAreFresh() {
        let state = KMSWizardState(products: ["win10-enterprise": ProductRecord(windows: Self.windows(daysLeft: 31))])
        #expect(RenewalPlan(report: RenewalReport(state: state, now: Self.now), scope: .due).isEmpty)
        #expect(RenewalPlan(report: RenewalReport(state: KMSWizardState(), now: Self.now), scope: .all).isEmpty)
    }

    @Test func adviceFollowsTheState() {
        let report = RenewalReport(state: Self.state, now: Self.now)
        let advice = Dictionary(uniqueKeysWithValues: report.products.map { ($0.shortName, $0.advice) })
        #expect(advice["office2010-proplus"] == [.connectCampusOrVPN, .renewOnWindows, .explainLastError])
        #expect(advice["office2016-proplus"] == [.connectCampusOrVPN, .renewOnWindows])
        #expect(advice["win10-enterprise"] == [])
        var written = ProductRecord(lastHostCheck: Self.success(daysAgo: 0))
        written.script = ScriptRecord(path: "/home/s/kmswizard-activate-20251125-0800.cmd", at: Self.now)
        let withFile = ProductStatus(shortName: "win10-enterprise", record: written, now: Self.now)
        #expect(withFile.advice == [.connectCampusOrVPN, .runActivationFile])
    }

    @Test func renewalUsesTheNamedHostElseTheOneWindowsIsSetToElseTheCampusHost() {
        let campus = Endpoint(host: CampusDefaults.kmsHost, port: CampusDefaults.kmsPort)
        var reading = Self.windows(daysLeft: 10)
        reading.kmsHost = "127.0.0.1"
        reading.kmsPort = 11688
        let record = ProductRecord(lastHostCheck: Self.success(daysAgo: 1, host: "127.0.0.2", port: 1688), windows: reading)
        #expect(RenewalPlan.endpoint(for: record, override: nil, fallback: campus) == Endpoint(host: "127.0.0.1", port: 11688))
        let named = Endpoint(host: "kms.example", port: 1688)
        #expect(RenewalPlan.endpoint(for: record, override: named, fallback: campus) == named)
        let checkedOnly = ProductRecord(lastHostCheck: Self.success(daysAgo: 1, host: "127.0.0.2", port: 1688))
        #expect(RenewalPlan.endpoint(for: checkedOnly, override: nil, fallback: campus) == campus, "a host check never decides")
        reading.kmsHost = "1.2.3.4&calc"
        #expect(RenewalPlan.endpoint(for: ProductRecord(windows: reading), override: nil, fallback: campus) == campus)
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

    @Test func aLockFileThatCannotBeOpenedCarriesItsErrnoNotEnglish() {
        let path = "/nonexistent-kmswizard-\(UUID().uuidString)/renew.lock"
        #expect(throws: RenewLock.Failure.cannotOpen(FileError(path: path, reason: .system(errno: ENOENT)))) {
            _ = try RenewLock(path: path, waitSeconds: 0)
        }
    }
}
