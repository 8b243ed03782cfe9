import KMSCore

/// What the network check found: where this computer sits, from the kernel's route to the KMS host.
public enum NetworkFinding: Sendable, Equatable {
    /// The KMS host name does not resolve, so there is no address to route to.
    case unresolved(host: String)
    /// The route the kernel would take, judged against the campus ranges.
    case routed(NetworkPath, campus: [CIDR])

    /// Where this computer is; nil when it cannot be told.
    public var place: NetworkPath.Location? {
        if case let .routed(path, _) = self { return path.location }
        return nil
    }

    var status: CheckResult.Status {
        switch place {
        case .campus?, .vpn?: .pass
        case .offCampus?, nil: .warn
        case .noRoute?: .fail
        }
    }

    /// Off campus without the VPN, or with no route, Windows cannot reach the host.
    var windowsCode: ActivationErrorCode? {
        place == .offCampus || place == .noRoute ? .noKMSContacted : nil
    }
}

extension NetworkFinding: Encodable {
    private enum Keys: String, CodingKey { case place, host, target, sourceAddress, interface, tunnel, campusRanges }

    /// `{place, target, sourceAddress, interface, tunnel, campusRanges}`, or `{place: null, host}` when unresolved.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        switch self {
        case let .unresolved(host):
            try container.encodeNil(forKey: .place)
            try container.encode(host, forKey: .host)
        case let .routed(path, campus):
            try container.encode(path.location.rawValue, forKey: .place)
            try container.encode(path.target.description, forKey: .target)
            try container.encode(path.source?.description, forKey: .sourceAddress)
            try container.encode(path.interface?.name, forKey: .interface)
            try container.encode(path.interface?.isTunnel ?? false, forKey: .tunnel)
            try container.encode(campus.map(\.description), forKey: .campusRanges)
        }
    }
}
