import ArgumentParser
import Renewal

/// Every kind of failure a command reports, and the one place that decides its exit status.
///
/// The raw value is the stable word `--json` prints as `error.code` (schemas/error.schema.json
/// lists them); `status` is the exit status (README, "Exit codes", lists both). One word has
/// one status: a script may branch on either and never see them disagree. A failure is built
/// from its code (`CLIFailure(.stateIO, message: ...)`), never from a status picked by hand.
enum CLIErrorCode: String, CaseIterable, Sendable {
    // The KMS host's answer, or its absence: `ActivationFailure.Kind`'s words (activate, the wizard).
    case timeout
    case refused
    case unreachable
    case dns
    case `protocol`
    case rpcFault = "rpc-fault"
    case bindRejected = "bind-nak"
    case badResponse = "bad-response"
    case kmsError = "kms-error"
    case belowThreshold = "below-threshold"
    /// Something failed on this computer (no thread, no random bytes): a bug.
    case local

    // The command line.
    case usage
    case unknownProduct = "unknown-product"
    case ambiguousProduct = "ambiguous-product"
    /// The products or host asked for cannot make a `.cmd` file (two Windows editions, `1.2.3.4&calc`).
    case scriptArguments = "script-arguments"

    // Files kmswizard reads or writes.
    case config
    /// `remind --install`: kmswizard's own path cannot go into a systemd unit or crontab line.
    case programPath = "program-path"
    /// The strings file is missing or cannot be used.
    case resources
    /// A system library the command needs cannot be loaded (reported by `LibraryLoading`).
    case libraryMissing = "library-missing"
    case catalogMissing = "catalog-missing"
    /// The product catalog cannot be read.
    case catalogIO = "catalog-io"
    /// The product catalog is broken (malformed, too large, another schema, invalid entries).
    case catalog
    /// The state file is damaged or was written by a newer kmswizard; it is left as it is.
    case state
    /// `renew` moved a damaged state file aside and started a new one.
    case stateRecovered = "state-recovered"
    /// The state file or its folder cannot be read or written.
    case stateIO = "state-io"
    /// `activate` showed the host's answer but could not keep it.
    case stateNotSaved = "state-not-saved"
    /// The script's text cannot be written for the data it came from (a character code page 950 lacks).
    case script
    /// `--out`, `--ics` or a reminder unit cannot be written.
    case cannotWrite = "cannot-write"

    // The wizard.
    case noTerminal = "no-terminal"
    case inputEnded = "input-ended"

    // Windows, seen from WSL.
    /// `script --run` outside WSL (or WSL's interop is unusable): nothing can run on Windows.
    case notWSL = "not-wsl"
    /// `renew` found no Windows to read: nothing is due here.
    case nothingToRenew = "nothing-to-renew"
    /// `remind --ics`: Windows reported no KMS activation, so no deadline is known.
    case nothingActivated = "nothing-activated"
    case notElevated = "not-elevated"
    case windowsUnreadable = "windows-unreadable"
    case windowsCannotRun = "windows-cannot-run"
    case cscript
    /// Another `renew` still held the lock after the wait.
    case renewLock = "renew-lock"
    /// The renew lock file cannot be opened.
    case renewLockIO = "renew-lock-io"
    /// `remind --install/--uninstall`: no scheduler, or crontab failed.
    case remind

    case interrupted

    var status: ExitStatus {
        switch self {
        case .timeout, .renewLock: .timeout
        case .refused, .unreachable, .notWSL, .windowsUnreadable, .windowsCannotRun, .cscript, .remind: .unavailable
        case .dns: .noHost
        case .protocol, .rpcFault, .bindRejected, .badResponse: .protocolError
        case .kmsError: .kmsRefused
        case .belowThreshold: .belowThreshold
        case .local: .software
        case .usage, .unknownProduct, .ambiguousProduct, .scriptArguments: .usage
        case .config, .programPath: .config
        case .resources, .catalogMissing: .missingResource
        case .libraryMissing: .missingLibrary
        case .catalog, .state, .stateRecovered, .script: .dataError
        case .catalogIO, .stateIO, .stateNotSaved, .renewLockIO: .ioError
        case .cannotWrite: .cannotCreate
        case .noTerminal: .noTerminal
        case .inputEnded: .noInput
        case .nothingToRenew, .nothingActivated: .nothingDue
        case .notElevated: .noPermission
        case .interrupted: .interrupted
        }
    }
}

/// How a command ends when it has written its own result and the exit status tells the verdict
/// (no error message, no `error` object): the table for every such status.
enum CommandOutcome: CaseIterable, Sendable {
    /// `renew`: every product due was renewed.
    case renewed
    /// `renew`: nothing was due, or there is no Windows here to renew.
    case nothingDue
    /// `renew`: Windows still reports a product not activated.
    case renewFailed
    /// `script --run`: Windows did not report every product activated.
    case windowsError
    /// `diagnose`: a check warned, none failed.
    case checksWarned
    /// `diagnose`: a check failed.
    case checksFailed
    /// `explain`: a well-formed code kmswizard does not know.
    case unknownCode

    var status: ExitStatus {
        switch self {
        case .renewed: .renewed
        case .nothingDue: .nothingDue
        case .renewFailed: .renewFailed
        case .windowsError: .kmsRefused
        case .checksWarned: .checksWarned
        case .checksFailed: .checksFailed
        case .unknownCode: .unknownCode
        }
    }

    /// Thrown after the output is written: ArgumentParser ends the process with the status.
    var exitCode: ExitCode { ExitCode(status.rawValue) }
}

extension CLIErrorCode {
    /// A state file that cannot be used: damaged (or not a regular file) is `state`, a failing
    /// disk `state-io`, a signal during the lock wait `interrupted`.
    init(_ error: StateError) {
        switch error {
        case let .io(file) where file.reason == .notRegularFile: self = .state
        case .corrupt, .futureVersion: self = .state
        case .io: self = .stateIO
        case .interrupted: self = .interrupted
        }
    }
}
