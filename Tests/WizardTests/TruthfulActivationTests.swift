import Platform
import KMSCore
import WindowsBridge
import Renewal
import Localization
import Testing
@testable import Wizard

/// A host check is not an activation: outside WSL the activation step goes on to the file that
/// activates on the Windows PC; inside WSL the wizard reads Windows' own licence state, preselects
/// what Windows reports installed, and takes the result and the deadline from Windows. No check
/// dead-ends the walk.
@Suite struct TruthfulActivationTests {
    static let view = WizardView(table: Fixtures.table)

    static func text(_ state: WizardState, _ size: Size = Size(width: 120, height: 60)) -> String {
        let page = view.page(state)
        return (PlainPage.lines(page)).joined(separator: "\n")
    }

    /// The activation screen after both host checks, outside WSL.
    static func afterHostChecks(_ language: Language = .zhTW, _ outcome: ActivationOutcome = .hostWouldActivate(Fixtures.record))
        -> (WizardState, [WizardEffect]) {
        var state = Fixtures.at(.activation, language)
        var effects: [WizardEffect] = []
        for product in [Fixtures.windows, Fixtures.office] {
            let step = Fixtures.run(state, [.hostChecked(shortName: product.shortName, token: Fixtures.runToken(state, product.shortName), outcome)])
            state = step.0
            effects += step.1
        }
        return (state, effects)
    }

    @Test(arguments: Language.allCases)
    func outsideWSLTheFileForThePCIsWrittenAndExplained(language: Language) {
        let t = Localizer(table: Fixtures.table, language: language)
        let (checked, effects) = Self.afterHostChecks(language)
        let token = Fixtures.fileToken(checked)
        #expect(effects.contains(.writeActivationFile([Fixtures.windows, Fixtures.office], folder: nil, token: token)))
        #expect(checked.isBusy, "Enter waits for the file")
        #expect(WizardUpdate.update(checked, .key(.enter)).0.step == .activation)
        let written = Fixtures.run(checked, [.activationFileWritten(token: token, .written(path: Fixtures.activationFile, at: Fixtures.activatedAt))]).0
        let screen = Self.text(written)
        for phrase in [t("wizard.file.title"), t("wizard.file.written", ["path": Fixtures.activationFile]), t("wizard.file.notYet"),
                       t("wizard.file.step3"), t("wizard.activation.ok", ["name": "Windows 10/11 Enterprise", "epid": Fixtures.record.epid, "count": "50"])] {
            #expect(screen.contains(phrase), "lacks \(phrase):\n\(screen)")
        }
        for claim in ["已啟用", "activated,", "activated (", ": activated"] {
            #expect(!screen.contains(claim), "no activation is claimed (\(claim)):\n\(screen)")
        }
        #expect(written.records["win10-enterprise"]?.script == ScriptRecord(path: Fixtures.activationFile, at: Fixtures.activatedAt))
        let status = Self.text(Fixtures.run(written, [.key(.enter)]).0)
        #expect(status.contains(t("wizard.status.windowsNotReported", ["name": "Windows 10/11 Enterprise"])), "\(status)")
        #expect(status.contains(Fixtures.activationFile))
        #expect(!status.contains("已啟用（") && !status.contains("expires"), "no deadline without Windows' word:\n\(status)")
    }

