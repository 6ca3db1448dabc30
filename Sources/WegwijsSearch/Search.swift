// Search: normalisation and the SQLite FTS5 index (being written).
