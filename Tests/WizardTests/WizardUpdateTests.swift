import Diagnostics
import Localization
import Testing
@testable import Wizard

@Suite struct WizardUpdateTests {
    @Test func startLoadsTheStateFileAndTheCatalog() {
        let (state, effects) = WizardUpdate.start(config: Fixtures.config, language: .zhTW)
        #expect(state.step == .welcome)
        #expect(effects == [.loadRemembered, .loadCatalog, .findWindows])
    }

    @Test func welcomeStartsOnTheLanguageAlreadyChosen() {
        let (state, _) = WizardUpdate.start(config: Fixtures.config, language: .en)
        #expect(Fixtures.run(state, [.key(.enter)]).0.language == .en)
    }

    @Test func choosingEnglishSwitchesLanguageAndMovesOn() {
        let (state, _) = Fixtures.run(Fixtures.fresh(), [.key(.down), .key(.enter)])
        #expect(state.language == .en)
        #expect(state.step == .identity)
    }

    @Test func identityIsSavedAndTheNetworkCheckStarts() {
        let (state, effects) = Fixtures.run(Fixtures.at(.identity), [.key(.character("j")), .key(.enter)])
        #expect(state.identity == .ta)
        #expect(state.step == .network)
        #expect(effects == [.saveIdentity(.ta), .check(.network, token: Fixtures.checkToken(state, .network))])
    }

    @Test func graduateSeesTheTwoOptionsThenContinues() {
        var (state, _) = Fixtures.run(Fixtures.at(.identity), [.choose(5)])
        #expect(state.identity == .graduate && state.identityNoteShown && state.step == .identity)
        state = Fixtures.run(state, [.key(.enter)]).0
        #expect(state.step == .network)
    }

    @Test func outsiderIsToldAndCannotGoOn() {
        var (state, _) = Fixtures.run(Fixtures.at(.identity), [.choose(6)])
        #expect(state.identityNoteShown)
        state = Fixtures.run(state, [.key(.enter), .key(.enter)]).0
        #expect(state.step == .identity)
        state = Fixtures.run(state, [.key(.character("b"))]).0
        #expect(!state.identityNoteShown && state.step == .identity)
    }

    @Test func rememberedIdentityIsPreselected() {
        let state = Fixtures.run(Fixtures.fresh(), [.remembered(Remembered(identity: .student)), .key(.enter)]).0
        #expect(state.step == .identity)
        #expect(state.selection == Identity.allCases.firstIndex(of: .student))
    }

    @Test func staleCheckResultsAreDropped() {
        var state = Fixtures.at(.network)
        let first = Fixtures.checkToken(state, .network)
        state = Fixtures.run(state, [.key(.character("b")), .choose(0)]).0   // back and forward: a new check
        state = Fixtures.run(state, [.checked(.network, token: first, Fixtures.offCampus)]).0
        #expect(state.check(.network).isRunning)
    }

    @Test func failedCheckNeverDeadEndsAndRetryRechecks() {
        var (state, _) = Fixtures.run(Fixtures.at(.network), [])
        state = Fixtures.run(state, [.checked(.network, token: Fixtures.checkToken(state, .network), Fixtures.offCampus)]).0
        #expect(Fixtures.run(state, [.key(.enter)]).0.step == .clock, "the walk goes on after a failed check")
        let (retried, effects) = Fixtures.run(state, [.key(.character("r"))])
        #expect(effects == [.check(.network, token: Fixtures.checkToken(retried, .network))])
        state = Fixtures.run(retried, [.checked(.network, token: Fixtures.checkToken(retried, .network), Fixtures.networkOK), .key(.enter)]).0
        #expect(state.step == .clock)
    }

    @Test func aBadCampusRangeIsSaidInTheReadersLanguageAndTheWalkGoesOn() {
        var state = Fixtures.at(.network)
        let bad = CheckOutcome.badCampusRange(.badPrefix("140.127.0.0/99"))
        state = Fixtures.run(state, [.checked(.network, token: Fixtures.checkToken(state, .network), bad)]).0
        let view = WizardView(table: Fixtures.table)
        for language in Language.allCases {
            state.language = language
            let t = Localizer(table: Fixtures.table, language: language)
            let text = PlainPage.lines(view.page(state)).joined(separator: "\n")
            #expect(text.contains(CIDR.ParseError.badPrefix("140.127.0.0/99").message(t)), "\(text)")
        }
        #expect(Fixtures.run(state, [.key(.enter)]).0.step == .clock)
    }

    @Test func productsAreTickedAndActivatedOneAfterAnother() {
        var (state, effects) = Fixtures.run(Fixtures.at(.products), [.key(.character(" ")), .key(.down), .key(.enter), .key(.down), .key(.enter)])
        #expect(state.chosen == [Fixtures.windows.shortName, Fixtures.office.shortName])
        #expect(state.step == .activation)
        #expect(effects == [.checkHost(Fixtures.windows, token: Fixtures.runToken(state, Fixtures.windows.shortName))])
        (state, effects) = Fixtures.run(state, [.hostChecked(shortName: Fixtures.windows.shortName, token: Fixtures.runToken(state, Fixtures.windows.shortName), .hostWouldActivate(Fixtures.record))])
        #expect(effects == [.checkHost(Fixtures.office, token: Fixtures.runToken(state, Fixtures.office.shortName))])
        #expect(state.records[Fixtures.windows.shortName]?.lastHostCheck == Fixtures.record)
    }

