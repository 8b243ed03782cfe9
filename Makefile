# kmswizard: `make run` to use it, `make test` to check it. Both install what they need.
SWIFT      ?= swift
PREFIX     ?= /usr/local
BUILD_FLAGS ?=

# Debian packages: what building needs, and what each area's tests add.
APT_BUILD        = libncursesw5-dev libssl-dev pkg-config
APT_TEST_KMS     = python3
APT_TEST_DIAG    = chrony faketime dnsmasq-base bind9-dnsutils iproute2 iptables socat netcat-openbsd
APT_TEST_WIZARD  = tmux locales
APT_TEST_RENEWAL = python3-pip
APT_TEST         = $(APT_BUILD) $(APT_TEST_KMS) $(APT_TEST_DIAG) $(APT_TEST_WIZARD) $(APT_TEST_RENEWAL)

.PHONY: deps test-deps build run test clean

deps:
	scripts/install-packages $(APT_BUILD)

test-deps:
	scripts/install-packages $(APT_TEST)

build: deps
	$(SWIFT) build $(BUILD_FLAGS)

run: build
	$(SWIFT) run $(BUILD_FLAGS) kmswizard

test: test-deps
	$(SWIFT) build --build-tests $(BUILD_FLAGS)
	$(SWIFT) test --skip-build $(BUILD_FLAGS)

clean:
	rm -rf .build
