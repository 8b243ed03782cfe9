#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What kmswizard remembers between runs, stored in the state file.
///
/// The machine ID (CMID) is the reason the file exists at all: a KMS host counts distinct CMIDs,
/// so a client that made up a new one on every run would inflate the host's count.
public struct KMSWizardState: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// The client machine ID sent in every request; made once, then kept.
    public var machineID: UUID?
    /// Who the user said they are in the wizard (teacher, student, ...).
    public var identity: String?
    /// Per product, keyed by `Product.shortName`.
    public var products: [String: ProductRecord]

    public init(schemaVersion: Int = KMSWizardState.currentSchemaVersion, machineID: UUID? = nil,
                identity: String? = nil, products: [String: ProductRecord] = [:]) {
        self.schemaVersion = schemaVersion
        self.machineID = machineID
        self.identity = identity
        self.products = products
    }

    /// Notes a successful activation of the product, keeping its last failure for the record.
    public mutating func recordSuccess(_ record: ActivationRecord, for shortName: String) {
        products[shortName, default: ProductRecord()].lastSuccess = record
    }

    /// Notes a failed activation of the product, keeping its last success (its deadline still counts).
    public mutating func recordFailure(_ record: FailureRecord, for shortName: String) {
        products[shortName, default: ProductRecord()].lastFailure = record
    }
}

/// The last outcomes kmswizard saw for one product.
public struct ProductRecord: Codable, Sendable, Equatable {
    public var lastSuccess: ActivationRecord?
    public var lastFailure: FailureRecord?

    public init(lastSuccess: ActivationRecord? = nil, lastFailure: FailureRecord? = nil) {
        self.lastSuccess = lastSuccess
        self.lastFailure = lastFailure
    }
}

/// A KMS host's successful answer, as much as renewal and the status screen need.
public struct ActivationRecord: Codable, Sendable, Equatable {
    public var at: Date
    public var host: String
    public var port: UInt16
    public var epid: String
    public var protocolVersion: Int
    public var clientCount: Int
    public var activationIntervalMinutes: Int
    public var renewalIntervalMinutes: Int

    public init(at: Date, host: String, port: UInt16, epid: String, protocolVersion: Int, clientCount: Int,
                activationIntervalMinutes: Int, renewalIntervalMinutes: Int) {
        self.at = at
        self.host = host
        self.port = port
        self.epid = epid
        self.protocolVersion = protocolVersion
        self.clientCount = clientCount
        self.activationIntervalMinutes = activationIntervalMinutes
        self.renewalIntervalMinutes = renewalIntervalMinutes
    }
}

/// A failed attempt: when, the stable error word, and the Windows code it maps to.
public struct FailureRecord: Codable, Sendable, Equatable {
    public var at: Date
    public var code: String
    public var windowsCode: String?

    public init(at: Date, code: String, windowsCode: String? = nil) {
        self.at = at
        self.code = code
        self.windowsCode = windowsCode
    }
}
