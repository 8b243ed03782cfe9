import KMSCore
import Localization

/// Writes a `WindowsActivationPlan` as the `.cmd` file that replaces the school's batch files.
///
/// The file is in code page 950 (see `BatchCodePage` for why not UTF-8), switches the console to
/// it with `chcp 950` before any Chinese text, refuses to go on unless elevated
/// (`fltmc` needs administrator rights; without them slmgr fails with 0x80070005), and reports
/// each activation in Traditional Chinese and English. Whether an activation failed is read
/// from its output: slmgr and ospp print the error as a `0x8…`/`0xC…` code in every display
/// language, while their success texts are translated. Lines end in CRLF.
public struct BatchScriptRenderer: Sendable {
    public let table: StringTable

    public init(table: StringTable) {
        self.table = table
    }

    static let outputFile = "%TEMP%\\kmswizard-activation.txt"
    static let errorPattern = "findstr /r /c:\"0x[8Cc]0[0-9A-Fa-f][0-9A-Fa-f]\" \"%KMSWIZARD_OUT%\" >nul"

    /// The bytes of the `.cmd` file: the text in code page 950, or which character it cannot hold.
    public func renderFile(_ plan: WindowsActivationPlan) throws(WindowsScriptError) -> [UInt8] {
        try BatchCodePage.encode(render(plan))
    }

    /// The script as text (for reading and tests); `renderFile` gives what goes into the file.
    public func render(_ plan: WindowsActivationPlan) -> String {
        let names = plan.groups.flatMap(\.products).map(\.shortName).joined(separator: " ")
        var lines = [
            "@echo off",
            "chcp \(BatchCodePage.number) >nul",
            "setlocal",
        ]
        lines += selfCheck()
        lines += [
            "rem Written by kmswizard script for: \(names)",
            "rem KMS host: \(plan.endpoint.description). Run this file as administrator.",
            "set \"KMSWIZARD_FAILED=0\"",
            "set \"KMSWIZARD_OUT=\(Self.outputFile)\"",
            "fltmc >nul 2>&1",
            "if errorlevel 1 goto :not_elevated",
        ]
        for (index, group) in plan.groups.enumerated() {
            lines += ["", BatchText.echo(""), BatchText.echo("=== \(group.title) ===")]
            lines += render(group, plan: plan, label: "group\(index + 1)")
        }
        lines += [""]
        lines += both("script.notDone", [:]).map { "if \"%KMSWIZARD_FAILED%\"==\"1\" " + $0 }
        lines += ["if \"%KMSWIZARD_FAILED%\"==\"1\" goto :finish"]
        lines += both("script.done", [:])
        lines += [
            ":finish",
            "del \"%KMSWIZARD_OUT%\" >nul 2>&1",
            "pause",
            "exit /b %KMSWIZARD_FAILED%",
            "",
            ":not_elevated",
        ]
        lines += both("script.notElevated", [:])
        lines += ["pause", "exit /b 5", "", Self.endMarker]
        return lines.map { $0 + "\r\n" }.joined()
    }

    /// The file's last line. A copy cut short (a full disk, a broken USB stick, a mail client)
    /// lacks it, and `selfCheck` then stops before anything runs.
    public static let endMarker = "rem kmswizard: end of file"

    /// Exit status of a file that found itself incomplete.
    public static let truncatedStatus = 2

    /// cmd.exe reads a batch file line by line as it runs it, so a truncated copy would run its
    /// first half. These lines, before any command that changes something, look for the end
    /// marker as a whole line (`findstr /x`, which this line itself is not) in the file itself
    /// (`%~f0`), and stop with the reason in both languages when it is missing. A copy cut
    /// inside these lines has nothing after them to run.
    private func selfCheck() -> [String] {
        let missing = "if \"%KMSWIZARD_WHOLE%\"==\"0\" "
        return [
            "set \"KMSWIZARD_WHOLE=0\"",
            "findstr /l /x /c:\"\(Self.endMarker)\" \"%~f0\" >nul 2>&1 && set \"KMSWIZARD_WHOLE=1\"",
        ] + both("script.truncated", [:]).map { missing + $0 } + [missing + "pause", missing + "exit /b \(Self.truncatedStatus)"]
    }

    private func render(_ group: WindowsActivationPlan.Group, plan: WindowsActivationPlan, label: String) -> [String] {
        var lines: [String] = []
        let tool: String
        switch group.tool {
        case .slmgr:
            tool = "\"%windir%\\system32\\slmgr.vbs\""
        case let .ospp(folder):
            tool = "\"%KMSWIZARD_OSPP%\""
            lines += locateOSPP(folder: folder, bits: plan.officeBits)
            lines += ["if exist \"%KMSWIZARD_OSPP%\" goto :\(label)_found"]
            lines += both("script.osppMissing", ["folder": folder, "product": group.title])
            lines += ["set \"KMSWIZARD_FAILED=1\"", "goto :\(label)_end", ":\(label)_found"]
        }
        for step in group.steps {
            let command = "cscript //nologo \(tool) \(step.argument)"
            guard step.role == .activate else {
                lines.append(command)
                continue
            }
            lines += [
                "\(command) > \"%KMSWIZARD_OUT%\" 2>&1",
                "type \"%KMSWIZARD_OUT%\"",
                Self.errorPattern,
                "if errorlevel 1 goto :\(label)_ok",
            ]
            lines += both("script.failed", ["product": group.title])
            lines += ["set \"KMSWIZARD_FAILED=1\"", "goto :\(label)_status", ":\(label)_ok"]
            lines += both("script.activated", ["product": group.title])
            lines += [":\(label)_status"]
        }
        if case .ospp = group.tool { lines.append(":\(label)_end") }
        return lines
    }

    /// Sets KMSWIZARD_OSPP to the ospp.vbs path for the chosen bitness (see `OfficeBits`).
    private func locateOSPP(folder: String, bits: OfficeBits) -> [String] {
        let tail = "\\Microsoft Office\\\(folder)\\ospp.vbs"
        switch bits {
        case .x64:
            return ["set \"KMSWIZARD_OSPP=%ProgramFiles%\(tail)\"",
                    "if defined ProgramW6432 set \"KMSWIZARD_OSPP=%ProgramW6432%\(tail)\""]
        case .x86:
            return ["set \"KMSWIZARD_OSPP=%ProgramFiles%\(tail)\"",
                    "if defined ProgramFiles(x86) set \"KMSWIZARD_OSPP=%ProgramFiles(x86)%\(tail)\""]
        case .probe:
            return ["set \"KMSWIZARD_OSPP=%ProgramFiles%\(tail)\"",
                    "if not exist \"%KMSWIZARD_OSPP%\" if defined ProgramFiles(x86) set \"KMSWIZARD_OSPP=%ProgramFiles(x86)%\(tail)\""]
        }
    }

    /// The text as two echo lines, Traditional Chinese first.
    private func both(_ key: String, _ arguments: Variables) -> [String] {
        [BatchText.echo(table.text("renewal." + key, .zhTW, arguments)), BatchText.echo(table.text("renewal." + key, .en, arguments))]
    }
}
