import CSQLite

public struct UsageStoreError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// The SQLite file: per-day counters only. Every table is WITHOUT ROWID with the
/// counter's key as primary key, so rows are stored in key order and never in the order
/// a visitor caused them; secure_delete overwrites freed pages; the WAL is checkpointed
/// and truncated after every flush, so no trail of earlier states stays in it.
final class UsageDatabase {
    /// Raise with every change to the tables; `report` refuses newer files.
    static let schemaVersion: Int32 = 1
    /// "WWUC" in PRAGMA application_id: a file is recognised as Wegwijs usage counts.
    static let applicationID: Int32 = 0x5757_5543

    private var handle: OpaquePointer?

    init(path: String, readOnly: Bool = false) throws {
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        guard sqlite3_open_v2(path, &handle, flags | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            throw UsageStoreError(description: "\(path): \(message)")
        }
        sqlite3_busy_timeout(handle, 2_000)
        let version = try integer("PRAGMA user_version")
        if readOnly {
            guard try integer("PRAGMA application_id") == Int(Self.applicationID) else {
                throw UsageStoreError(description: "\(path): not a Wegwijs usage file")
            }
            guard version <= Int(Self.schemaVersion) else {
                throw UsageStoreError(description: "\(path): usage schema \(version) is newer than this wegwijs (\(Self.schemaVersion))")
            }
            return
        }
        try execute("PRAGMA journal_mode=WAL")
        try execute("PRAGMA secure_delete=ON")
        if version == 0 {
            try execute("""
                BEGIN;
                CREATE TABLE topic_views(day TEXT, language TEXT, audience TEXT, topic TEXT, count INTEGER NOT NULL,
                    PRIMARY KEY(day, language, audience, topic)) WITHOUT ROWID;
                CREATE TABLE searches(day TEXT, language TEXT, found INTEGER, count INTEGER NOT NULL,
                    PRIMARY KEY(day, language, found)) WITHOUT ROWID;
                CREATE TABLE unmet_terms(day TEXT, term TEXT, count INTEGER NOT NULL,
                    PRIMARY KEY(day, term)) WITHOUT ROWID;
                CREATE TABLE did_not_help(day TEXT, language TEXT, audience TEXT, topic TEXT, count INTEGER NOT NULL,
                    PRIMARY KEY(day, language, audience, topic)) WITHOUT ROWID;
                PRAGMA application_id = \(Self.applicationID);
                PRAGMA user_version = \(Self.schemaVersion);
                COMMIT;
                """)
        } else if version > Int(Self.schemaVersion) {
            throw UsageStoreError(description: "\(path): usage schema \(version) is newer than this wegwijs")
        }
    }

    deinit { sqlite3_close(handle) }

    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &message) == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? "unknown error"
            sqlite3_free(message)
            throw UsageStoreError(description: text)
        }
    }

    func integer(_ sql: String) throws -> Int {
        let rows = try query(sql)
        return Int(rows.first?.first ?? "0") ?? 0
    }

    /// Adds `count` to the counter of `table` with the key `values` (text columns, in order).
    func add(table: String, columns: [String], values: [String], count: Int) throws {
        let placeholders = Array(repeating: "?", count: values.count).joined(separator: ", ")
        let sql = "INSERT INTO \(table)(\(columns.joined(separator: ", ")), count) VALUES (\(placeholders), ?) "
            + "ON CONFLICT DO UPDATE SET count = count + excluded.count"
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else { throw lastError() }
        defer { sqlite3_finalize(statement) }
        for (index, value) in values.enumerated() {
            sqlite3_bind_text(statement, Int32(index + 1), value, -1, ww_sqlite_transient())
        }
        sqlite3_bind_int64(statement, Int32(values.count + 1), Int64(count))
        guard sqlite3_step(statement) == SQLITE_DONE else { throw lastError() }
    }

    /// Every row as text.
    func query(_ sql: String) throws -> [[String]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else { throw lastError() }
        defer { sqlite3_finalize(statement) }
        var rows: [[String]] = []
        while true {
            let step = sqlite3_step(statement)
            if step == SQLITE_DONE { break }
            guard step == SQLITE_ROW else { throw lastError() }
            rows.append((0..<sqlite3_column_count(statement)).map { column in
                sqlite3_column_text(statement, column).map { String(cString: $0) } ?? ""
            })
        }
        return rows
    }

    private func lastError() -> UsageStoreError {
        UsageStoreError(description: handle.map { String(cString: sqlite3_errmsg($0)) } ?? "no database")
    }
}
