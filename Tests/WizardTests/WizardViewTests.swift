import Diagnostics
import KMSCore
import Platform
import Localization
import Testing
import TestSupport
@testable import Wizard

/// Every step's screen rendered into the cell grid at two sizes in both languages.
@Suite struct WizardViewTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]
    static let view = WizardView(table: Fixtures.table)

    /// Rows exactly as wide as the grid; wide characters always followed by their continuation.
    static func expectWellFormed(_ screen: Screen, _ context: String) {
        for y in 0..<screen.size.height {
            #expect(screen.cellCount(ofRow: y) == screen.size.width, "\(context) row \(y)")
            for x in 0..<screen.size.width where screen[x, y].width == 2 {
                #expect(x + 1 < screen.size.width && screen[x + 1, y].isContinuation, "\(context) split at \(x),\(y)")
            }
        }
    }

    /// What each step's screen must say, by language.
    static func expected(_ step: WizardStep, _ language: Language) -> [String] {
        let t = Localizer(table: Fixtures.table, language: language)
        switch step {
        case .welcome: return ["繁體中文", "English", t("wizard.step.welcome")]
        case .identity: return [t("wizard.identity.teacher"), t("wizard.identity.outsider")]
        case .network: return ["[OK]", "127.0.0.1:1688"]
        case .clock: return ["[OK]", language == .zhTW ? "（+0.012 s，" : " (+0.012 s,", "127.0.0.1:11123"]
        case .products: return ["[x] Windows 10/11 Enterprise", "[ ] Office Professional Plus 2016"]
        case .activation: return ["[OK] Windows 10/11 Enterprise", "06401-00206"]
        case .status: return ["06401-00206-471", "50", "[..] Office Professional Plus 2016", "kmswizard-activate-20251125-0000.cmd"]
        }
    }

    @Test(arguments: WizardStep.allCases, Language.allCases)
    func stepScreenFitsAndSaysWhatItMust(step: WizardStep, language: Language) {
        var state = Fixtures.at(step, language).settled()
        if step == .products { state = Fixtures.run(state, [.choose(0)]).0 }
        if step == .activation {
            let token = Fixtures.runToken(state, Fixtures.windows.shortName)
            state = Fixtures.run(state, [.hostChecked(shortName: Fixtures.windows.shortName, token: token, .hostWouldActivate(Fixtures.record))]).0
        }
        #expect(state.step == step)
        for size in Self.sizes {
            let screen = Self.view.render(state, size: size)
            let text = screen.lines.joined(separator: "\n")
            Self.expectWellFormed(screen, "\(step) \(language) \(size)")
            for phrase in Self.expected(step, language) {
                #expect(text.contains(phrase), "\(step) \(language) \(size.width)x\(size.height) lacks \(phrase):\n\(text)")
            }
            #expect(screen.lines[size.height - 2].contains("q "), "footer shows the keys")
        }
    }

    @Test func aLongListScrollsToKeepTheSelectionVisible() {
        var state = Fixtures.at(.identity)
        state = Fixtures.run(state, [.key(.end)]).0
        let screen = Self.view.render(state, size: Size(width: 60, height: 16))
        let text = screen.lines.joined(separator: "\n")
        #expect(text.contains("以上皆非"))
        Self.expectWellFormed(screen, "scrolled")
    }

    @Test(arguments: Language.allCases)
    func tinyTerminalShowsOneLineAskingToEnlarge(language: Language) {
        let state = Fixtures.at(.clock, language).settled()
        let screen = Self.view.render(state, size: Size(width: 30, height: 10))
        let lines = screen.lines
        #expect(lines[0].contains("60x16"))
        #expect(lines.dropFirst().allSatisfy { $0.isEmpty })
        Self.expectWellFormed(screen, "tiny")
        let recovered = Self.view.render(state, size: Size(width: 80, height: 24))
        #expect(recovered.lines.joined().contains("+0.012 s"), "the state survives the small window")
    }

    /// The activation screen's fix fits the situation the network step found: on campus a refused
    /// host is the Computer Center's to fix, not a VPN matter; the fix re-renders with `l`.
    @Test func aRefusedActivationOnCampusGetsTheCampusAdvice() {
        var state = Fixtures.at(.activation, .en)
        state.checks[.network] = .done(.results([SampleFindings.network(.campus), SampleFindings.reachability(.refused)]))
        let refused = Fixtures.problem(.refused)
        let token = Fixtures.runToken(state, Fixtures.windows.shortName)
        state = Fixtures.run(state, [.hostChecked(shortName: Fixtures.windows.shortName, token: token, .failed(refused))]).0
        let text = Self.view.render(state, size: Size(width: 100, height: 40)).lines.joined(separator: "\n")
        #expect(text.contains("You are on campus and the KMS host refuses the connection"), "\(text)")
        #expect(!text.contains("FortiClient"), "no VPN fix on campus:\n\(text)")
        state = Fixtures.run(state, [.key(.character("l"))]).0
        let chinese = Self.view.render(state, size: Size(width: 100, height: 40)).lines.joined(separator: "\n")
        #expect(chinese.contains("您在校內，KMS 伺服器卻拒絕連線"), "\(chinese)")
    }

    /// An unmeasured clock's hint fits what the network step found: with no route at all it says to
    /// connect first (in both languages), not to check the time reference's UDP port.
    @Test func anUnmeasuredClockWithoutANetworkSaysToConnectFirst() {
        var state = Fixtures.at(.clock, .en)
        let unmeasured = CheckResult(.clock(.unmeasured(.unreachable(reason: .errno(ENETUNREACH)),
                                                        server: Endpoint(host: "127.0.0.1", port: 11123))))
        state.checks[.clock] = .done(.results([unmeasured, SampleFindings.timezone]))
        state.checks[.network] = .done(.results([SampleFindings.network(.noRoute), SampleFindings.reachability(.noRoute)]))
        let text = Self.view.render(state, size: Size(width: 100, height: 40)).lines.joined(separator: "\n")
        #expect(text.contains("The previous step found this computer without a network"), "\(text)")
        #expect(!text.contains("UDP port 11123"), "\(text)")
        let chinese = Self.view.render(Fixtures.run(state, [.key(.character("l"))]).0, size: Size(width: 100, height: 40))
        #expect(chinese.lines.joined(separator: "\n").contains("上一步發現這台電腦沒有連上網路"))

        state.checks[.network] = .done(.results([SampleFindings.network(.campus), SampleFindings.reachability(.connected(milliseconds: 1))]))
        let onCampus = Self.view.render(state, size: Size(width: 100, height: 40)).lines.joined(separator: "\n")
        #expect(onCampus.contains("on UDP port 11123"), "with a network the reference's port is the thing to check:\n\(onCampus)")
    }

    @Test func failedActivationExplainsAndOffersRetryAndDiagnostics() {
        var state = Fixtures.at(.activation, .en)
        let token = Fixtures.runToken(state, Fixtures.windows.shortName)
        state = Fixtures.run(state, [.hostChecked(shortName: Fixtures.windows.shortName, token: token, .failed(Fixtures.timeout))]).0
        let token2 = Fixtures.runToken(state, Fixtures.office.shortName)
        state = Fixtures.fileWritten(Fixtures.run(state, [.hostChecked(shortName: Fixtures.office.shortName, token: token2, .failed(Fixtures.timeout))]).0)
        let text = Self.view.render(state, size: Size(width: 100, height: 40)).lines.joined(separator: "\n")
        for phrase in ["[XX] Windows 10/11 Enterprise", "0xC004F074", "The KMS host 127.0.0.1:1688 did not finish answering within 5 seconds.",
                       "How to fix it:", "Technical code: timeout", "r retry", "d diagnostics"] {
            #expect(text.contains(phrase), "lacks \(phrase):\n\(text)")
        }
        #expect(!text.contains("engine detail"), "the engine's English detail stays out of the screen")
        // `l` re-renders the failure's words too: they are made from data at each drawing.
        let chinese = Self.view.render(Fixtures.run(state, [.key(.character("l"))]).0, size: Size(width: 100, height: 40)).lines.joined()
        #expect(chinese.contains("技術代碼：timeout") && !chinese.contains("did not finish"), "\(chinese)")
    }

    @Test func offCampusShowsTheVPNSteps() {
        var state = Fixtures.at(.network, .en)
        state = Fixtures.run(state, [.checked(.network, token: Fixtures.checkToken(state, .network), Fixtures.offCampus)]).0
        let text = Self.view.render(state, size: Size(width: 80, height: 24)).lines.joined(separator: "\n")
        for phrase in ["FortiClient", "140.127.62.245", "[XX] No answer at all", "r check again"] {
            #expect(text.contains(phrase), "lacks \(phrase):\n\(text)")
        }
        #expect(text.contains("Enter continue anyway"), "a failed check never dead-ends the walk")
    }

    @Test func asciiModeUsesNoBoxDrawing() {
        var state = Fixtures.at(.status, .zhTW)
        state.config.ascii = true
        let screen = Self.view.render(state, size: Size(width: 80, height: 24))
        #expect(screen.lines[0].hasPrefix("+-"))
        #expect(!screen.lines.joined().contains { ("\u{2500}"..."\u{257F}").contains($0) })
    }

    @Test func helpAndQuitQuestionAreScreensToo() {
        let help = Fixtures.run(Fixtures.at(.identity, .en), [.key(.character("?"))]).0
        #expect(Self.view.render(help, size: Size(width: 80, height: 24)).lines.joined().contains("b: back to the previous step"))
        let busy = Fixtures.run(Fixtures.at(.network, .en), [.key(.character("q"))]).0
        #expect(Self.view.render(busy, size: Size(width: 80, height: 24)).lines.joined().contains("Quit anyway?"))
    }
}
