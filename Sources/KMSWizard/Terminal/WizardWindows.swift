import Platform
import KMSCore
import WindowsBridge
import Diagnostics
import Wizard

/// The wizard's way to the Windows around a WSL Linux: the same detection, commands and
/// transcript parsing as `kmswizard script --run` (`WSLEnvironment`, `WindowsActivationPlan`,
/// `WindowsActivationRunner`), with the outcome handed to the activation screen instead of
/// printed. No keys are installed (as `script` without `--install-key`); Office is looked for
/// in both Program Files folders.
struct WizardWindows: Sendable {
    let settings: Settings
    let environment: Variables

    var bridge: WindowsBridge {
        WindowsBridge(find: find, run: run, read: read)
    }

    func find() -> WindowsAccess? {
        guard let wsl = try? WSLEnvironment.detect(.system(environment: environment)) else { return nil }
        return WindowsAccess(distribution: wsl.distribution, cscriptPath: wsl.cscriptPath)
    }

    /// cscript.exe blocks for as long as Windows takes (up to minutes per step), so the run goes
    /// to a thread of its own (`BlockingIO`) rather than holding one of Swift's few cooperative threads.
    func run(_ products: [Product]) async -> WindowsOutcome {
        await BlockingIO.run { runBlocking(products) }
    }

    /// PowerShell answers in seconds, or more the first time: a thread of its own, bounded by the reader's timeout.
    func read() async -> WindowsLicencesOutcome {
        await BlockingIO.run { WindowsLicences.read(environment: environment).wizardOutcome }
    }

    private func runBlocking(_ products: [Product]) -> WindowsOutcome {
        let wsl: WSLEnvironment
        do { wsl = try WSLEnvironment.detect(.system(environment: environment)) } catch { return .cannotRun(.unavailable(error)) }
        let plan: WindowsActivationPlan
        do {
            plan = try WindowsActivationPlan.guide(products, endpoint: settings.kmsHost)
        } catch {
            return .cannotRun(.cannotRender)
        }
        let runner = WindowsActivationRunner(wsl: wsl, fileExists: { FileManager.default.fileExists(atPath: $0) })
        do {
            return .ran(try runner.run(plan).map(Self.groupResult))
        } catch {
            switch error {
            case .notElevated: return .refused(WindowsFailure(code: .accessDenied))
            case let .cannotStart(error): return .cannotRun(.cannotStart(error))
            }
        }
    }

    static func groupResult(_ group: WindowsActivationRunner.GroupResult) -> WindowsGroupResult {
        if let folder = group.missingOfficeFolder { return WindowsGroupResult(title: group.title, result: .officeMissing(folder: folder)) }
        guard let transcript = group.transcript else { return WindowsGroupResult(title: group.title, result: .unrecognized) }
        switch transcript.outcome {
        case .activated: return WindowsGroupResult(title: group.title, result: .activated)
        case .unrecognized: return WindowsGroupResult(title: group.title, result: .unrecognized)
        case .failed:
            let failures = transcript.failures.map { WindowsFailure(code: $0.code, windowsText: $0.description) }
            return WindowsGroupResult(title: group.title, result: .failed(failures))
        }
    }
}
