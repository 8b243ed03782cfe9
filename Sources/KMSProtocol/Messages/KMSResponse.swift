import Platform
import KMSCore

/// A KMS response that passed every check of `KMSResponseDecoder`, with its fields decoded.
public struct KMSResponse: Sendable, Equatable {
    public let version: KMSVersion
    /// The host's extended PID as sent (without its NUL).
    public let epid: String
    public let epidInfo: EPIDInfo
    public let clientMachineID: UUID
    /// The echoed request FILETIME.
    public let timestamp: UInt64
    /// How many distinct clients the host counts for this product group.
    public let currentCount: UInt32
    public let activationIntervalMinutes: UInt32
    public let renewalIntervalMinutes: UInt32
    /// v6: the host's 8-byte hardware ID, in wire order; nil for v4/v5.
    public let hwid: [UInt8]?
    /// v6: true when the host reused our IV, the mark of a simple emulator (vlmcs warns about it).
    /// Always true for v5 (required) and false for v4 (no IV).
    public let serverIVEqualsRequestIV: Bool

    public init(version: KMSVersion, epid: String, epidInfo: EPIDInfo, clientMachineID: UUID, timestamp: UInt64,
                currentCount: UInt32, activationIntervalMinutes: UInt32, renewalIntervalMinutes: UInt32,
                hwid: [UInt8]?, serverIVEqualsRequestIV: Bool) {
        self.version = version
        self.epid = epid
        self.epidInfo = epidInfo
        self.clientMachineID = clientMachineID
        self.timestamp = timestamp
        self.currentCount = currentCount
        self.activationIntervalMinutes = activationIntervalMinutes
        self.renewalIntervalMinutes = renewalIntervalMinutes
        self.hwid = hwid
        self.serverIVEqualsRequestIV = serverIVEqualsRequestIV
    }

    /// The HWID as vlmcs prints it: 16 upper-case hex digits in wire order.
    public var hwidHex: String? {
        hwid.map { Hex.string($0).uppercased() }
    }

    public var timestampDate: Date { FileTime.date(timestamp) }
}
