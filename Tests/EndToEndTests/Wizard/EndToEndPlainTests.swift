import Foundation
import Localization
import Testing
import TestSupport

/// `kmswizard --plain` driven through a pipe: the same steps as numbered prompts.
@Suite(.offCooperativePool, .loopbackDNS) struct EndToEndPlainTests {
    @Test func pipedAnswersWalkToTheStatusAndWriteThePrintout() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wizard-plain-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        // English, Staff, network, clock, first product + start, status, print, quit.
        let answers = ["2", "3", "", "", "1", "", "", "p", "q"].joined(separator: "\n") + "\n"
        let input = root.appendingPathComponent("answers")
        try answers.write(to: input, atomically: true, encoding: .utf8)
        let host = try ResponderProcess([], connections: 3)            // reachable, so the network step lets us on
        // The printout goes to the working directory: the wizard starts in `root`.
        let result = try Kmswizard.run(["--plain", "--host", "127.0.0.1:\(host.port)", "--ntp", "127.0.0.1:9",
                                        "--campus", "127.0.0.0/8", "--timeout", "2"], environment: .exactly([
            "PATH": "/usr/bin:/bin", "HOME": root.path, "XDG_STATE_HOME": root.path, "KMSWIZARD_RESOURCES": Kmswizard.resources,
            "LANG": "C.UTF-8", "TZ": "Asia/Taipei",
        ]), stdin: input.path, prefix: try LoopbackResolver.prefix(in: root), workingDirectory: root.path, timeout: 60)
        let t = Localizer(table: try StringTable.bundled(), language: .en)
        #expect(result.status == 0, "\(result.stderr)")
        for phrase in [t("wizard.identity.question"), "  3) Staff", t("wizard.step.status"), t("wizard.status.identity") + ": Staff"] {
            #expect(result.stdout.contains(phrase), "lacks \(phrase):\n\(result.stdout)")
        }
        #expect(!result.stdout.contains("\u{1B}"), "no escape codes in plain mode")
        let written = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(written.filter { $0.hasPrefix("kmswizard-status-") }.count == 1)
        // The activation file goes to HOME, which is this test's folder: nothing lands in the tester's own home.
        #expect(written.filter { $0.hasPrefix("kmswizard-activate-") && $0.hasSuffix(".cmd") }.count == 1, "\(written)")
        let state = try String(contentsOf: root.appendingPathComponent("kmswizard/state.json"), encoding: .utf8)
        #expect(state.contains("\"identity\" : \"staff\""))
    }
}

/// Every answer gets a reply, the product list is printed once, and an input that ends early exits 66.
@Suite(.offCooperativePool, .loopbackDNS) struct EndToEndPlainAnswerTests {
    @Test(arguments: Language.allCases)
    func everyAnswerIsAnsweredAndAnEarlyEndExits66(language: Language) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wizard-plain-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        // Language, Staff; on the network page a number, a word, two numbers, a key it lacks and
        // a recheck; then on to the products, tick the first, show the page again, and the input ends.
        let answers = [language == .zhTW ? "1" : "2", "3", "9", "abc", "25 79", "z", "r", "", "", "1", "s"]
        let input = root.appendingPathComponent("answers")
        try (answers.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        let host = try ResponderProcess([], connections: 4)
        let result = try Kmswizard.run(["--plain", "--host", "127.0.0.1:\(host.port)", "--ntp", "127.0.0.1:9",
                                        "--campus", "127.0.0.0/8", "--timeout", "2"], environment: .exactly([
            "PATH": "/usr/bin:/bin", "HOME": root.path, "XDG_STATE_HOME": root.path, "KMSWIZARD_RESOURCES": Kmswizard.resources,
            "LANG": "C.UTF-8", "TZ": "Asia/Taipei",
        ]), stdin: input.path, prefix: try LoopbackResolver.prefix(in: root), timeout: 60)
        let t = Localizer(table: try StringTable.bundled(), language: language)
        #expect(result.status == 66, "\(result.stderr)")
        #expect(result.stderr.contains(t("wizard.plain.inputEnded", ["step": t("wizard.step.products")])), "\(result.stderr)")
        for why in [t("wizard.plain.noChoices", ["answer": "9"]), t("wizard.plain.notOneAnswer", ["answer": "abc"]),
                    t("wizard.plain.notOneAnswer", ["answer": "25 79"]), t("wizard.plain.noSuchKey", ["answer": "z"])] {
            #expect(result.stdout.contains(why), "no reply \(why):\n\(result.stdout)")
        }
        // Each answer is echoed after the prompt; the next prompt must not follow the recheck directly.
        let afterRecheck = try #require(result.stdout.range(of: "> r\n")).upperBound
        #expect(!result.stdout[afterRecheck...].hasPrefix("> "), "r printed nothing:\n\(result.stdout)")
        // The first product row: once with the page, once changed by the tick, once more on `s`.
        let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("    1) [") }
        #expect(rows.count == 3, "\(rows)")
        #expect(rows.map { $0.contains("[x]") } == [false, true, true])
        let heading = t("wizard.products.group.windows")
        #expect(result.stdout.components(separatedBy: "\n  \(heading)\n").count - 1 == 2, "the list is printed twice, not per tick")
    }
}
