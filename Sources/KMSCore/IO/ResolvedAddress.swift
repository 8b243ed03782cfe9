import Platform

/// One socket address getaddrinfo produced, kept as bytes so that it is a plain value.
public struct ResolvedAddress: Sendable, Equatable, CustomStringConvertible {
    public let family: Int32
    let storage: [UInt8]
    /// "127.0.0.1:1688" or "[::1]:1688".
    public let description: String

    init(family: Int32, address: UnsafePointer<sockaddr>, length: socklen_t) {
        self.family = family
        storage = Array(UnsafeRawBufferPointer(start: address, count: Int(length)))
        description = Self.text(address: address, length: length, family: family)
    }

    func withSockaddr<T>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T {
        storage.withUnsafeBytes { raw in
            body(raw.baseAddress!.assumingMemoryBound(to: sockaddr.self), socklen_t(storage.count))
        }
    }

    private static func text(address: UnsafePointer<sockaddr>, length: socklen_t, family: Int32) -> String {
        var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        var service = [CChar](repeating: 0, count: Int(NI_MAXSERV))
        let status = getnameinfo(address, length, &host, socklen_t(host.count), &service, socklen_t(service.count),
                                 NI_NUMERICHOST | NI_NUMERICSERV)
        guard status == 0 else { return "(unprintable address)" }
        let hostText = host.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        let portText = service.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        return family == AF_INET6 ? "[\(hostText)]:\(portText)" : "\(hostText):\(portText)"
    }
}
