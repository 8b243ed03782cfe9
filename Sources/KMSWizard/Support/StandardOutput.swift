@preconcurrency import Platform
import Localization

/// The one way a command's results reach stdout, with every write and the final flush checked.
///
/// An output that could not be written (`> /dev/full`, a full disk under `> a.cmd`) must not end
/// as a success: a half-written `.cmd` run as administrator is the worst thing this program can
/// leave behind. So a failed write ends the run at once with exit 73 and the reason on stderr,
/// and a flush at exit (registered by `checkAtExit`, so it covers every way out, ArgumentParser's
/// help and `ExitCode` included) does the same for what was still buffered. A reader that went
/// away (`| head`) is no failure: the run ends quietly, as a program killed by SIGPIPE does.
enum StandardOutput {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    private static func write(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        if fwrite(bytes.baseAddress, 1, bytes.count, stdout) < bytes.count { fail(errno) }
    }

    /// Registers the final flush; `main` calls it first thing.
    static func checkAtExit() {
        atexit { StandardOutput.flush() }
    }

    /// Sends what is buffered; a write that failed earlier leaves the stream's error mark even
    /// when this flush has nothing left to send.
    static func flush() {
        if fflush(stdout) != 0 { fail(errno) }
        if ferror(stdout) != 0 { fail(EIO) }
    }

    private static func fail(_ code: Int32) -> Never {
        if code == EPIPE {
            // SIGPIPE was ignored (a child's pipe needed that): die of it now, as `| head` expects.
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
        }
        let table = (try? BundledStrings.loaded.get()) ?? StringTable(entries: [:])
        let t = Localizer(table: table, language: HelpText.language)
        fputs(t("cli.output.failed", ["reason": ErrnoText.text(code, t)]) + "\n", stderr)
        // _exit, not exit: exit would run this check again on the same broken stream.
        _exit(ExitStatus.cannotCreate.rawValue)
    }
}

/// Every `print` in this module goes through `StandardOutput`, so no result line can skip the
/// check; this shadows the standard library's `print` here on purpose.
func print(_ text: String, terminator: String = "\n") {
    StandardOutput.write(text + terminator)
}
