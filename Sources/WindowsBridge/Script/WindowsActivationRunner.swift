import KMSCore

/// Runs a `WindowsActivationPlan` through the Windows tools from inside WSL and reads the result.
///
/// The same steps as the `.cmd` file, but each goes to `cscript.exe //nologo //U` (UTF-16
/// output, so the Chinese text survives whatever the console code page is) and its output is
/// parsed by `ActivationTranscript`. Windows refuses licence changes without administrator rights
/// and WSL inherits them from the window it runs in, so elevation is checked first with
/// `fltmc.exe`, exactly as the script does. Not run on a real Windows in this project's tests:
/// they drive it with a fake `cscript.exe` over the transcript fixtures.
public struct WindowsActivationRunner: Sendable {
    public struct StepResult: Sendable, Equatable {
        public let argument: String
        public let status: Int32
        public let output: String
    }

    public struct GroupResult: Sendable, Equatable {
        public let title: String
        public let shortNames: [String]
        public let steps: [StepResult]
        /// What the steps before the status display printed, parsed; nil when the group could not run.
        public let transcript: ActivationTranscript?
        /// The Office folder whose ospp.vbs was not found.
        public let missingOfficeFolder: String?

        public var outcome: ActivationTranscript.Outcome { transcript?.outcome ?? .failed }
    }

    public enum RunError: Error, Sendable, Equatable, CustomStringConvertible {
        /// fltmc.exe failed: the WSL window was not started as administrator (0x80070005).
        case notElevated
        case cannotStart(SubprocessError)

        public var description: String {
            switch self {
            case .notElevated: "Windows reports 0x80070005 (access denied): start the WSL terminal with Run as administrator"
            case let .cannotStart(error): error.description
            }
        }
    }

    public let wsl: WSLEnvironment
    public let runner: any CommandRunning
    public let stepTimeoutSeconds: Double
    public let fileExists: @Sendable (String) -> Bool

    public init(wsl: WSLEnvironment, runner: any CommandRunning = Subprocess(), stepTimeoutSeconds: Double = 180,
                fileExists: @escaping @Sendable (String) -> Bool) {
        self.wsl = wsl
        self.runner = runner
        self.stepTimeoutSeconds = stepTimeoutSeconds
        self.fileExists = fileExists
    }

    public func run(_ plan: WindowsActivationPlan) throws(RunError) -> [GroupResult] {
        let elevation: SubprocessResult
        do { elevation = try runner.run(wsl.fltmcPath, [], input: nil, timeoutSeconds: 30) } catch {
            throw .cannotStart(error)
        }
        guard elevation.succeeded else { throw .notElevated }
        var results: [GroupResult] = []
        for group in plan.groups {
            let names = group.products.map(\.shortName)
            let script: String
            switch group.tool {
            case .slmgr:
                script = wsl.windowsPath(wsl.windowsRoot + "/Windows/System32/slmgr.vbs")
            case let .ospp(folder):
                guard let found = osppPath(folder: folder, bits: plan.officeBits) else {
                    results.append(GroupResult(title: group.title, shortNames: names, steps: [], transcript: nil, missingOfficeFolder: folder))
                    continue
                }
                script = wsl.windowsPath(found)
            }
            var steps: [StepResult] = []
            for step in group.steps {
                let arguments = ["//nologo", "//U", script] + step.argument.split(separator: " ").map(String.init)
                do {
                    let result = try runner.run(wsl.cscriptPath, arguments, input: nil, timeoutSeconds: stepTimeoutSeconds)
                    steps.append(StepResult(argument: step.argument, status: result.status,
                                            output: WindowsOutput.decode(result.stdout + result.stderr)))
                } catch {
                    throw .cannotStart(error)
                }
            }
            let activationText = zip(group.steps, steps).filter { $0.0.role != .status }.map(\.1.output).joined(separator: "\n")
            results.append(GroupResult(title: group.title, shortNames: names, steps: steps,
                                       transcript: ActivationTranscript.parse(activationText), missingOfficeFolder: nil))
        }
        return results
    }

    /// The Linux path of ospp.vbs for the folder, looking where the bitness says (WSL needs 64-bit Windows).
    func osppPath(folder: String, bits: OfficeBits) -> String? {
        let x64 = wsl.windowsRoot + "/Program Files/Microsoft Office/\(folder)/ospp.vbs"
        let x86 = wsl.windowsRoot + "/Program Files (x86)/Microsoft Office/\(folder)/ospp.vbs"
        let candidates = switch bits {
        case .x64: [x64]
        case .x86: [x86]
        case .probe: [x64, x86]
        }
        return candidates.first(where: fileExists)
    }
}
