import KMSCore
import Platform

/// One installed licence as Windows reports it through WMI (SoftwareLicensingProduct, or
/// OfficeSoftwareProtectionProduct for Office 2010): the documented properties, typed. The
/// property names are English on every Windows, unlike slmgr's localized text.
public struct WindowsLicence: Sendable, Equatable {
    /// `ID`, the Activation ID: the catalog's SKU ID.
    public var activationID: UUID
    public var applicationID: UUID?
    /// `Name`, e.g. "Windows(R), Education edition".
    public var name: String
    public var status: WindowsLicenseStatus
    /// `LicenseStatusReason`, an HRESULT, when not licensed.
    public var statusReason: UInt32?
    /// `GracePeriodRemaining` in minutes: for a licensed KMS client, the time until its activation expires.
    public var graceMinutes: Int
    /// `ProductKeyChannel` as Windows wrote it.
    public var channel: String?
    /// The last five characters of the installed key.
    public var partialProductKey: String?
    /// The KMS host set with `/skms` (nil: found through DNS, or none).
    public var kmsHost: String?
    public var kmsPort: Int?

    public init(activationID: UUID, applicationID: UUID? = nil, name: String, status: WindowsLicenseStatus,
                statusReason: UInt32? = nil, graceMinutes: Int, channel: String? = nil, partialProductKey: String? = nil,
                kmsHost: String? = nil, kmsPort: Int? = nil) {
        self.activationID = activationID
        self.applicationID = applicationID
        self.name = name
        self.status = status
        self.statusReason = statusReason
        self.graceMinutes = graceMinutes
        self.channel = channel
        self.partialProductKey = partialProductKey
        self.kmsHost = kmsHost
        self.kmsPort = kmsPort
    }

    public var keyChannel: WindowsKeyChannel? { channel.map(WindowsKeyChannel.init) }

    /// What is kept in the state file, read at `at`.
    public func reading(at: Date) -> WindowsReading {
        WindowsReading(readAt: at, name: name, licenseStatus: status, licenseStatusReason: statusReason.map { ActivationErrorCode($0) },
                       graceMinutesRemaining: graceMinutes, channel: channel, partialProductKey: partialProductKey,
                       kmsHost: kmsHost, kmsPort: kmsPort)
    }
}
