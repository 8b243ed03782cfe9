import KMSCore
import KMSProtocol

/// What the kms check found: the host's answer to one activation request, or how it failed.
public struct KMSFinding: Sendable, Equatable {
    public struct Answer: Sendable, Equatable {
        public var version: Int
        public var count: Int
        public var activationIntervalMinutes: Int
        public var renewalIntervalMinutes: Int
        public var rttMilliseconds: Double
        public var epid: String

        public init(version: Int, count: Int, activationIntervalMinutes: Int, renewalIntervalMinutes: Int,
                    rttMilliseconds: Double, epid: String) {
            self.version = version
            self.count = count
            self.activationIntervalMinutes = activationIntervalMinutes
            self.renewalIntervalMinutes = renewalIntervalMinutes
            self.rttMilliseconds = rttMilliseconds
            self.epid = epid
        }
    }

    public struct Failure: Sendable, Equatable {
        public var kind: ActivationFailure.Kind
        /// The finer stable word (`closed`, `hmac-mismatch`...).
        public var reason: String
        public var windowsCode: ActivationErrorCode?
        /// The status the host itself sent (a KMS HRESULT or an RPC fault).
        public var hostStatus: UInt32?
        /// The host's count, when it answered but counts too few clients.
        public var count: Int?

        public init(kind: ActivationFailure.Kind, reason: String, windowsCode: ActivationErrorCode? = nil, hostStatus: UInt32? = nil,
                    count: Int? = nil) {
            self.kind = kind
            self.reason = reason
            self.windowsCode = windowsCode
            self.hostStatus = hostStatus
            self.count = count
        }
    }

    public enum Outcome: Sendable, Equatable {
        case answered(Answer)
        case failed(Failure)
    }

    public var productShortName: String
    public var productName: String
    public var minimumCount: Int
    public var endpoint: Endpoint
    public var outcome: Outcome

    init(product: Product, endpoint: Endpoint, result: ActivationResult) {
        let response = result.response
        self.init(product: product, endpoint: endpoint, outcome: .answered(Answer(
            version: result.version.rawValue, count: Int(response.currentCount),
            activationIntervalMinutes: Int(response.activationIntervalMinutes),
            renewalIntervalMinutes: Int(response.renewalIntervalMinutes), rttMilliseconds: result.rttMilliseconds,
            epid: response.epid)))
    }

    init(product: Product, endpoint: Endpoint, failure: ActivationFailure) {
        self.init(product: product, endpoint: endpoint, outcome: .failed(Failure(
            kind: failure.kind, reason: failure.reason, windowsCode: failure.windowsCode, hostStatus: failure.hostStatus,
            count: failure.answer.map { Int($0.response.currentCount) })))
    }

    public init(product: Product, endpoint: Endpoint, outcome: Outcome) {
        productShortName = product.shortName
        productName = product.displayName
        minimumCount = product.minimumCount
        self.endpoint = endpoint
        self.outcome = outcome
    }

    public var failure: Failure? {
        if case let .failed(failure) = outcome { return failure }
        return nil
    }

    var status: CheckResult.Status { failure == nil ? .pass : .fail }

    var windowsCode: ActivationErrorCode? { failure?.windowsCode }
}

extension KMSFinding: Encodable {
    private enum Keys: String, CodingKey {
        case product, endpoint, minimumCount, outcome, version, count, activationIntervalMinutes, renewalIntervalMinutes
        case rttMilliseconds, epid, failure, reason, hostStatus
    }

    /// `outcome` is `answered` (the answer's figures as numbers) or `failed` (`failure` kind,
    /// `reason`, the host's own `hostStatus` as a number, and `count` when it counts too few).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(productShortName, forKey: .product)
        try container.encode(endpoint.description, forKey: .endpoint)
        try container.encode(minimumCount, forKey: .minimumCount)
        switch outcome {
        case let .answered(answer):
            try container.encode("answered", forKey: .outcome)
            try container.encode(answer.version, forKey: .version)
            try container.encode(answer.count, forKey: .count)
            try container.encode(answer.activationIntervalMinutes, forKey: .activationIntervalMinutes)
            try container.encode(answer.renewalIntervalMinutes, forKey: .renewalIntervalMinutes)
            try container.encode(answer.rttMilliseconds, forKey: .rttMilliseconds)
            try container.encode(answer.epid, forKey: .epid)
        case let .failed(failure):
            try container.encode("failed", forKey: .outcome)
            try container.encode(failure.kind.rawValue, forKey: .failure)
            try container.encode(failure.reason, forKey: .reason)
            try container.encode(failure.hostStatus, forKey: .hostStatus)
            try container.encode(failure.count, forKey: .count)
        }
    }
}
