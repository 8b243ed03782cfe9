import Platform
import KMSCore
import Localization

/// Why a system call or a name lookup failed, as the system numbered it: an errno value or a
/// getaddrinfo (EAI_*) status.
///
/// Words are made where the reason is shown: the common reasons have a text in each language
/// (`diagnose.reason.<NAME>`); any other is shown by its symbolic name (`ELOOP`), never by the C
/// library's strerror, which is English whatever the reader's language.
public enum SystemReason: Sendable, Hashable {
    case errno(Int32)
    case addressInfo(Int32)

    /// The reason of a failed getaddrinfo: EAI_SYSTEM means "see errno", so it becomes that errno.
    public static func lookup(status: Int32, errno code: Int32 = Platform.errno) -> SystemReason {
        status == EAI_SYSTEM ? .errno(code) : .addressInfo(status)
    }

    /// `ENOSPC`, `EAI_NONAME`; an unnamed number as `errno 200` / `EAI 99`.
    public var symbolicName: String {
        switch self {
        case let .errno(code): ErrnoName.of(code)
        case let .addressInfo(status): Self.addressInfoNames[status] ?? "EAI \(status)"
        }
    }

    /// The reason in the reader's words, or its symbolic name when it has none.
    public func text(_ t: Localizer) -> String {
        let key = ErrnoText.wordsArea + symbolicName
        return t.table.contains(key) ? t(key) : symbolicName
    }

    /// glibc's EAI values (EAI_NODATA and EAI_ADDRFAMILY are declared only under _GNU_SOURCE).
    private static let addressInfoNames: [Int32: String] = [
        -1: "EAI_BADFLAGS", -2: "EAI_NONAME", -3: "EAI_AGAIN", -4: "EAI_FAIL", -5: "EAI_NODATA", -6: "EAI_FAMILY",
        -7: "EAI_SOCKTYPE", -8: "EAI_SERVICE", -9: "EAI_ADDRFAMILY", -10: "EAI_MEMORY", -11: "EAI_SYSTEM",
        -12: "EAI_OVERFLOW",
    ]
}
