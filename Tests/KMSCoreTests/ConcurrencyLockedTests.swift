import KMSCore
import Dispatch
import Testing

/// `Locked` is what every piece of state shared between threads sits behind, so it must never
/// lose an update however the threads meet; `make sanitize-thread` runs this too, where a
/// contended `Synchronization.Mutex` produced false race reports.
@Suite struct ConcurrencyLockedTests {
    @Test func contendedUpdatesAreNeverLost() {
        let threads = 8, rounds = 20_000
        let shared = Locked((count: 0, recent: [Int]()))
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for round in 0..<rounds {
                shared.withLock { value in
                    value.count += 1
                    value.recent.append(thread * rounds + round)
                    if value.recent.count > 64 { value.recent.removeAll(keepingCapacity: true) }
                }
            }
        }
        let (count, recent) = shared.withLock { ($0.count, $0.recent.count) }
        #expect(count == threads * rounds)
        #expect(recent == threads * rounds % 65, "the array saw every append and clear in some order")
    }

    @Test func theBodysResultAndErrorComeBack() throws {
        struct Refused: Error {}
        let shared = Locked(41)
        #expect(shared.withLock { value -> Int in value += 1; return value } == 42)
        #expect(throws: Refused.self) { try shared.withLock { _ in throw Refused() } }
        #expect(shared.withLock { $0 } == 42)
    }
}
