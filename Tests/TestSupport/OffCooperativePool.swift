import Dispatch
import Foundation
import Testing

/// Runs a test (or every test of a suite) on threads of its own instead of Swift's cooperative pool.
///
/// Why: the cooperative pool has one thread per core (two on CI) and Swift Testing runs tests in
/// parallel. A test body that blocks - spawning and waiting for a process, polling a tmux pane,
/// a blocking socket call - holds one of those threads for seconds, and timing tests elsewhere
/// (a refused connect, a runner's timeout) then measured the starvation, not the code (79 s for
/// a loopback refusal on CI). Under this trait the body and its child tasks run on dispatch's
/// overcommitting threads, which grow when one blocks, so blocking here starves nobody.
///
/// The pool's width also used to bound, by accident, how many blocking tests ran at once; without
/// a bound all 79 hostile-matrix rows would start their processes together and the CPU, not the
/// code, would decide their timings. So at most one such test case per core runs at a time (they
/// wait for a turn by suspending, not blocking).
public struct OffCooperativePool: TestTrait, SuiteTrait, TestScoping {
    public var isRecursive: Bool { true }

    public func provideScope(for test: Test, testCase: Test.Case?,
                             performing function: @Sendable () async throws -> Void) async throws {
        // Only test cases take a turn: a suite holding one while its tests wait would deadlock.
        guard testCase != nil else { return try await function() }
        await TestTurns.shared.acquire()
        defer { Task { await TestTurns.shared.release() } }
        try await withTaskExecutorPreference(BlockingWorkExecutor.shared) { try await function() }
    }
}

/// Hands out a bounded number of turns to blocking test cases, first come first served.
actor TestTurns {
    static let shared = TestTurns(count: max(2, ProcessInfo.processInfo.activeProcessorCount))

    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(count: Int) { free = count }

    func acquire() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            free += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}

extension Trait where Self == OffCooperativePool {
    /// Runs the test body on threads that may block (see `OffCooperativePool`).
    public static var offCooperativePool: Self { Self() }
}

/// A task executor that runs each job on a serial dispatch queue of its own; serial queues target
/// the overcommitting root queue, so a blocked job never holds back another.
public final class BlockingWorkExecutor: TaskExecutor {
    public static let shared = BlockingWorkExecutor()

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        DispatchQueue(label: "kmswizard.tests.blocking").async { job.runSynchronously(on: executor) }
    }
}
