import Platform

/// Writes the shell scripts that stand in for other programs in tests (crontab, systemctl,
/// notify-send, cscript.exe, fltmc.exe).
///
/// Tests run in parallel and start children all the time, so a script must never be open for
/// writing in a child: a file that any process holds open for writing cannot be executed
/// (ETXTBSY, "Text file busy"), and a long-lived child (tmux, chronyd, the test KMS host) that
/// inherited the descriptor would keep it so for as long as it lives. The script is written
/// close-on-exec under a temporary name and renamed into place, so replacing one (a test that
/// changes what a fake program answers) makes a new file and never writes into one a program
/// is running.
public enum ExecutableScript {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// `#!/bin/sh` and `body` at `path`, mode 0755.
    public static func write(_ body: String, to path: String) throws {
        let temporary = path + ".writing-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw Failure(description: "cannot create \(temporary): \(String(cString: strerror(errno)))") }
        let bytes = Array(("#!/bin/sh\n" + body + (body.hasSuffix("\n") ? "" : "\n")).utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        let closed = close(descriptor)
        guard written == bytes.count, closed == 0, fchmodat(AT_FDCWD, temporary, 0o755, 0) == 0,
              rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(description: "cannot write the script \(path): \(reason)")
        }
    }
}
