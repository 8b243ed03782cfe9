/// Why a TCP exchange with a host failed, with the operating system's own reason kept.
public enum TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the program was doing when time ran out.
    public enum Phase: String, Sendable {
        case resolving = "looking up the host name"
        case connecting = "connecting"
        case sending = "sending"
        case receiving = "waiting for the answer"
    }

    /// Which kind of "cannot reach" the kernel reported.
    public enum Unreachable: String, Sendable {
        case network = "the network is unreachable (ENETUNREACH)"
        case noRoute = "there is no route to the host (EHOSTUNREACH)"
        case hostDown = "the host is down (EHOSTDOWN)"
        case noLocalAddress = "this computer has no address to reach it from (EADDRNOTAVAIL)"
        case addressFamily = "this computer does not speak that address family (EAFNOSUPPORT)"
    }

    /// getaddrinfo failed: `code` is its EAI_* value, `message` gai_strerror's text.
    case dns(host: String, code: Int32, message: String)
    case refused(address: String)
    case unreachable(address: String, Unreachable)
    /// A deadline passed. `overall` is true when the whole exchange's time ran out (a host that
    /// trickles bytes cannot extend it), false when one step waited too long.
    case timeout(Phase, seconds: Double, overall: Bool, receivedBytes: Int)
    /// The host closed the connection (FIN) before sending everything that was due.
    case closed(expected: Int, received: Int)
    case reset
    /// Any other system call failure: the call's name, errno and strerror's text.
    case system(call: String, errno: Int32, message: String)

    public var description: String {
        switch self {
        case let .dns(host, code, message):
            "the name \(host) could not be looked up: \(message) (getaddrinfo error \(code))"
        case let .refused(address):
            "\(address) refused the connection: nothing listens on that port"
        case let .unreachable(address, kind):
            "\(address) cannot be reached: \(kind.rawValue)"
        case let .timeout(phase, seconds, overall, received):
            overall
                ? "the exchange took longer than \(Self.format(seconds)) s and was stopped while \(phase.rawValue)"
                    + (received > 0 ? " (the host had sent only \(received) bytes of the answer)" : "")
                : "no progress for \(Self.format(seconds)) s while \(phase.rawValue)"
        case let .closed(expected, received):
            received == 0 && expected == 0
                ? "the host closed the connection without answering"
                : "the host closed the connection after \(received) of \(expected) bytes"
        case .reset:
            "the host reset the connection"
        case let .system(call, number, message):
            "\(call) failed: \(message) (errno \(number))"
        }
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String((seconds * 10).rounded() / 10)
    }
}
