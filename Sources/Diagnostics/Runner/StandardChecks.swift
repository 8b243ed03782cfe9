import KMSCore

/// The checks `diagnose` (and the wizard) run, built from the effective settings.
public enum StandardChecks {
    /// Why the settings cannot be diagnosed with: a campus range that does not parse.
    public struct InvalidRange: Error, Sendable {
        public let error: CIDR.ParseError
    }

    /// The campus ranges of `settings`, parsed; the first bad one throws.
    public static func campusRanges(_ settings: Settings) throws(InvalidRange) -> [CIDR] {
        var ranges: [CIDR] = []
        for text in settings.campusRanges {
            do { ranges.append(try CIDR(parsing: text)) } catch { throw InvalidRange(error: error) }
        }
        return ranges
    }

    /// Every check, in the order they are shown; `environment` is where the timezone check reads
    /// TZ and tells WSL (the process environment in the command). Without a `kms` request (no
    /// product catalog) the KMS exchange is left out rather than faked.
    public static func checks(settings: Settings, campus: [CIDR], environment: Variables,
                              kms: KMSCheck.Request?) -> [DiagnosticCheck] {
        let host = settings.kmsHost
        let timeout = settings.timeoutSeconds
        var checks = [
            DiagnosticCheck(id: ClockCheck.id) {
                await ClockCheck.run(server: settings.ntpServer, timeout: timeout, environment: environment)
            },
            DiagnosticCheck(id: TimezoneCheck.id) { await TimezoneCheck.run(environment: environment) },
            DiagnosticCheck(id: NetworkCheck.id) { await NetworkCheck.run(host: host, campus: campus, timeout: timeout) },
            DiagnosticCheck(id: DNSCheck.id) { await DNSCheck.run(host: host, domain: settings.domain, timeout: timeout) },
            DiagnosticCheck(id: ReachabilityCheck.id) { await ReachabilityCheck.run(host: host, timeout: timeout) },
        ]
        if let kms {
            checks.append(DiagnosticCheck(id: KMSCheck.id) { await KMSCheck.run(settings: settings, request: kms) })
            checks.append(DiagnosticCheck(id: KMSHostClock.id) { KMSHostClock.note() })
        }
        return checks
    }
}
