import CPseudoTerminal
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Process start to first frame drawn, and peak memory, of the real binary in a
/// pseudo-terminal of 80x24: the binary exits right after its first frame
/// (hidden option --benchmark-exit first-frame), so the wall time of the process is
/// start-up, content loading, layout and the first draw.
///
/// Measured twice: with an empty cache folder, so every file is read, parsed and
/// validated and the snapshot written (the first start after the content changed),
/// and with the snapshot in place (every other start; see ContentCache).
func benchmarkStartup(binary: String, runs: Int = 30) -> [String] {
    let cacheRoot = "/tmp/wegwijs-bench-cache-\(getpid())"
    defer { removeTree(cacheRoot) }
    var parsed: [Duration] = [], cached: [Duration] = []
    var firstFramePeak = 0, cachedPeak = 0
    for run in 0..<(runs + 3) {
        // Parsing every file: a fresh, empty cache folder each time.
        removeTree(cacheRoot)
        guard let cold = runInTerminal(binary, ["--benchmark-exit", "first-frame"], cacheHome: cacheRoot) else {
            return ["start-up: could not run \(binary) in a pseudo-terminal"]
        }
        // The snapshot the run above wrote.
        guard let warm = runInTerminal(binary, ["--benchmark-exit", "first-frame"], cacheHome: cacheRoot) else { return [] }
        guard run >= 3 else { continue } // warm the file cache
        parsed.append(cold.time)
        cached.append(warm.time)
        firstFramePeak = max(firstFramePeak, cold.peakKilobytes)
        cachedPeak = max(cachedPeak, warm.peakKilobytes)
    }
    guard let walk = runInTerminal(binary, ["--benchmark-exit", "every-screen"], cacheHome: cacheRoot) else { return [] }
    return [
        "start-up: process start to first frame drawn, 80x24, content snapshot cached: median \(milliseconds(percentile(cached, 0.5))) ms, "
            + "p95 \(milliseconds(percentile(cached, 0.95))) ms over \(runs) runs (target < 30 ms)",
        "start-up: the same after a content change (every file parsed, snapshot written): median "
            + "\(milliseconds(percentile(parsed, 0.5))) ms, p95 \(milliseconds(percentile(parsed, 0.95))) ms",
        "memory: peak RSS \(megabytes(cachedPeak)) MB at the first frame (\(megabytes(firstFramePeak)) MB when parsing), "
            + "\(megabytes(walk.peakKilobytes)) MB after drawing every screen in every language for every group, "
            + "search index included (\(milliseconds(walk.time)) ms) (target < 30 MB)",
    ]
}

private func removeTree(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
}

private func megabytes(_ kilobytes: Int) -> String { String(Double(kilobytes * 10 / 1024) / 10) }

/// Runs the binary with a pseudo-terminal as its stdin, stdout and stderr; returns the
/// wall time from spawn to exit and the peak resident memory (ru_maxrss).
private func runInTerminal(_ binary: String, _ arguments: [String], cacheHome: String) -> (time: Duration, peakKilobytes: Int)? {
    var slave: Int32 = -1
    let master = ww_open_pty(80, 24, &slave)
    guard master >= 0 else { return nil }
    defer { close(master) }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for fd in 0...2 { posix_spawn_file_actions_adddup2(&actions, slave, Int32(fd)) }
    posix_spawn_file_actions_addclose(&actions, master)

    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    let environment = ["TERM=xterm-256color", "LANG=C.UTF-8", "PATH=/usr/bin:/bin", "XDG_CACHE_HOME=\(cacheHome)"]
    let envp = environment.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }

    let clock = ContinuousClock()
    let start = clock.now
    var pid: pid_t = 0
    guard posix_spawn(&pid, binary, &actions, nil, argv, envp) == 0 else { return nil }
    close(slave)
    // Drain the terminal so the child never blocks on a full buffer.
    var buffer = [UInt8](repeating: 0, count: 65_536)
    var status: Int32 = 0
    var usage = rusage()
    while true {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        if poll(&poller, 1, 5) > 0 { _ = read(master, &buffer, buffer.count) }
        let done = wait4(pid, &status, WNOHANG, &usage)
        if done == pid { break }
        if done < 0 { return nil }
    }
    return (clock.now - start, Int(usage.ru_maxrss))
}
