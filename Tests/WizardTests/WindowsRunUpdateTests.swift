import Localization
import Testing
@testable import Wizard

/// Running the activation on the Windows around a WSL Linux (`w` on the activation screen):
/// offered only when the services found such a Windows, and only once the KMS exchange is over.
@Suite struct WindowsRunUpdateTests {
    static let access = WindowsAccess(distribution: "Ubuntu", cscriptPath: "/mnt/c/Windows/System32/cscript.exe")
    static let w = WizardEvent.key(.character("w"))

    /// The activation screen after both products' KMS exchanges, with or without a Windows found at start.
    static func afterExchange(windows: WindowsAccess?, _ outcome: ActivationOutcome = .hostWouldActivate(Fixtures.record),
                              _ language: Language = .zhTW) -> WizardState {
        var state = Fixtures.run(Fixtures.at(.activation, language), [.windowsFound(windows)]).0
        if case let .running(token) = state.windowsLicences {   // Windows' licence state, read at start: not readable here
            state = Fixtures.run(state, [.windowsLicencesRead(token: token, .failed(.powershellMissing(path: "powershell.exe")))]).0
        }
        for product in [Fixtures.windows, Fixtures.office] {
            state = Fixtures.run(state, [.hostChecked(shortName: product.shortName, token: Fixtures.runToken(state, product.shortName), outcome)]).0
        }
        return state.activationFile.isRunning ? Fixtures.fileWritten(state) : state
    }

    /// Windows' licence state read again after a run, here unreadable (a PowerShell-less fake).
    static func reread(_ state: WizardState) -> WizardState {
        guard case let .running(token) = state.windowsLicences else { return state }
        return Fixtures.run(state, [.windowsLicencesRead(token: token, .failed(.powershellMissing(path: "powershell.exe")))]).0
    }

    static func windowsToken(_ state: WizardState) -> Int {
        if case let .running(token) = state.windowsRun { return token }
        return -1
    }

    @Test func startLooksForWindowsAndTheAnswerIsKept() {
        let (state, effects) = WizardUpdate.start(config: Fixtures.config, language: .en)
        #expect(effects.contains(.findWindows))
        #expect(state.windows == nil)
        #expect(WizardUpdate.update(state, .windowsFound(Self.access)).0.windows == Self.access)
    }

    @Test func outsideWSLTheKeyDoesNothing() {
        let state = Self.afterExchange(windows: nil)
        #expect(!state.canRunOnWindows)
        let (next, effects) = WizardUpdate.update(state, Self.w)
        #expect(effects.isEmpty)
        #expect(next.windowsRun == .notRun)
    }

    @Test func notOfferedWhileTheKMSExchangeRuns() {
        let state = Fixtures.run(Fixtures.at(.activation), [.windowsFound(Self.access)]).0
        #expect(state.isBusy && !state.canRunOnWindows)
        #expect(WizardUpdate.update(state, Self.w).1.isEmpty)
    }

    @Test func wRunsTheChosenProductsOnWindowsAndSuccessIsKept() {
        let state = Self.afterExchange(windows: Self.access)
        #expect(state.canRunOnWindows)
        let (running, effects) = WizardUpdate.update(state, Self.w)
        let token = Self.windowsToken(running)
        #expect(effects == [.runOnWindows([Fixtures.windows, Fixtures.office], token: token)])
        #expect(running.isBusy, "q asks first while Windows works")
        #expect(WizardUpdate.update(running, Self.w).1.isEmpty, "a second w while it runs starts nothing")
        #expect(WizardUpdate.update(running, .key(.enter)).0.step == .activation, "Enter waits for Windows")
        let outcome = WindowsOutcome.ran([WindowsGroupResult(title: "Windows 10/11 Enterprise", result: .activated),
                                          WindowsGroupResult(title: "Office Professional Plus 2016", result: .activated)])
        let ran = WizardUpdate.update(running, .ranOnWindows(token: token, outcome)).0
        #expect(ran.windowsRun == .done(outcome))
        #expect(ran.windowsLicences.isRunning, "Windows' own state is read again")
        let done = Self.reread(ran)
        #expect(!done.isBusy)
        let status = WizardUpdate.update(done, .key(.enter)).0
        #expect(status.step == .status)
        #expect(WizardView.snapshot(of: status).windowsRun == outcome, "the status screen and printout see the result")
    }

    @Test func failureIsKeptAndWRetriesWithANewToken() {
        let (running, _) = WizardUpdate.update(Self.afterExchange(windows: Self.access), Self.w)
        let first = Self.windowsToken(running)
        let refused = WindowsOutcome.refused(WindowsFailure(code: 0x8007_0005))
        let failed = Self.reread(WizardUpdate.update(running, .ranOnWindows(token: first, refused)).0)
        #expect(failed.windowsRun == .done(refused))
        let (retrying, effects) = WizardUpdate.update(failed, Self.w)
        let second = Self.windowsToken(retrying)
        #expect(second != first && second > 0)
        #expect(effects == [.runOnWindows([Fixtures.windows, Fixtures.office], token: second)])
        let late = WizardUpdate.update(retrying, .ranOnWindows(token: first, .cannotRun(.cannotRender))).0
        #expect(late.windowsRun == .running(token: second), "a result for an older run is dropped")
        let fixed = WindowsOutcome.ran([WindowsGroupResult(title: "x", result: .activated)])
        #expect(WizardUpdate.update(retrying, .ranOnWindows(token: second, fixed)).0.windowsRun == .done(fixed))
    }

    @Test func offeredAfterAFailedExchangeToo() {
        let state = Self.afterExchange(windows: Self.access, .failed(Fixtures.timeout))
        #expect(state.canRunOnWindows)
        #expect(WizardUpdate.update(state, Self.w).1.count == 1)
    }

    @Test func leavingTheActivationScreenForgetsTheRun() {
        let (running, _) = WizardUpdate.update(Self.afterExchange(windows: Self.access), Self.w)
        let token = Self.windowsToken(running)
        let back = WizardUpdate.update(running, .key(.character("b"))).0
        #expect(back.step == .products && back.windowsRun == .notRun)
        let dropped = WizardUpdate.update(back, .ranOnWindows(token: token, .cannotRun(.cannotRender))).0
        #expect(dropped.windowsRun == .notRun)
        #expect(dropped.windows == Self.access, "the Windows found at start stays known")
    }
}
