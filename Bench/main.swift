// kmswizard-bench: the in-process figures of `make bench` (release build): the KMS protocol's
// crypto and parsing per version, and one wizard frame rendered into the cell grid. Each figure
// is the median of many runs with its spread (fastest and slowest run), as scripts/bench.py
// prints the process-level ones.
import Activation
import Localization
import Wizard

let runs = 15

/// Median, min and max of `runs` timings of `body` (each returns microseconds per operation).
func figure(_ label: String, _ body: () -> Double?) {
    var samples: [Double] = []
    for _ in 0..<runs {
        guard let value = body() else {
            print("\(label): FAILED")
            return
        }
        samples.append(value)
    }
    samples.sort()
    func text(_ value: Double) -> String { String((value * 100).rounded() / 100) }
    print("\(label): median \(text(samples[runs / 2])) us, spread \(text(samples[0]))-\(text(samples[runs - 1])) us (\(runs) runs)")
}

for version in KMSVersion.allCases {
    figure("crypto+parsing v\(version.rawValue), one request and response (client and host side)") {
        KMSExchangeBenchmark.measure(version, iterations: 2000)?.microsecondsPerExchange
    }
}

let table = try StringTable.bundled()
let view = WizardView(table: table)
let state = WizardState(config: WizardConfig(kmsHost: "140.127.40.17:1688", ntpServer: "time.stdtime.gov.tw:123"),
                        language: .zhTW)
for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
    figure("wizard frame \(size.width)x\(size.height) rendered to the cell grid") {
        let clock = ContinuousClock()
        let frames = 500
        var cells = 0
        let elapsed = clock.measure {
            for _ in 0..<frames { cells &+= view.render(state, size: size).cells.count }
        }
        guard cells > 0 else { return nil }
        let (seconds, attoseconds) = elapsed.components
        return (Double(seconds) * 1e6 + Double(attoseconds) / 1e12) / Double(frames)
    }
}
