import Platform
import KMSCore
import ResolverBridge

/// SRV records through the system resolver (`DNSQuery`, then libresolv ns_initparse/ns_parserr).
public enum SRVLookup {
    public enum Outcome: Sendable, Equatable {
        /// Records sorted as a client would try them: lowest priority first, then highest weight.
        case found([SRVRecord])
        /// The name does not exist (NXDOMAIN).
        case nxdomain
        /// The name exists but has no SRV record (NOERROR, empty answer: "NODATA").
        case noData
        /// No DNS server accepted the query (ECONNREFUSED: nothing listens, or no route to it).
        case noServer
        /// The server stayed silent for the whole timeout.
        case timeout
        /// The server answered with a failure (SERVFAIL, REFUSED, FORMERR).
        case serverFailure
        /// An answer came that cannot be read (truncated, malformed records).
        case malformed
    }

    /// Looks up SRV records of `name`, waiting at most about `timeout` seconds per DNS server.
    /// Blocks: call it through `BlockingIO`.
    public static func lookup(_ name: String, timeout: Double) -> Outcome {
        switch DNSQuery.run(name, type: DNSQuery.typeSRV, timeout: timeout) {
        case .success(let message): parse(message)
        case .failure(let failure): Outcome(failure)
        }
    }

    /// Resolves off the cooperative thread pool, giving up after `timeout` seconds in all.
    public static func lookup(_ name: String, timeout: Double) async -> Outcome {
        await TimeLimit.run(seconds: timeout) { await BlockingIO.run { lookup(name, timeout: timeout) } } ?? .timeout
    }

    /// Reads the SRV records out of a whole DNS answer message; every read is bounds-checked by
    /// libresolv and the bridge (`kw_srv_at`).
    public static func parse(_ message: [UInt8]) -> Outcome {
        var handle = ns_msg()
        let parsed = message.withUnsafeBufferPointer { buffer -> [SRVRecord]? in
            guard let base = buffer.baseAddress, ns_initparse(base, Int32(buffer.count), &handle) == 0 else { return nil }
            var records: [SRVRecord] = []
            let count = kw_ns_msg_count(&handle, ns_s_an)
            var target = [CChar](repeating: 0, count: Int(NS_MAXDNAME) + 1)
            for index in 0..<max(0, count) {
                var priority: UInt32 = 0, weight: UInt32 = 0, port: UInt32 = 0
                let status = kw_srv_at(&handle, index, &priority, &weight, &port, &target, target.count)
                if status == -2 { continue }   // a CNAME or other record in front of the SRV
                guard status == 0 else { return nil }
                let name = String(decoding: target.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                records.append(SRVRecord(priority: UInt16(truncatingIfNeeded: priority), weight: UInt16(truncatingIfNeeded: weight),
                                         port: UInt16(truncatingIfNeeded: port), target: name))
            }
            return records
        }
        guard let records = parsed else { return .malformed }
        guard !records.isEmpty else { return .noData }
        return .found(records.sorted { ($0.priority, -Int($0.weight)) < ($1.priority, -Int($1.weight)) })
    }
}

extension SRVLookup.Outcome {
    init(_ failure: DNSQuery.Failure) {
        switch failure {
        case .nxdomain: self = .nxdomain
        case .noData: self = .noData
        case .noServer: self = .noServer
        case .timeout: self = .timeout
        case .serverFailure: self = .serverFailure
        }
    }
}