    @Test func startWithNothingChosenDoesNothing() {
        let (state, effects) = Fixtures.run(Fixtures.at(.products), [.choose(2)])
        #expect(state.step == .products && effects.isEmpty)
    }

    @Test func retryAfterFailureRunsOnlyTheFailedProducts() {
        var state = Fixtures.at(.activation)
        state = Fixtures.run(state, [.hostChecked(shortName: Fixtures.windows.shortName, token: Fixtures.runToken(state, Fixtures.windows.shortName), .hostWouldActivate(Fixtures.record))]).0
        state = Fixtures.run(state, [.hostChecked(shortName: Fixtures.office.shortName, token: Fixtures.runToken(state, Fixtures.office.shortName), .failed(Fixtures.timeout))]).0
        #expect(state.records[Fixtures.office.shortName]?.lastHostCheckFailure == Fixtures.timeout.record)
        state = Fixtures.fileWritten(state)
        let (retried, effects) = Fixtures.run(state, [.key(.character("r"))])
        #expect(effects == [.checkHost(Fixtures.office, token: Fixtures.runToken(retried, Fixtures.office.shortName))])
        let rechecked = Fixtures.run(retried, [.hostChecked(shortName: Fixtures.office.shortName, token: Fixtures.runToken(retried, Fixtures.office.shortName), .hostWouldActivate(Fixtures.record))]).0
        #expect(rechecked.activationFile.isRunning, "the file is written again after the retry")
        let done = Fixtures.run(Fixtures.fileWritten(rechecked), [.key(.enter)]).0
        #expect(done.step == .status)
    }

    @Test func diagnosticKeyGoesToTheFailingCheck() {
        var state = Fixtures.at(.activation)
        state = Fixtures.run(state, [.hostChecked(shortName: Fixtures.windows.shortName, token: Fixtures.runToken(state, Fixtures.windows.shortName), .failed(Fixtures.timeout))]).0
        #expect(Fixtures.run(state, [.key(.character("d"))]).0.step == .activation, "busy: office still runs")
        state = Fixtures.run(state, [.hostChecked(shortName: Fixtures.office.shortName, token: Fixtures.runToken(state, Fixtures.office.shortName), .failed(Fixtures.timeout))]).0
        let (diagnosed, effects) = Fixtures.run(Fixtures.fileWritten(state), [.key(.character("d"))])
        #expect(diagnosed.step == .network)
        #expect(effects == [.check(.network, token: Fixtures.checkToken(diagnosed, .network))])
    }

    @Test func backDuringActivationDropsLateResults() {
        var state = Fixtures.at(.activation)
        let token = Fixtures.runToken(state, Fixtures.windows.shortName)
        state = Fixtures.run(state, [.key(.character("b"))]).0
        #expect(state.step == .products && !state.isBusy)
        state = Fixtures.run(state, [.hostChecked(shortName: Fixtures.windows.shortName, token: token, .hostWouldActivate(Fixtures.record))]).0
        #expect(state.runs.isEmpty)
    }

    @Test func quitAsksOnlyWhileWorkRuns() {
        #expect(Fixtures.run(Fixtures.at(.identity), [.key(.character("q"))]).1 == [.quit])
        let (asking, effects) = Fixtures.run(Fixtures.at(.network), [.key(.character("q"))])
        #expect(asking.confirmingQuit && effects.isEmpty)
        #expect(Fixtures.run(asking, [.key(.character("n"))]).0.confirmingQuit == false)
        #expect(Fixtures.run(asking, [.key(.character("y"))]).1 == [.quit])
    }

    @Test func statusWritesThePrintableFile() {
        let (state, effects) = Fixtures.run(Fixtures.at(.status), [.key(.character("p"))])
        #expect(state.printing)
        #expect(effects == [.writePrintable(WizardView.snapshot(of: state))])
        let written = Fixtures.run(state, [.printable(.written(path: "/tmp/x.txt"))]).0
        #expect(written.printable == .written(path: "/tmp/x.txt") && !written.printing)
    }

    @Test(arguments: [Key.character("x"), .character("啟"), .other(265), .right, .character("p"), .character("d")])
    func unknownKeysDoNothing(key: Key) {
        for step in [WizardStep.identity, .clock, .products] {
            let state = Fixtures.at(step)
            let (next, effects) = WizardUpdate.update(state, .key(key))
            #expect(next == state && effects.isEmpty, "\(key) on \(step)")
        }
    }

    @Test func languageKeyWorksEverywhere() {
        for step in WizardStep.allCases {
            #expect(Fixtures.run(Fixtures.at(step, .zhTW), [.key(.character("l"))]).0.language == .en)
        }
    }

    @Test func selectionStaysInsideTheList() {
        let state = Fixtures.run(Fixtures.at(.identity), Array(repeating: .key(.down), count: 20)).0
        #expect(state.selection == Identity.allCases.count - 1)
        #expect(Fixtures.run(state, [.key(.pageUp), .key(.pageUp), .key(.up)]).0.selection == 0)
    }
}
