import Foundation
import Localization
import Testing
import TestSupport
import Wizard

/// The real binary in tmux at 80x24, off campus: the network page is taller than the window, so
/// it shows the "more" mark, and PgDn and `j` scroll it until its last line is in view.
@Suite(.serialized, .offCooperativePool, .loopbackDNS) struct EndToEndScrollingTests {
    @Test(arguments: Language.allCases)
    func offCampusTheNetworkPageScrollsToItsLastLine(language: Language) throws {
        // Loopback is outside the lab ranges given as campus (several, so the page's text is
        // taller than 80x24 in both languages), and nothing listens on port 9.
        let campus = (0..<16).flatMap { ["--campus", "198.18.\($0).0/24"] }
        let wizard = try WizardHarness(["--host", "127.0.0.1:9", "--ntp", "127.0.0.1:9", "--timeout", "2"] + campus,
                                       width: 80, height: 24, language: language)
        try wizard.walkToNetworkResult()
        let lastWords = String(wizard.t("wizard.network.continueAnyway").suffix(6))   // the page's last line ends so
        let top = try wizard.tmux.waitFor("↓")
        #expect(!top.joined().contains(lastWords), "the page is taller than 80x24:\n\(top.joined(separator: "\n"))")
        #expect(!top.contains { $0.contains("│ …") }, "nothing is cut with an ellipsis")
        try wizard.tmux.send("PageDown")
        try wizard.tmux.send(keys: Array(repeating: "j", count: 30))
        let bottom = try wizard.tmux.waitFor(lastWords)
        #expect(bottom.contains { $0.contains("↑") }, "the mark says there is more above:\n\(bottom.joined(separator: "\n"))")
        #expect(!bottom.contains { $0.contains("↓") }, "and nothing below")
        try wizard.tmux.send("Home")
        try wizard.tmux.waitFor("↓")
        _ = try wizard.quit()
    }
}
