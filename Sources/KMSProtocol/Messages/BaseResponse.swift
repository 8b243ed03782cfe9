import Platform

/// The base response every version carries: version, ePID size P, ePID (UTF-16LE, NUL-terminated),
/// CMID, FILETIME, current count, activation interval, renewal interval; 44 + P bytes.
/// A host encodes it; a client parses it (and then validates it, see `KMSResponseDecoder`).
public struct BaseResponse: Sendable, Equatable {
    public static let fixedLength = 44
    public static let maximumEPIDSize: UInt32 = 128

    public var version: KMSWireVersion
    public var epid: String
    public var clientMachineID: UUID
    public var timestamp: UInt64
    public var currentCount: UInt32
    /// Minutes between retries while not activated (comes first on the wire).
    public var activationIntervalMinutes: UInt32
    /// Minutes between renewals once activated.
    public var renewalIntervalMinutes: UInt32

    public init(version: KMSWireVersion, epid: String, clientMachineID: UUID, timestamp: UInt64,
                currentCount: UInt32, activationIntervalMinutes: UInt32, renewalIntervalMinutes: UInt32) {
        self.version = version
        self.epid = epid
        self.clientMachineID = clientMachineID
        self.timestamp = timestamp
        self.currentCount = currentCount
        self.activationIntervalMinutes = activationIntervalMinutes
        self.renewalIntervalMinutes = renewalIntervalMinutes
    }

    /// The bytes a host sends; the ePID is cut to 63 UTF-16 units so P stays within 128.
    public func encode() -> [UInt8] {
        let units = Array(epid.utf16.prefix(Int(Self.maximumEPIDSize) / 2 - 1)) + [0]
        var writer = LittleEndianWriter(capacity: Self.fixedLength + 2 * units.count)
        writer.raw(version.bytes)
        writer.u32(UInt32(2 * units.count))
        for unit in units { writer.u16(unit) }
        writer.raw(WindowsGUID.bytes(clientMachineID))
        writer.u64(timestamp)
        writer.u32(currentCount)
        writer.u32(activationIntervalMinutes)
        writer.u32(renewalIntervalMinutes)
        return writer.bytes
    }

    /// A base response read from the front of `bytes`, which must be exactly the base response
    /// followed by `trailerLength` more bytes. Checks the structure only (P within range, exact
    /// length); `epidUnits` keeps the raw ePID for the termination check done after authentication.
    static func parse(_ bytes: [UInt8], trailerLength: Int) throws(KMSResponseError) -> Parsed {
        var reader = ByteReader(bytes)
        guard let version = KMSWireVersion.read(&reader), let size = reader.uint32() else {
            throw .tooShort(length: bytes.count, minimum: fixedLength + 2 + trailerLength)
        }
        guard size % 2 == 0, size >= 2, size <= maximumEPIDSize else { throw .badEPIDSize(size) }
        let expected = fixedLength + Int(size) + trailerLength
        guard bytes.count == expected else { throw .badLength(expected: expected, got: bytes.count) }
        var units: [UInt16] = []
        units.reserveCapacity(Int(size / 2))
        for _ in 0..<(size / 2) { units.append(reader.uint16() ?? 0) }
        guard let cmid = reader.guid(), let timestamp = reader.uint64(), let count = reader.uint32(),
              let activation = reader.uint32(), let renewal = reader.uint32() else {
            throw .badLength(expected: expected, got: bytes.count)
        }
        let text = units.prefix { $0 != 0 }
        // ePIDs are ASCII; transcoding them as UTF-8 skips the standard library's slow UTF-16 path.
        let epid = text.allSatisfy { $0 < 0x80 } ? String(decoding: text.map { UInt8($0) }, as: UTF8.self)
            : String(decoding: text, as: UTF16.self)
        let response = BaseResponse(version: version, epid: epid, clientMachineID: cmid, timestamp: timestamp,
                                    currentCount: count, activationIntervalMinutes: activation,
                                    renewalIntervalMinutes: renewal)
        return Parsed(response: response, length: fixedLength + Int(size), epidUnits: units)
    }

    struct Parsed {
        let response: BaseResponse
        /// B: the base response's length, where the trailer (or v4 MAC) starts.
        let length: Int
        let epidUnits: [UInt16]

        /// The last UTF-16 unit is NUL and no earlier one is.
        var epidProperlyTerminated: Bool {
            epidUnits.last == 0 && !epidUnits.dropLast().contains(0)
        }
    }
}
