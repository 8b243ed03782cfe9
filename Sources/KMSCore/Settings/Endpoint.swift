import Platform

/// A host (name, IPv4 or IPv6 literal) and a port, as users type them: `HOST`, `HOST:PORT`,
/// `[v6]:PORT`, or a bare IPv6 literal.
public struct Endpoint: Sendable, Hashable, Codable, CustomStringConvertible {
    public var host: String
    public var port: UInt16

    public init(host: String, port: UInt16) {
        self.host = host
        self.port = port
    }

    /// Why a `HOST[:PORT]` text was refused.
    public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        case empty
        case badPort(String)
        case badHost(String)

        public var description: String {
            switch self {
            case .empty: "the host is empty"
            case let .badPort(port): "\"\(port)\" is not a port (1-65535)"
            case let .badHost(host): "\"\(host)\" is not a host name or IP address"
            }
        }
    }

    /// Parses `HOST`, `HOST:PORT`, `[IPv6]`, `[IPv6]:PORT` or a bare IPv6 literal.
    public static func parse(_ text: String, defaultPort: UInt16) throws(ParseError) -> Endpoint {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { throw .empty }
        var host = trimmed
        var portText: String?
        if trimmed.hasPrefix("[") {
            guard let close = trimmed.firstIndex(of: "]") else { throw .badHost(trimmed) }
            host = String(trimmed[trimmed.index(after: trimmed.startIndex)..<close])
            let rest = trimmed[trimmed.index(after: close)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { throw .badHost(trimmed) }
                portText = String(rest.dropFirst())
            }
            guard host.contains(":") else { throw .badHost(trimmed) }
        } else if trimmed.filter({ $0 == ":" }).count == 1, let colon = trimmed.firstIndex(of: ":") {
            host = String(trimmed[..<colon])
            portText = String(trimmed[trimmed.index(after: colon)...])
        }
        guard Self.isValidHost(host) else { throw .badHost(host) }
        var port = defaultPort
        if let portText {
            guard let value = UInt16(portText), value > 0 else { throw .badPort(portText) }
            port = value
        }
        return Endpoint(host: host, port: port)
    }

    /// Whether the host is an IPv6 address literal (it must be bracketed next to a port).
    public var isIPv6Literal: Bool { host.contains(":") }

    /// Whether the host is an IPv4 dotted quad.
    public var isIPv4Literal: Bool {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCIIDigit) && Int(part)! <= 255
        }
    }

    /// Whether the host is a name that needs DNS.
    public var isName: Bool { !isIPv6Literal && !isIPv4Literal }

    /// `host:port`, with brackets around an IPv6 literal.
    public var description: String { isIPv6Literal ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// Letters, digits, `-`, `.`, `_` for names, hex digits, `:`, `.` and a `%zone` for IPv6:
    /// nothing that could smuggle a shell or batch-file metacharacter into a generated script.
    package static func isValidHost(_ host: String) -> Bool {
        guard !host.isEmpty, host.utf8.count <= 253 else { return false }
        if host.contains(":") {
            let parts = host.split(separator: "%", maxSplits: 1, omittingEmptySubsequences: false)
            let zone = parts.count > 1 ? parts[1] : ""
            // A real IPv6 address, not any run of digits and colons: `1.2.3.4:1688:1688` (a port
            // typed twice) must be refused, not looked up in DNS as a name.
            var address = in6_addr()
            return parts[0].allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
                && inet_pton(AF_INET6, String(parts[0]), &address) == 1
                && zone.allSatisfy(\.isASCIILetterOrDigit)
        }
        return host.allSatisfy { $0.isASCIILetterOrDigit || $0 == "-" || $0 == "." || $0 == "_" }
            && !host.hasPrefix("-") && !host.hasPrefix(".")
    }
}

extension Character {
    package var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIILetterOrDigit: Bool { isASCII && (isLetter || isNumber) }
}

extension String {
    package var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
