#ifndef WEGWIJS_SIGNALS_H
#define WEGWIJS_SIGNALS_H
// Signals are caught into a flag and handled by the main loop, which restores the
// terminal itself: nothing that is not async-signal-safe runs in a handler.

/// Catch SIGINT, SIGTERM, SIGHUP and SIGQUIT into the pending flag.
void ww_catch_signals(void);
/// Ignore SIGINT, SIGQUIT and SIGTSTP (the kiosk: Ctrl-C, Ctrl-\ and Ctrl-Z do nothing).
void ww_ignore_interactive_signals(void);
/// The last signal caught since the previous call, or 0.
int ww_take_pending_signal(void);
/// Save the terminal's modes now (call before curses starts) and restore them, with
/// mouse, paste, cursor and alternate screen reset, when the process crashes
/// (SIGSEGV, SIGABRT, SIGILL, SIGTRAP, SIGBUS); the crash then goes on as before.
void ww_install_crash_restore(void);
/// The escape sequences the crash handler writes (for tests).
const char *ww_crash_restore_sequences(void);
#endif
