// The one place that names the operating system's C library and Foundation.
//
// kmswizard is built and tested on Linux only (WSL is Linux), so that is all this file admits.
// Every other file imports `Platform` rather than choosing a C library itself; a port to
// another system starts here (and with the Linux-only calls, `SOCK_NONBLOCK`, `/proc`, that
// the POSIX layer in KMSCore makes), not in each file.
#if os(Linux) && canImport(Glibc)
@_exported import Glibc
@_exported import FoundationEssentials
#else
#error("kmswizard is built and tested on Linux (and WSL) only; a port starts in Sources/Platform/Platform.swift")
#endif
