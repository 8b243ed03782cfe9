/// Why an SNTP exchange gave no usable time: each case names what the server or the network did.
public enum SNTPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server name did not resolve (getaddrinfo's reason).
    case resolve(host: String, reason: SystemReason)
    /// A socket call failed locally (call name, errno).
    case socket(call: String, reason: SystemReason)
    /// Nothing listens on the server's UDP port: the ICMP port-unreachable came back at once.
    case refused
    /// No route to the server (ENETUNREACH, EHOSTUNREACH).
    case unreachable(reason: SystemReason)
    /// No reply before the deadline.
    case timeout(seconds: Double)
    /// The reply is shorter than the 48-byte NTP header.
    case shortReply(length: Int)
    /// The reply's mode is not 4 (server).
    case badMode(UInt8)
    /// The reply's version is not 3 or 4.
    case badVersion(UInt8)
    /// The reply does not echo our transmit timestamp: it answers someone else or is forged.
    case originMismatch
    /// Stratum 0: the server said "go away" with a four-letter kiss code (RATE, DENY, RSTR...).
    case kissOfDeath(code: String)
    /// The server says its own clock is not synchronised (leap indicator 3 or stratum 16+).
    case unsynchronised
    /// The reply's transmit timestamp is zero, so it carries no time.
    case zeroTransmitTimestamp

    public var description: String {
        switch self {
        case let .resolve(host, reason): "cannot resolve \(host): \(reason.symbolicName)"
        case let .socket(call, reason): "\(call) failed: \(reason.symbolicName)"
        case .refused: "connection refused: nothing answers on that UDP port"
        case let .unreachable(reason): "server unreachable: \(reason.symbolicName)"
        case let .timeout(seconds): "no reply within \(DurationText.seconds(seconds))"
        case let .shortReply(length): "reply is \(length) bytes, shorter than the 48-byte NTP header"
        case let .badMode(mode): "reply has mode \(mode), expected 4 (server)"
        case let .badVersion(version): "reply has NTP version \(version), expected 3 or 4"
        case .originMismatch: "reply does not echo our transmit timestamp (stale or forged)"
        case let .kissOfDeath(code): "kiss-o'-death \(code): \(Self.meaning(ofKissCode: code))"
        case .unsynchronised: "the server's own clock is not synchronised"
        case .zeroTransmitTimestamp: "reply carries no transmit timestamp"
        }
    }

    /// What RFC 5905 section 7.4 says a kiss code means, for the codes a client can meet.
    static func meaning(ofKissCode code: String) -> String {
        switch code {
        case "RATE": "the server asks us to query less often"
        case "DENY": "the server denies access"
        case "RSTR": "the server restricts access"
        case "NKEY", "AUTH", "CRYP": "the server refused our authentication"
        case "INIT", "STEP": "the server has not set its own clock yet"
        default: "the server refused to give the time"
        }
    }
}
