#ifndef WEGWIJS_PTY_H
#define WEGWIJS_PTY_H
#include <stddef.h>
/// Opens a pseudo-terminal pair of the given size. Returns the master fd (or -1) and
/// stores the slave's fd in *slave. For the start-up benchmark: posix_openpt and
/// friends need feature macros Swift's Glibc module does not set.
int ww_open_pty(int columns, int rows, int *slave);
#endif
