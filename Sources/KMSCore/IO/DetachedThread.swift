import Platform

/// Runs blocking work on a new OS thread, outside Swift's cooperative thread pool.
enum DetachedThread {
    private final class Work {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    static func start(_ body: @escaping @Sendable () -> Void) {
        let context = Unmanaged.passRetained(Work(body)).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t?
        #endif
        let status = pthread_create(&thread, nil, { raw in
            guard let raw else { return nil }
            Unmanaged<Work>.fromOpaque(raw).takeRetainedValue().body()
            return nil
        }, context)
        if status == 0 {
            pthread_detach(thread)
        } else {
            // No thread available: doing the work here is slower for the caller but still correct.
            Unmanaged<Work>.fromOpaque(context).takeRetainedValue().body()
        }
    }
}
