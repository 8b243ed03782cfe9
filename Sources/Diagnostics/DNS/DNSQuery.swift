import Platform
import KMSCore
import ResolverBridge

/// One class-IN query through the system resolver (libresolv res_nquery), its failures told
/// apart: getaddrinfo folds a silent server, a refusing one and a SERVFAIL into one EAI_AGAIN,
/// and a diagnosis needs to say which.
public enum DNSQuery {
    public enum Failure: Error, Sendable, Equatable {
        /// The name does not exist (NXDOMAIN).
        case nxdomain
        /// The name exists but has no record of the type asked for (NOERROR, empty answer: "NODATA").
        case noData
        /// No DNS server accepted the query (ECONNREFUSED: nothing listens, or no route to it).
        case noServer
        /// The server stayed silent for the whole timeout.
        case timeout
        /// The server answered with a failure (SERVFAIL, REFUSED, FORMERR).
        case serverFailure
    }

    /// DNS type codes (RFC 1035, RFC 2782).
    static let typeA: Int32 = 1
    static let typeSRV: Int32 = 33
    static let answerCapacity = 8192

    /// Asks for `type` records of `name`, waiting at most about `timeout` seconds per DNS server;
    /// the whole answer message on success. Blocks: call it through `BlockingIO`.
    static func run(_ name: String, type: Int32, timeout: Double, clock: ContinuousClock = .init()) -> Result<[UInt8], Failure> {
        var answer = [UInt8](repeating: 0, count: answerCapacity)
        var resolverError: Int32 = 0
        var systemError: Int32 = 0
        var perServerSeconds: Int32 = 0
        let started = clock.now
        let length = kw_query(name, type, Int32(max(1, timeout.rounded(.up))), &answer, Int32(answer.count),
                              &resolverError, &systemError, &perServerSeconds)
        guard length >= 0 else {
            let waited = started.duration(to: clock.now)
            return .failure(failure(resolverError: resolverError, systemError: systemError,
                                    waitedLongEnough: waited >= .milliseconds(Int64(perServerSeconds) * 800)))
        }
        return .success(Array(answer[..<Int(length)]))
    }

    /// How a query for `name` fails, or nil when it is answered; off the cooperative pool, giving
    /// up after `timeout` seconds in all (a timeout then).
    static func failure(of name: String, type: Int32, timeout: Double) async -> Failure? {
        let result = await TimeLimit.run(seconds: timeout) { await BlockingIO.run { run(name, type: type, timeout: timeout) } }
        switch result {
        case nil: return .timeout
        case .failure(let failure)?: return failure
        case .success?: return nil
        }
    }

    /// Classifies a failed query by the resolver's h_errno and the errno of its last send.
    static func failure(resolverError: Int32, systemError: Int32, waitedLongEnough: Bool) -> Failure {
        switch resolverError {
        case HOST_NOT_FOUND: return .nxdomain
        case NO_DATA: return .noData
        case TRY_AGAIN:
            if systemError == ECONNREFUSED { return .noServer }
            // glibc also reports a REFUSED or SERVFAIL answer as TRY_AGAIN: only a real wait is a timeout.
            return waitedLongEnough ? .timeout : .serverFailure
        case NO_RECOVERY: return .serverFailure
        default: return systemError == ECONNREFUSED ? .noServer : .serverFailure
        }
    }
}
