import Platform

/// The 236-byte base request every version carries (v4 in clear before its MAC, v5/v6 encrypted).
/// Layout: version, VM flag, licence status, grace minutes, application/SKU/KMS counted ID, CMID,
/// required count, FILETIME, previous CMID, workstation name.
public enum BaseRequest {
    public static let length = 236

    public static func encode(_ fields: KMSRequestFields) -> [UInt8] {
        var writer = LittleEndianWriter(capacity: length)
        writer.raw(fields.version.wire.bytes)
        writer.u32(fields.isVirtualMachine ? 1 : 0)
        writer.u32(fields.licenseStatus)
        writer.u32(fields.graceMinutes)
        writer.raw(WindowsGUID.bytes(fields.applicationID))
        writer.raw(WindowsGUID.bytes(fields.skuID))
        writer.raw(WindowsGUID.bytes(fields.kmsCountedID))
        writer.raw(WindowsGUID.bytes(fields.clientMachineID))
        writer.u32(fields.requiredClientCount)
        writer.u64(fields.timestamp)
        writer.raw(WindowsGUID.bytes(fields.previousClientMachineID))
        writer.raw(WorkstationName.encode(fields.workstationName))
        return writer.bytes
    }

    /// What a host reads from a base request; nil unless `bytes` is exactly 236 bytes long and
    /// starts with a version this client speaks (hosts check the version first to give its error).
    public static func decode(_ bytes: [UInt8]) -> KMSRequestFields? {
        guard bytes.count == length else { return nil }
        var reader = ByteReader(bytes)
        guard let version = KMSWireVersion.read(&reader)?.known,
              let vm = reader.uint32(), let status = reader.uint32(), let grace = reader.uint32(),
              let application = reader.guid(), let sku = reader.guid(), let counted = reader.guid(),
              let cmid = reader.guid(), let required = reader.uint32(), let timestamp = reader.uint64(),
              let previous = reader.guid(), let name = reader.take(WorkstationName.fieldLength)
        else { return nil }
        return KMSRequestFields(
            version: version, isVirtualMachine: vm != 0, licenseStatus: status, graceMinutes: grace,
            applicationID: application, skuID: sku, kmsCountedID: counted, clientMachineID: cmid,
            previousClientMachineID: previous, requiredClientCount: required, timestamp: timestamp,
            workstationName: WorkstationName.decode(name))
    }
}

extension ByteReader {
    mutating func guid() -> UUID? {
        take(WindowsGUID.length).flatMap(WindowsGUID.uuid)
    }
}
