import Platform
import KMSCore

/// A KMS host's valid answer to one activation request, with how it was obtained.
public struct ActivationResult: Sendable {
    /// The host and port asked.
    public let endpoint: Endpoint
    /// The address actually connected to ("127.0.0.1:1688", "[::1]:1688").
    public let remoteAddress: String
    public let version: KMSVersion
    public let response: KMSResponse
    /// The transfer syntax the host accepted.
    public let transferSyntax: TransferSyntax
    /// From sending the KMS request to receiving the whole answer.
    public let rttMilliseconds: Double
    /// The host's timestamp (the echoed request time).
    public let responseTimestamp: Date
    /// The product's activation threshold the count was compared with.
    public let minimumCount: Int

    public init(endpoint: Endpoint, remoteAddress: String, version: KMSVersion, response: KMSResponse,
                transferSyntax: TransferSyntax, rttMilliseconds: Double, responseTimestamp: Date, minimumCount: Int) {
        self.endpoint = endpoint
        self.remoteAddress = remoteAddress
        self.version = version
        self.response = response
        self.transferSyntax = transferSyntax
        self.rttMilliseconds = rttMilliseconds
        self.responseTimestamp = responseTimestamp
        self.minimumCount = minimumCount
    }

    /// Whether the host counts enough clients to activate this product.
    public var meetsThreshold: Bool { Int(response.currentCount) >= minimumCount }
}
