#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
    public static func lookup(status: Int32, errno code: Int32 = Glibc.errno) -> SystemReason {
        status == EAI_SYSTEM ? .errno(code) : .addressInfo(status)
    }

    /// `ENOSPC`, `EAI_NONAME`; an unnamed number as `errno 200` / `EAI 99`.
    public var symbolicName: String {
        switch self {
        case let .errno(code): Self.errnoNames[code] ?? "errno \(code)"
        case let .addressInfo(status): Self.addressInfoNames[status] ?? "EAI \(status)"
        }
    }

    /// The reason in the reader's words, or its symbolic name when it has none.
    public func text(_ t: Localizer) -> String {
        let key = "diagnose.reason." + symbolicName
        return t.table.entries[key] == nil ? symbolicName : t(key)
    }

    private static let errnoNames: [Int32: String] = [
        EPERM: "EPERM", ENOENT: "ENOENT", EINTR: "EINTR", EIO: "EIO", E2BIG: "E2BIG", ENOEXEC: "ENOEXEC",
        EBADF: "EBADF", EAGAIN: "EAGAIN", ENOMEM: "ENOMEM", EACCES: "EACCES", EFAULT: "EFAULT", EBUSY: "EBUSY",
        EEXIST: "EEXIST", ENOTDIR: "ENOTDIR", EISDIR: "EISDIR", EINVAL: "EINVAL", ENFILE: "ENFILE", EMFILE: "EMFILE",
        ETXTBSY: "ETXTBSY", EFBIG: "EFBIG", ENOSPC: "ENOSPC", EROFS: "EROFS", EPIPE: "EPIPE",
        ENAMETOOLONG: "ENAMETOOLONG", ELOOP: "ELOOP", EMSGSIZE: "EMSGSIZE", EPROTONOSUPPORT: "EPROTONOSUPPORT",
        EAFNOSUPPORT: "EAFNOSUPPORT", EADDRINUSE: "EADDRINUSE", EADDRNOTAVAIL: "EADDRNOTAVAIL", ENETDOWN: "ENETDOWN",
        ENETUNREACH: "ENETUNREACH", ECONNABORTED: "ECONNABORTED", ECONNRESET: "ECONNRESET", ENOBUFS: "ENOBUFS",
        ENOTCONN: "ENOTCONN", ETIMEDOUT: "ETIMEDOUT", ECONNREFUSED: "ECONNREFUSED", EHOSTDOWN: "EHOSTDOWN",
        EHOSTUNREACH: "EHOSTUNREACH", EDQUOT: "EDQUOT",
    ]

    /// glibc's EAI values (EAI_NODATA and EAI_ADDRFAMILY are declared only under _GNU_SOURCE).
    private static let addressInfoNames: [Int32: String] = [
        -1: "EAI_BADFLAGS", -2: "EAI_NONAME", -3: "EAI_AGAIN", -4: "EAI_FAIL", -5: "EAI_NODATA", -6: "EAI_FAMILY",
        -7: "EAI_SOCKTYPE", -8: "EAI_SERVICE", -9: "EAI_ADDRFAMILY", -10: "EAI_MEMORY", -11: "EAI_SYSTEM",
        -12: "EAI_OVERFLOW",
    ]
}
