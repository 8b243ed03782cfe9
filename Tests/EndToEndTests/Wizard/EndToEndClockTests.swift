import Foundation
import Localization
import Testing
import TestSupport

/// The clock step of the real binary against a real chronyd: a reference five days off this
/// clock (libfaketime) fails the step with the explanation and the advice to set the clock; once the reference
/// agrees again (a true chronyd on the same port), `r` lets the user on to the activation.
@Suite(.serialized, .offCooperativePool, .loopbackDNS, .requires(.chronyd, .libfaketime)) struct EndToEndClockTests {
    @Test(arguments: [Language.zhTW, .en])
    func skewedClockIsExplainedAndRetryRecoversOnceItIsRight(language: Language) throws {
        let host = try ResponderProcess([], connections: 5, deadlineSeconds: 120)
        let skewed = try ChronyServer(skew: "-5d")                     // the reference is 5 days behind: this clock is 5 days ahead
        let port = skewed.endpoint.port
        let wizard = try WizardHarness(["--host", "127.0.0.1:\(host.port)", "--ntp", skewed.endpoint.description,
                                        "--campus", "127.0.0.0/8", "--timeout", "3"],
                                       width: 100, height: 30, language: language)
        let t = wizard.t
        try wizard.walkToNetworkResult()
        try wizard.tmux.send("Enter")
        try wizard.waitFor("wizard.clock.reference")                // the clock screen's own text first
        let failed = try wizard.waitFor("diagnose.advice.setClock", timeout: 30).joined(separator: "\n")
        #expect(failed.contains("[XX]"), "a clock days off fails the step:\n\(failed)")
        #expect(failed.contains("0xC004F06C"), "the explanation names the error activation would give:\n\(failed)")
        #expect(failed.contains("r " + t("wizard.key.recheck")), "\(failed)")
        #expect(failed.contains("Enter " + t("wizard.key.continueAnyway")), "a failed clock never dead-ends the walk:\n\(failed)")

        skewed.stop()
        let right = try ChronyServer(port: port)                      // the fault is removed
        #expect(right.endpoint == skewed.endpoint)
        try wizard.tmux.send("r")
        // The footer's key ("Enter continue  r ..."), not the outlook line that mentions Enter too.
        let recovered = try wizard.tmux.waitFor("Enter " + t("wizard.key.continue") + "  r ", timeout: 30).joined(separator: "\n")
        #expect(recovered.contains("[OK]") && !recovered.contains("[XX]"), "\(recovered)")
        try wizard.tmux.send("Enter")
        try wizard.waitFor("wizard.products.howTo")
        try wizard.activate("win10-enterprise")
        let activated = try wizard.tmux.capture().joined(separator: "\n")
        #expect(activated.contains("[OK] Windows 10/11 Enterprise"), "\(activated)")
        _ = try wizard.quit()
    }
}

/// A reference that does not answer: the wizard's hint names the configured host and UDP port
/// and the `r` key, never a flag (`--ntp`) the wizard's user cannot give there.
@Suite(.serialized, .offCooperativePool, .loopbackDNS) struct EndToEndClockHintTests {
    @Test(arguments: [Language.zhTW, .en])
    func anUnansweredReferenceGetsTheWizardsOwnHint(language: Language) throws {
        let port = try FreeUDPPort.udp()                               // nothing listens there
        let host = try ResponderProcess([], connections: 3)            // reachable, so the network step lets us on
        let wizard = try WizardHarness(["--host", "127.0.0.1:\(host.port)", "--ntp", "127.0.0.1:\(port)", "--campus", "127.0.0.0/8", "--timeout", "1"],
                                       width: 100, height: 30, language: language)
        try wizard.walkToNetworkResult()
        try wizard.tmux.send("Enter")
        try wizard.waitFor("wizard.clock.reference")
        let screen = try wizard.waitFor("wizard.clock.hint.unmeasured", ["host": "127.0.0.1", "port": String(port)], timeout: 30)
            .joined(separator: "\n")
        #expect(screen.contains(String(port)), "the configured port is named:\n\(screen)")
        #expect(!screen.contains("--ntp") && !screen.contains(" 123"), "\(screen)")
        _ = try wizard.quit()
    }
}
