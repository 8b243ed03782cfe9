import Platform

/// Why a file could not be read or written: which path, and the system's errno or the kind of
/// file it found. Data only: the words are made where the error is shown, in the reader's
/// language (a zh-TW screen must not carry strerror's English).
public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// A system call failed with this errno.
        case system(errno: Int32)
        /// A FIFO, device, socket or folder where a regular file belongs.
        case notRegularFile
    }

    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// The error the last failed system call left in `errno`.
    package static func lastSystemError(_ path: String) -> FileError {
        FileError(path: path, reason: .system(errno: errno))
    }

    /// The reason in a form that reads the same in every language: the errno's symbolic name
    /// (`ENOSPC`), never strerror's sentence; for screens without a strings table at hand.
    public var reasonName: String {
        switch reason {
        case let .system(number): ErrnoName.of(number)
        case .notRegularFile: "not S_IFREG"
        }
    }

    public var description: String { "\(path): \(reasonName)" }
}
