import KMSCore
import Localization
import Testing
@testable import Wizard

/// The activation screen's Windows part in the cell grid, both languages: the offer and its key,
/// the spinner, and Windows' answers explained from the explain catalog; then the status screen
/// and the printable file.
@Suite struct WindowsRunViewTests {
    static let view = WizardView(table: Fixtures.table)
    static let small = Size(width: 80, height: 24)

    static func screen(_ state: WizardState, _ size: Size = small) -> (text: String, footer: String) {
        let grid = view.render(state, size: size)
        WizardViewTests.expectWellFormed(grid, "\(state.windowsRun) \(state.language) \(size)")
        let lines = grid.lines
        let separator = lines.lastIndex { $0.hasPrefix("├") } ?? lines.count - 3
        return (lines.joined(separator: "\n"), lines[(separator + 1)..<(lines.count - 1)].joined(separator: "\n"))
    }

    static func ran(_ state: WizardState, _ outcome: WindowsOutcome) -> WizardState {
        let (running, _) = WizardUpdate.update(state, WindowsRunUpdateTests.w)
        return WindowsRunUpdateTests.reread(WizardUpdate.update(running, .ranOnWindows(token: WindowsRunUpdateTests.windowsToken(running), outcome)).0)
    }

    static let failed = WindowsOutcome.ran([
        WindowsGroupResult(title: "Windows 10/11 Enterprise", result: .activated),
        WindowsGroupResult(title: "Office Professional Plus 2016", result: .failed([
            WindowsFailure(code: 0xC004_F074, windowsText: "The Software Licensing Service reported that the product could not be activated."),
        ])),
    ])

    @Test(arguments: Language.allCases)
    func outsideWSLNothingIsOffered(language: Language) {
        let t = Localizer(table: Fixtures.table, language: language)
        let (text, footer) = Self.screen(WindowsRunUpdateTests.afterExchange(windows: nil, .hostWouldActivate(Fixtures.record), language))
        #expect(!footer.contains("w "), "\(footer)")
        #expect(!text.contains(TextLayout.prefix(t("wizard.windows.offer"), width: 20)))
    }

    @Test(arguments: Language.allCases)
    func insideWSLTheOfferAndItsKeyAppear(language: Language) {
        let t = Localizer(table: Fixtures.table, language: language)
        let state = WindowsRunUpdateTests.afterExchange(windows: WindowsRunUpdateTests.access, .hostWouldActivate(Fixtures.record), language)
        let (text, footer) = Self.screen(state)
        #expect(footer.contains("w " + t("wizard.key.windows")), "\(footer)")
        #expect(footer.contains("q " + t("wizard.key.quit")))
        #expect(text.contains(TextLayout.prefix(t("wizard.windows.offer"), width: 20)), "\(text)")
        let running = WizardUpdate.update(state, WindowsRunUpdateTests.w).0
        let (busy, busyFooter) = Self.screen(running)
        #expect(busy.contains(TextLayout.prefix(t("wizard.windows.running"), width: 24)), "\(busy)")
        #expect(!busyFooter.contains("w "), "no key while Windows works")
    }

    /// Outside WSL the products screen says how to find the edition on the Windows PC; inside WSL
    /// Windows' own reading takes that place.
    @Test(arguments: Language.allCases)
    func theEditionHintIsShownOnlyOutsideWSL(language: Language) {
        let t = Localizer(table: Fixtures.table, language: language)
        let hint = TextLayout.prefix(t("wizard.products.whichEdition"), width: 24)
        let outside = Fixtures.at(.products, language)
        #expect(outside.windows == nil)
        #expect(Self.screen(outside).text.contains(hint), "\(Self.screen(outside).text)")
        var inside = outside
        inside.windows = WindowsRunUpdateTests.access
        #expect(!Self.screen(inside).text.contains(hint), "\(Self.screen(inside).text)")
    }

