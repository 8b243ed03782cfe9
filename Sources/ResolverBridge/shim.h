#ifndef KMSWIZARD_RESOLVER_BRIDGE_H
#define KMSWIZARD_RESOLVER_BRIDGE_H
#include <sys/types.h>
#include <errno.h>
#include <string.h>
#include <netinet/in.h>
/* The query itself (res_ninit, res_nquery, dn_expand) is in glibc's libc since 2.34; only the
   answer parsing below is libresolv's. libresolv is opened on the first parse, not linked, so
   the commands that do no DNS do not load it (module.modulemap has no `link`). */
#define ns_initparse kw_declared_ns_initparse
#define ns_parserr kw_declared_ns_parserr
#define ns_get16 kw_declared_ns_get16
#include <arpa/nameser.h>
#include <resolv.h>
#include <netdb.h>
#undef ns_initparse
#undef ns_parserr
#undef ns_get16

#include "../CryptoBridge/lazy_library.h"

KW_LAZY_LIBRARY(kw_resolv_symbol, "libresolv.so.2", "glibc libresolv", "libc6")
KW_LAZY(kw_resolv_symbol, int, ns_initparse, (const unsigned char *message, int length, ns_msg *handle), (message, length, handle))
KW_LAZY(kw_resolv_symbol, int, ns_parserr, (ns_msg *handle, ns_sect section, int index, ns_rr *record), (handle, section, index, record))
KW_LAZY(kw_resolv_symbol, unsigned int, ns_get16, (const unsigned char *source), (source))

/* Function-like macros and the h_errno macro, which Swift cannot import. */
static inline int kw_ns_msg_count(const ns_msg *h, ns_sect s) { return ns_msg_count(*h, s); }
static inline int kw_h_errno(void) { return h_errno; }

/* One class-IN query through the system resolver (resolv.conf), with a private resolver state so
   that concurrent lookups on different threads do not share _res. Each server is tried once, for at
   most timeout_seconds (or resolv.conf's own timeout when that is shorter). Returns the answer length
   (never more than anslen) or -1; *herr receives the resolver's h_errno and *err the errno of the
   last send, which tell NXDOMAIN, no data, a refusing server and a silent one apart; *wait_seconds
   receives the per-server timeout actually used, so the caller can tell a timeout from a quick failure. */
static inline int kw_query(const char *name, int type, int timeout_seconds,
                           unsigned char *ans, int anslen, int *herr, int *err, int *wait_seconds) {
    struct __res_state state;
    memset(&state, 0, sizeof state);
    *wait_seconds = 0;
    if (res_ninit(&state) != 0) { *herr = NETDB_INTERNAL; *err = errno; return -1; }
    if (timeout_seconds > 0 && state.retrans > timeout_seconds) state.retrans = timeout_seconds;
    state.retry = 1;
    *wait_seconds = state.retrans;
    errno = 0;
    int length = res_nquery(&state, name, ns_c_in, type, ans, anslen);
    *herr = length < 0 ? state.res_h_errno : 0;
    *err = errno;
    res_nclose(&state);
    return length > anslen ? anslen : length;
}

/* The i-th answer record as SRV. 0: filled in; -1: the record cannot be parsed; -2: not an SRV
   record (e.g. a CNAME in front of it); -3: malformed SRV data. Every read stays inside the record's
   RDATA, and the target name must use exactly the bytes that remain after priority/weight/port. */
static inline int kw_srv_at(ns_msg *h, int i, unsigned *priority, unsigned *weight, unsigned *port,
                            char *target, size_t target_length) {
    ns_rr rr;
    if (ns_parserr(h, ns_s_an, i, &rr) < 0) return -1;
    if (ns_rr_type(rr) != ns_t_srv) return -2;
    int rdlength = ns_rr_rdlen(rr);
    if (rdlength < 7) return -3;
    const unsigned char *rd = ns_rr_rdata(rr);
    *priority = ns_get16(rd);
    *weight = ns_get16(rd + 2);
    *port = ns_get16(rd + 4);
    int used = dn_expand(ns_msg_base(*h), ns_msg_end(*h), rd + 6, target, (int)target_length);
    return (used < 0 || used != rdlength - 6) ? -3 : 0;
}
#endif
