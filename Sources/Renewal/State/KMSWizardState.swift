import KMSCore
import Platform
import WindowsBridge

/// What kmswizard remembers between runs, stored in the state file.
///
/// The machine ID (CMID) is the reason the file exists at all: a KMS host counts distinct CMIDs,
/// so a client that made up a new one on every run would inflate the host's count.
///
/// Two different facts are kept apart on purpose. A *host check* is a KMS exchange made from this
/// computer: the host answered that it would activate a product, and nothing changed on any
/// Windows. A *Windows reading* is what Windows itself reported about a product (read inside WSL);
/// only a reading can say a product is activated or when its activation runs out.
///
/// Schema 2 (this one) replaced schema 1's `lastSuccess` / `lastFailure`, which were host checks
/// under names that sounded like activations; a schema 1 file is read as host checks.
public struct KMSWizardState: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 2
    /// Every schema this version reads: older ones are migrated when read.
    public static let readableSchemaVersions = 1...currentSchemaVersion

    public var schemaVersion: Int
    /// The client machine ID sent in every request; made once, then kept.
    public var machineID: UUID?
    /// Who the user said they are in the wizard (teacher, student, ...).
    public var identity: String?
    /// The last host check made with the probe product because the user named none: the host's
    /// answer only, never counted as a product of the user's.
    public var hostProbe: HostCheckRecord?
    /// Per product, keyed by `Product.shortName`.
    public var products: [String: ProductRecord]
    /// Keys a newer kmswizard wrote, kept on rewrite.
    public var preserved = PreservedKeys()

    public init(schemaVersion: Int = KMSWizardState.currentSchemaVersion, machineID: UUID? = nil,
                identity: String? = nil, hostProbe: HostCheckRecord? = nil, products: [String: ProductRecord] = [:]) {
        self.schemaVersion = schemaVersion
        self.machineID = machineID
        self.identity = identity
        self.hostProbe = hostProbe
        self.products = products
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case schemaVersion, machineID, identity, hostProbe, products }

    /// Reads schema 1 and 2 alike; what is read is schema 2 from then on (it is written back as 2).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = Self.currentSchemaVersion
        machineID = try container.decodeIfPresent(UUID.self, forKey: .machineID)
        identity = try container.decodeIfPresent(String.self, forKey: .identity)
        hostProbe = try container.decodeIfPresent(HostCheckRecord.self, forKey: .hostProbe)
        products = try container.decodeIfPresent([String: ProductRecord].self, forKey: .products) ?? [:]
        preserved = try PreservedKeys(from: decoder, known: Set(CodingKeys.allCases.map(\.rawValue)))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encodeIfPresent(machineID, forKey: .machineID)
        try container.encodeIfPresent(identity, forKey: .identity)
        try container.encodeIfPresent(hostProbe, forKey: .hostProbe)
        try container.encode(products, forKey: .products)
        try preserved.encode(to: encoder)
    }

    /// Notes a host check that passed for the product, keeping its last failure for the record.
    public mutating func recordHostCheck(_ record: HostCheckRecord, for shortName: String) {
        products[shortName, default: ProductRecord()].lastHostCheck = record
    }

    /// Notes a host check that failed for the product, keeping the last one that passed.
    public mutating func recordHostCheckFailure(_ record: FailureRecord, for shortName: String) {
        products[shortName, default: ProductRecord()].lastHostCheckFailure = record
    }

    /// Notes the activation file written for the products.
    public mutating func recordScript(_ record: ScriptRecord, for shortNames: [String]) {
        for name in shortNames { products[name, default: ProductRecord()].script = record }
    }

    /// Keeps a complete reading of Windows' licences: each KMS product's reading replaces its
    /// last one. A product the reading no longer lists (Office removed, a licence no longer a KMS
    /// one) loses its old reading, which shown as Windows' word would make renew run the
    /// activation for something Windows does not have, every week; a record with nothing else
    /// left goes too.
    public mutating func applyWindowsReading(_ installed: [InstalledProduct], at: Date) {
        var reported = Set<String>()
        for product in installed {
            guard let name = product.kmsProduct?.shortName else { continue }
            products[name, default: ProductRecord()].windows = product.licence.reading(at: at)
            reported.insert(name)
        }
        for name in products.keys where !reported.contains(name) {
            products[name]?.windows = nil
            if products[name] == ProductRecord() { products[name] = nil }
        }
    }

    /// 1970 to the end of 9999: a time outside it was not written by kmswizard and cannot be shown.
    static let plausibleInstants = Date(timeIntervalSince1970: 0)...Date(timeIntervalSince1970: 253_402_300_799)

    /// Every instant the file holds, for the range check on reading.
    var instants: [Date] {
        [hostProbe?.at].compactMap { $0 } + products.values.flatMap(\.instants)
    }
}

