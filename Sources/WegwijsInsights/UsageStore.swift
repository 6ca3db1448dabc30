import Dispatch
import Synchronization

/// Writes usage counts per day into an SQLite file, off the per-key path: `record`
/// only appends to a small buffer under a lock; a background queue turns the buffer
/// into counters and writes them every `flushSeconds`, when the buffer is full, and in
/// `close()` (call it at exit). An effect runner calls `record(_:)`.
public final class UsageStore: Sendable {
    public static let defaultPath = "/var/lib/wegwijs/usage.sqlite"
    public static let bufferCapacity = 64

    private struct Buffer: ~Copyable {
        var events: [(UsageEvent, String)] = []
        var flushScheduled = false
        var closed = false
    }

    private let buffer = Mutex(Buffer())
    private let queue = DispatchQueue(label: "wegwijs.usage")
    private let state: Mutex<Writer>
    private let today: @Sendable () -> String
    // Only resumed in init and cancelled (thread-safe in Dispatch) afterwards.
    nonisolated(unsafe) private let timer: DispatchSourceTimer

    /// The queue's own state: the database and the in-memory counters.
    private struct Writer: ~Copyable {
        var database: UsageDatabase?
        var counters = DailyCounters()
        var lastError: String?
    }

    /// `today` gives the local day as "YYYY-MM-DD"; it is read at `record`, so a count
    /// made at 23:59 stays on its day even if it is written after midnight.
    public init(path: String, flushSeconds: Int = 300, today: @escaping @Sendable () -> String) throws {
        let database = try UsageDatabase(path: path)
        state = Mutex(Writer(database: database))
        self.today = today
        timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + .seconds(flushSeconds), repeating: .seconds(flushSeconds))
        timer.setEventHandler { [weak self] in self?.flushNow() }
        timer.resume()
    }

    deinit { timer.cancel() }

    /// Cheap: a lock and an append. Never touches the disk.
    public func record(_ event: UsageEvent) {
        let day = today()
        let scheduleFlush = buffer.withLock { buffer -> Bool in
            guard !buffer.closed else { return false }
            buffer.events.append((event, day))
            guard buffer.events.count >= Self.bufferCapacity, !buffer.flushScheduled else { return false }
            buffer.flushScheduled = true
            return true
        }
        if scheduleFlush { queue.async { [weak self] in self?.flushNow() } }
    }

    /// Writes everything recorded so far and waits for it: at exit, and in tests.
    public func flush() { queue.sync { flushNow() } }

    /// Flushes and closes the file; later `record`s are dropped.
    public func close() {
        timer.cancel()
        buffer.withLock { $0.closed = true }
        queue.sync {
            flushNow()
            state.withLock { $0.database = nil }
        }
    }

    /// The last write error, if any (the kiosk logs it; counting never stops the screen).
    public var lastError: String? { state.withLock { $0.lastError } }

    private func flushNow() {
        let events = buffer.withLock { buffer -> [(UsageEvent, String)] in
            buffer.flushScheduled = false
            defer { buffer.events.removeAll(keepingCapacity: true) }
            return buffer.events
        }
        state.withLock { writer in
            for (event, day) in events { writer.counters.add(event, day: day) }
            guard let database = writer.database, !writer.counters.pending.isEmpty else { return }
            do {
                try database.execute("BEGIN IMMEDIATE")
                for (key, count) in writer.counters.pending {
                    try database.add(table: key.table, columns: DailyCounters.columns[key.table] ?? [],
                                     values: key.values, count: count)
                }
                try database.execute("COMMIT")
                writer.counters.pending = [:]
                try? database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                writer.lastError = nil
            } catch {
                try? database.execute("ROLLBACK")
                writer.lastError = "\(error)"  // kept in memory; retried at the next flush
            }
        }
    }
}
