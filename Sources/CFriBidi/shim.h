// libfribidi: the Unicode bidi algorithm and Arabic shaping (as used by mlterm, GNOME, mpv).
#ifndef WEGWIJS_FRIBIDI_SHIM_H
#define WEGWIJS_FRIBIDI_SHIM_H
#include <fribidi/fribidi.h>
#endif
