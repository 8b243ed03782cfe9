import Platform
import KMSCore
import KMSProtocol
import Renewal

/// `kmswizard activate --json`: one object with stable keys, the host's decoded answer when there
/// is one (also for a count below the threshold), and an `error` object when it failed.
struct ActivateReport: Encodable {
    /// What was asked, known even when the exchange failed.
    struct Request {
        let endpoint: Endpoint
        let product: Product
        let version: KMSVersion
    }

    let request: Request
    let result: ActivationResult?
    let failure: ActivateFailureText?
    /// Why the result did not reach the state file; nil when it was saved.
    var stateProblem: String?

    /// The host would activate the product, and its answer was saved.
    var isOK: Bool { failure == nil && result != nil && stateProblem == nil }

    private enum Keys: String, CodingKey {
        case ok, host, port, address, `protocol`, transferSyntax, product, productName, epid, epidInfo, hwid
        case clientCount, minimumCount, activationIntervalMinutes, renewalIntervalMinutes, responseTimestamp
        case rttMilliseconds, schemaVersion, error, stateSaved, stateProblem
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        let response = result?.response
        try container.encode(isOK, forKey: .ok)
        try container.encode(request.endpoint.host, forKey: .host)
        try container.encode(request.endpoint.port, forKey: .port)
        try container.encode(result?.remoteAddress, forKey: .address)
        try container.encode(result?.version.rawValue ?? request.version.rawValue, forKey: .protocol)
        try container.encode(result?.transferSyntax.rawValue, forKey: .transferSyntax)
        try container.encode(request.product.shortName, forKey: .product)
        try container.encode(request.product.displayName, forKey: .productName)
        try container.encode(response?.epid, forKey: .epid)
        try container.encode(response?.epidInfo, forKey: .epidInfo)
        try container.encode(response?.hwidHex, forKey: .hwid)
        try container.encode(response.map { Int($0.currentCount) }, forKey: .clientCount)
        try container.encode(request.product.minimumCount, forKey: .minimumCount)
        try container.encode(response.map { Int($0.activationIntervalMinutes) }, forKey: .activationIntervalMinutes)
        try container.encode(response.map { Int($0.renewalIntervalMinutes) }, forKey: .renewalIntervalMinutes)
        try container.encode(result?.responseTimestamp, forKey: .responseTimestamp)
        try container.encode(result?.rttMilliseconds, forKey: .rttMilliseconds)
        try container.encode(JSONOutput.schemaVersion, forKey: .schemaVersion)
        try container.encode(failure?.errorObject, forKey: .error)
        try container.encode(stateProblem == nil, forKey: .stateSaved)
        try container.encode(stateProblem, forKey: .stateProblem)
    }

    static func record(_ result: ActivationResult) -> HostCheckRecord {
        HostCheckRecord(at: Date(), host: result.endpoint.host, port: result.endpoint.port, epid: result.response.epid,
                         protocolVersion: result.version.rawValue, clientCount: Int(result.response.currentCount),
                         activationIntervalMinutes: Int(result.response.activationIntervalMinutes),
                         renewalIntervalMinutes: Int(result.response.renewalIntervalMinutes))
    }

    static func record(_ failure: ActivationFailure) -> FailureRecord {
        FailureRecord(at: Date(), code: failure.kind.rawValue, windowsCode: failure.windowsCode)
    }
}
