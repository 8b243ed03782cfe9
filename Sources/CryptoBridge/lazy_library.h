#ifndef KMSWIZARD_LAZY_LIBRARY_H
#define KMSWIZARD_LAZY_LIBRARY_H
/* A system library opened with dlopen on first use, and wrappers that look each function up once.
   Included by the shim of every bridge (CryptoBridge, ResolverBridge, CursesBridge).

   A library that cannot be opened, or lacks a function, ends the run with exit status 71
   (KMSWIZARD_EXIT_MISSING_LIBRARY, README "Exit codes"), saying in both languages which library,
   why, and which Debian package brings it: the command cannot go on without it. Lookups are
   atomic, so threads may race to the first call. */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#define KMSWIZARD_EXIT_MISSING_LIBRARY 71

static inline void kw_library_missing(const char *soname, const char *what, const char *package, const char *reason) {
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
