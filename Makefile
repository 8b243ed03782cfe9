# kmswizard: `make run` to use it, `make test` to check it. Both install what they need.
SWIFT      ?= swift
PREFIX     ?= /usr/local
BUILD_FLAGS ?=

# Debian packages: what building needs, and what each area's tests add.
APT_BUILD        = libncursesw5-dev libssl-dev pkg-config
APT_TEST_KMS     = python3
APT_TEST_DIAG    = chrony faketime dnsmasq-base bind9-dnsutils iproute2 iptables socat netcat-openbsd
APT_TEST_WIZARD  = tmux locales
APT_TEST_RENEWAL = python3-pip python3-icalendar systemd
APT_TEST_INSTALL = dpkg-dev debootstrap man-db groff-base zsh fish python3-jsonschema binutils
APT_TEST         = $(APT_BUILD) $(APT_TEST_KMS) $(APT_TEST_DIAG) $(APT_TEST_WIZARD) $(APT_TEST_RENEWAL) $(APT_TEST_INSTALL)

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
	$(MAKE) test-install

clean:
	rm -rf .build

# ---- Faults (issue 14) -------------------------------------------------------------------------
# Only the fault tests (suites named Faults*): full devices and disks, FIFOs, symlinks, signals
# during lock waits, truncated .cmd files. `make test` runs them too. The tmpfs and namespace
# cases need root (CI); elsewhere they are skipped with the reason.
.PHONY: test-faults

test-faults: test-deps
	$(SWIFT) build --build-tests $(BUILD_FLAGS)
	$(SWIFT) test --skip-build $(BUILD_FLAGS) --filter Faults

# ---- Installing like a real tool (issue 8) ----------------------------------------------------
# `make install` (PREFIX, DESTDIR), `make uninstall`, `make deb`; `make test-install` checks them.
# Everything is staged first under $(STAGE) in a prefix-free layout, then copied into place.
DESTDIR      ?=
STAGE         = .build-install/stage
RELEASE_PATH  = .build-release
RELEASE_BIN   = $(RELEASE_PATH)/release/kmswizard
MAN_SOURCE    = .build/plugins/GenerateManual/outputs
MAN_DATE     := $(shell git log -1 --format=%cs 2>/dev/null || date -u +%F)
APT_PACKAGE   = dpkg-dev binutils
# How the shipped binary (and the benchmarked one) is built: the Swift runtime linked in, so no
# RUNPATH is wanted; without --disable-local-rpath the loader would first look for each library
# it loads (and its glibc-hwcaps variants) beside the binary, failed opens on every start. Every function in a section of its own, and the ones the short commands
# run laid out first and together (packaging/startup-order.txt, written by `make startup-order`),
# so a start touches a few dozen pages of code, not one here and one there.
# SHIPPED_LINK: the C++ runtime (libstdc++, libgcc's unwinder) linked in too, so the loader maps and
# binds two libraries fewer (packaging/gold-static-cxx says why that takes a wrapper); and no
# dynamic symbol table of our own: the toolchain's link line says --export-dynamic, which put the
# 6,400 public symbols of our modules and ArgumentParser into .dynsym, where the runtime's dladdr
# at start-up scans them one by one. Nothing looks a symbol of ours up by name; a crash backtrace
# of the stripped binary shows addresses for them.
STARTUP_ORDER = $(CURDIR)/packaging/startup-order.txt
SHIPPED_LINK  = -Xswiftc -ld-path=$(CURDIR)/packaging/gold-static-cxx -Xswiftc -Xclang-linker -Xswiftc -static-libgcc \
                -Xlinker --no-export-dynamic
SHIPPED_BUILD = -c release --static-swift-stdlib --disable-local-rpath $(SHIPPED_LINK) \
                -Xswiftc -Xfrontend -Xswiftc -function-sections -Xlinker --section-ordering-file=$(STARTUP_ORDER)
# $(call build-shipped,SCRATCH) builds that way in SCRATCH. SwiftPM does not know the order file and
# the linker wrapper are inputs of the link, so the binary is removed first and always linked anew.
build-shipped = rm -f $(1)/release/kmswizard && $(SWIFT) build $(SHIPPED_BUILD) --scratch-path $(1)

.PHONY: release man completions stage install uninstall deb test-install

# The release binary: Swift and C++ runtimes linked in, the build's commit stamped into --version.
release: deps
	packaging/write-build-stamp
	$(call build-shipped,$(RELEASE_PATH)) --product kmswizard -Xswiftc -DKMSWIZARD_STAMPED

# kmswizard(1) from the command-line definitions (swift-argument-parser's GenerateManual plugin,
# run on the debug build the tests already made). Blank lines in help texts become paragraphs,
# which mdoc wants. In English whatever the builder's locale: the generator drops every
# non-ASCII character. The Traditional Chinese page (man/zh_TW, what `man` shows under a zh_TW
# locale) is the release binary's own zh-TW --help, laid out by packaging/help-man.
man: deps release
	KMSWIZARD_LANG=en $(SWIFT) package generate-manual --configuration debug --date $(MAN_DATE)
	mkdir -p $(STAGE)/share/man/man1 $(STAGE)/share/man/zh_TW/man1
	sed 's/^$$/.Pp/' "$$(ls -t $(MAN_SOURCE)/*/kmswizard.1 | head -n 1)" > $(STAGE)/share/man/man1/kmswizard.1
	packaging/help-man $(RELEASE_BIN) zh-TW $(MAN_DATE) > $(STAGE)/share/man/zh_TW/man1/kmswizard.1

