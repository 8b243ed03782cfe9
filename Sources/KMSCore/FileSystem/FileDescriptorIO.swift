import Platform

/// Whole reads and writes on a descriptor, retried after EINTR and short writes: the one copy
/// of these loops the file code uses.
enum FileDescriptorIO {
    /// Writes every byte or returns the errno of the write that failed.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = SystemCall.retryingOnInterrupt { bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } }
            if written < 0 { return errno }
            offset += written
        }
        return nil
    }

    /// Reads until end of file or until more than `limit` bytes arrived (the caller then knows
    /// the file is too large without reading an endless one to its end).
    static func readAll(_ fd: Int32, limit: Int, path: String) throws(FileError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while bytes.count <= limit {
            let count = SystemCall.retryingOnInterrupt { chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) } }
            if count == 0 { break }
            if count < 0 { throw FileError.lastSystemError(path) }
            bytes += chunk[..<count]
        }
        return bytes
    }
}
