import KMSCore
import Platform

/// What Windows reported about one product, and when it was read: the only source from which
/// kmswizard says a product is activated, or when that activation runs out.
public struct WindowsReading: Codable, Sendable, Equatable {
    public var readAt: Date
    /// Windows' own name for the licence.
    public var name: String
    public var licenseStatus: WindowsLicenseStatus
    public var licenseStatusReason: ActivationErrorCode?
    /// Minutes left at `readAt`: until a KMS activation expires, or until grace ends.
    public var graceMinutesRemaining: Int
    public var channel: String?
    public var partialProductKey: String?
    public var kmsHost: String?
    public var kmsPort: Int?

    public init(readAt: Date, name: String, licenseStatus: WindowsLicenseStatus, licenseStatusReason: ActivationErrorCode? = nil,
                graceMinutesRemaining: Int, channel: String? = nil, partialProductKey: String? = nil,
                kmsHost: String? = nil, kmsPort: Int? = nil) {
        self.readAt = readAt
        self.name = name
        self.licenseStatus = licenseStatus
        self.licenseStatusReason = licenseStatusReason
        self.graceMinutesRemaining = graceMinutesRemaining
        self.channel = channel
        self.partialProductKey = partialProductKey
        self.kmsHost = kmsHost
        self.kmsPort = kmsPort
    }

    public var isActivated: Bool { licenseStatus == .licensed }

    public var keyChannel: WindowsKeyChannel? { channel.map(WindowsKeyChannel.init) }

    /// When Windows' KMS activation of this product runs out unless Windows renews it: the reading
    /// time plus the minutes left. Nil for anything not activated through KMS (a retail, OEM or MAK
    /// licence does not expire; a product in grace is not activated).
    public var expiresAt: Date? {
        guard isActivated, keyChannel?.isKMS ?? true, graceMinutesRemaining > 0 else { return nil }
        return readAt.addingTimeInterval(Double(graceMinutesRemaining) * 60)
    }

    /// When the grace period of an unactivated product ends.
    public var graceEndsAt: Date? {
        guard licenseStatus.isGrace, graceMinutesRemaining > 0 else { return nil }
        return readAt.addingTimeInterval(Double(graceMinutesRemaining) * 60)
    }
}
