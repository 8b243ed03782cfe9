import KMSCore
import Platform
import WindowsBridge

/// `kmswizard status --json`: the status model as one object, stable camelCase keys, every key
/// always present (null when unknown), so scripts can rely on the shape.
public struct RenewalStatusDocument: Encodable, Sendable {
    public struct HostCheck: Encodable, Sendable {
        public let at: Date
        public let host: String
        public let port: UInt16
        public let epid: String
        public let `protocol`: Int
        public let clientCount: Int
        public let activationIntervalMinutes: Int
        public let renewalIntervalMinutes: Int

        init(_ record: HostCheckRecord) {
            at = record.at
            host = record.host
            port = record.port
            epid = record.epid
            self.protocol = record.protocolVersion
            clientCount = record.clientCount
            activationIntervalMinutes = record.activationIntervalMinutes
            renewalIntervalMinutes = record.renewalIntervalMinutes
        }
    }

    public struct Failure: Encodable, Sendable {
        public let at: Date
        public let code: String
        public let windowsCode: String?
    }

    public struct ActivationFile: Encodable, Sendable {
        public let path: String
        public let at: Date
    }

    /// What Windows reported, with the figures as typed data.
    public struct Windows: Encodable, Sendable {
        public let readAt: Date
        public let name: String
        /// `licensed`, `oobGrace`, `notification`, ... (Microsoft's LicenseStatus as a word).
        public let licenseStatus: String
        /// Microsoft's LicenseStatus number (0-6).
        public let licenseStatusCode: Int
        /// The HRESULT Windows gave as the reason, `0xC004F074`.
        public let licenseStatusReason: String?
        public let graceMinutesRemaining: Int
        public let expiresAt: Date?
        public let channel: String?
        public let partialProductKey: String?
        public let kmsHost: String?
        public let kmsPort: Int?

        enum CodingKeys: String, CodingKey {
            case readAt, name, licenseStatus, licenseStatusCode, licenseStatusReason, graceMinutesRemaining, expiresAt
            case channel, partialProductKey, kmsHost, kmsPort
        }

        init(_ reading: WindowsReading) {
            readAt = reading.readAt
            name = reading.name
            licenseStatus = reading.licenseStatus.word
            licenseStatusCode = reading.licenseStatus.rawValue
            licenseStatusReason = reading.licenseStatusReason?.hex
            graceMinutesRemaining = reading.graceMinutesRemaining
            expiresAt = reading.expiresAt
            channel = reading.channel
            partialProductKey = reading.partialProductKey
            kmsHost = reading.kmsHost
            kmsPort = reading.kmsPort
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(readAt, forKey: .readAt)
            try container.encode(name, forKey: .name)
            try container.encode(licenseStatus, forKey: .licenseStatus)
            try container.encode(licenseStatusCode, forKey: .licenseStatusCode)
            try container.encode(licenseStatusReason, forKey: .licenseStatusReason)
            try container.encode(graceMinutesRemaining, forKey: .graceMinutesRemaining)
            try container.encode(expiresAt, forKey: .expiresAt)
            try container.encode(channel, forKey: .channel)
            try container.encode(partialProductKey, forKey: .partialProductKey)
            try container.encode(kmsHost, forKey: .kmsHost)
            try container.encode(kmsPort, forKey: .kmsPort)
        }
    }

    public struct Entry: Encodable, Sendable {
        public let product: String
        public let displayName: String
        /// ok, due-soon, overdue, not-activated, not-reported
        public let urgency: String
        /// Windows itself reported the product activated (never set by a host check).
        public let windowsActivated: Bool
        public let daysLeft: Int?
        /// The expiry Windows reported for the KMS activation.
        public let deadline: Date?
        /// The deadline as Taipei wall-clock time, `2026-05-23T18:00:00+08:00`.
        public let deadlineTaipei: String?
        public let lastHostCheck: HostCheck?
        public let lastHostCheckFailure: Failure?
        public let activationFile: ActivationFile?
        public let windows: Windows?
        /// Words from `ProductStatus.Advice`, in order.
        public let advice: [String]

        enum CodingKeys: String, CodingKey {
            case product, displayName, urgency, windowsActivated, daysLeft, deadline, deadlineTaipei
            case lastHostCheck, lastHostCheckFailure, activationFile, windows, advice
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(product, forKey: .product)
            try container.encode(displayName, forKey: .displayName)
            try container.encode(urgency, forKey: .urgency)
            try container.encode(windowsActivated, forKey: .windowsActivated)
            try container.encode(daysLeft, forKey: .daysLeft)
            try container.encode(deadline, forKey: .deadline)
            try container.encode(deadlineTaipei, forKey: .deadlineTaipei)
            try container.encode(lastHostCheck, forKey: .lastHostCheck)
            try container.encode(lastHostCheckFailure, forKey: .lastHostCheckFailure)
            try container.encode(activationFile, forKey: .activationFile)
            try container.encode(windows, forKey: .windows)
            try container.encode(advice, forKey: .advice)
        }
    }

    public let schemaVersion: Int
    public let ok = true
    public let now: Date
    public let stateFile: String
    public let warningDays: Int
    /// Windows has reported no product activated.
    public let nothingActivated: Bool
    /// Where Windows' word comes from: `live` (read now, inside WSL), `stored` (the last reading
    /// kept, because reading now failed), or `none` (not inside WSL).
    public let windowsSource: String
    /// Why reading Windows now failed (`timeout`, `powershell-missing`, ...), when it did.
    public let windowsReadError: String?
    public let products: [Entry]

    enum CodingKeys: String, CodingKey {
        case schemaVersion, ok, now, stateFile, warningDays, nothingActivated, windowsSource, windowsReadError, products
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(ok, forKey: .ok)
        try container.encode(now, forKey: .now)
        try container.encode(stateFile, forKey: .stateFile)
        try container.encode(warningDays, forKey: .warningDays)
        try container.encode(nothingActivated, forKey: .nothingActivated)
        try container.encode(windowsSource, forKey: .windowsSource)
        try container.encode(windowsReadError, forKey: .windowsReadError)
        try container.encode(products, forKey: .products)
    }

    public init(report: RenewalReport, stateFile: String, schemaVersion: Int, windowsSource: String, windowsReadError: String?,
                displayName: (String) -> String) {
        self.schemaVersion = schemaVersion
        now = report.now
        self.stateFile = stateFile
        warningDays = report.policy.warningDays
        nothingActivated = report.nothingActivated
        self.windowsSource = windowsSource
        self.windowsReadError = windowsReadError
        products = report.products.map { product in
            let record = product.record
            let timeline = product.timeline
            return Entry(
                product: product.shortName, displayName: displayName(product.shortName), urgency: product.urgency.rawValue,
                windowsActivated: product.windowsActivated, daysLeft: timeline?.daysLeft, deadline: timeline?.deadline,
                deadlineTaipei: timeline?.deadlineInTaipei.iso8601,
                lastHostCheck: record.lastHostCheck.map(HostCheck.init),
                lastHostCheckFailure: record.lastHostCheckFailure.map { Failure(at: $0.at, code: $0.code, windowsCode: $0.windowsCode?.hex) },
                activationFile: record.script.map { ActivationFile(path: $0.path, at: $0.at) },
                windows: record.windows.map(Windows.init),
                advice: product.advice.map(\.rawValue))
        }
    }
}
