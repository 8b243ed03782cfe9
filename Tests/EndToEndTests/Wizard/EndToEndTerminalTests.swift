import Foundation
import Localization
import Testing
import TestSupport

/// The real binary in tmux: the terminal it leaves behind, resizing, signals, and no terminal at all.
@Suite(.serialized, .offCooperativePool, .loopbackDNS) struct EndToEndTerminalTests {
    @Test func quitLeavesTheTerminalAsItWas() throws {
        let wizard = try WizardHarness(["--host", "127.0.0.1:9"], width: 100, height: 30, language: .zhTW)
        try wizard.waitFor("wizard.welcome.chooseLanguage")
        let screen = try wizard.quit()
        #expect(!screen.joined().contains("┌"), "the alternate screen was left:\n\(screen.joined(separator: "\n"))")
        let settings = wizard.tmux.terminalSettings()
        #expect(settings.after == settings.before)
        #expect(!settings.before.isEmpty)
    }

    /// Ctrl-C, SIGTERM (a shutdown) and SIGHUP (the terminal window closed) while an activation
    /// hangs: the wizard leaves through its normal path, with the terminal as it was, exit 130,
    /// and the state file exactly as before (it is only ever replaced by an atomic rename).
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aSignalDuringActivationRestoresTheTerminalAndKeepsTheState(signal: Int32) throws {
        let host = try ResponderProcess(["--behaviour", "silent-after-bind"], connections: 3, deadlineSeconds: 120)
        let wizard = try WizardHarness(["--host", "127.0.0.1:\(host.port)", "--ntp", "127.0.0.1:9", "--campus", "127.0.0.0/8",
                                        "--timeout", "60"],
                                       width: 80, height: 24, language: .en)
        try wizard.walkToProducts()
        let product = try wizard.startActivation("win10-enterprise")
        try wizard.waitFor("wizard.activation.running", ["name": product.displayName])
        // The activation keeps this computer's machine ID first, then waits for the host.
        let stateFile = wizard.stateHome.appendingPathComponent("kmswizard/state.json")
        let deadline = Date().addingTimeInterval(15)
        var before = try Data(contentsOf: stateFile)
        while !String(decoding: before, as: UTF8.self).contains("machineID"), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            before = try Data(contentsOf: stateFile)
        }
        if signal == SIGINT {
            try wizard.tmux.send("C-c")
        } else {
            try wizard.tmux.signal(signal, toProgramNamed: "kmswizard")
        }
        try wizard.tmux.waitFor("[exited 130]")
        let settings = wizard.tmux.terminalSettings()
        #expect(settings.after == settings.before)
        let after = try Data(contentsOf: stateFile)
        #expect(after == before, "the state file is untouched: \(String(decoding: before, as: UTF8.self)) then \(String(decoding: after, as: UTF8.self))")
        let state = try #require(try JSONSerialization.jsonObject(with: after) as? [String: Any])
        #expect(state["identity"] as? String == "teacher", "the identity chosen before the signal is kept: \(state)")
        #expect(state["machineID"] is String, "the machine ID kept before the signal is kept: \(state)")
    }

    @Test func tinyWindowAsksToEnlargeAndRecoversKeepingTheStep() throws {
        let wizard = try WizardHarness(["--host", "127.0.0.1:9"], width: 100, height: 30, language: .en)
        try wizard.waitFor("wizard.welcome.chooseLanguage")
        try wizard.tmux.send("Enter", "Down", "Down")
        try wizard.waitFor("wizard.identity.question")
        try wizard.tmux.resize(width: 30, height: 10)
        let small = try wizard.tmux.waitFor("Please enlarge")
        #expect(small.filter { !$0.isEmpty }.count == 1, "one line only:\n\(small.joined(separator: "\n"))")
        try wizard.tmux.resize(width: 100, height: 30)
        let back = try wizard.waitFor("wizard.identity.question")
        #expect(back.contains { $0.contains("▶ Staff") }, "the selection survived:\n\(back.joined(separator: "\n"))")
        try wizard.tmux.resize(width: 80, height: 24)
        let narrower = try wizard.waitFor("wizard.identity.question")
        #expect(narrower.allSatisfy { $0.count <= 80 })
        _ = try wizard.quit()
    }

    @Test func withoutATerminalItNamesThePlainCommandsAndExits30() throws {
        let result = try Kmswizard.run(["--lang", "en"], environment: .exactly([
            "PATH": "/usr/bin:/bin", "TERM": "xterm", "KMSWIZARD_RESOURCES": Kmswizard.resources,
        ]), timeout: 10)
        #expect(result.status == 30)
        #expect(result.stderr.contains("kmswizard activate"))
        #expect(result.stderr.contains("--plain"))
        #expect(result.stdout.isEmpty, "no escape codes written: \(result.stdout.debugDescription)")
    }
}
