# Shared by the install tests: pass/fail/skip bookkeeping and small helpers. Sourced, not run.
# Each result is one line in $RESULTS (set by run-all), so that run-all can print the totals.
TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RESULTS=${RESULTS:-$(mktemp)}

pass() { echo "  PASS $*"; echo "pass $*" >> "$RESULTS"; }
fail() { echo "  FAIL $*"; echo "fail $*" >> "$RESULTS"; }
skip() { echo "  SKIP $*"; echo "skip $*" >> "$RESULTS"; }

# expect NAME COMMAND...: runs the command; pass when it exits 0, else fail with its output.
expect() {
  local name=$1; shift
  local output
  if output=$("$@" 2>&1); then pass "$name"; else fail "$name: $* -> $output"; fi
}

# placeholder BIN SUBCOMMAND: true while the subcommand is still the skeleton's placeholder
# (its issue has not landed on this branch): its help says "(not yet available)".
placeholder() { "$1" "$2" --help 2>/dev/null | grep -q "(not yet available)"; }

# run_subcommand NAME BIN SUBCOMMAND [ARGS...]: runs BIN SUBCOMMAND ARGS through $RUNNER (a
# command prefix such as a chroot; empty runs directly); passes on exit 0 with output, skips
# with the reason while the subcommand is a placeholder, fails otherwise.
run_subcommand() {
  local name=$1 bin=$2 subcommand=$3; shift 3
  if ${RUNNER:-} bash -c "$(declare -f placeholder); placeholder \"\$@\"" _ "$bin" "$subcommand"; then
    skip "$name: '$subcommand' is still the skeleton's placeholder on this branch"
    return
  fi
  local output rc=0
  output=$(${RUNNER:-} "$bin" "$subcommand" "$@" 2>&1) || rc=$?
  if [ "$rc" -eq 0 ] && [ -n "$output" ]; then
    pass "$name"
    printf '%s\n' "$output" | sed 's/^/    | /' | head -n 12
  else
    fail "$name: exit $rc: $output"
  fi
}
