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

# Hardening (issue 7): fuzzing, sanitizers, warnings, benchmarks. Each builds in its own scratch path.
SANITIZER_ENV = SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Sanitizers/lsan.supp
FUZZ_SECONDS    ?= 300
FUZZ_CI_SECONDS ?= 30

.PHONY: fuzz-build fuzz fuzz-ci sanitize sanitize-address sanitize-thread warnings bench

fuzz-build: test-deps
	$(SWIFT) build --product kmswizard-fuzz --sanitize fuzzer --sanitize address -Xswiftc -DKMSWIZARD_FUZZ -Xswiftc -use-ld=lld --scratch-path .build-fuzz

fuzz: fuzz-build
	scripts/fuzz-run $(FUZZ_SECONDS)

fuzz-ci: fuzz-build
	scripts/fuzz-run $(FUZZ_CI_SECONDS)

sanitize: sanitize-address sanitize-thread

sanitize-address: test-deps
	$(SANITIZER_ENV) $(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	$(SANITIZER_ENV) $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan

sanitize-thread: test-deps
	$(SANITIZER_ENV) $(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	$(SANITIZER_ENV) $(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan

warnings: deps
	scripts/warnings-check

bench: test-deps
	$(SWIFT) build -c release --scratch-path .build-release --product kmswizard
	$(SWIFT) build -c release --scratch-path .build-release --product kms-test-responder
	$(SWIFT) build -c release --scratch-path .build-release --product kmswizard-bench
	python3 scripts/bench.py .build-release/release
