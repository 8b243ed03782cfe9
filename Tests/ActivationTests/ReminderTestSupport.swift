import Foundation
import Testing
@testable import Activation

/// Helpers the reminder tests share: temp folders, executable fake commands, and a Python that
/// has the `icalendar` package (the independent parser of the .ics files).
enum ReminderTestSupport {
    static func temporaryDirectory(_ label: String) throws -> String {
        let path = NSTemporaryDirectory() + "kmswizard-\(label)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes an executable shell script.
    /// Opened close-on-exec so that a child another test spawns meanwhile does not keep it open
    /// for writing (which makes executing it fail with ETXTBSY).
    static func script(at path: String, _ body: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        let bytes = Array(("#!/bin/sh\n" + body).utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { throw CocoaError(.fileWriteUnknown) }
    }

    /// A Python 3 that can `import icalendar`. When none can, the test setup installs the package
    /// from PyPI with `python3 -m pip install --quiet icalendar` (the Makefile's test-deps can
    /// preinstall Debian's python3-icalendar for /usr/bin/python3 instead).
    static func pythonWithICalendar() throws -> String? {
        let candidates = ["python3", "/usr/bin/python3"]
        for python in candidates where (try? Subprocess().run(python, ["-c", "import icalendar"], input: nil, timeoutSeconds: 60))?.succeeded == true {
            return python
        }
        let install = try Subprocess().run("python3", ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "icalendar"],
                                           input: nil, timeoutSeconds: 300)
        if !install.succeeded {
            print("pip install icalendar failed (\(install.status)): \(install.stderrText)")
            return nil
        }
        return (try? Subprocess().run("python3", ["-c", "import icalendar"], input: nil, timeoutSeconds: 60))?.succeeded == true ? "python3" : nil
    }
}
