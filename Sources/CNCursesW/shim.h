// Shim for ncursesw. SwiftPM drops pkg-config's -D flags, so the wide-character API
// (cchar_t, get_wch, setcchar) must be switched on here, before the header.
#ifndef WEGWIJS_NCURSES_SHIM_H
#define WEGWIJS_NCURSES_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <ncursesw/curses.h>
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>

// Globals and macros are not concurrency-safe or not visible in Swift: wrap them.
static inline WINDOW *ww_stdscr(void) { return stdscr; }
static inline int ww_lines(void) { return LINES; }
static inline int ww_cols(void) { return COLS; }
static inline int ww_colors(void) { return COLORS; }
static inline chtype ww_a_bold(void) { return A_BOLD; }
static inline chtype ww_a_reverse(void) { return A_REVERSE; }
static inline chtype ww_a_underline(void) { return A_UNDERLINE; }
static inline chtype ww_a_dim(void) { return A_DIM; }
static inline chtype ww_color_pair(int n) { return COLOR_PAIR(n); }
static inline int ww_key_resize(void) { return KEY_RESIZE; }
static inline int ww_key_mouse(void) { return KEY_MOUSE; }
static inline int ww_key_code_yes(void) { return KEY_CODE_YES; }
static inline int ww_key_f(int n) { return KEY_F(n); }
// Our own key codes, above ncurses' range, for the bracketed-paste markers.
static inline int ww_key_paste_start(void) { return KEY_MAX + 1; }
static inline int ww_key_paste_end(void) { return KEY_MAX + 2; }
static inline mmask_t ww_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t ww_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t ww_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t ww_button4_pressed(void) { return BUTTON4_PRESSED; }
#if defined(BUTTON5_PRESSED)
static inline mmask_t ww_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t ww_button5_pressed(void) { return 0; }
#endif
static inline mmask_t ww_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }

// Put one grapheme cluster (base + combining marks, up to 5 wide chars) at y, x.
static inline int ww_put_cluster(int y, int x, const wchar_t *wcs, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wcs, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cc);
}

// glibc's wcwidth, not exported by Swift's Glibc module.
int wcwidth(wchar_t c);

#endif
