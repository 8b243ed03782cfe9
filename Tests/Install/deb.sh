#!/usr/bin/env bash
# `make deb`, then the package in a clean Debian root made here by debootstrap (minbase, from the
# mirror this machine's apt uses): apt installs it with only its declared Depends, and kmswizard
# runs there via chroot. The root is cached as a tarball under .build-install/ so that one run
# debootstraps at most once; each test unpacks a fresh copy.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
cd "$TOP"
suite=${KMSWIZARD_DEB_SUITE:-bookworm}
cache=.build-install/root-$suite-minbase.tar.gz
log=$(mktemp)
root=""
cleanup() {
  if [ -n "$root" ]; then
    umount "$root/proc" 2>/dev/null
    rm -rf --one-file-system "$root"
  fi
  rm -f "$log"
}
trap cleanup EXIT

# 1. The package.
if make --no-print-directory deb > "$log" 2>&1; then
  deb=$(sed -n 's/^built //p' "$log" | tail -n 1)
  pass "make deb: $deb ($(du -h "$deb" | cut -f1))"
else
  fail "make deb: $(tail -n 30 "$log")"
  exit 1
fi
depends=$(dpkg-deb -f "$deb" Depends)
echo "    Depends: $depends"
foreign=$(tr ',' '\n' <<<"$depends" | sed 's/(.*)//; s/ //g' | grep -vxE 'libc6|libncursesw6|libtinfo6|libssl3' || true)
if [ -z "$foreign" ] && grep -q libssl3 <<<"$depends" && grep -q libncursesw6 <<<"$depends"; then
  pass "Depends names only Debian's C libraries (the C++ runtime is linked in)"
else
  fail "Depends holds packages outside the expected Debian libraries: [$foreign] in [$depends]"
fi
contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
missing=""
for path in ./usr/bin/kmswizard ./usr/share/kmswizard/strings.zh-TW.json ./usr/share/man/man1/kmswizard.1.gz ./usr/share/man/zh_TW/man1/kmswizard.1.gz \
            ./usr/share/bash-completion/completions/kmswizard ./usr/share/zsh/vendor-completions/_kmswizard \
            ./usr/share/fish/vendor_completions.d/kmswizard.fish ./usr/share/doc/kmswizard/copyright \
            $(for f in Resources/*.json; do echo "./usr/share/kmswizard/$(basename "$f")"; done); do
  grep -qxF "$path" <<<"$contents" || missing+=" $path"
done
if [ -z "$missing" ]; then pass "the package holds the binary, resources, man page, completions"; else fail "the package lacks:$missing"; fi

# 2. A clean Debian root, debootstrapped once per cache.
if [ "$(id -u)" -ne 0 ]; then
  skip "the clean-root install: debootstrap and chroot need root, and this runs as $(id -un)"
  exit 0
fi
if [ ! -s "$cache" ]; then
  mirror=$(awk -v suite="$suite" 'BEGIN { RS = "" } $0 ~ ("Suites:[^\n]*[ \t]" suite "([ \t\n]|$)") {
             for (i = 1; i <= NF; i++) if ($i == "URIs:") { print $(i + 1); exit } }' /etc/apt/sources.list.d/*.sources 2>/dev/null)
  [ -n "$mirror" ] || mirror=$(awk -v suite="$suite" '$1 == "deb" && $3 == suite { print $2; exit }' /etc/apt/sources.list 2>/dev/null)
  mirror=${mirror:-http://deb.debian.org/debian}
  build=.build-install/debootstrap.tmp
  rm -rf --one-file-system "$build"
  start=$(date +%s)
  if debootstrap --variant=minbase "$suite" "$build" "$mirror" > "$log" 2>&1; then
    tar -C "$build" -czf "$cache.tmp" . && mv "$cache.tmp" "$cache"
    rm -rf --one-file-system "$build"
    pass "debootstrap --variant=minbase $suite from $mirror in $(( $(date +%s) - start )) s (cached as $cache)"
  else
    reason=$(grep -E '^E:|^W:' "$log" | head -n 5)
    rm -rf --one-file-system "$build"
    if grep -qE "Failed getting release file|Couldn't download|Temporary failure resolving|Could not resolve" "$log"; then
      skip "the clean-root install: the Debian mirror $mirror cannot be reached from this machine: $reason"
      exit 0
    fi
    fail "debootstrap --variant=minbase $suite $mirror: $reason $(tail -n 5 "$log")"
    exit 1
  fi
fi
root=$(mktemp -d "$TOP/.build-install/root.XXXXXX")
tar -C "$root" -xzf "$cache"
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/kmswizard.deb"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TERM=dumb "$@"; }

if [ -e "$root$TOP" ]; then fail "the clean root holds this source tree ($TOP)"; fi
start=$(date +%s)
if in_root apt-get update -qq > "$log" 2>&1 &&
   in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/kmswizard.deb >> "$log" 2>&1; then
  pass "apt-get install ./kmswizard.deb in the clean root ($(( $(date +%s) - start )) s; pulled in: $(grep -oE 'Setting up [^ ]+' "$log" | cut -d' ' -f3 | tr '\n' ' '))"
else
  fail "installing the package in the clean root: $(tail -n 20 "$log")"
  exit 1
fi

version=$(in_root kmswizard --version 2>&1)
if [[ "$version" =~ ^kmswizard\ [0-9.]+\ \(commit\ [0-9a-f]{7,}(-dirty)?\)$ ]]; then pass "in the clean root: $version"; else fail "kmswizard --version in the clean root: '$version'"; fi
RUNNER=in_root
run_subcommand "kmswizard explain 0xC004F074 in the clean root" /usr/bin/kmswizard explain 0xC004F074
run_subcommand "kmswizard products in the clean root" /usr/bin/kmswizard products
run_subcommand "kmswizard config --json in the clean root" /usr/bin/kmswizard config --json
RUNNER=
if in_root dpkg -r kmswizard > "$log" 2>&1 && [ ! -e "$root/usr/bin/kmswizard" ] && [ ! -e "$root/usr/share/kmswizard" ]; then
  pass "dpkg -r kmswizard removes it again"
else
  fail "dpkg -r kmswizard: $(cat "$log")"
fi
