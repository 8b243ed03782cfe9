import Foundation
import Localization
import Testing
import TestSupport
import Wizard

/// Inside WSL the wizard reads Windows' own licence state: the real binary in tmux against the
/// loopback KMS responder and `SimulatedWindows` (this machine has no Windows: powershell.exe
/// answers as PowerShell 5.1 does and an elevated slmgr /ato changes what it answers next).
@Suite(.serialized, .offCooperativePool, .loopbackDNS) struct EndToEndWindowsStateTests {
    @Test func installedProductsArePreselectedAndTheResultIsWindowsOwnWord() throws {
        let windows = try SimulatedWindows(licences: [.windows11ProNotification, .office365Retail])
        defer { windows.remove() }
        let host = try ResponderProcess([], connections: 3, deadlineSeconds: 120)
        let wizard = try WizardHarness(["--host", "127.0.0.1:\(host.port)", "--ntp", "127.0.0.1:9", "--campus", "127.0.0.0/8",
                                        "--timeout", "3"],
                                       width: 100, height: 30, language: .zhTW, environment: windows.environment)
        let welcome = try wizard.waitFor("wizard.welcome.scopeWSL").joined(separator: "\n")
        #expect(!welcome.contains(wizard.t("wizard.welcome.scopeLinux")), "\(welcome)")
        try wizard.walkToProducts()
        let products = try wizard.waitFor("wizard.products.windowsPreselected").joined(separator: "\n")
        for phrase in ["▶ [x] Windows 10/11 Pro  Windows：通知模式（寬限期已過），金鑰 …T83GX",
                       "Office16O365ProPlusR_Subscription1 edition：Windows 回報已用零售"] {
            #expect(products.contains(phrase), "lacks \(phrase):\n\(products)")
        }
        try wizard.tmux.send("End", "Enter")
        try wizard.tmux.waitFor("w " + wizard.t("wizard.key.windows"))
        #expect(windows.calls(of: "cscript").isEmpty, "nothing runs on Windows before w")
        try wizard.tmux.send("w")
        let activated = try wizard.tmux.waitFor("Windows 10/11 Pro：Windows 已啟用（Windows 回報）").joined(separator: "\n")
        #expect(activated.contains(wizard.t("wizard.windows.stateTitle")), "\(activated)")
        #expect(activated.contains("剩 180 天"), "the deadline is Windows' GracePeriodRemaining:\n\(activated)")
        #expect(windows.calls(of: "cscript").contains { $0.contains("/ato") })
        try wizard.tmux.send("Enter")
        let status = try wizard.waitFor("wizard.status.next").joined(separator: "\n")
        for phrase in ["[OK] Windows 10/11 Pro：Windows 已啟用（Windows 回報）", wizard.t("wizard.status.source.live")] {
            #expect(status.contains(phrase), "status lacks \(phrase):\n\(status)")
        }
        _ = try wizard.quit()
    }
}
