/// Why a host (the test responder) refuses a request it received.
public enum KMSRequestError: Error, Equatable, Sendable, CustomStringConvertible {
    case tooShort(length: Int)
    /// A version other than 4.0, 5.0 or 6.0 (vlmcsd answers 7.0 with HRESULT 0x8007000D).
    case unsupportedVersion(KMSWireVersion)
    case badLength(expected: Int, got: Int)
    case badPadding
    case macMismatch
    case innerVersionMismatch(outer: KMSWireVersion, inner: KMSWireVersion)

    /// The HRESULT a host returns in the RPC response: 0x8007000D ("the data is invalid"), what
    /// vlmcsd answered to the version-7.0 request in the captures.
    public var hresult: UInt32 { 0x8007_000D }

    public var description: String {
        switch self {
        case let .tooShort(length): "KMS request too short (\(length) bytes)"
        case let .unsupportedVersion(version): "KMS request protocol version \(version) is not supported"
        case let .badLength(expected, got): "KMS request is \(got) bytes, expected \(expected)"
        case .badPadding: "KMS request does not decrypt (invalid padding)"
        case .macMismatch: "KMS v4 request MAC does not match"
        case let .innerVersionMismatch(outer, inner): "KMS request says version \(outer) outside, \(inner) inside"
        }
    }
}
