import KMSCore
import Localization

/// Every activation error code kmswizard can explain.
///
/// The list is a Swift table, not a resource file, on purpose: the codes and their symbolic
/// names are fixed facts of Windows (slerror.h, winerror.h) that code and tests refer to, so
/// they are typed (`UInt32`, `Bool`) and checked by the compiler; the words a person reads
/// (title, cause, fix in both languages) are data in Resources/strings.zh-TW.json under
/// `explain.<0xCODE>.title|cause|fix`, editable without a rebuild. A test checks that the two
/// match both ways.
///
/// Sources: the campus guide's six codes, and Microsoft's "Troubleshoot Windows activation error
/// codes" (Resolving common activation error codes) for the rest; 0x8007000D is what a KMS host
/// answers to a request it cannot handle (the captured error vector), 0xC004E015 and
/// 0x80072EE7 are the other codes users of volume activation commonly meet.
public enum ErrorCatalog {
    public struct Entry: Sendable, Equatable {
        public let code: ActivationErrorCode
        /// The symbolic name from the Windows headers, where one is documented.
        public let name: String?
        /// Whether the campus guide lists this code.
        public let inGuide: Bool

        init(_ value: UInt32, _ name: String?, guide: Bool = false) {
            code = ActivationErrorCode(value)
            self.name = name
            inGuide = guide
        }

        /// The strings-file key of one of this code's texts: `explain.0xC004F074.title`.
        public func key(_ part: Part) -> String { "explain.\(code.hex).\(part.rawValue)" }
    }

    public enum Part: String, Sendable, CaseIterable { case title, cause, fix }

    public static let entries: [Entry] = [
        // The campus guide.
        Entry(0x8007_0005, "E_ACCESSDENIED", guide: true),
        Entry(0xC004_F06C, "SL_E_VL_INVALID_TIMESTAMP", guide: true),
        Entry(0x8007_232B, "DNS_ERROR_RCODE_NAME_ERROR", guide: true),
        Entry(0xC004_F074, "SL_E_VL_BINDING_SERVICE_UNAVAILABLE", guide: true),
        Entry(0xC004_F035, "SL_E_VL_NOT_WINDOWS_SLP", guide: true),
        Entry(0xC004_F038, "SL_E_VL_NOT_ENOUGH_COUNT", guide: true),
        // Microsoft's volume activation troubleshooting list.
        Entry(0x8004_FE21, nil),
        Entry(0x8007_007B, "ERROR_INVALID_NAME"),
        Entry(0x8007_0490, "ERROR_NOT_FOUND"),
        Entry(0x8007_06BA, "RPC_S_SERVER_UNAVAILABLE"),
        Entry(0x8007_232A, "DNS_ERROR_RCODE_SERVER_FAILURE"),
        Entry(0x8007_251D, "DNS_INFO_NO_RECORDS"),
        Entry(0x8009_2328, nil),
        Entry(0xC004_B100, "SL_E_SRV_GENERAL_ERROR"),
        Entry(0xC004_C001, "SL_E_CHPA_PRODUCT_KEY_OUT_OF_RANGE"),
        Entry(0xC004_C003, "SL_E_CHPA_PRODUCT_KEY_BLOCKED"),
        Entry(0xC004_C008, "SL_E_CHPA_MAXIMUM_UNLOCK_EXCEEDED"),
        Entry(0xC004_C020, "SL_E_CHPA_DMAK_LIMIT_EXCEEDED"),
        Entry(0xC004_C021, "SL_E_CHPA_DMAK_EXTENSION_LIMIT_EXCEEDED"),
        Entry(0xC004_F009, "SL_E_GRACE_TIME_EXPIRED"),
        Entry(0xC004_F00F, "SL_E_OUT_OF_TOLERANCE"),
        Entry(0xC004_F014, "SL_E_PKEY_NOT_INSTALLED"),
        Entry(0xC004_F02C, "SL_E_CIDIID_INVALID_DATA"),
        Entry(0xC004_F039, "SL_E_VL_BINDING_SERVICE_NOT_ENABLED"),
        Entry(0xC004_F041, "SL_E_VL_KEY_MANAGEMENT_SERVICE_NOT_ACTIVATED"),
        Entry(0xC004_F042, "SL_E_VL_KEY_MANAGEMENT_SERVICE_ID_MISMATCH"),
        Entry(0xC004_F050, "SL_E_INVALID_PRODUCT_KEY"),
        Entry(0xC004_F051, "SL_E_BLOCKED_PRODUCT_KEY"),
        Entry(0xC004_F064, "SL_E_NONGENUINE_GRACE_TIME_EXPIRED"),
        // Microsoft lists it as 0xC004F065; the header's informational form is 0x4004F065.
        Entry(0xC004_F065, nil),
        // Beyond Microsoft's list.
        Entry(0x8007_000D, "ERROR_INVALID_DATA"),
        Entry(0xC004_E015, "SL_E_EUL_CONSUMPTION_FAILED"),
        Entry(0x8007_2EE7, "WININET_E_NAME_NOT_RESOLVED"),
    ]

    /// A walk over the few dozen entries: a dictionary keyed by the code would cost more to
    /// build on `explain`'s start (a first-time runtime conformance scan) than every lookup saves.
    public static func entry(for code: ActivationErrorCode) -> Entry? { entries.first { $0.code == code } }

    /// The values the fix texts refer to (`{kmsHost}`, `{vpnServer}`...): the guide's own.
    public static let textArguments: Variables = [
        "kmsHost": Endpoint(host: CampusDefaults.kmsHost, port: CampusDefaults.kmsPort).description,
        "kmsHostName": CampusDefaults.kmsHost,
        "kmsPort": String(CampusDefaults.kmsPort),
        "vpnServer": CampusDefaults.vpnServer,
    ]
}
