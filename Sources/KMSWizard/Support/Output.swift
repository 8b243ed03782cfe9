@preconcurrency import Platform

/// Messages go to stderr, results to stdout, so that `--json` output stays clean.
func printError(_ message: String) {
    fputs(message + "\n", stderr)
}

/// Ends the process with one of the documented statuses (stdio buffers are flushed by exit).
func terminate(_ status: ExitStatus) -> Never {
    exit(status.rawValue)
}