/// What kmswizard knows about one product: its host checks, its activation file, and Windows' word.
public struct ProductRecord: Codable, Sendable, Equatable {
    /// The last host check whose answer was that the host would activate the product.
    public var lastHostCheck: HostCheckRecord?
    /// The last host check that failed.
    public var lastHostCheckFailure: FailureRecord?
    /// The activation file (`.cmd`) last written for this product, to run on the Windows PC.
    public var script: ScriptRecord?
    /// What Windows itself last reported about this product (read inside WSL).
    public var windows: WindowsReading?
    /// Keys a newer kmswizard wrote, kept on rewrite.
    public var preserved = PreservedKeys()

    public init(lastHostCheck: HostCheckRecord? = nil, lastHostCheckFailure: FailureRecord? = nil,
                script: ScriptRecord? = nil, windows: WindowsReading? = nil) {
        self.lastHostCheck = lastHostCheck
        self.lastHostCheckFailure = lastHostCheckFailure
        self.script = script
        self.windows = windows
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case lastHostCheck, lastHostCheckFailure, script, windows }
    /// Schema 1's names for the same host checks.
    enum LegacyKeys: String, CodingKey { case lastSuccess, lastFailure }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let legacy = try decoder.container(keyedBy: LegacyKeys.self)
        lastHostCheck = try container.decodeIfPresent(HostCheckRecord.self, forKey: .lastHostCheck)
            ?? legacy.decodeIfPresent(HostCheckRecord.self, forKey: .lastSuccess)
        lastHostCheckFailure = try container.decodeIfPresent(FailureRecord.self, forKey: .lastHostCheckFailure)
            ?? legacy.decodeIfPresent(FailureRecord.self, forKey: .lastFailure)
        script = try container.decodeIfPresent(ScriptRecord.self, forKey: .script)
        windows = try container.decodeIfPresent(WindowsReading.self, forKey: .windows)
        let known = Set(CodingKeys.allCases.map(\.rawValue) + ["lastSuccess", "lastFailure"])
        preserved = try PreservedKeys(from: decoder, known: known)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(lastHostCheck, forKey: .lastHostCheck)
        try container.encodeIfPresent(lastHostCheckFailure, forKey: .lastHostCheckFailure)
        try container.encodeIfPresent(script, forKey: .script)
        try container.encodeIfPresent(windows, forKey: .windows)
        try preserved.encode(to: encoder)
    }

    /// The last host check failed (a failure newer than the last pass, or no pass at all).
    public var lastHostCheckFailed: Bool {
        guard let failure = lastHostCheckFailure else { return false }
        guard let passed = lastHostCheck else { return true }
        return failure.at > passed.at
    }

    var instants: [Date] {
        [lastHostCheck?.at, lastHostCheckFailure?.at, script?.at, windows?.readAt, windows?.expiresAt].compactMap { $0 }
    }
}

/// A host check that passed: the KMS host answered that it would activate the product. Nothing
/// changed on any Windows; the figures are the host's answer to this computer's request.
public struct HostCheckRecord: Codable, Sendable, Equatable {
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

/// A failed host check: when, the stable error word, and the Windows code it maps to.
public struct FailureRecord: Codable, Sendable, Equatable {
    public var at: Date
    public var code: String
    public var windowsCode: ActivationErrorCode?

    public init(at: Date, code: String, windowsCode: ActivationErrorCode? = nil) {
        self.at = at
        self.code = code
        self.windowsCode = windowsCode
    }
}

/// An activation file written for the Windows PC: where, and when.
public struct ScriptRecord: Codable, Sendable, Equatable {
    public var path: String
    public var at: Date

    public init(path: String, at: Date) {
        self.path = path
        self.at = at
    }
}
