import Platform

/// A local network interface as the kernel lists it (getifaddrs), and whether it is a VPN tunnel.
public struct NetworkInterface: Sendable, Equatable {
    public let name: String
    public let addresses: [IPAddress]
    /// The link is point-to-point (IFF_POINTOPOINT): tun and ppp devices set it.
    public let isPointToPoint: Bool
    /// The ARP hardware type from /sys/class/net/NAME/type (65534 = none, what tun devices use;
    /// 512 = PPP), nil where sysfs does not say.
    public let hardwareType: Int?

    public init(name: String, addresses: [IPAddress], isPointToPoint: Bool, hardwareType: Int?) {
        self.name = name
        self.addresses = addresses
        self.isPointToPoint = isPointToPoint
        self.hardwareType = hardwareType
    }

    /// Names the SSL VPN clients give their devices: FortiClient (`fortissl`), openfortivpn
    /// (`ppp`), OpenVPN and friends (`tun`).
    static let tunnelNamePrefixes = ["tun", "ppp", "fortissl"]
    static let tunnelHardwareTypes: Set<Int> = [65534, 512]

    /// Whether traffic through this interface goes into a VPN tunnel.
    public var isTunnel: Bool {
        isPointToPoint
            || hardwareType.map(Self.tunnelHardwareTypes.contains) == true
            || Self.tunnelNamePrefixes.contains { name.hasPrefix($0) }
    }

    /// Every interface that has at least one IP address.
    public static func all() -> [NetworkInterface] {
        var head: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&head) == 0 else { return [] }
        defer { freeifaddrs(head) }
        var order: [String] = []
        var addresses: [String: [IPAddress]] = [:]
        var pointToPoint: [String: Bool] = [:]
        var cursor = head
        while let entry = cursor {
            defer { cursor = entry.pointee.ifa_next }
            guard let namePointer = entry.pointee.ifa_name, let socketAddress = entry.pointee.ifa_addr,
                  let (address, _) = IPAddress.from(socketAddress: socketAddress) else { continue }
            let name = String(cString: namePointer)
            if addresses[name] == nil { order.append(name) }
            addresses[name, default: []].append(address)
            pointToPoint[name] = (entry.pointee.ifa_flags & UInt32(IFF_POINTOPOINT)) != 0
        }
        return order.map { name in
            NetworkInterface(name: name, addresses: addresses[name] ?? [], isPointToPoint: pointToPoint[name] ?? false,
                             hardwareType: hardwareType(of: name))
        }
    }

    /// The interface that holds `address`, if any.
    public static func holding(_ address: IPAddress) -> NetworkInterface? {
        all().first { $0.addresses.contains(address) }
    }

    /// Reads /sys/class/net/NAME/type (a short decimal file); nil when it is absent or odd.
    static func hardwareType(of name: String) -> Int? {
        guard !name.contains("/"), name != "..", name != "." else { return nil }
        let descriptor = open("/sys/class/net/\(name)/type", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 16)
        let count = read(descriptor, &buffer, buffer.count)
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(while: \.isWhitespace)
        return Int(text)
    }
}

extension String {
    /// The string without leading and trailing characters that match.
    func trimmingCharacters(while predicate: (Character) -> Bool) -> String {
        String(drop(while: predicate).reversed().drop(while: predicate).reversed())
    }
}
