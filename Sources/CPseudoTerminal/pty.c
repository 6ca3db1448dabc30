#define _XOPEN_SOURCE 600
#include "wegwijs_pty.h"
#include <fcntl.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

int ww_open_pty(int columns, int rows, int *slave) {
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0) return -1;
    if (grantpt(master) != 0 || unlockpt(master) != 0) { close(master); return -1; }
    char *name = ptsname(master);
    if (!name) { close(master); return -1; }
    *slave = open(name, O_RDWR | O_NOCTTY);
    if (*slave < 0) { close(master); return -1; }
    struct winsize size = { .ws_row = (unsigned short)rows, .ws_col = (unsigned short)columns };
    ioctl(master, TIOCSWINSZ, &size);
    return master;
}
