/// A failure a command reports to the user: its code (which decides the exit status), a message
/// and help text.
///
/// Commands throw it from `run()`; `KMSWizardCommand.main()` prints it (as text on stderr, or
/// as a JSON error object on stdout when the command was asked for JSON) and exits with
/// `status`. Messages are already in the user's language.
struct CLIFailure: Error, Sendable {
    let code: CLIErrorCode
    var message: String
    var hint: String?
    /// The Windows activation error this failure corresponds to, e.g. "0xC004F074".
    var windowsCode: String?
    /// Print the failure as a JSON object on stdout too.
    var json = false

    var status: ExitStatus { code.status }

    init(_ code: CLIErrorCode, message: String, hint: String? = nil, windowsCode: String? = nil, json: Bool = false) {
        self.code = code
        self.message = message
        self.hint = hint
        self.windowsCode = windowsCode
        self.json = json
    }

    /// The `error` object of every command's JSON output.
    var errorObject: ErrorObject {
        ErrorObject(code: code.rawValue, message: message, hint: hint, windowsCode: windowsCode)
    }

    struct ErrorObject: Encodable, Sendable {
        var code: String
        var message: String
        var hint: String?
        var windowsCode: String?
    }

    /// `{ "ok": false, "error": {...}, "schemaVersion": 2 }`
    struct Envelope: Encodable {
        var ok = false
        var error: ErrorObject
        var schemaVersion = JSONOutput.schemaVersion
    }
}
