import Platform
import KMSCore

/// Runs one activation exchange with a KMS host: connect, bind, RequestActivation, validate.
///
/// The exchange is synchronous and poll-based inside and runs on its own thread (`BlockingIO`),
/// bounded by one overall deadline of `timeoutSeconds` and the same limit per network step.
/// The IV and the time come in through `random` and `clock` so that tests can fix them.
public struct KMSClient: Sendable {
    public let endpoint: Endpoint
    public let limits: TransportLimits
    public let random: any RandomSource
    public let clock: @Sendable () -> Date
    public let offer: BindOffer
    /// Sent in the request, as Windows sends the computer's name.
    public let workstation: String

    public init(endpoint: Endpoint, timeoutSeconds: Double, random: any RandomSource = SystemRandom(),
                clock: @escaping @Sendable () -> Date = { Date() }, offer: BindOffer = .windows,
                workstation: String = KMSClient.localWorkstationName()) {
        self.endpoint = endpoint
        self.limits = TransportLimits(timeoutSeconds: timeoutSeconds)
        self.random = random
        self.clock = clock
        self.offer = offer
        self.workstation = workstation
    }

    public init(settings: Settings, random: any RandomSource = SystemRandom(), clock: @escaping @Sendable () -> Date = { Date() }) {
        self.init(endpoint: settings.kmsHost, timeoutSeconds: settings.timeoutSeconds, random: random, clock: clock)
    }

    /// Asks the host to activate `product` for this machine. `version` forces a protocol version
    /// (`--protocol`); otherwise the product's own is used.
    public func activate(product: Product, protocol version: KMSVersion? = nil,
                         machineID: UUID) async throws(ActivationFailure) -> ActivationResult {
        let client = self
        return try await BlockingIO.runReleasingOpenSSL { () throws(ActivationFailure) -> ActivationResult in
            try client.exchange(product: product, version: version, machineID: machineID)
        }
    }

    /// The whole exchange on the calling thread.
    public func exchange(product: Product, version: KMSVersion?, machineID: UUID) throws(ActivationFailure) -> ActivationResult {
        let deadline = Deadline.after(seconds: limits.overallSeconds)
        let fields = KMSRequestFields.make(product: product, machineID: machineID, now: clock(), workstation: workstation,
                                           version: version)
        let request = KMSRequestEncoder.encode(fields, iv: random.bytes(16))
        let connection: TCPConnection
        do {
            connection = try TCPConnection.open(to: endpoint, limits: limits, overallDeadline: deadline)
        } catch {
            throw ActivationFailure(error)
        }
        let association = RPCAssociation(stream: connection)
        let output: RequestActivationStub.Output
        let started: Deadline
        let context: NegotiatedContext
        do {
            context = try association.bind(offer: offer)
            started = Deadline.now()
            output = try association.requestActivation(request.bytes)
        } catch {
            throw ActivationFailure(error)
        }
        let rtt = started.elapsedSeconds * 1000
        guard output.returnValue == 0 else {
            throw ActivationFailure(kind: .kmsError, reason: "hresult",
                                    detail: "the KMS host refused the request with error \(Hex.code(output.returnValue))",
                                    windowsCode: ActivationErrorCode(output.returnValue), hostStatus: output.returnValue)
        }
        let response: KMSResponse
        do {
            response = try KMSResponseDecoder.decode(output.response, for: request.context)
        } catch {
            throw ActivationFailure(error)
        }
        let result = ActivationResult(endpoint: endpoint, remoteAddress: connection.remoteAddress, version: fields.version,
                                      response: response, transferSyntax: context.syntax,
                                      rttMilliseconds: (rtt * 10).rounded() / 10,
                                      responseTimestamp: response.timestampDate, minimumCount: product.minimumCount)
        guard result.meetsThreshold else {
            throw ActivationFailure(kind: .belowThreshold, reason: "count-below-threshold",
                                    detail: "the KMS host counts \(response.currentCount) clients, \(product.displayName) needs \(product.minimumCount)",
                                    windowsCode: .countInsufficient, answer: result)
        }
        return result
    }

    /// This computer's host name, as Windows puts its own name in the request.
    public static func localWorkstationName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "kmswizard" }
        let name = buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        return name.isEmpty ? "kmswizard" : name
    }
}
