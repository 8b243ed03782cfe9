import KMSCore
@testable import KMSProtocol
import TestSupport

/// The hostile-host matrix: every way a KMS host can misbehave at each layer, what the test
/// responder does to play it, and the outcome `kmswizard activate --json --timeout 2` must give.
/// `HostileMatrixTests` runs every row through the real binary and writes docs/hostile-hosts.md
/// from this table (and fails when the file says something else), so the document cannot drift.
struct HostileCase: CustomStringConvertible, Sendable {
    /// What the host does, as the table's first column says it.
    let host: String
    let responder: [String]
    /// The `error.code` word and the accepted `error.reason` words (a host that closes with our
    /// bytes unread makes the kernel send RST, which may or may not overtake its FIN).
    let code: String
    let reasons: [String]
    let status: Int32
    /// Words the English `error.detail` must contain: the message says what the host did.
    let says: String
    /// The Windows error code the JSON names: the one Windows shows for a host it cannot use, none
    /// for an answer kmswizard refuses to believe, the host's own code when it sends one.
    var windowsCode: String? = "0xC004F074"
    var client: [String] = []
    /// True for rows whose host streams without end: the test also checks how much it pushed.
    var streams = false

    var description: String { host }
}

enum HostileMatrix {
    static let timeoutSeconds = 2.0
    /// Start-up, teardown and a loaded CI machine, on top of `--timeout`.
    static let marginSeconds = 2.5
    /// No read buffer may grow past the PDU limit, whatever the host announces or streams.
    static let readCap = RPCLimits.maximumFragmentLength
    /// Peak RSS a hostile run may add to `kmswizard --version` of the same build (sanitizer builds
    /// start far bigger): far below what believing a 4 GB length, or buffering a stream, would take.
    static let extraRSSLimitKilobytes = 64 * 1024

    static let connection: [HostileCase] = [
        HostileCase(host: "closes the connection before the bind", responder: ["--behaviour", "close-at-once"],
                    code: "protocol", reasons: ["closed", "reset"], status: 76, says: "the host"),
        HostileCase(host: "acknowledges the bind, then closes", responder: ["--behaviour", "close-after-bind"],
                    code: "protocol", reasons: ["closed", "reset"], status: 76, says: "the host"),
        HostileCase(host: "resets the connection (RST) instead of answering the bind", responder: ["--behaviour", "reset"],
                    code: "protocol", reasons: ["reset"], status: 76, says: "reset the connection"),
        HostileCase(host: "answers the bind with an HTTP error page", responder: ["--behaviour", "garbage"],
                    code: "protocol", reasons: ["not-rpc"], status: 76, says: "did not answer in MS-RPC version 5.0"),
        HostileCase(host: "sends a PDU header with fragment length 0", responder: ["--behaviour", "frag-length-0"],
                    code: "protocol", reasons: ["fragment-too-short"], status: 76, says: "announced an RPC packet of 0 bytes"),
        HostileCase(host: "sends a PDU header with fragment length 15", responder: ["--behaviour", "frag-length-15"],
                    code: "protocol", reasons: ["fragment-too-short"], status: 76, says: "announced an RPC packet of 15 bytes"),
        HostileCase(host: "announces a 65535-byte PDU and streams without end",
                    responder: ["--behaviour", "frag-length-max"], code: "protocol", reasons: ["fragment-too-long"],
                    status: 76, says: "more than the 5840 bytes"),   // refused on the header: the push is cut by our reset
        HostileCase(host: "announces a 5840-byte PDU and streams without end", responder: ["--behaviour", "endless"],
                    code: "protocol", reasons: ["wrong-context-id"], status: 76, says: "answered on RPC context",
                    streams: true),
        HostileCase(host: "claims a 4 GB alloc_hint", responder: ["--behaviour", "alloc-hint-4g"],
                    code: "protocol", reasons: ["alloc-hint"], status: 76, says: "claims 4294967295 bytes of data"),
        HostileCase(host: "claims a 4 GB KMS response (NDR64)", responder: ["--behaviour", "kms-size-4g"],
                    code: "protocol", reasons: ["kms-size-too-large"], status: 76, says: "KMS response of 4294967295 bytes"),
        HostileCase(host: "claims a 4 GB KMS response (NDR32)", responder: ["--behaviour", "kms-size-4g", "--rpc", "py-kms"],
                    code: "protocol", reasons: ["kms-size-too-large"], status: 76, says: "KMS response of 4294967295 bytes"),
        HostileCase(host: "acknowledges the bind, then stays silent", responder: ["--behaviour", "silent-after-bind"],
                    code: "timeout", reasons: ["overall-receiving"], status: 75, says: "took longer than 2 s"),
        HostileCase(host: "trickles its answer one byte a second (slowloris)", responder: ["--behaviour", "slowloris"],
                    code: "timeout", reasons: ["overall-receiving"], status: 75, says: "the host had sent only"),
        HostileCase(host: "sends the first fragment twice", responder: ["--behaviour", "duplicate-fragment"],
                    code: "protocol", reasons: ["fragmented"], status: 76, says: "fragmented RPC answer (flags 0x01)"),
        HostileCase(host: "sends the last fragment first", responder: ["--behaviour", "out-of-order-fragments"],
                    code: "protocol", reasons: ["fragmented"], status: 76, says: "fragmented RPC answer (flags 0x02)"),
        HostileCase(host: "answers another call id", responder: ["--behaviour", "wrong-call-id"],
                    code: "protocol", reasons: ["wrong-call-id"], status: 76, says: "answered call 7 but kmswizard sent call 2"),
    ]

