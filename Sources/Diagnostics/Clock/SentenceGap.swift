import Localization

extension Localizer {
    /// What goes between two sentences: a space in English, nothing after Chinese full stops.
    var sentenceGap: String { language == .en ? " " : "" }
}
