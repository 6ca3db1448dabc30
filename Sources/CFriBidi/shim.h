// libfribidi: the Unicode bidi algorithm and Arabic shaping (as used by mlterm, GNOME, mpv).
#ifndef WEGWIJS_FRIBIDI_SHIM_H
#define WEGWIJS_FRIBIDI_SHIM_H
#include <fribidi/fribidi.h>

// Swift cannot import the composite flag macros: bracket mirroring, NSM reordering and
// Arabic presentation forms with the mandatory ligatures (lam-alef).
static const FriBidiFlags wegwijs_fribidi_flags = FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC;
#endif
