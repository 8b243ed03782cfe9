#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be written, in the system's words ("No such file or directory").
///
/// The executable imports only FoundationEssentials (start-up time, binary size), which has no
/// `localizedDescription`, and a `CocoaError` printed as is shows its internals; the POSIX error
/// underneath says what a user needs to know.
func fileErrorReason(_ error: any Error) -> String {
    if let cocoa = error as? CocoaError, let posix = cocoa.underlying as? POSIXError {
        return String(cString: strerror(posix.code.rawValue))
    }
    return "\(error)"
}
