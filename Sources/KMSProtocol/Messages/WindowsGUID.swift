import Platform

/// GUIDs as Windows lays them out in memory and therefore on the KMS wire: the first three fields
/// little-endian, the last 8 bytes as written
/// (55c92734-d682-4d71-983e-d6ec3f16059f -> 3427c955 82d6 714d 983ed6ec3f16059f).
public enum WindowsGUID {
    public static let length = 16

    public static func bytes(_ uuid: UUID) -> [UInt8] {
        let u = uuid.uuid
        return [u.3, u.2, u.1, u.0, u.5, u.4, u.7, u.6, u.8, u.9, u.10, u.11, u.12, u.13, u.14, u.15]
    }

    /// The UUID stored in `bytes` (exactly 16 of them; anything else is nil).
    public static func uuid(_ bytes: [UInt8]) -> UUID? {
        guard bytes.count == length else { return nil }
        let b = bytes
        return UUID(uuid: (b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6],
                           b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]))
    }
}
