import Foundation
import Testing

/// Helpers the reminder tests share: temp folders, executable fake commands, and a Python that
/// has the `icalendar` package (the independent parser of the .ics files).
public enum ReminderTestSupport {
    public static func temporaryDirectory(_ label: String) throws -> String {
        let path = NSTemporaryDirectory() + "kmswizard-\(label)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The command that runs a Python 3 able to `import icalendar`, as `/usr/bin/env ... python3`.
    /// When no Python on the machine has it, the test setup installs it from PyPI with
    /// `python3 -m pip install --quiet --target .build/test-python icalendar` (a private folder,
    /// so Debian's externally-managed system Python is left alone). The Makefile's test-deps may
    /// instead preinstall Debian's python3-icalendar, which /usr/bin/python3 then finds.
    public static func pythonWithICalendar() throws -> [String]? {
        for python in ["python3", "/usr/bin/python3"] {
            let command = ["/usr/bin/env", python]
            if (try? ProcessRunner.run(command[0], Array(command.dropFirst()) + ["-c", "import icalendar"], timeoutSeconds: 60))?.succeeded == true {
                return command
            }
        }
        let folder = SourceTree.url(".build/test-python").path
        let command = ["/usr/bin/env", "PYTHONPATH=\(folder)", "python3"]
        if (try? ProcessRunner.run(command[0], Array(command.dropFirst()) + ["-c", "import icalendar"], timeoutSeconds: 60))?.succeeded == true {
            return command
        }
        print("installing icalendar from PyPI into \(folder) for the .ics test")
        let install = try ProcessRunner.run("python3", ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--target", folder, "icalendar"], timeoutSeconds: 300)
        guard install.succeeded else {
            print("pip install icalendar failed (\(install.status)): \(install.stderr)")
            return nil
        }
        return command
    }
}