    /// One row per fault status kmswizard names, and one it does not know.
    static let faults: [HostileCase] = (RPCFaultStatus.names.keys.sorted() + [0xDEAD_BEEF]).map { status in
        HostileCase(host: "RPC fault \(Hex.code(status))", responder: ["--behaviour", "rpc-fault", "--fault-status", Hex.code(status)],
                    code: "rpc-fault", reasons: ["fault"], status: 76, says: RPCFaultStatus.name(of: status))
    }

    /// One row per bind_nak reason DCE and MS-RPCE define, and one they do not.
    static let bindRejections: [HostileCase] = (Array(UInt16(0)...9) + [42]).map { reason in
        HostileCase(host: "bind_nak, reason \(reason)", responder: ["--behaviour", "bind-nak", "--nak-reason", String(reason)],
                    code: "bind-nak", reasons: ["bind-nak"], status: 76, says: BindNakReason(code: reason).description)
    }

    static let kms: [HostileCase] = [
        HostileCase(host: "v4 answer with the wrong protocol version", responder: ["--damage", "wrong-version"],
                    code: "bad-response", reasons: ["wrong-version"], status: 76, says: "protocol version 5.0, the request was 4",
                    windowsCode: nil, client: ["--protocol", "4"]),
        HostileCase(host: "v5 answer with the wrong protocol version", responder: ["--damage", "wrong-version"],
                    code: "bad-response", reasons: ["wrong-version"], status: 76, says: "protocol version 6.0, the request was 5",
                    windowsCode: nil, client: ["--protocol", "5"]),
        HostileCase(host: "v6 answer with the wrong protocol version", responder: ["--damage", "wrong-version"],
                    code: "bad-response", reasons: ["wrong-version"], status: 76, says: "protocol version 5.0, the request was 6",
                    windowsCode: nil, client: ["--protocol", "6"]),
        HostileCase(host: "v6 answer whose encrypted version differs", responder: ["--damage", "wrong-inner-version"],
                    code: "bad-response", reasons: ["wrong-inner-version"], status: 76, says: "decrypted KMS response has protocol version",
                    windowsCode: nil, client: ["--protocol", "6"]),
        HostileCase(host: "v6 answer whose HMAC fails", responder: ["--damage", "bad-hmac"],
                    code: "bad-response", reasons: ["hmac-mismatch"], status: 76, says: "HMAC is incorrect",
                    windowsCode: nil, client: ["--protocol", "6"]),
        HostileCase(host: "v4 answer whose MAC fails", responder: ["--damage", "bad-mac"],
                    code: "bad-response", reasons: ["mac-mismatch"], status: 76, says: "MAC does not match",
                    windowsCode: nil, client: ["--protocol", "4"]),
        HostileCase(host: "v5 answer whose salt hash fails", responder: ["--damage", "bad-hash"],
                    code: "bad-response", reasons: ["salt-mismatch"], status: 76, says: "salt hash does not match",
                    windowsCode: nil, client: ["--protocol", "5"]),
        HostileCase(host: "decrypted ePID size says 128 bytes, fewer follow", responder: ["--damage", "lying-epid-size"],
                    code: "bad-response", reasons: ["bad-length"], status: 76, says: "where its ePID size implies",
                    windowsCode: nil),
        HostileCase(host: "decrypted ePID size is odd", responder: ["--damage", "odd-epid-size"],
                    code: "bad-response", reasons: ["bad-epid-size"], status: 76, says: "invalid ePID size",
                    windowsCode: nil),
        HostileCase(host: "answer for another client machine ID", responder: ["--damage", "wrong-cmid"],
                    code: "bad-response", reasons: ["cmid-mismatch"], status: 76, says: "is for client machine",
                    windowsCode: nil),
        HostileCase(host: "answers with error HRESULT 0xC004F042", responder: ["--behaviour", "kms-error"],
                    code: "kms-error", reasons: ["hresult"], status: 4, says: "refused the request with error 0xC004F042",
                    windowsCode: "0xC004F042"),
        HostileCase(host: "counts fewer clients than the product needs", responder: ["--count", "1"],
                    code: "below-threshold", reasons: ["count-below-threshold"], status: 3, says: "counts 1 clients",
                    windowsCode: "0xC004F038"),
    ]

