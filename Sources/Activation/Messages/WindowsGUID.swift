#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// GUIDs as Windows lays them out in memory and therefore on the KMS wire: the first three fields
/// little-endian, the last 8 bytes as written
/// (55c92734-d682-4d71-983e-d6ec3f16059f -> 3427c955 82d6 714d 983ed6ec3f16059f).
public enum WindowsGUID {
    public static let length = 16

    public static func bytes(_ uuid: UUID) -> [UInt8] {
        swapFields(withUnsafeBytes(of: uuid.uuid) { Array($0) })
    }

    /// The UUID stored in `bytes` (exactly 16 of them; anything else is nil).
    public static func uuid(_ bytes: [UInt8]) -> UUID? {
        guard bytes.count == length else { return nil }
        let b = swapFields(bytes)
        return UUID(uuid: (b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
                           b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]))
    }

    /// Reverses the 4-, 2- and 2-byte leading fields; the same swap converts in both directions.
    private static func swapFields(_ b: [UInt8]) -> [UInt8] {
        [b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6]] + b[8..<16]
    }
}
