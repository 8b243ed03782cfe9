import Platform
import KMSCore

/// Everything a client states in a KMS request (the 236-byte base request), as values.
public struct KMSRequestFields: Sendable, Equatable {
    public var version: KMSVersion
    public var isVirtualMachine: Bool
    /// 0 unlicensed, 1 licensed, 2 OOB grace, 3 OOT grace, 4 non-genuine grace, 5 notification, 6 extended grace.
    public var licenseStatus: UInt32
    /// Minutes left in the current licence state.
    public var graceMinutes: UInt32
    public var applicationID: UUID
    public var skuID: UUID
    public var kmsCountedID: UUID
    public var clientMachineID: UUID
    public var previousClientMachineID: UUID
    /// The N policy the host compares its count against (25 Windows clients, 5 servers and Office).
    public var requiredClientCount: UInt32
    /// FILETIME of the request; the host must echo it byte for byte.
    public var timestamp: UInt64
    /// Sent as UTF-16LE, at most 63 code units (longer names are cut).
    public var workstationName: String

    public init(version: KMSVersion, isVirtualMachine: Bool, licenseStatus: UInt32, graceMinutes: UInt32,
                applicationID: UUID, skuID: UUID, kmsCountedID: UUID, clientMachineID: UUID,
                previousClientMachineID: UUID, requiredClientCount: UInt32, timestamp: UInt64,
                workstationName: String) {
        self.version = version
        self.isVirtualMachine = isVirtualMachine
        self.licenseStatus = licenseStatus
        self.graceMinutes = graceMinutes
        self.applicationID = applicationID
        self.skuID = skuID
        self.kmsCountedID = kmsCountedID
        self.clientMachineID = clientMachineID
        self.previousClientMachineID = previousClientMachineID
        self.requiredClientCount = requiredClientCount
        self.timestamp = timestamp
        self.workstationName = workstationName
    }

    /// Licence status "OOB grace": a freshly installed volume edition asking for its first activation.
    public static let outOfBoxGrace: UInt32 = 2
    /// 30 days, what a fresh installation reports (and vlmcs's default).
    public static let defaultGraceMinutes: UInt32 = 43_200
    public static let zeroID = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    /// The request a freshly installed copy of `product` sends: physical machine, OOB grace with
    /// 30 days left, no previous CMID, the product's own threshold as N, `now` in whole seconds.
    /// `version` overrides the product's protocol (`--protocol`); a catalog entry with a version
    /// outside 4...6 falls back to v6, the protocol of every current product.
    public static func make(product: Product, machineID: UUID, now: Date, workstation: String,
                            version: KMSVersion? = nil) -> KMSRequestFields {
        KMSRequestFields(
            version: version ?? KMSVersion(major: product.protocolVersion) ?? .v6,
            isVirtualMachine: false,
            licenseStatus: outOfBoxGrace,
            graceMinutes: defaultGraceMinutes,
            applicationID: product.applicationID,
            skuID: product.skuID,
            kmsCountedID: product.kmsCountedID,
            clientMachineID: machineID,
            previousClientMachineID: zeroID,
            requiredClientCount: UInt32(clamping: product.minimumCount),
            timestamp: FileTime.from(now),
            workstationName: workstation)
    }
}
