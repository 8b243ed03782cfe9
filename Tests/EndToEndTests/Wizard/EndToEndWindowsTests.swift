import KMSCore
import Foundation
import Localization
import Testing
import TestSupport
import Wizard

/// `w` on the activation screen inside WSL: the real binary in tmux (and in `--plain` mode
/// through a pipe) against the loopback KMS responder, with Windows simulated by `FakeWindows`
/// because this machine has none: cscript.exe is a shell script printing the guide's real
/// transcripts. What is tested is the wizard's side: detection, the commands sent, the
/// transcript read back, the explanation, the retry, and the status screen and printout.
@Suite(.serialized, .offCooperativePool, .loopbackDNS) struct EndToEndWindowsTests {
    @Test func notElevatedIsExplainedThenWRetriesAndTheStatusKeepsTheResult() throws {
        let windows = try FakeWindows(transcript: "transcript-win7-slmgr-ato-zh-TW-success.txt", elevated: false,
                                      activationDelaySeconds: 2)
        defer { windows.remove() }
        let host = try ResponderProcess([], connections: 3, deadlineSeconds: 120)
        let wizard = try WizardHarness(["--host", "127.0.0.1:\(host.port)", "--ntp", "127.0.0.1:9", "--campus", "127.0.0.0/8",
                                        "--timeout", "3"],
                                       width: 100, height: 30, language: .zhTW, environment: windows.environment)
        try wizard.walkToProducts()
        try wizard.activate("win10-enterprise")
        try wizard.tmux.waitFor("w " + wizard.t("wizard.key.windows"))
        try wizard.waitFor("wizard.windows.offer")

        try wizard.tmux.send("w")
        let refused = try wizard.tmux.waitFor("0x80070005").joined(separator: "\n")
        #expect(refused.contains("[XX] Windows 拒絕執行啟用指令：0x80070005（拒絕存取：需要系統管理員權限）"), "\(refused)")
        #expect(refused.contains(TextLayout.prefix(wizard.t("wizard.windows.elevate"), width: 20)),
                "the fix says how to open an elevated terminal:\n\(refused)")
        #expect(windows.calls.isEmpty, "nothing is sent to slmgr without elevation")

        try wizard.waitFor("wizard.windows.stateTitle")                  // Windows' own state is read again after each run
        try windows.setElevated(true)                                     // the user reopened the terminal as administrator
        try wizard.tmux.send("w")
        try wizard.waitFor("wizard.windows.running")                      // cscript.exe takes 2 s to answer /ato
        let activated = try wizard.tmux.waitFor("[OK] Windows 10/11 Enterprise：Windows 回報已成功啟用").joined(separator: "\n")
        #expect(!activated.contains("0x80070005"), "the earlier refusal is replaced:\n\(activated)")
        try wizard.waitFor("wizard.windows.stateTitle")
        #expect(windows.calls == ["//nologo //U C:\\Windows\\System32\\slmgr.vbs /skms 127.0.0.1:\(host.port)",
                                  "//nologo //U C:\\Windows\\System32\\slmgr.vbs /ato",
                                  "//nologo //U C:\\Windows\\System32\\slmgr.vbs /dlv"])

        try wizard.tmux.send("Enter")
        let status = try wizard.waitFor("wizard.status.next").joined(separator: "\n")
        #expect(status.contains(wizard.t("wizard.windows.title")) && status.contains("[OK] Windows 10/11 Enterprise：Windows 回報"), "\(status)")
        try wizard.tmux.send("p")
        try wizard.waitFor("wizard.print.written", ["path": ""])
        let files = try FileManager.default.contentsOfDirectory(atPath: wizard.workingDirectory.path).filter { $0.hasPrefix("kmswizard-status-") }
        try #require(files.count == 1)
        let printout = try String(contentsOf: wizard.workingDirectory.appendingPathComponent(files[0]), encoding: .utf8)
        #expect(printout.contains("[OK] Windows 10/11 Enterprise: Windows reports it is activated"), "\(printout)")
        _ = try wizard.quit()
    }

    @Test func plainModeOffersTheSameAndExplainsOfficesErrorCode() throws {
        let windows = try FakeWindows(transcript: "transcript-office2016-ospp-act-C004F074.txt", elevated: true, officeFolder: "Office16")
        defer { windows.remove() }
        let host = try ResponderProcess([], connections: 3, deadlineSeconds: 120)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wizard-plain-windows-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        guard let office = ProductList(try ProductCatalog.bundled().products).choice(of: "office2016-proplus") else {
            Issue.record("no office2016-proplus in the catalog")
            return
        }
        // English, Teacher, network, clock, Office 2016 + start, w (run on Windows), status, quit.
        let input = root.appendingPathComponent("answers")
        try (["2", "1", "", "", String(office.index + 1), "", "w", "", "q"].joined(separator: "\n") + "\n")
            .write(to: input, atomically: true, encoding: .utf8)
        let environment = ["PATH": "/usr/bin:/bin", "HOME": root.path, "XDG_STATE_HOME": root.path, "KMSWIZARD_RESOURCES": Kmswizard.resources,
                           "LANG": "C.UTF-8", "TZ": "Asia/Taipei"].merging(windows.environment) { _, fake in fake }
        let result = try Kmswizard.run(["--plain", "--host", "127.0.0.1:\(host.port)", "--ntp", "127.0.0.1:9",
                                        "--campus", "127.0.0.0/8", "--timeout", "3"], environment: .exactly(environment),
                                       stdin: input.path, prefix: try LoopbackResolver.prefix(in: root), timeout: 90)
        #expect(result.status == 0, "\(result.stderr)")
        let t = Localizer(table: try StringTable.bundled(), language: .en)
        for phrase in ["w = " + t("wizard.key.windows"), t("wizard.windows.title"),
                       "[XX] Office Professional Plus 2016: Windows reports error 0xC004F074 (No KMS host could be contacted)",
                       "How to fix it: Off campus, first connect FortiClient",
                       "Windows said: The Software Licensing Service reported that the product could not be activated.",
                       "w = " + t("wizard.key.windowsAgain"), TextLayout.prefix(t("status.advice.renew-on-windows"), width: 24)] {
            #expect(result.stdout.contains(phrase), "lacks \(phrase):\n\(result.stdout)")
        }
        #expect(windows.calls.first == "//nologo //U C:\\Program Files (x86)\\Microsoft Office\\Office16\\ospp.vbs /sethst:127.0.0.1")
        #expect(windows.calls.contains("//nologo //U C:\\Program Files (x86)\\Microsoft Office\\Office16\\ospp.vbs /act"))
    }
}
