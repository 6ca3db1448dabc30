/// Timing helpers shared by the benchmarks.

/// Each run timed on its own, after `warmUp` untimed runs.
func measure(iterations: Int, warmUp: Int, _ body: () -> Int) -> [Duration] {
    let clock = ContinuousClock()
    var lineCount = 0
    for _ in 0..<warmUp { lineCount += body() }
    var times: [Duration] = []
    times.reserveCapacity(iterations)
    for _ in 0..<iterations {
        let start = clock.now
        lineCount += body()
        times.append(clock.now - start)
    }
    // Use the result, so the optimiser cannot drop the work.
    precondition(lineCount > 0)
    return times
}

func percentile(_ times: [Duration], _ fraction: Double) -> Duration {
    let sorted = times.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
}

/// Milliseconds to the microsecond, e.g. "0.213".
func milliseconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let microseconds = Int((Double(seconds) * 1e6 + Double(attoseconds) / 1e12).rounded())
    return String(Double(microseconds) / 1_000)
}

