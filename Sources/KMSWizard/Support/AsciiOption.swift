import ArgumentParser

/// `--ascii` / `--no-ascii`: ASCII borders in the wizard instead of Unicode box drawing.
///
/// Optional on purpose: when neither is given the choice falls to `KMSWIZARD_ASCII`, then
/// `ascii` in config.toml, then the default (Unicode), like every other setting; `--no-ascii`
/// lets a single run undo what the environment or the file set.
struct AsciiOption: ParsableArguments {
    @Flag(inversion: .prefixedNo, help: HelpText.argument("option.ascii"))
    var ascii: Bool?
}
