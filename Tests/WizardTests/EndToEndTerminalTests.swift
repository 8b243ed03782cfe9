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

    @Test func ctrlCRestoresTheTerminalAndExits130() throws {
        let wizard = try WizardHarness(["--host", "127.0.0.1:9"], width: 80, height: 24, language: .en)
        try wizard.waitFor("wizard.welcome.chooseLanguage")
        try wizard.tmux.send("C-c")
        try wizard.tmux.waitFor("[exited 130]")
        let settings = wizard.tmux.terminalSettings()
        #expect(settings.after == settings.before)
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
        let result = try ProcessRunner.run(try BuiltProducts.path("kmswizard"), ["--lang", "en"], environment: [
            "PATH": "/usr/bin:/bin", "TERM": "xterm", "KMSWIZARD_RESOURCES": WizardHarness.resources,
        ], timeoutSeconds: 10)
        #expect(result.status == 30)
        #expect(result.stderr.contains("kmswizard activate"))
        #expect(result.stderr.contains("--plain"))
        #expect(result.stdout.isEmpty, "no escape codes written: \(result.stdout.debugDescription)")
    }
}
