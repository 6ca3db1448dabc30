import CSQLite

public struct SearchIndexError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// An in-memory SQLite database with one FTS5 table: one row per topic and language,
/// one column per kind of text. Text arrives already normalised (`SearchNormalizer`),
/// so the tokenizer only has to split at the spaces between words: `unicode61` with
/// `remove_diacritics 0` (our folding decides, not SQLite's) and marks and letters as
/// token characters, so it never splits a word our splitter kept whole.
/// Contentless (`content=''`): the texts live in the ContentStore, the index keeps
/// only what ranking needs.
final class FullTextTable {
    enum Column: Int, CaseIterable {
        case title, keywords, summary, body
    }

    private var database: OpaquePointer?
    private var insertStatement: OpaquePointer?
    private var matchStatement: OpaquePointer?

    init(columnWeights: [Column: Double]) throws {
        guard sqlite3_open_v2(":memory:", &database, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK else {
            let message = database.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(database)
            database = nil
            throw SearchIndexError(description: "cannot open the search database: \(message)")
        }
        try execute("""
            CREATE VIRTUAL TABLE topic_text USING fts5(
                title, keywords, summary, body,
                content='', tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'")
            """)
        insertStatement = try prepare("INSERT INTO topic_text(rowid, title, keywords, summary, body) VALUES (?, ?, ?, ?, ?)")
        // bm25 is lower for better matches; the weights say how much a match in each
        // column counts.
        let weights = Column.allCases.map { String(columnWeights[$0] ?? 1) }.joined(separator: ", ")
        matchStatement = try prepare("SELECT rowid, bm25(topic_text, \(weights)) FROM topic_text WHERE topic_text MATCH ?")
    }

    deinit {
        sqlite3_finalize(insertStatement)
        sqlite3_finalize(matchStatement)
        sqlite3_close(database)
    }

    func beginBulkInsert() throws { try execute("BEGIN") }
    func endBulkInsert() throws { try execute("COMMIT") }

    /// `texts` are normalised words joined by spaces, as UTF-8, by column.
    func insert(rowID: Int, _ texts: [Column: [UInt8]]) throws {
        guard let statement = insertStatement else { return }
        sqlite3_reset(statement)
        sqlite3_bind_int64(statement, 1, Int64(rowID))
        for column in Column.allCases {
            let position = Int32(column.rawValue + 2)
            guard let text = texts[column], !text.isEmpty else {
                sqlite3_bind_text(statement, position, "", 0, nil)
                continue
            }
            text.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { characters in
                    _ = sqlite3_bind_text(statement, position, characters.baseAddress, Int32(characters.count),
                                          ww_sqlite_transient())
                }
            }
        }
        guard sqlite3_step(statement) == SQLITE_DONE else { throw lastError("cannot index a topic") }
    }

    /// Every distinct term in the index, from FTS5's own vocabulary.
    func terms() throws -> [String] {
        try execute("CREATE VIRTUAL TABLE IF NOT EXISTS topic_terms USING fts5vocab(topic_text, 'row')")
        guard let statement = try prepare("SELECT term FROM topic_terms") else { return [] }
        defer { sqlite3_finalize(statement) }
        var terms: [String] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            guard let text = sqlite3_column_text(statement, 0) else { continue }
            let count = Int(sqlite3_column_bytes(statement, 0))
            terms.append(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        }
        return terms
    }

    /// Every row matching the FTS5 query expression, with its bm25 rank (lower is better).
    /// Empty when the expression is invalid: a search must never fail loudly.
    func match(_ expression: String) -> [(rowID: Int, rank: Double)] {
        guard let statement = matchStatement else { return [] }
        sqlite3_reset(statement)
        sqlite3_bind_text(statement, 1, expression, -1, ww_sqlite_transient())
        var rows: [(rowID: Int, rank: Double)] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            rows.append((Int(sqlite3_column_int64(statement, 0)), sqlite3_column_double(statement, 1)))
        }
        sqlite3_reset(statement)
        return rows
    }

    private func execute(_ sql: String) throws {
        guard sqlite3_exec(database, sql, nil, nil, nil) == SQLITE_OK else { throw lastError("cannot run \(sql)") }
    }

    private func prepare(_ sql: String) throws -> OpaquePointer? {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(database, sql, -1, &statement, nil) == SQLITE_OK else {
            throw lastError("cannot prepare \(sql)")
        }
        return statement
    }

    private func lastError(_ what: String) -> SearchIndexError {
        SearchIndexError(description: "\(what): \(database.map { String(cString: sqlite3_errmsg($0)) } ?? "no database")")
    }
}
