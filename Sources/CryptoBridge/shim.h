#ifndef KMSWIZARD_CRYPTO_BRIDGE_H
#define KMSWIZARD_CRYPTO_BRIDGE_H
/* Only the OpenSSL 3 EVP interfaces: the deprecated low-level AES/SHA calls stay hidden. */
#define OPENSSL_API_COMPAT 30000
#define OPENSSL_NO_DEPRECATED 1
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/err.h>
#endif
