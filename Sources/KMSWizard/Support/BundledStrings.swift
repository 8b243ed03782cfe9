import Localization

/// The strings file, read once per run. The help texts (`HelpText`, built on every start) and
/// the command's own texts (`CommandContext`) share it, so a start parses the file once.
enum BundledStrings {
    /// The whole table, or why it could not be read (the places searched, or what is wrong in it).
    static let loaded: Result<StringTable, CLIFailure> = {
        do {
            return .success(try StringTable.bundled())
        } catch {
            return .failure(CLIFailure(status: .missingResource, code: "resources", message: "\(error)"))
        }
    }()
}
