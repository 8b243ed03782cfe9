/// Why a host refused a bind (bind_nak `provider_reject_reason`, DCE 1.1 and MS-RPCE values).
public struct BindNakReason: Sendable, Equatable, CustomStringConvertible {
    public let code: UInt16

    public init(code: UInt16) { self.code = code }

    public var name: String {
        switch code {
        case 0: "reason not specified"
        case 1: "temporary congestion"
        case 2: "local limit exceeded"
        case 3: "called presentation address unknown"
        case 4: "protocol version not supported"
        case 5: "default context not supported"
        case 6: "user data not readable"
        case 7: "no presentation service access point available"
        case 8: "authentication type not recognized"
        case 9: "invalid checksum"
        default: "unknown reason"
        }
    }

    public var description: String { "\(name) (\(code))" }
}
