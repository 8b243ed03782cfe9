import KMSCore

/// Where this machine sits relative to the campus, judged from the route to the KMS host.
public struct NetworkPath: Sendable, Equatable {
    public enum Location: String, Sendable, Equatable {
        /// The source address lies in a campus range and the route is not a tunnel.
        case campus
        /// The route goes into a tunnel interface: the SSL VPN is up.
        case vpn
        /// Routed, but neither from a campus address nor through a tunnel.
        case offCampus
        /// The kernel has no route to the KMS host at all.
        case noRoute
    }

    public let location: Location
    public let target: IPAddress
    public let source: IPAddress?
    public let interface: NetworkInterface?

    public init(location: Location, target: IPAddress, source: IPAddress?, interface: NetworkInterface?) {
        self.location = location
        self.target = target
        self.source = source
        self.interface = interface
    }

    /// Asks the kernel for its route to `target` (sends nothing) and classifies it.
    public static func find(to target: IPAddress, port: UInt16, campus: [CIDR]) -> NetworkPath {
        switch RouteProbe.route(to: target, port: port) {
        case let .routed(source, interface):
            return NetworkPath(location: classify(source: source, interface: interface, campus: campus),
                               target: target, source: source, interface: interface)
        case .noRoute, .failed:
            return NetworkPath(location: .noRoute, target: target, source: nil, interface: nil)
        }
    }

    /// A tunnel wins over the address: VPN clients hand out campus addresses too.
    static func classify(source: IPAddress, interface: NetworkInterface?, campus: [CIDR]) -> Location {
        if interface?.isTunnel == true { return .vpn }
        return campus.contains { $0.contains(source) } ? .campus : .offCampus
    }
}
