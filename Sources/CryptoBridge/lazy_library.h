#ifndef KMSWIZARD_LAZY_LIBRARY_H
#define KMSWIZARD_LAZY_LIBRARY_H
/* A system library opened with dlopen on first use, and wrappers that look each function up once.
   Included by the shim of every bridge (CryptoBridge, ResolverBridge, CursesBridge).

   A library that cannot be opened, or lacks a function, ends the run with exit status 71
   (ExitStatus.missingLibrary, README "Exit codes"), saying which library, why, and which Debian
   package brings it: the command cannot go on without it. Lookups are
   atomic, so threads may race to the first call. */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#define KMSWIZARD_EXIT_MISSING_LIBRARY 71

/* The program's own report (its words in the reader's language, the JSON error under --json),
   set at start through kw_set_library_missing_hook; it does not return. One variable for the
   whole program: weak, so every object file's copy of this header is the same symbol. */
typedef void (*kw_library_missing_report)(const char *soname, const char *package, const char *reason);
__attribute__((weak)) kw_library_missing_report kw_library_missing_hook = 0;

static inline void kw_set_library_missing_hook(kw_library_missing_report report) {
    __atomic_store_n(&kw_library_missing_hook, report, __ATOMIC_RELEASE);
}

static inline void kw_library_missing(const char *soname, const char *what, const char *package, const char *reason) {
    kw_library_missing_report report = __atomic_load_n(&kw_library_missing_hook, __ATOMIC_ACQUIRE);
    if (report) report(soname, package, reason);
    /* Without the program's report (a bench or test binary): the same in both languages. */
    fprintf(stderr, "kmswizard：無法載入 %s（%s），這個指令需要它：%s。請安裝 %s 套件。\n"
                    "kmswizard: cannot load %s (%s), which this command needs: %s. Install the package %s.\n",
            soname, what, reason, package, soname, what, reason, package);
    exit(KMSWIZARD_EXIT_MISSING_LIBRARY);
}

/* Defines `static void *lookup(const char *name)`: the named function of `soname`. */
#define KW_LAZY_LIBRARY(lookup, soname, what, package)                                              \
    static inline void *lookup(const char *name) {                                                  \
        static void *library;                                                                       \
        void *handle = __atomic_load_n(&library, __ATOMIC_ACQUIRE);                                 \
        if (!handle) {                                                                              \
            handle = dlopen(soname, RTLD_NOW | RTLD_LOCAL);                                         \
            if (!handle) { const char *e = dlerror(); kw_library_missing(soname, what, package, e ? e : "dlopen failed"); } \
            __atomic_store_n(&library, handle, __ATOMIC_RELEASE);                                   \
        }                                                                                           \
        void *symbol = dlsym(handle, name);                                                         \
        if (!symbol) kw_library_missing(soname, what, package, name);                               \
        return symbol;                                                                              \
    }

#define KW_LAZY_POINTER(lookup, type, name)                                                         \
    type function = __atomic_load_n(&cached, __ATOMIC_ACQUIRE);                                     \
    if (!function) { function = (type)lookup(#name); __atomic_store_n(&cached, function, __ATOMIC_RELEASE); }

/* `ret name params`, calling the library's `name` with `args`. */
#define KW_LAZY(lookup, ret, name, params, args)                                                    \
    static inline ret name params {                                                                 \
        typedef ret (*kw_type) params;                                                              \
        static kw_type cached;                                                                      \
        KW_LAZY_POINTER(lookup, kw_type, name)                                                      \
        return function args;                                                                       \
    }

#define KW_LAZY_VOID_ARGS(lookup, name, params, args)                                               \
    static inline void name params {                                                                \
        typedef void (*kw_type) params;                                                             \
        static kw_type cached;                                                                      \
        KW_LAZY_POINTER(lookup, kw_type, name)                                                      \
        function args;                                                                              \
    }

#define KW_LAZY_VOID(lookup, name) KW_LAZY_VOID_ARGS(lookup, name, (void), ())
#endif
