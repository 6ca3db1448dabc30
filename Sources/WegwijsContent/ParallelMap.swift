import Dispatch

/// Runs independent jobs on all cores and returns their results in order. Reading and
/// parsing the content files is most of Wegwijs' start-up, and each file is parsed on
/// its own: the cross-checks between files run afterwards, in file order, so the
/// diagnostics come out the same on every run.
enum ParallelMap {
    static func map<T: Sendable>(_ count: Int, _ job: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(job) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        // Deinitialise before freeing: without it every parsed file's result stayed
        // allocated, 2.7 MB per content reload in the kiosk (reliability audit D1).
        defer {
            results.deinitialize()
            results.deallocate()
        }
        // Each index is written by exactly one job, and read only after all have ended.
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: count) { index in slots[index] = job(index) }
        return results.map { $0! }
    }
}
