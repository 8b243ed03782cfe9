/// The KMS protocol versions this client speaks. On the wire a version is two u16, minor first,
/// then major (`00 00 06 00` = 6.0); every version this client sends has minor 0.
public enum KMSVersion: Int, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case v4 = 4, v5 = 5, v6 = 6

    public init?(major: Int) { self.init(rawValue: major) }

    public var wire: KMSWireVersion { KMSWireVersion(major: UInt16(rawValue), minor: 0) }
    public var description: String { wire.description }

    /// The cipher that encrypts this version's messages; nil for v4 (clear text with a MAC).
    public var messageCipher: AESBlockCipher? {
        switch self {
        case .v4: nil
        case .v5: KMSCiphers.v5
        case .v6: KMSCiphers.v6
        }
    }
}

/// A version number exactly as a message carries it, including ones this client does not speak
/// (a hostile or newer host may send anything here).
public struct KMSWireVersion: Sendable, Hashable, CustomStringConvertible {
    public var major: UInt16
    public var minor: UInt16

    public init(major: UInt16, minor: UInt16) {
        self.major = major
        self.minor = minor
    }

    /// The version as a supported protocol: nil unless the minor is 0 and the major is 4, 5 or 6.
    public var known: KMSVersion? { minor == 0 ? KMSVersion(major: Int(major)) : nil }
    public var description: String { "\(major).\(minor)" }

    var bytes: [UInt8] {
        [UInt8(truncatingIfNeeded: minor), UInt8(minor >> 8), UInt8(truncatingIfNeeded: major), UInt8(major >> 8)]
    }

    static func read(_ reader: inout ByteReader) -> KMSWireVersion? {
        guard let minor = reader.uint16(), let major = reader.uint16() else { return nil }
        return KMSWireVersion(major: major, minor: minor)
    }
}
