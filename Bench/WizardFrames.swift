// The wizard's frame time for `make bench`: the view's whole work for one frame (page built from
// the state, laid out and drawn into the cell grid) at the smallest common terminal and a large
// one, for the welcome screen and for the heaviest screen, the grouped 89-product list.
import KMSCore
import Localization
import Wizard

enum WizardFrames {
    static func report() throws {
        let view = WizardView(table: try StringTable.bundled())
        let welcome = WizardState(config: WizardConfig(kmsHost: "140.127.40.17:1688", ntpServer: "time.stdtime.gov.tw:123"),
                                  language: .zhTW)
        var products = welcome
        products.step = .products
        products.catalog = .products(try ProductCatalog.bundled().products)
        let stops = products.productList.navigation.stops
        products.selection = stops.isEmpty ? 0 : stops[stops.count / 2]   // scrolled into the middle
        for (screen, state) in [("welcome", welcome), ("products", products)] {
            for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
                figure("wizard frame \(size.width)x\(size.height) (\(screen) screen) rendered to the cell grid") {
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
        }
    }
}
