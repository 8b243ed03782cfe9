import KMSCore
import KMSProtocol

/// Command line of the test KMS host (kept free of ArgumentParser: the target depends only on Activation).
///
///     kms-test-responder [--address 127.0.0.1|::1] [--port 0] [--behaviour NAME] [--rpc vlmcsd|py-kms]
///                        [--connections N] [--deadline SECONDS] [--log FILE] [--count N] [--epid TEXT]
///                        [--hwid HEX] [--hresult HEX] [--damage NAME] [--reuse-iv yes]
///                        [--fault-status HEX] [--nak-reason N]
struct ResponderOptions {
    var address = "127.0.0.1"
    var port: UInt16 = 0
    var behaviour = ResponderBehaviour.normal
    var style = RPCStyle.vlmcsd
    /// Connections served before exiting.
    var connections = 1
    /// Seconds after which the responder exits whatever happens.
    var deadlineSeconds = 30.0
    var logPath: String?
    /// What the KMS answer says and which part of it is broken (KMSHost, kms-messages).
    var host = KMSHostBehaviour()
    var hresult: UInt32 = 0xC004_F042
    /// The status of the `rpc-fault` behaviour's fault PDU.
    var faultStatus: UInt32 = 0x1C01_0002
    /// The reason of the `bind-nak` behaviour's bind_nak.
    var nakReason: UInt16 = 4

    struct UsageError: Error, CustomStringConvertible { let description: String }

    init(arguments: [String]) throws {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else { throw UsageError(description: "\(flag) needs a value") }
            switch flag {
            case "--address": address = value
            case "--port": port = try Self.parse(UInt16(value), flag, value)
            case "--behaviour", "--behavior": behaviour = try Self.parse(ResponderBehaviour(rawValue: value), flag, value)
            case "--rpc": style = try Self.parse(RPCStyle(rawValue: value), flag, value)
            case "--connections": connections = try Self.parse(Int(value).flatMap { $0 > 0 ? $0 : nil }, flag, value)
            case "--deadline": deadlineSeconds = try Self.parse(Double(value).flatMap { $0 > 0 ? $0 : nil }, flag, value)
            case "--log": logPath = value
            case "--count": host.clientCount = try Self.parse(UInt32(value), flag, value)
            case "--epid": host.epid = value
            case "--hwid": host.hwid = try Self.parse(Hex.bytes(value).flatMap { $0.count == 8 ? $0 : nil }, flag, value)
            case "--damage": host.damage = try Self.parse(KMSHostDamage(rawValue: value), flag, value)
            case "--reuse-iv": host.reuseRequestIV = value == "yes"
            case "--hresult": hresult = try Self.parse(Self.hex(value), flag, value)
            case "--fault-status": faultStatus = try Self.parse(Self.hex(value), flag, value)
            case "--nak-reason": nakReason = try Self.parse(UInt16(value), flag, value)
            default: throw UsageError(description: "unknown option \(flag)")
            }
        }
    }

    /// "0xC004F042" or "C004F042".
    private static func hex(_ text: String) -> UInt32? { UInt32(text.replacingPrefix("0x"), radix: 16) }

    private static func parse<T>(_ value: T?, _ flag: String, _ text: String) throws -> T {
        guard let value else { throw UsageError(description: "\(flag): \"\(text)\" is not valid") }
        return value
    }
}

extension String {
    func replacingPrefix(_ prefix: String) -> String {
        lowercased().hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
