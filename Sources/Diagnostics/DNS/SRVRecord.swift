/// One `_vlmcs._tcp` SRV record: where Windows' KMS auto-discovery would go.
public struct SRVRecord: Sendable, Equatable, Codable {
    public let priority: UInt16
    public let weight: UInt16
    public let port: UInt16
    /// The host name, without the trailing dot.
    public let target: String

    public init(priority: UInt16, weight: UInt16, port: UInt16, target: String) {
        self.priority = priority
        self.weight = weight
        self.port = port
        self.target = target
    }
}
