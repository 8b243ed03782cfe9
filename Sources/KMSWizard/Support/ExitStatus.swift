/// Every exit status kmswizard uses, documented in the README; sysexits.h values where one fits.
///
/// Each failure class has its own number so that scripts can tell them apart without parsing text.
/// Commands never pick one by hand: a failure's follows from its `CLIErrorCode`, a verdict's
/// (renew, diagnose, explain, `script --run`) from its `CommandOutcome`.
enum ExitStatus: Int32, CaseIterable, Sendable {
    /// Activated, passed, done.
    case ok = 0
    /// The KMS host answered, but its client count is below the product's threshold (0xC004F038).
    case belowThreshold = 3
    /// The KMS host answered with an error HRESULT instead of an activation; `script --run`:
    /// Windows did not report every product activated.
    case kmsRefused = 4
    /// `explain` was given a well-formed code that it does not know.
    case unknownCode = 5
    /// `diagnose`: at least one check warned, none failed.
    case checksWarned = 10
    /// `diagnose`: at least one check failed.
    case checksFailed = 11
    /// `renew`: something was due and every renewal succeeded.
    case renewed = 20
    /// `renew`: nothing was due, or no Windows here; `remind --ics`: Windows reported no deadline.
    case nothingDue = 21
    /// `renew`: at least one renewal failed.
    case renewFailed = 22
    /// The wizard needs a terminal and there is none.
    case noTerminal = 30
    /// Bad flags or arguments (EX_USAGE).
    case usage = 64
    /// `--plain`: the input ended before the walk reached the status step (EX_NOINPUT).
    case noInput = 66
    /// Bad input data, e.g. a malformed state or config file (EX_DATAERR).
    case dataError = 65
    /// The KMS host name does not resolve (EX_NOHOST).
    case noHost = 68
    /// The KMS host refused the connection or cannot be reached (EX_UNAVAILABLE).
    case unavailable = 69
    /// An internal error: a bug, please report it (EX_SOFTWARE).
    case software = 70
    /// A system library the command needs (libcrypto, libresolv, libncursesw) cannot be loaded:
    /// each is opened on first use (the bridges' lazy_library.h), so only its users need it.
    case missingLibrary = 71
    /// A resource file the program ships is missing (EX_OSFILE).
    case missingResource = 72
    /// An output could not be written: stdout, `--out`, `--ics`, a reminder unit (EX_CANTCREAT).
    case cannotCreate = 73
    /// Reading or writing local state failed, a result not saved included (EX_IOERR).
    case ioError = 74
    /// The host did not answer in time (EX_TEMPFAIL).
    case timeout = 75
    /// The host broke the protocol or its answer failed validation (EX_PROTOCOL).
    case protocolError = 76
    /// Not permitted, e.g. the Windows side is not elevated (EX_NOPERM).
    case noPermission = 77
    /// A bad configuration file or setting (EX_CONFIG).
    case config = 78
    /// Interrupted by SIGINT/SIGTERM/SIGHUP (128 + SIGINT, as shells report it).
    case interrupted = 130
}
