import Platform
import KMSCore
import KMSProtocol
import Renewal
import Diagnostics
import Localization
import TestSupport
@testable import Wizard

/// Shared values for the wizard's unit tests: the real string table, two catalog entries, and
/// states at each step built by feeding events through the real update function.
enum Fixtures {
    static let table: StringTable = {
        do { return try StringTable.bundled() } catch { fatalError("strings file: \(error)") }
    }()

    static let windows = Product(shortName: "win10-enterprise", displayName: "Windows 10/11 Enterprise", family: .windows,
                                 release: "10", applicationID: UUID(), skuID: UUID(), kmsCountedID: UUID(),
                                 protocolVersion: 6, gvlk: "NPPR9-FWDCX-D2C8J-H872K-2YT43", minimumCount: 25)
    static let office = Product(shortName: "office2016-proplus", displayName: "Office Professional Plus 2016", family: .office,
                                release: "2016", applicationID: UUID(), skuID: UUID(), kmsCountedID: UUID(),
                                protocolVersion: 6, gvlk: "XQNVK-8JYDB-WJ9W3-YJ8YR-WFG99", minimumCount: 5)

    static let config = WizardConfig(kmsHost: "127.0.0.1:1688", ntpServer: "127.0.0.1:11123")
    static let activatedAt = Date(timeIntervalSince1970: 1_764_000_000)   // 2025-11-24 16:00 UTC

    static let record = HostCheckRecord(at: activatedAt, host: "127.0.0.1", port: 1688,
                                         epid: "06401-00206-471-111111-03-1033-17763.0000-2662024",
                                         protocolVersion: 6, clientCount: 50, activationIntervalMinutes: 120,
                                         renewalIntervalMinutes: 10080)
    static func problem(_ kind: ActivationFailure.Kind, windowsCode: ActivationErrorCode? = 0xC004_F074) -> ActivationProblem {
        let failure = ActivationFailure(kind: kind, reason: kind.rawValue, detail: "engine detail, in English", windowsCode: windowsCode)
        return ActivationProblem(record: FailureRecord(at: activatedAt, code: kind.rawValue, windowsCode: windowsCode),
                                 facts: ActivationFailureFacts(failure, endpoint: Endpoint(host: "127.0.0.1", port: 1688), product: windows,
                                                               timeoutSeconds: 5))
    }

    static let timeout = problem(.timeout)

    static let networkOK = CheckOutcome.results([SampleFindings.network(.campus), SampleFindings.reachability(.connected(milliseconds: 1))])
    static let offCampus = CheckOutcome.results([SampleFindings.network(.offCampus), SampleFindings.reachability(.timeout)])
    static let clockOK = CheckOutcome.results([SampleFindings.clock(error: 0.012), SampleFindings.timezone])

    /// Feeds events through `update`, collecting every effect.
    static func run(_ state: WizardState, _ events: [WizardEvent]) -> (WizardState, [WizardEffect]) {
        events.reduce((state, [])) { accumulated, event in
            let (next, effects) = WizardUpdate.update(accumulated.0, event)
            return (next, accumulated.1 + effects)
        }
    }

    static func fresh(_ language: Language = .zhTW) -> WizardState {
        let (state, _) = WizardUpdate.start(config: config, language: language)
        return run(state, [.catalogLoaded(.products([windows, office])), .remembered(Remembered(now: activatedAt))]).0
    }

    /// The token of the effect that started `kind`'s check.
    static func checkToken(_ state: WizardState, _ kind: CheckKind) -> Int {
        if case let .running(token) = state.check(kind) { return token }
        return -1
    }

    /// Where the activation file of the fixtures goes.
    static let activationFile = "/home/student/kmswizard-activate-20251125-0000.cmd"

    /// The token of the effect that writes the activation file.
    static func fileToken(_ state: WizardState) -> Int {
        if case let .running(token) = state.activationFile { return token }
        return -1
    }

    /// The activation file written, as the service reports it.
    static func fileWritten(_ state: WizardState) -> WizardState {
        run(state, [.activationFileWritten(token: fileToken(state), .written(path: activationFile, at: activatedAt))]).0
    }

    static func runToken(_ state: WizardState, _ name: String) -> Int {
        if case let .running(token)? = state.runs[name] { return token }
        return -1
    }

    /// A state at `step`, reached through the real transitions with passing checks; on the
    /// network and clock steps the step's own check is still running.
    static func at(_ step: WizardStep, _ language: Language = .zhTW) -> WizardState {
        if step == .welcome { return fresh(language) }
        var state = run(fresh(language), [.choose(language == .zhTW ? 0 : 1)]).0
        if step == .identity { return state }
        state = run(state, [.choose(0)]).0
        if step == .network { return state }
        state = run(state, [.checked(.network, token: checkToken(state, .network), networkOK), .key(.enter)]).0
        if step == .clock { return state }
        state = run(state, [.checked(.clock, token: checkToken(state, .clock), clockOK), .key(.enter)]).0
        if step == .products { return state }
        state = run(state, [.choose(0), .choose(1), .choose(2)]).0
        if step == .activation { return state }
        state = run(state, [.hostChecked(shortName: windows.shortName, token: runToken(state, windows.shortName), .hostWouldActivate(record))]).0
        state = run(state, [.hostChecked(shortName: office.shortName, token: runToken(state, office.shortName), .hostWouldActivate(record))]).0
        return run(fileWritten(state), [.key(.enter)]).0
    }
}

extension WizardState {
    /// This state with the current step's check (if any) finished with a passing outcome.
    func settled() -> WizardState {
        switch step {
        case .network: Fixtures.run(self, [.checked(.network, token: Fixtures.checkToken(self, .network), Fixtures.networkOK)]).0
        case .clock: Fixtures.run(self, [.checked(.clock, token: Fixtures.checkToken(self, .clock), Fixtures.clockOK)]).0
        default: self
        }
    }
}
