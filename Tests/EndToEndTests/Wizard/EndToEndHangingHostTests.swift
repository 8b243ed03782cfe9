import Foundation
import Localization
import Testing
import TestSupport
import Wizard

/// A KMS host that accepts the bind and then says nothing (the activation would wait for the
/// whole 60 s timeout): the keyboard keeps working meanwhile. `q` asks first, any other key
/// stays, `b` goes back at once, and `q` then quits without waiting for the abandoned request.
@Suite(.serialized, .offCooperativePool, .loopbackDNS) struct EndToEndHangingHostTests {
    static let activationTimeout = 60.0

    @Test func aHangingActivationNeverFreezesTheKeys() throws {
        let host = try ResponderProcess(["--behaviour", "silent-after-bind"], connections: 3, deadlineSeconds: 150)
        let wizard = try WizardHarness(["--host", "127.0.0.1:\(host.port)", "--ntp", "127.0.0.1:9", "--campus", "127.0.0.0/8",
                                        "--timeout", String(Int(Self.activationTimeout))],
                                       width: 80, height: 24, language: .en)
        try wizard.walkToProducts()
        let product = try wizard.startActivation("win10-enterprise")
        try wizard.waitFor(.activation)
        try wizard.waitFor("wizard.activation.running", ["name": product.displayName])
        let hanging = Date()
        try wizard.tmux.send("q")
        try wizard.waitFor("wizard.quit.confirm")
        try wizard.tmux.send("n")
        let confirm = TextLayout.prefix(wizard.t("wizard.quit.confirm"), width: 24)
        let stayed = try wizard.tmux.waitUntil("the quit question to go away") { !$0.joined(separator: "\n").contains(confirm) }
        #expect(stayed.joined().contains(wizard.t("wizard.step.activation")), "n stays on the activation screen")
        try wizard.tmux.send("b")
        try wizard.waitFor("wizard.products.howTo")
        try wizard.tmux.send("q")
        try wizard.tmux.waitFor("[exited 0]", timeout: 20)
        #expect(Date().timeIntervalSince(hanging) < Self.activationTimeout - 10,
                "the keys were answered while the request still hung, not after its timeout")
    }
}
