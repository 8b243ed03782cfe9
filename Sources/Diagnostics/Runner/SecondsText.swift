extension Double {
    /// Seconds as people write them in a message: `5`, `1.5`.
    var secondsText: String {
        self == rounded() && abs(self) < 1e9 ? String(Int(self)) : String(self)
    }
}
