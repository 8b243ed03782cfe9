#ifndef KMSWIZARD_RESOLVER_BRIDGE_H
#define KMSWIZARD_RESOLVER_BRIDGE_H
#include <sys/types.h>
#include <netinet/in.h>
#include <arpa/nameser.h>
#include <resolv.h>
#include <netdb.h>

/* Function-like macros and the h_errno macro, which Swift cannot import. */
static inline int kw_ns_msg_count(const ns_msg *h, ns_sect s) { return ns_msg_count(*h, s); }
static inline int kw_h_errno(void) { return h_errno; }
#endif
