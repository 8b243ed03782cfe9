// kmswizard-fuzz: libFuzzer entry point for every parser of untrusted bytes. `KMSWIZARD_FUZZ_TARGET`
// picks the parser (see `FuzzTarget`). Each target decodes, validates and renders every error
// message, because a description that formats a hostile value is parsing too. Built for fuzzing by
// `make fuzz-build` (-sanitize=fuzzer,address and -DKMSWIZARD_FUZZ); see FuzzMain.swift.
import Diagnostics
@preconcurrency import Platform
import Localization

enum FuzzTarget: String, CaseIterable {
    /// Any sequence of connection-oriented RPC PDUs, each parsed as its type says.
    case rpc
    /// The client's whole RPC exchange (bind, RequestActivation) against a host that says these bytes.
    case rpcClient = "rpc-client"
    /// A KMS request (u16 little-endian length, then the bytes) and the response to check against it.
    case kms
    /// A decrypted KMS response: base response, trailer, ePID fields, for each version.
    case kmsPlaintext = "kms-plaintext"
    /// An NTP reply (48 bytes or more).
    case ntp
    /// A DNS answer message, read for its SRV records.
    case dns
    /// The state file (~/.local/state/kmswizard/state.json).
    case state
    /// The strings file (strings.zh-TW.json).
    case strings
    /// The products catalog (products.json).
    case catalog

    static let selected: FuzzTarget = {
        let name = getenv("KMSWIZARD_FUZZ_TARGET").map { String(cString: $0) } ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            fputs("KMSWIZARD_FUZZ_TARGET must be one of: \(allCases.map(\.rawValue).joined(separator: " "))\n", stderr)
            exit(2)
        }
        return target
    }()

    func run(_ bytes: [UInt8]) {
        switch self {
        case .rpc: FuzzRPC.frames(bytes)
        case .rpcClient: FuzzRPC.client(bytes)
        case .kms: FuzzKMS.exchange(bytes)
        case .kmsPlaintext: FuzzKMS.plaintext(bytes)
        case .ntp: FuzzFiles.ntp(bytes)
        case .dns: FuzzDNS.srv(bytes)
        case .state: FuzzFiles.state(bytes)
        case .strings: FuzzFiles.strings(bytes)
        case .catalog: FuzzFiles.catalog(bytes)
        }
    }
}

/// libFuzzer's per-input callback.
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTarget.selected.run(bytes)
    return 0
}