    static let all = connection + faults + bindRejections + kms

    /// Whether a row already plays the responder's KMS damage `damage` against protocol `version`
    /// (without `--protocol` the default product speaks v6).
    static func plays(damage: String, version: Int) -> Bool {
        kms.contains { row in
            row.responder == ["--damage", damage] && (row.client.last.flatMap { Int($0) } ?? 6) == version
        }
    }

    /// The table for docs/hostile-hosts.md.
    static var document: String {
        var lines = [
            "# Hostile and broken KMS hosts",
            "",
            "Generated by `HostileMatrixTests` (Tests/EndToEndTests/Activation/HostileMatrix.swift) from the table the test runs;",
            "the test fails when this file differs. Regenerate: `KMSWIZARD_WRITE_DOCS=1 swift test --filter HostileMatrix`.",
            "",
            "Each row runs `kmswizard activate --json --timeout \(Int(timeoutSeconds))` (the real binary) against",
            "`kms-test-responder` on loopback. Every row must end within the timeout plus \(marginSeconds) s",
            "(\(Int(SanitizerRuntime.slowBuildSeconds)) s more in a sanitizer build, which starts and runs several times slower), with the",
            "error code, reason, exit status and Windows code shown, an `error.detail` that contains the quoted words,",
            "a message and a hint, the failure recorded in the state file, no signal death, and a peak RSS at most",
            "\(extraRSSLimitKilobytes / 1024) MB above `kmswizard --version`'s. No read buffer grows past \(readCap) bytes",
            "(`RPCLimits.maximumFragmentLength`): a PDU header announcing more is refused before its body is read,",
            "and the streaming row checks that the host pushed more than that (as much as the sockets took before the client hung up) while the client stayed bounded.",
            "",
            "| host | responder flags | code | reason | exit | Windows code | detail says |",
            "|---|---|---|---|---|---|---|",
        ]
        for row in all {
            let flags = (row.responder + (row.client.isEmpty ? [] : ["(client: " + row.client.joined(separator: " ") + ")"]))
                .joined(separator: " ")
            lines.append("| \(row.host) | `\(flags)` | \(row.code) | \(row.reasons.joined(separator: " or ")) | \(row.status) | \(row.windowsCode ?? "none") | \(row.says) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
