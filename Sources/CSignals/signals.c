#include "wegwijs_signals.h"
#include <signal.h>
#include <string.h>

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
