#ifndef KMSWIZARD_CURSES_BRIDGE_H
#define KMSWIZARD_CURSES_BRIDGE_H
/* Must come before curses.h: SwiftPM drops pkg-config's -D flags, and without these the
   wide-character API (cchar_t, get_wch, mvaddwstr, setcchar) is invisible. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>

/* libncursesw (and the libtinfo it needs) is opened when the wizard first starts curses, not
   linked: the plain commands do not make the loader map and relocate it (module.modulemap has no
   `link`). curses.h still gives the types and constants; its declarations of the functions used
   are renamed away here (some are macros too, dropped with them), and each name below is a wrapper
   with the same signature calling through a table that the first call fills whole, so that the
   signal handler's endwin() never has to look anything up. */
#define KW_CURSES_FUNCTIONS(X)                                                      \
    X(int, cbreak, (void), ())                                                      \
    X(int, curs_set, (int visibility), (visibility))                                \
    X(int, endwin, (void), ())                                                      \
    X(bool, has_colors, (void), ())                                                 \
    X(int, init_pair, (short pair, short foreground, short background), (pair, foreground, background)) \
    X(int, keypad, (WINDOW *window, bool on), (window, on))                         \
    X(int, mvwaddwstr, (WINDOW *window, int y, int x, const wchar_t *text), (window, y, x, text)) \
    X(SCREEN *, newterm, (const char *type, FILE *out, FILE *in), (type, out, in))  \
    X(int, noecho, (void), ())                                                      \
    X(int, nonl, (void), ())                                                        \
    X(int, set_escdelay, (int milliseconds), (milliseconds))                        \
    X(SCREEN *, set_term, (SCREEN *screen), (screen))                               \
    X(int, start_color, (void), ())                                                 \
    X(int, use_default_colors, (void), ())                                          \
    X(int, wattrset, (WINDOW *window, int attributes), (window, attributes))        \
    X(int, wget_wch, (WINDOW *window, wint_t *character), (window, character))      \
    X(int, wrefresh, (WINDOW *window), (window))                                    \
    X(int, COLOR_PAIR, (int pair), (pair))
#define KW_CURSES_PROCEDURES(X)                                                     \
    X(delscreen, (SCREEN *screen), (screen))                                        \
    X(wtimeout, (WINDOW *window, int milliseconds), (window, milliseconds))

#define cbreak kw_declared_cbreak
#define curs_set kw_declared_curs_set
#define endwin kw_declared_endwin
#define has_colors kw_declared_has_colors
#define init_pair kw_declared_init_pair
#define keypad kw_declared_keypad
#define mvwaddwstr kw_declared_mvwaddwstr
#define newterm kw_declared_newterm
#define noecho kw_declared_noecho
#define nonl kw_declared_nonl
#define set_escdelay kw_declared_set_escdelay
#define set_term kw_declared_set_term
#define start_color kw_declared_start_color
#define use_default_colors kw_declared_use_default_colors
#define wattrset kw_declared_wattrset
#define wget_wch kw_declared_wget_wch
#define wrefresh kw_declared_wrefresh
#define COLOR_PAIR kw_declared_COLOR_PAIR
#define delscreen kw_declared_delscreen
#define wtimeout kw_declared_wtimeout
#include <ncursesw/curses.h>
#undef cbreak
#undef curs_set
#undef endwin
#undef has_colors
#undef init_pair
#undef keypad
#undef mvwaddwstr
#undef newterm
#undef noecho
#undef nonl
#undef set_escdelay
#undef set_term
#undef start_color
#undef use_default_colors
#undef wattrset
#undef wget_wch
#undef wrefresh
#undef COLOR_PAIR
#undef delscreen
#undef wtimeout

#include "../CryptoBridge/lazy_library.h"

/* The table, one for the whole program: weak, so the copies of this header in every object file
   are one symbol (a debug build compiles each Swift file to its own object). */
struct kw_curses_table {
#define KW_FIELD(ret, name, params, args) ret (*name) params;
#define KW_PROCEDURE_FIELD(name, params, args) void (*name) params;
    KW_CURSES_FUNCTIONS(KW_FIELD)
    KW_CURSES_PROCEDURES(KW_PROCEDURE_FIELD)
    WINDOW **stdscr;
#undef KW_FIELD
#undef KW_PROCEDURE_FIELD
};
__attribute__((weak)) struct kw_curses_table kw_curses_loaded_table = {0};
__attribute__((weak)) int kw_curses_loaded = 0;

static inline const struct kw_curses_table *kw_curses(void) {
    if (__atomic_load_n(&kw_curses_loaded, __ATOMIC_ACQUIRE)) return &kw_curses_loaded_table;
    const char *soname = "libncursesw.so.6";
    void *library = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!library) { const char *e = dlerror(); kw_library_missing(soname, "ncursesw", "libncursesw6", e ? e : "dlopen failed"); }
    struct kw_curses_table table;
#define KW_RESOLVE(name) \
    if (!(*(void **)&table.name = dlsym(library, #name))) kw_library_missing(soname, "ncursesw", "libncursesw6", #name);
#define KW_RESOLVE_FUNCTION(ret, name, params, args) KW_RESOLVE(name)
#define KW_RESOLVE_PROCEDURE(name, params, args) KW_RESOLVE(name)
    KW_CURSES_FUNCTIONS(KW_RESOLVE_FUNCTION)
    KW_CURSES_PROCEDURES(KW_RESOLVE_PROCEDURE)
    KW_RESOLVE(stdscr)
#undef KW_RESOLVE
#undef KW_RESOLVE_FUNCTION
#undef KW_RESOLVE_PROCEDURE
    kw_curses_loaded_table = table;
    __atomic_store_n(&kw_curses_loaded, 1, __ATOMIC_RELEASE);
    return &kw_curses_loaded_table;
}

#define KW_WRAP_FUNCTION(ret, name, params, args) static inline ret name params { return kw_curses()->name args; }
#define KW_WRAP_PROCEDURE(name, params, args) static inline void name params { kw_curses()->name args; }
KW_CURSES_FUNCTIONS(KW_WRAP_FUNCTION)
KW_CURSES_PROCEDURES(KW_WRAP_PROCEDURE)
#undef KW_WRAP_FUNCTION
#undef KW_WRAP_PROCEDURE

/* glibc declares wcwidth only under __USE_XOPEN, which Swift's Glibc module lacks. */
extern int wcwidth(wchar_t c);

/* C globals and function-like macros that Swift cannot import (or not concurrency-safely). */
static inline WINDOW *kw_stdscr(void) { return *kw_curses()->stdscr; }
static inline void kw_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }
static inline int kw_key_f(int n) { return KEY_F(n); }
static const attr_t KW_A_NORMAL = A_NORMAL, KW_A_BOLD = A_BOLD, KW_A_REVERSE = A_REVERSE,
                    KW_A_UNDERLINE = A_UNDERLINE, KW_A_DIM = A_DIM;
#endif
