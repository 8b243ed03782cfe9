import Platform
import KMSCore
import Renewal
import Testing
@testable import Wizard

@Suite struct PrintableStatusTests {
    static let generated = Date(timeIntervalSince1970: 1_764_003_600)

    static func render(_ snapshot: StatusSnapshot) -> String {
        PrintableStatus.render(snapshot, table: Fixtures.table, generatedAt: generated)
    }

    @Test func bothLanguagesFitEightyColumnsWithoutEscapeCodes() {
        let text = Self.render(WizardView.snapshot(of: Fixtures.at(.status)))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { CellWidth.of($0) <= 80 }, "\(lines.filter { CellWidth.of($0) > 80 })")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        for phrase in ["kmswizard 啟用狀態報告", "kmswizard activation status report", "KMS 伺服器檢查：", "Host check: passed",
                       "06401-00206-471-111111-03-1033-17763.0000-2662024", "Windows 尚未回報啟用",
                       "has not reported an activation", "產生時間：2025-11-25 01:00 (UTC+8)", "[..] Windows 10/11 Enterprise",
                       "教師", "Teacher"] {
            #expect(text.contains(phrase), "lacks \(phrase):\n\(text)")
        }
        #expect(text.hasPrefix("kmswizard 啟用狀態報告"), "Traditional Chinese comes first")
    }

    @Test func fromTheStateFileAloneWithAFailureNewerThanTheSuccess() {
        var state = KMSWizardState(identity: "graduate")
        state.recordHostCheck(Fixtures.record, for: "win10-enterprise")
        state.recordHostCheckFailure(FailureRecord(at: Fixtures.activatedAt.addingTimeInterval(60), code: "timeout", windowsCode: 0xC004F074),
                            for: "win10-enterprise")
        state.recordHostCheck(Fixtures.record, for: "unknown-product")
        let snapshot = StatusSnapshot(state: state, catalog: [Fixtures.windows], now: Self.generated, kmsHost: "127.0.0.1:1688",
                                      windowsSource: .notHere)
        let text = Self.render(snapshot)
        #expect(text.contains("[XX] Windows 10/11 Enterprise"), "a failed host check is marked, never activated")
        #expect(text.contains("0xC004F074"))
        #expect(text.contains("[..] unknown-product"))
        #expect(!text.contains("已啟用（") && !text.contains(": activated"), "host checks alone claim no activation:\n\(text)")
        #expect(text.contains("畢業生"))
    }

    @Test func hostileTextFromAHostIsCleaned() {
        var record = Fixtures.record
        record.epid = "06401\u{1B}[31m-evil\u{07}" + String(repeating: "9", count: 200)
        var state = KMSWizardState()
        state.recordHostCheck(record, for: "win10-enterprise")
        let text = Self.render(StatusSnapshot(state: state, catalog: [], now: Self.generated, kmsHost: "h", windowsSource: .notHere))
        #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"))
        #expect(text.split(separator: "\n").allSatisfy { CellWidth.of($0) <= 80 })
    }
}
