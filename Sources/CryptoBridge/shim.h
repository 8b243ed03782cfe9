#ifndef KMSWIZARD_CRYPTO_BRIDGE_H
#define KMSWIZARD_CRYPTO_BRIDGE_H
/* Only the OpenSSL 3 EVP interfaces: the deprecated low-level AES/SHA calls stay hidden. */
#define OPENSSL_API_COMPAT 30000
#define OPENSSL_NO_DEPRECATED 1

/* libcrypto is opened on the first call of one of these, not linked: a command that needs no
   cryptography (explain, --version, products) does not make the loader map and relocate it. The
   headers still give the types and constants; their declarations of the functions used are renamed
   away here, and each name below is a wrapper with the same signature that looks the function up
   once (module.modulemap has no `link`). */
#define OPENSSL_init_crypto kw_declared_OPENSSL_init_crypto
#define OPENSSL_thread_stop kw_declared_OPENSSL_thread_stop
#define EVP_Digest kw_declared_EVP_Digest
#define EVP_sha256 kw_declared_EVP_sha256
#define HMAC kw_declared_HMAC
#define RAND_bytes kw_declared_RAND_bytes
#define ERR_get_error kw_declared_ERR_get_error
#define ERR_error_string_n kw_declared_ERR_error_string_n
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/err.h>
#undef OPENSSL_init_crypto
#undef OPENSSL_thread_stop
#undef EVP_Digest
#undef EVP_sha256
#undef HMAC
#undef RAND_bytes
#undef ERR_get_error
#undef ERR_error_string_n

#include "lazy_library.h"

KW_LAZY_LIBRARY(kw_crypto_symbol, "libcrypto.so.3", "OpenSSL 3", "libssl3")
KW_LAZY(kw_crypto_symbol, int, OPENSSL_init_crypto, (uint64_t opts, const OPENSSL_INIT_SETTINGS *settings), (opts, settings))
KW_LAZY_VOID(kw_crypto_symbol, OPENSSL_thread_stop)
KW_LAZY(kw_crypto_symbol, int, EVP_Digest,
        (const void *data, size_t count, unsigned char *md, unsigned int *size, const EVP_MD *type, ENGINE *impl),
        (data, count, md, size, type, impl))
KW_LAZY(kw_crypto_symbol, const EVP_MD *, EVP_sha256, (void), ())
KW_LAZY(kw_crypto_symbol, unsigned char *, HMAC,
        (const EVP_MD *evp_md, const void *key, int key_len, const unsigned char *d, size_t n, unsigned char *md, unsigned int *md_len),
        (evp_md, key, key_len, d, n, md, md_len))
KW_LAZY(kw_crypto_symbol, int, RAND_bytes, (unsigned char *buf, int num), (buf, num))
KW_LAZY(kw_crypto_symbol, unsigned long, ERR_get_error, (void), ())
KW_LAZY_VOID_ARGS(kw_crypto_symbol, ERR_error_string_n, (unsigned long e, char *buf, size_t len), (e, buf, len))
#endif
