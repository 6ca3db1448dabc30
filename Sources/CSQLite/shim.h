// SQLite (Debian's libsqlite3, built with FTS5) for the search index.
#ifndef WEGWIJS_SQLITE_SHIM_H
#define WEGWIJS_SQLITE_SHIM_H
#include <sqlite3.h>
// SQLITE_TRANSIENT is a macro casting -1 to a function pointer: Swift cannot import it.
static inline sqlite3_destructor_type ww_sqlite_transient(void) { return SQLITE_TRANSIENT; }
#endif