# The zsh and fish scripts carry each option's help; English, so they do not depend on the builder's locale.
completions: release
	mkdir -p $(STAGE)/completions
	KMSWIZARD_LANG=en $(RELEASE_BIN) --generate-completion-script bash > $(STAGE)/completions/kmswizard.bash
	KMSWIZARD_LANG=en $(RELEASE_BIN) --generate-completion-script zsh > $(STAGE)/completions/_kmswizard
	KMSWIZARD_LANG=en $(RELEASE_BIN) --generate-completion-script fish > $(STAGE)/completions/kmswizard.fish

stage: release man completions
	scripts/install-packages $(APT_PACKAGE)
	mkdir -p $(STAGE)/bin $(STAGE)/share/kmswizard
	strip -o $(STAGE)/bin/kmswizard $(RELEASE_BIN)
	rm -f $(STAGE)/share/kmswizard/*.json
	cp Resources/*.json $(STAGE)/share/kmswizard/

install: stage
	packaging/install-files $(STAGE) "$(DESTDIR)" "$(PREFIX)"

uninstall:
	packaging/uninstall-files "$(DESTDIR)" "$(PREFIX)"

# dist/kmswizard_<version>_<arch>.deb, depending only on the Debian libraries the binary links.
deb: stage
	packaging/make-deb $(STAGE) dist

test-install: test-deps
	Tests/Install/run-all

# Hardening (issue 7): fuzzing, sanitizers, warnings, benchmarks. Each builds in its own scratch path.
FUZZ_SECONDS    ?= 300
FUZZ_CI_SECONDS ?= 30

.PHONY: fuzz-build fuzz fuzz-ci sanitize sanitize-address sanitize-thread warnings bench bench-startup

# SwiftPM hands each --sanitize to swiftc as its own -sanitize=, and swiftc keeps only the last, so
# `--sanitize fuzzer --sanitize address` alone compiles with ASan and no coverage counters (blind
# fuzzing; scripts/fuzz-run now fails on it). The combined flag after them is the one swiftc keeps;
# the --sanitize options stay for SwiftPM's own link of a libFuzzer binary (libFuzzer's main).
fuzz-build: test-deps
	$(SWIFT) build --product kmswizard-fuzz --sanitize fuzzer --sanitize address -Xswiftc -sanitize=fuzzer,address \
		-Xswiftc -DKMSWIZARD_FUZZ -Xswiftc -use-ld=lld --scratch-path .build-fuzz

fuzz: fuzz-build
	scripts/fuzz-run $(FUZZ_SECONDS)

fuzz-ci: fuzz-build
	scripts/fuzz-run $(FUZZ_CI_SECONDS)

sanitize: sanitize-address sanitize-thread

sanitize-address: test-deps
	scripts/sanitize-run address

sanitize-thread: test-deps
	scripts/sanitize-run thread

warnings: deps
	scripts/warnings-check

# The three programs the bench runs, each by name: a plain `swift build` would also build the test
# helpers, which import swift-testing, not available to a --static-swift-stdlib build.
bench: test-deps
	$(call build-shipped,.build-bench) --product kmswizard
	$(SWIFT) build $(SHIPPED_BUILD) --scratch-path .build-bench --product kms-test-responder
	$(SWIFT) build $(SHIPPED_BUILD) --scratch-path .build-bench --product kmswizard-bench
	KMSWIZARD_SHIPPED_LINK='$(SHIPPED_LINK)' python3 scripts/bench.py .build-bench/release

# The texts compiled into the program (Sources/Localization/CompiledStrings.swift), made from
# Resources/strings.zh-TW.json, the file translators edit. Run after editing it: a test fails
# while the two disagree.
.PHONY: strings
strings: deps
	$(SWIFT) build --build-tests $(BUILD_FLAGS)
	KMSWIZARD_UPDATE_STRINGS=1 $(SWIFT) test --skip-build $(BUILD_FLAGS) --filter CompiledStringsTests

# Only the start-up figures (instructions under callgrind, wall, peak RSS) of issue 15.
bench-startup: deps
	$(call build-shipped,.build-bench) --product kmswizard
	KMSWIZARD_SHIPPED_LINK='$(SHIPPED_LINK)' python3 scripts/bench.py .build-bench/release --startup

# packaging/startup-order.txt: the functions the short commands run, for the linker to lay out
# first. Run after changing what --version, explain, status or products do.
.PHONY: startup-order
startup-order: deps
	scripts/install-packages valgrind
	$(call build-shipped,.build-bench) --product kmswizard
	scripts/startup-order .build-bench/release
