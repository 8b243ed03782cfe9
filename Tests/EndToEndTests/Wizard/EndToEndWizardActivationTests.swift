import KMSCore
import Foundation
import Localization
import Testing
import TestSupport
@testable import Wizard

/// The whole wizard against the loopback test KMS host: success to the status screen and its
/// printout, and a host that is down, explained, then recovered with `r`.
@Suite(.serialized, .offCooperativePool, .loopbackDNS, .requires(.chronyd)) struct EndToEndWizardActivationTests {
    static let epid = "03612-00206-556-123456-03-1033-17763.0000-0452024"

    @Test func walkToTheStatusScreenAndPrintIt() throws {
        let host = try ResponderProcess([], connections: 5, deadlineSeconds: 120)
        let time = try ChronyServer()
        let wizard = try WizardHarness(["--host", "127.0.0.1:\(host.port)", "--ntp", time.endpoint.description,
                                        "--campus", "127.0.0.0/8", "--timeout", "3"],
                                       width: 100, height: 30, language: .zhTW)
        try wizard.walkToProducts()
        try wizard.activate("win10-enterprise")
        let activation = try wizard.waitFor("wizard.file.title").joined(separator: "\n")
        #expect(activation.contains("[OK] Windows 10/11 Enterprise：KMS 伺服器檢查通過"), "\(activation)")
        #expect(activation.contains(Self.epid))
        #expect(!activation.contains(wizard.t("wizard.key.windows")), "outside WSL nothing offers to run on Windows:\n\(activation)")
        // The step that activates: the .cmd for the Windows PC, in the home folder, explained.
        let cmds = try FileManager.default.contentsOfDirectory(atPath: wizard.home.path).filter { $0.hasPrefix("kmswizard-activate-") }
        try #require(cmds.count == 1 && cmds[0].hasSuffix(".cmd"), "\(cmds)")
        let cmdPath = wizard.home.appendingPathComponent(cmds[0]).path
        #expect(activation.contains(cmdPath), "the file is named on screen:\n\(activation)")
        let script = try Data(contentsOf: URL(fileURLWithPath: cmdPath))
        #expect(String(decoding: script, as: UTF8.self).contains("slmgr.vbs\" /skms 127.0.0.1:\(host.port)"))
        #expect(!String(decoding: script, as: UTF8.self).contains("/ipk"), "no key is installed, as in the guide")
        for phrase in [TextLayout.prefix(wizard.t("wizard.file.step3"), width: 12), "o " + wizard.t("wizard.key.otherFolder")] {
            #expect(activation.contains(phrase), "lacks \(phrase):\n\(activation)")
        }
        #expect(!activation.contains("已啟用"), "a host check is not an activation:\n\(activation)")
        try wizard.tmux.send("Enter")
        let status = try wizard.waitFor("wizard.status.next").joined(separator: "\n")
        for phrase in [Self.epid, "127.0.0.1:\(host.port)", wizard.t("wizard.identity.teacher"),
                       "[..] Windows 10/11 Enterprise：Windows 尚未回報啟用", TextLayout.prefix(cmdPath, width: 20),
                       wizard.t("wizard.status.clock") + "："] {
            #expect(status.contains(phrase), "status lacks \(phrase):\n\(status)")
        }
        // A true chronyd next door: a few milliseconds either way, so the sign is not fixed.
        #expect(status.contains("[OK] +0.0") || status.contains("[OK] -0.0"), "the clock agrees:\n\(status)")
        #expect(!status.contains("已啟用") && !status.contains("前續約"), "no activation and no deadline without Windows' word:\n\(status)")
        try wizard.tmux.send("p")
        let written = try wizard.waitFor("wizard.print.written", ["path": ""])
        let files = try FileManager.default.contentsOfDirectory(atPath: wizard.workingDirectory.path).filter { $0.hasPrefix("kmswizard-status-") }
        try #require(files.count == 1, "\(written.joined(separator: "\n"))")
        let text = try String(contentsOf: wizard.workingDirectory.appendingPathComponent(files[0]), encoding: .utf8)
        #expect(text.split(separator: "\n").allSatisfy { CellWidth.of($0) <= 80 })
        #expect(!text.contains("\u{1B}"))
        for phrase in ["kmswizard 啟用狀態報告", "kmswizard activation status report", Self.epid, "教師", "Teacher",
                       "[..] Windows 10/11 Enterprise: Windows has not reported an activation", cmds[0]] {
            #expect(text.contains(phrase), "printout lacks \(phrase):\n\(text)")
        }
        let state = try String(contentsOf: wizard.stateHome.appendingPathComponent("kmswizard/state.json"), encoding: .utf8)
        #expect(state.contains(Self.epid) && state.contains("lastHostCheck"), "the host check is remembered as one")
        #expect(state.contains(cmds[0]), "and the activation file written for the product")
        #expect(!state.contains("\"windows\""), "outside WSL there is no Windows reading")
        _ = try wizard.quit()
    }

    @Test func hostDownIsExplainedAndRetryRecoversOnceItIsBack() throws {
        let probe = try ResponderProcess([], connections: 1)
        let port = probe.port
        probe.stop()                                                   // the host is down
        let wizard = try WizardHarness(["--host", "127.0.0.1:\(port)", "--ntp", "127.0.0.1:9", "--campus", "127.0.0.0/8", "--timeout", "3"],
                                       width: 80, height: 24, language: .en)
        try wizard.walkToNetworkResult()
        let failed = try wizard.tmux.capture().joined(separator: "\n")
        #expect(failed.contains("[XX]"), "the unreachable host is a failed check:\n\(failed)")
        // No dead end: the walk may go on, and the screen says what that will likely mean.
        #expect(failed.contains("Enter " + wizard.t("wizard.key.continueAnyway")), "\(failed)")
        #expect(failed.contains(TextLayout.prefix(wizard.t("wizard.network.continueAnyway"), width: 24)), "\(failed)")
        let host = try ResponderProcess(["--port", String(port)], connections: 5, deadlineSeconds: 60)   // the fault is removed
        #expect(host.port == port)
        try wizard.tmux.send("r")
        try wizard.tmux.waitFor("Enter continue  ")
        try wizard.passClockStep()
        try wizard.activate("win10-enterprise")
        let recovered = try wizard.tmux.waitFor("[OK] Windows 10/11 Enterprise")
        #expect(recovered.joined().contains(Self.epid))
        _ = try wizard.quit()
    }

    @Test func refusedActivationIsExplainedAndRetryRecovers() throws {
        let host = try ResponderProcess(["--behaviour", "close-at-once"], connections: 3, deadlineSeconds: 60)
        let wizard = try WizardHarness(["--host", "127.0.0.1:\(host.port)", "--ntp", "127.0.0.1:9", "--campus", "127.0.0.0/8", "--timeout", "3"],
                                       width: 100, height: 30, language: .en)
        try wizard.walkToProducts()
        try wizard.activate("win10-enterprise")
        let failed = try wizard.tmux.capture().joined(separator: "\n")
        #expect(failed.contains("[XX] Windows 10/11 Enterprise"), "\(failed)")
        #expect(failed.contains("How to fix it"), "the fix is shown:\n\(failed)")
        #expect(failed.contains("r retry") && failed.contains("d diagnostics"))
        try wizard.tmux.send("r")
        // `d` is refused while the retry runs; keep asking (bounded) until the retry has failed again.
        var screen: [String] = []
        for _ in 0..<20 {
            try wizard.tmux.send("d")
            screen = (try? wizard.tmux.waitFor("Activation wizard · Network", timeout: 1)) ?? []
            if !screen.isEmpty { break }
        }
        #expect(!screen.isEmpty, "d leads to the network check")
        try wizard.waitFor("wizard.key.recheck")
        _ = try wizard.quit()
    }
}
