import Dispatch
import Testing

/// Runs a test (or every test of a suite) on threads of its own instead of Swift's cooperative pool.
///
/// Why: the cooperative pool has one thread per core (two on CI) and Swift Testing runs tests in
/// parallel. A test body that blocks - spawning and waiting for a process, polling a tmux pane,
/// a blocking socket call - holds one of those threads for seconds, and timing tests elsewhere
/// (a refused connect, a runner's timeout) then measured the starvation, not the code (79 s for
/// a loopback refusal on CI). Under this trait the body and its child tasks run on dispatch's
/// overcommitting threads, which grow when one blocks, so blocking here starves nobody.
public struct OffCooperativePool: TestTrait, SuiteTrait, TestScoping {
    public var isRecursive: Bool { true }

    public func provideScope(for test: Test, testCase: Test.Case?,
                             performing function: @Sendable () async throws -> Void) async throws {
        try await withTaskExecutorPreference(BlockingWorkExecutor.shared) { try await function() }
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
