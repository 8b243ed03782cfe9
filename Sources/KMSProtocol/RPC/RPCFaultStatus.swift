import KMSCore

/// Names for the fault statuses an RPC runtime sends: DCE `nca_s_*` codes and the Windows
/// `RPC_S_*`/`RPC_X_*` Win32 codes that Microsoft hosts put in their fault PDUs.
public enum RPCFaultStatus {
    static let names: [UInt32: String] = [
        0x0000_0005: "access denied (rpc_s_access_denied)",
        0x0000_0008: "out of memory (rpc_s_out_of_memory)",
        0x0000_06A6: "invalid binding (RPC_S_INVALID_BINDING)",
        0x0000_06B5: "the KMS interface is unknown to this host (RPC_S_UNKNOWN_IF)",
        0x0000_06BA: "the RPC server is unavailable (RPC_S_SERVER_UNAVAILABLE)",
        0x0000_06BB: "the RPC server is too busy (RPC_S_SERVER_TOO_BUSY)",
        0x0000_06BE: "the remote procedure call failed (RPC_S_CALL_FAILED)",
        0x0000_06BF: "the remote procedure call failed and did not execute (RPC_S_CALL_FAILED_DNE)",
        0x0000_06C0: "RPC protocol error (RPC_S_PROTOCOL_ERROR)",
        0x0000_06D1: "procedure number out of range (RPC_S_PROCNUM_OUT_OF_RANGE)",
        0x0000_06F7: "the stub received bad data (RPC_X_BAD_STUB_DATA)",
        0x0000_071A: "the call was cancelled (RPC_S_CALL_CANCELLED)",
        0x1C00_0001: "integer divide by zero (nca_s_fault_int_div_by_zero)",
        0x1C00_0002: "address error (nca_s_fault_addr_error)",
        0x1C00_0003: "floating-point divide by zero (nca_s_fault_fp_div_zero)",
        0x1C00_0006: "invalid tag (nca_s_fault_invalid_tag)",
        0x1C00_0007: "invalid array bound (nca_s_fault_invalid_bound)",
        0x1C00_0008: "RPC version mismatch (nca_s_rpc_version_mismatch)",
        0x1C00_0009: "unspecified rejection (nca_s_unspec_reject)",
        0x1C00_000A: "bad activity id (nca_s_bad_actid)",
        0x1C00_000C: "manager not entered (nca_s_manager_not_entered)",
        0x1C00_000D: "call cancelled (nca_s_fault_cancel)",
        0x1C00_000E: "illegal instruction (nca_s_fault_ill_inst)",
        0x1C00_0010: "integer overflow (nca_s_fault_int_overflow)",
        0x1C00_0012: "unspecified fault (nca_s_fault_unspec)",
        0x1C00_0013: "remote communication failure (nca_s_fault_remote_comm_failure)",
        0x1C00_001A: "context mismatch (nca_s_fault_context_mismatch)",
        0x1C00_001B: "the host ran out of memory (nca_s_fault_remote_no_memory)",
        0x1C00_001C: "invalid presentation context id (nca_s_invalid_pres_context_id)",
        0x1C00_001D: "unsupported authentication level (nca_s_unsupported_authn_level)",
        0x1C00_001F: "invalid checksum (nca_s_invalid_checksum)",
        0x1C00_0020: "invalid CRC (nca_s_invalid_crc)",
        0x1C01_0001: "communication failure (nca_s_comm_failure)",
        0x1C01_0002: "operation number out of range (nca_s_op_rng_error)",
        0x1C01_0003: "unknown interface (nca_s_unk_if)",
        0x1C01_0006: "wrong boot time (nca_s_wrong_boot_time)",
        0x1C01_0009: "the host says we crashed (nca_s_you_crashed)",
        0x1C01_000B: "protocol error (nca_s_proto_error)",
        0x1C01_0013: "output arguments too big (nca_s_out_args_too_big)",
        0x1C01_0014: "server too busy (nca_s_server_too_busy)",
        0x1C01_0017: "unsupported type (nca_s_unsupported_type)",
    ]

    /// "procedure number out of range (RPC_S_PROCNUM_OUT_OF_RANGE), status 0x000006D1".
    public static func name(of status: UInt32) -> String {
        "\(names[status] ?? "unknown status"), status \(Hex.code(status))"
    }
}
