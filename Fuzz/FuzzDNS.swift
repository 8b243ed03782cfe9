import Diagnostics

enum FuzzDNS {
    /// A whole DNS answer message, read for SRV records as `diagnose` reads the `_vlmcs._tcp`
    /// answer: libresolv walks the records, the resolver bridge reads each SRV's RDATA.
    static func srv(_ bytes: [UInt8]) {
        if case let .found(records) = SRVLookup.parse(bytes) {
            _ = records.map { "\($0.target):\($0.port) \($0.priority)/\($0.weight)" }
        }
    }
}
