#ifndef KMSWIZARD_CURSES_BRIDGE_H
#define KMSWIZARD_CURSES_BRIDGE_H
/* Must come before curses.h: SwiftPM drops pkg-config's -D flags, and without these the
   wide-character API (cchar_t, get_wch, mvaddwstr, setcchar) is invisible. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* glibc declares wcwidth only under __USE_XOPEN, which Swift's Glibc module lacks. */
extern int wcwidth(wchar_t c);

/* C globals and function-like macros that Swift cannot import (or not concurrency-safely). */
static inline WINDOW *kw_stdscr(void) { return stdscr; }
static inline void kw_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }
static inline int kw_key_f(int n) { return KEY_F(n); }
static const attr_t KW_A_NORMAL = A_NORMAL, KW_A_BOLD = A_BOLD, KW_A_REVERSE = A_REVERSE,
                    KW_A_UNDERLINE = A_UNDERLINE, KW_A_DIM = A_DIM;
#endif
