#include "wegwijs_signals.h"
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static volatile sig_atomic_t pending = 0;

static void remember(int signo) { pending = signo; }

static void install(int signo, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    sigaction(signo, &action, NULL);
}

void ww_catch_signals(void) {
    install(SIGINT, remember);
    install(SIGTERM, remember);
    install(SIGHUP, remember);
    install(SIGQUIT, remember);
}

void ww_ignore_interactive_signals(void) {
    install(SIGINT, SIG_IGN);
    install(SIGQUIT, SIG_IGN);
    install(SIGTSTP, SIG_IGN);
}

int ww_take_pending_signal(void) {
    int signo = pending;
    pending = 0;
    return signo;
}

/* Crash restore (reliability audit D12): a Swift trap (SIGTRAP/SIGILL), SIGSEGV,
 * SIGABRT or SIGBUS used to leave the terminal in raw mode with mouse tracking and the
 * alternate screen on. The handler does only what is async-signal-safe: tcsetattr with
 * the modes saved before curses started, the reset sequences through write(2), then the
 * default action again, so the crash still dumps or ends the process as before. */
static struct termios saved_modes;
static volatile sig_atomic_t have_saved_modes = 0;

static const char restore_sequences[] =
    "\033[?1000l\033[?1002l\033[?1003l\033[?1006l" /* mouse tracking off */
    "\033[?2004l"                                      /* bracketed paste off */
    "\033[0m\033[?25h"                                /* plain attributes, cursor on */
    "\033[?1049l"                                      /* leave the alternate screen */
    "\r\n";

static void restore_after_crash(int signo) {
    if (have_saved_modes) tcsetattr(STDIN_FILENO, TCSANOW, &saved_modes);
    ssize_t ignored = write(STDOUT_FILENO, restore_sequences, sizeof restore_sequences - 1);
    (void)ignored;
    signal(signo, SIG_DFL);
    raise(signo);
}

void ww_install_crash_restore(void) {
    if (tcgetattr(STDIN_FILENO, &saved_modes) == 0) have_saved_modes = 1;
    int crashes[] = {SIGSEGV, SIGABRT, SIGILL, SIGTRAP, SIGBUS};
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = restore_after_crash;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND | SA_NODEFER;
        sigaction(crashes[i], &action, NULL);
    }
}

const char *ww_crash_restore_sequences(void) { return restore_sequences; }
