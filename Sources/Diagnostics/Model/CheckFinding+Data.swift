/// A finding as the JSON `data` object: the same in every language (see each finding's encoding).
extension CheckFinding: Encodable {
    private enum OverranKeys: String, CodingKey { case seconds }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case let .clock(finding): try finding.encode(to: encoder)
        case let .timezone(finding): try finding.encode(to: encoder)
        case let .network(finding): try finding.encode(to: encoder)
        case let .dns(finding): try finding.encode(to: encoder)
        case let .reachability(finding): try finding.encode(to: encoder)
        case let .kms(finding): try finding.encode(to: encoder)
        case .kmsHostClock: _ = encoder.container(keyedBy: OverranKeys.self)
        case let .overran(_, seconds):
            var container = encoder.container(keyedBy: OverranKeys.self)
            try container.encode(seconds, forKey: .seconds)
        }
    }
}
