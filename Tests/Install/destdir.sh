#!/usr/bin/env bash
# `make install` into a DESTDIR: the files land where users and their tools look, the binary runs
# from another directory and finds its resources there (not in this source tree), the man page
# renders without warnings, the completions load, and `make uninstall` removes exactly them.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
cd "$TOP"
dest=$(mktemp -d /tmp/kmswizard-destdir.XXXXXX)
trap 'rm -rf "$dest" "$dest.log"' EXIT
prefix=/usr/local
root=$dest$prefix

# Under a Chinese locale on purpose: the man page and completions must still come out in English.
if LANG=zh_TW.UTF-8 LC_ALL= KMSWIZARD_LANG= make --no-print-directory install DESTDIR="$dest" PREFIX="$prefix" > "$dest.log" 2>&1; then
  pass "make install DESTDIR=$dest PREFIX=$prefix (LANG=zh_TW.UTF-8)"
else
  fail "make install: $(tail -n 30 "$dest.log")"
  exit 1
fi

# The manifest lists every installed file, and exactly those.
manifest=$root/share/kmswizard/install-manifest
expected="$prefix/bin/kmswizard
$prefix/share/bash-completion/completions/kmswizard
$prefix/share/fish/vendor_completions.d/kmswizard.fish
$(for f in Resources/*.json; do echo "$prefix/share/kmswizard/$(basename "$f")"; done)
$prefix/share/kmswizard/install-manifest
$prefix/share/man/man1/kmswizard.1
$prefix/share/man/zh_TW/man1/kmswizard.1
$prefix/share/zsh/site-functions/_kmswizard"
actual=$(cd "$dest" && find . -type f | sed 's/^\.//' | sort)
if [ "$actual" = "$(sort <<<"$expected")" ] && [ "$(sort "$manifest")" = "$actual" ]; then
  pass "installed files = manifest = the expected list ($(wc -l <<<"$actual") files)"
else
  fail "installed files differ: expected [$expected] installed [$actual] manifest [$(cat "$manifest" 2>/dev/null)]"
fi

# Run from / with the source tree's Resources/ hidden (a private mount namespace), so that only
# the installed share/kmswizard can satisfy the lookup.
if unshare --mount true 2>/dev/null; then
  elsewhere() {
    unshare --mount sh -c 'mount -t tmpfs -o size=64k,mode=0555 none "$0/Resources" && cd / && exec "$@"' "$TOP" \
      env -u KMSWIZARD_RESOURCES HOME=/nonexistent "$@"
  }
else
  skip "hiding the source tree's Resources/: this machine cannot create mount namespaces (unshare --mount failed); running from / only"
  elsewhere() { (cd / && env -u KMSWIZARD_RESOURCES HOME=/nonexistent "$@"); }
fi

version=$(elsewhere "$root/bin/kmswizard" --version 2>&1)
if [[ "$version" =~ ^kmswizard\ [0-9]+\.[0-9]+\.[0-9]+\ \(commit\ [0-9a-f]{7,}(-dirty)?\)$ ]]; then
  pass "--version names the commit: $version"
else
  fail "--version: '$version'"
fi
if ldd "$root/bin/kmswizard" | grep -qiE 'swift|Foundation|dispatch|libstdc\+\+|libgcc_s'; then
  fail "the installed binary loads the Swift or C++ runtime at start: $(ldd "$root/bin/kmswizard")"
else
  pass "the installed binary carries the Swift and C++ runtimes (ldd: $(ldd "$root/bin/kmswizard" | awk '{print $1}' | tr '\n' ' '))"
fi
RUNNER=elsewhere
run_subcommand "config from / with only the installed resources" "$root/bin/kmswizard" config --lang en
run_subcommand "products from / with only the installed resources" "$root/bin/kmswizard" products
run_subcommand "explain 0xC004F074 from / with only the installed resources" "$root/bin/kmswizard" explain 0xC004F074
RUNNER=

# A missing resource is exit 72 naming where it looked (the install really is what is used).
# The texts are compiled in (the strings file is the translators' source), so only the catalog
# can be missing; without the strings file the texts still speak.
mv "$root/share/kmswizard/products.json" "$dest/products.moved"
output=$(elsewhere "$root/bin/kmswizard" products 2>&1); rc=$?
mv "$dest/products.moved" "$root/share/kmswizard/products.json"
if [ "$rc" -eq 72 ] && grep -q "share/kmswizard" <<<"$output"; then
  pass "without its product catalog the installed binary exits 72 and says where it looked"
else
  fail "missing product catalog: exit $rc: $output"
fi
mv "$root/share/kmswizard/strings.zh-TW.json" "$dest/strings.moved"
output=$(elsewhere "$root/bin/kmswizard" explain 0xC004F074 --lang en 2>&1); rc=$?
mv "$dest/strings.moved" "$root/share/kmswizard/strings.zh-TW.json"
if [ "$rc" -eq 0 ] && grep -q "0xC004F074" <<<"$output" && ! grep -q "⟦" <<<"$output"; then
  pass "without the strings file the installed binary still speaks: its texts are compiled in"
else
  fail "explain without the strings file: exit $rc: $output"
fi

# The man page: found by man under the prefix, renders at 80 columns without a warning.
page=$root/share/man/man1/kmswizard.1
warnings=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
if [ -z "$warnings" ]; then pass "man --warnings -l kmswizard.1: no warnings"; else fail "man warnings: $warnings"; fi
rendered=$(MANWIDTH=80 man -l "$page" 2>/dev/null)
missing=""
for command in $("$root/bin/kmswizard" --help | awk '/^SUBCOMMANDS:/{on=1; next} on && /^  [a-z]/{print $1}'); do
  grep -qE "^ +$command( |$)" <<<"$rendered" || missing+=" $command"
done
if [ -z "$missing" ] && grep -q "config" <<<"$rendered"; then
  pass "the man page describes every subcommand --help lists"
else
  fail "the man page lacks:$missing"
fi
if grep -q "Activate NKNU" <<<"$rendered" && ! grep -q "⟦" <<<"$rendered"; then
  pass "the man page is in English although make ran under LANG=zh_TW.UTF-8"
else
  fail "the man page is not the English one: $(head -n 8 <<<"$rendered")"
fi

# --help from the installed strings file, in the language the locale or --lang asks for.
zh_help=$(cd / && env -i PATH=/usr/bin:/bin HOME=/nonexistent LANG=zh_TW.UTF-8 "$root/bin/kmswizard" activate --help 2>&1)
en_help=$(cd / && env -i PATH=/usr/bin:/bin HOME=/nonexistent "$root/bin/kmswizard" --help --lang en 2>&1)
if grep -q "問 KMS 伺服器會不會啟用一個產品" <<<"$zh_help" && grep -q "Activate NKNU" <<<"$en_help"; then
  pass "installed kmswizard --help speaks zh-TW (LANG) and English (--lang en)"
else
  fail "installed --help: zh [$(head -n 2 <<<"$zh_help")] en [$(head -n 2 <<<"$en_help")]"
fi
expect "man --manpath=$root/share/man finds kmswizard(1)" man --manpath="$root/share/man" -w kmswizard

# The Traditional Chinese page: what man picks under a zh_TW locale, the zh-TW help of every command.
zh_page=$root/share/man/zh_TW/man1/kmswizard.1
zh_warnings=$(LANG=C.UTF-8 MANWIDTH=80 man --warnings -l "$zh_page" 2>&1 >/dev/null)
zh_rendered=$(LANG=C.UTF-8 MANWIDTH=80 man -l "$zh_page" 2>/dev/null)
if [ -z "$zh_warnings" ] && grep -q "透過校園 KMS 伺服器" <<<"$zh_rendered" && grep -q "OVERVIEW: KMS 伺服器檢查：問 KMS 伺服器會不會" <<<"$zh_rendered" \
   && ! grep -q "⟦" <<<"$zh_rendered"; then
  pass "man -l zh_TW/man1/kmswizard.1: Chinese help of every command, no warnings"
else
  fail "zh_TW man page: warnings [$zh_warnings] $(head -n 8 <<<"$zh_rendered")"
fi
# (MANPATH rather than --manpath: man-db looks in the language folders only for the former.)
expect "man -L zh_TW finds the Chinese page" bash -c '[ "$(MANPATH="$1" man -L zh_TW -w kmswizard)" = "$2" ]' _ "$root/share/man" "$zh_page"

# Completions: bash registers and completes subcommands; zsh and fish parse the scripts.
bash_file=$root/share/bash-completion/completions/kmswizard
registered=$(bash -c 'source "$1" && complete -p kmswizard' _ "$bash_file" 2>&1)
if grep -q -- "-F _kmswizard kmswizard" <<<"$registered"; then pass "bash: $registered"; else fail "bash completion: $registered"; fi
offered=$(bash -c 'source "$1"; COMP_LINE="kmswizard con"; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(kmswizard con); COMP_CWORD=1; _kmswizard kmswizard con kmswizard; echo "${COMPREPLY[*]}"' _ "$bash_file" 2>&1)
if grep -qw config <<<"$offered"; then pass "bash completes 'kmswizard con' to: $offered"; else fail "bash completion of 'kmswizard con': '$offered'"; fi
if command -v zsh >/dev/null; then expect "zsh -n _kmswizard" zsh -n "$root/share/zsh/site-functions/_kmswizard"; else skip "zsh is not installed"; fi
if command -v fish >/dev/null; then expect "fish --no-execute kmswizard.fish" fish --no-execute "$root/share/fish/vendor_completions.d/kmswizard.fish"; else skip "fish is not installed"; fi

# make uninstall removes every installed file and our folder, and nothing else.
touch "$dest$prefix/bin/other-tool"
if make --no-print-directory uninstall DESTDIR="$dest" PREFIX="$prefix" > "$dest.log" 2>&1; then
  left=$(cd "$dest" && find . -type f | sed 's/^\.//')
  if [ "$left" = "$prefix/bin/other-tool" ] && [ ! -e "$root/share/kmswizard" ]; then
    pass "make uninstall removed exactly the installed files (another tool's file stays)"
  else
    fail "after make uninstall: files left [$left]"
  fi
else
  fail "make uninstall: $(cat "$dest.log")"
fi
