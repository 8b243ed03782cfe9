import Platform
import KMSCore
import Renewal
import Diagnostics

/// What a diagnostic step found: the engine's results, or why it could not run in this build.
public enum CheckOutcome: Sendable, Equatable {
    case results([CheckResult])
    /// The checks could not start: a campus range that is not one (words at the edge).
    case badCampusRange(CIDR.ParseError)

    /// The worst status among the results; `nil` when unavailable.
    public var worst: CheckResult.Status? {
        guard case let .results(results) = self else { return nil }
        return results.map(\.status).max()
    }

    public func result(_ id: String) -> CheckResult? {
        guard case let .results(results) = self else { return nil }
        return results.first { $0.id == id }
    }
}

/// A failed activation: what the state file keeps plus what the screen explains.
public struct ActivationProblem: Sendable, Equatable {
    /// When, the stable error word (`timeout`, `refused`, `kms-error`...) and the Windows code.
    public var record: FailureRecord
    /// What failed, as data: the screen words it in the language shown (`l` re-renders it).
    public var facts: ActivationFailureFacts

    public init(record: FailureRecord, facts: ActivationFailureFacts) {
        self.record = record
        self.facts = facts
    }

    /// The diagnostic step that most likely shows the cause: the clock for time-related refusals
    /// (0xC004F06C), the network step for everything else.
    public var diagnosticStep: WizardStep {
        facts.windowsCode == .clockTooFar ? .clock : .network
    }
}

/// The result of one host check: the KMS host's answer for a product. It changes nothing on
/// Windows, so it is never called an activation.
public enum ActivationOutcome: Sendable, Equatable {
    /// The host answered that it would activate the product.
    case hostWouldActivate(HostCheckRecord)
    case failed(ActivationProblem)
    /// Nothing was sent: the KMS client is not in this build, or the state file (which keeps
    /// the machine ID every request carries) cannot be used.
    case unavailable(ActivationUnavailable)
}

/// Why a host check could not be made at all.
public enum ActivationUnavailable: Sendable, Equatable {
    case noEngine
    case state(StateError)
}

/// The product catalog, or why it could not be loaded.
public enum CatalogOutcome: Sendable, Equatable {
    case products([Product])
    case unavailable(CatalogError)
}

/// What the state file remembered when the wizard started.
public struct Remembered: Sendable, Equatable {
    public var identity: Identity?
    public var products: [String: ProductRecord]
    /// Why the state file could not be read, already in the user's language; nil when it could.
    public var problem: StateError?
    /// When it was read: the status screen reads Windows' deadlines against it.
    public var now: Date

    public init(identity: Identity? = nil, products: [String: ProductRecord] = [:], problem: StateError? = nil, now: Date = Date()) {
        self.identity = identity
        self.products = products
        self.problem = problem
        self.now = now
    }
}

/// Where the printable status went, or why it could not be written.
public enum PrintableOutcome: Sendable, Equatable {
    case written(path: String)
    /// The path and errno, worded where they are shown.
    case failed(FileError)
}