    @Test func failureShowsTheCodeItsExplanationAndFixInChinese() {
        let state = Self.ran(WindowsRunUpdateTests.afterExchange(windows: WindowsRunUpdateTests.access), Self.failed)
        let (text, footer) = Self.screen(state, Size(width: 120, height: 40))
        for phrase in ["在這台 Windows 上的結果", "[OK] Windows 10/11 Enterprise：Windows 回報已成功啟用",
                       "[XX] Office Professional Plus 2016：Windows 回報錯誤 0xC004F074（連不上 KMS 伺服器）",
                       "解決方法：在校外請先用 FortiClient", "Windows 的訊息：The Software Licensing Service"] {
            #expect(text.contains(phrase), "lacks \(phrase):\n\(text)")
        }
        #expect(footer.contains("w 在 Windows 再試一次"), "\(footer)")
    }

    @Test func notElevatedSaysHowToOpenAnAdministratorTerminal() {
        let state = Self.ran(WindowsRunUpdateTests.afterExchange(windows: WindowsRunUpdateTests.access, .hostWouldActivate(Fixtures.record), .en),
                             .refused(WindowsFailure(code: 0x8007_0005)))
        let (text, footer) = Self.screen(state, Size(width: 120, height: 40))
        for phrase in ["[XX] Windows refused to run the activation commands: 0x80070005 (Access denied: administrator",
                       "How to fix it: Close this window, right-click Windows Terminal"] {
            #expect(text.contains(phrase), "lacks \(phrase):\n\(text)")
        }
        #expect(footer.contains("w run on Windows again"))
    }

    /// A failed KMS exchange, its `r` and `d`, and `w`: too many keys for one 80-cell footer row,
    /// so they take two rows and `q` stays visible.
    @Test(arguments: Language.allCases)
    func manyKeysWrapToASecondFooterRow(language: Language) {
        let state = WindowsRunUpdateTests.afterExchange(windows: WindowsRunUpdateTests.access, .failed(Fixtures.timeout), language)
        let grid = Self.view.render(state, size: Self.small)
        WizardViewTests.expectWellFormed(grid, "two footer rows")
        let lines = grid.lines
        #expect(lines[Self.small.height - 4].hasPrefix("├"), "\(lines.joined(separator: "\n"))")
        let footer = lines[Self.small.height - 3] + lines[Self.small.height - 2]
        for key in ["Enter ", "w ", "r ", "d ", "b ", "? ", "q "] { #expect(footer.contains(key), "\(key) in \(footer)") }
        #expect(!footer.contains("…"))
    }

    @Test(arguments: Language.allCases)
    func statusScreenAndPrintoutMentionTheWindowsResult(language: Language) {
        let t = Localizer(table: Fixtures.table, language: language)
        var state = Self.ran(WindowsRunUpdateTests.afterExchange(windows: WindowsRunUpdateTests.access, .hostWouldActivate(Fixtures.record), language),
                             Self.failed)
        state = WizardUpdate.update(state, .key(.enter)).0
        #expect(state.step == .status)
        let (text, _) = Self.screen(state, Size(width: 120, height: 40))
        for phrase in [t("wizard.windows.title"), "[XX] Office Professional Plus 2016", "0xC004F074",
                       TextLayout.prefix(t("status.advice.renew-on-windows"), width: 24)] {
            #expect(text.contains(phrase), "lacks \(phrase):\n\(text)")
        }
        let printout = PrintableStatus.render(WizardView.snapshot(of: state), table: Fixtures.table, generatedAt: Fixtures.activatedAt)
        #expect(printout.contains("在這台 Windows 上的結果") && printout.contains("Result on this Windows"))
        #expect(printout.contains("[XX] Office Professional Plus 2016: Windows reports error 0xC004F074"), "\(printout)")
        #expect(printout.split(separator: "\n").allSatisfy { CellWidth.of($0) <= 80 })
    }

    @Test func statusWithoutAWindowsRunHasNoWindowsSection() {
        let text = Self.screen(Fixtures.at(.status, .en), Size(width: 120, height: 40)).text
        #expect(!text.contains("Result on this Windows"))
    }
}