    @Test func aFailedHostCheckStillWritesTheFile() {
        let (checked, effects) = Self.afterHostChecks(.en, .failed(Fixtures.timeout))
        #expect(effects.contains { if case .writeActivationFile = $0 { true } else { false } },
                "the PC may be on the campus network later")
        #expect(checked.activationFile.isRunning)
    }

    @Test func oChoosesAnotherFolderAndEscapeKeepsTheOld() {
        let (checked, _) = Self.afterHostChecks(.en)
        let written = Fixtures.run(checked, [.activationFileWritten(token: Fixtures.fileToken(checked),
                                                                    .notWritten(FileError(path: "/home/student/x.cmd", reason: .system(errno: ENOSPC))))]).0
        #expect(Self.text(written).contains("Press o to try another folder"))
        var (typing, _) = Fixtures.run(written, [.key(.character("o"))])
        #expect(typing.folderInput == "")
        typing = Fixtures.run(typing, "/mnt/usbx".map { .key(.character($0)) } + [.key(.backspace)]).0
        #expect(typing.folderInput == "/mnt/usb")
        #expect(Self.text(typing).contains("/mnt/usb_"))
        let (rewriting, effects) = Fixtures.run(typing, [.key(.enter)])
        #expect(effects == [.writeActivationFile([Fixtures.windows, Fixtures.office], folder: "/mnt/usb", token: Fixtures.fileToken(rewriting))])
        let cancelled = Fixtures.run(written, [.key(.character("o")), .key(.character("z")), .key(.escape)]).0
        #expect(cancelled.folderInput == nil && cancelled.activationFolder == nil)
        let plain = Fixtures.run(written, [.key(.character("o")), .typed("  /srv/share ")])
        #expect(plain.0.activationFolder == "/srv/share", "--plain types the folder as a line")
    }

    @Test(arguments: Language.allCases)
    func aFailedCheckNeverDeadEndsTheWalk(language: Language) {
        let t = Localizer(table: Fixtures.table, language: language)
        let network = Fixtures.at(.network, language)
        let failed = Fixtures.run(network, [.checked(.network, token: Fixtures.checkToken(network, .network), Fixtures.offCampus)]).0
        let screen = Self.text(failed)
        #expect(screen.contains(t("wizard.network.continueAnyway")), "\(screen)")
        #expect(view(failed).keys.contains(KeyHint("Enter", t("wizard.key.continueAnyway"))))
        #expect(Fixtures.run(failed, [.key(.enter)]).0.step == .clock)
    }

    func view(_ state: WizardState) -> Page { Self.view.page(state) }

    @Test func startWithNothingTickedSaysWhy() {
        var products = Fixtures.at(.products, .en)
        products.chosen = []
        products.selection = products.productList.navigation.last ?? 0
        let pressed = Fixtures.run(products, [.key(.enter)]).0
        #expect(pressed.step == .products && pressed.notice == .nothingChosen)
        #expect(Self.text(pressed).contains(Fixtures.table.text("wizard.products.nothingChosen", .en)))
        #expect(Fixtures.run(pressed, [.key(.down)]).0.notice == nil, "the note goes with the next key")
    }

    // MARK: - Inside WSL

    static let access = WindowsAccess(distribution: "Ubuntu", cscriptPath: "/mnt/c/Windows/System32/cscript.exe")
    static let readAt = Date(timeIntervalSince1970: 1_764_028_800)

    static func licence(_ product: Product, _ status: WindowsLicenseStatus, minutes: Int, channel: String = "Volume:GVLK") -> WindowsLicence {
        WindowsLicence(activationID: product.skuID, name: product.displayName, status: status, graceMinutes: minutes,
                       channel: channel, partialProductKey: "2YT43")
    }

    static let home = WindowsLicence(activationID: UUID(), name: "Windows(R), Core edition", status: .licensed, graceMinutes: 0,
                                     channel: "OEM:DM", partialProductKey: "8HVX7")
    static let office365 = WindowsLicence(activationID: UUID(), name: "Office 16, Office16O365ProPlusR_Grace edition",
                                          status: .notification, graceMinutes: 0, channel: "Retail", partialProductKey: "3V6Q6")

    static func installed(_ licences: [WindowsLicence]) -> WindowsLicencesOutcome {
        .read(InstalledProduct.match(licences, catalog: [Fixtures.windows, Fixtures.office]), at: readAt)
    }

    static func token(_ state: WizardState) -> Int {
        if case let .running(token) = state.windowsLicences { return token }
        return -1
    }

    @Test func insideWSLWindowsIsReadAndWhatItReportsInstalledIsTicked() {
        let (found, effects) = Fixtures.run(Fixtures.fresh(.en), [.windowsFound(Self.access)])
        #expect(effects == [.readWindowsLicences(token: Self.token(found))])
        let outcome = Self.installed([Self.licence(Fixtures.office, .outOfBoxGrace, minutes: 20 * 1440), Self.home, Self.office365])
        let read = Fixtures.run(found, [.windowsLicencesRead(token: Self.token(found), outcome)]).0
        #expect(read.records["office2016-proplus"]?.windows?.licenseStatus == .outOfBoxGrace)
        var products = read
        products.step = .clock
        products = Fixtures.run(products, [.checked(.clock, token: 0, Fixtures.clockOK)]).0
        products.checks[.clock] = .done(Fixtures.clockOK)
        products = Fixtures.run(products, [.key(.enter)]).0
        #expect(products.step == .products)
        #expect(products.chosen == ["office2016-proplus"], "Windows' installed products are preselected, Home is not")
        let screen = Self.text(products)
        #expect(screen.contains("Windows: initial grace period, 20 days left, key …2YT43"), "\(screen)")
        #expect(screen.contains("[OK] Windows(R), Core edition: Windows reports it activated with a retail, OEM or MAK licence (OEM:DM); it needs no KMS"),
                "a licensed OEM Windows needs nothing:\n\(screen)")
        #expect(screen.contains("[!!] Office 16, Office16O365ProPlusR_Grace edition: KMS cannot activate this product (Retail"), "\(screen)")
    }

    @Test func afterWTheResultAndTheDeadlineComeFromWindows() {
        var state = Fixtures.run(Fixtures.fresh(.zhTW), [.windowsFound(Self.access)]).0
        state = Fixtures.run(state, [.windowsLicencesRead(token: Self.token(state),
                                                          Self.installed([Self.licence(Fixtures.windows, .notification, minutes: 0)]))]).0
        state = TruthfulActivationTests.checkedInWSL(state)
        let (running, _) = Fixtures.run(state, [.key(.character("w"))])
        guard case let .running(runToken) = running.windowsRun else {
            Issue.record("w did not start the run")
            return
        }
        let ran = WindowsOutcome.ran([WindowsGroupResult(title: "Windows 10/11 Enterprise", result: .activated)])
        let (reread, effects) = Fixtures.run(running, [.ranOnWindows(token: runToken, ran)])
        #expect(effects == [.readWindowsLicences(token: Self.token(reread))], "Windows is read again after the run")
        let licensed = Self.installed([Self.licence(Fixtures.windows, .licensed, minutes: 180 * 1440)])
        let done = Fixtures.run(reread, [.windowsLicencesRead(token: Self.token(reread), licensed)]).0
        let screen = Self.text(done)
        #expect(screen.contains("[OK] Windows 10/11 Enterprise：Windows 已啟用（Windows 回報），KMS 啟用在 2026-05-24 08:00 (UTC+8) 到期（剩 180 天）"),
                "\(screen)")
        let status = Self.text(Fixtures.run(done, [.key(.enter)]).0)
        #expect(status.contains("Windows 已啟用（Windows 回報）") && status.contains("剛從這台 Windows 讀取"), "\(status)")
    }

    @Test(arguments: Language.allCases)
    func whyWindowsCouldNotRunIsWordedInTheReadersLanguage(language: Language) {
        let t = Localizer(table: Fixtures.table, language: language)
        let missing = WindowsOutcome.cannotRun(.cannotStart(.cannotStart(program: "/mnt/c/Windows/System32/fltmc.exe", errno: ENOENT)))
        let line = WindowsReport(missing, t).lines.map(\.text).joined()
        #expect(line.contains("/mnt/c/Windows/System32/fltmc.exe") && line.contains("ENOENT"), "\(line)")
        #expect(!line.contains("No such file"), "no strerror sentence: \(line)")
        let off = WindowsReport(.cannotRun(.unavailable(.interopOff)), t).lines.map(\.text).joined()
        #expect(off.contains("/etc/wsl.conf"), "\(off)")
        if language == .zhTW { #expect(line.contains("無法啟動") && off.contains("互通功能"), "\(line) \(off)") }
    }

    @Test(arguments: Language.allCases)
    func aResultTheStateFileCouldNotKeepIsSaidOnTheScreens(language: Language) {
        let t = Localizer(table: Fixtures.table, language: language)
        var state = Fixtures.at(.activation, language)
        let full = StateError.io(FileError(path: "/home/student/.local/state/kmswizard/state.json", reason: .system(errno: ENOSPC)))
        state = Fixtures.run(state, [.hostChecked(shortName: Fixtures.windows.shortName, token: Fixtures.runToken(state, Fixtures.windows.shortName),
                                                  .hostWouldActivate(Fixtures.record), notSaved: full)]).0
        let said = t("wizard.state.notSaved", ["reason": full.text(t)])
        #expect(Self.text(state).contains(said), "\(Self.text(state))")
        #expect(full.text(t).contains("ENOSPC") && !full.text(t).contains("No space left"), "\(full.text(t))")
        state = Fixtures.run(state, [.hostChecked(shortName: Fixtures.office.shortName, token: Fixtures.runToken(state, Fixtures.office.shortName),
                                                  .hostWouldActivate(Fixtures.record))]).0
        let status = Self.text(Fixtures.run(Fixtures.fileWritten(state), [.key(.enter)]).0)
        #expect(status.contains(said), "the status screen says it too:\n\(status)")
    }

    /// From a state that found Windows to the activation screen with the windows product checked by the host.
    static func checkedInWSL(_ found: WizardState) -> WizardState {
        var state = found
        state.step = .products
        state.chosen = ["win10-enterprise"]
        state = Fixtures.run(state, [.key(.end), .key(.enter)]).0
        return Fixtures.run(state, [.hostChecked(shortName: "win10-enterprise", token: Fixtures.runToken(state, "win10-enterprise"),
                                                 .hostWouldActivate(Fixtures.record))]).0
    }
}
