#!/usr/bin/env bash
# Fuzzes the readers and loaders with libFuzzer (the targets of the nested package Fuzzing/).
#
#   scripts/fuzz.sh list                        the targets, one a line
#   scripts/fuzz.sh TARGET SECONDS [FLAG…]      build TARGET if needed, fuzz it for SECONDS
#   scripts/fuzz.sh TARGET --replay FILE…       build if needed, run TARGET once on each FILE
#
# TARGET is a name from `list` (e.g. aiger-binary). The build is a release build with
# -sanitize=fuzzer,address and the library's internal checks (GRAPHCORE_INTERNAL_CHECKS and
# EDA_INTERNAL_CHECKS), in
# Fuzzing/.build. The run reads the committed seeds in Fuzzing/Corpus/TARGET, adds what it learns to
# Fuzzing/.work/TARGET/corpus (not committed), and stops after SECONDS or at the first crash,
# timeout (an input slower than 30 s) or out-of-memory (RSS above 2 GB, or one allocation
# above it); the input that caused it is saved as Fuzzing/.work/TARGET/{crash,leak,timeout,oom}-HASH
# (in --replay too).
# Extra libFuzzer flags go after SECONDS (e.g. -runs=1000000). Prints executions, seconds and
# crashes last.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
package="$root/Fuzzing"

targets() { find "$package/Sources" -mindepth 1 -maxdepth 1 -name 'fuzz-*' -printf '%f\n' | sed 's/^fuzz-//' | sort; }

usage() {
  echo "usage: scripts/fuzz.sh list | TARGET SECONDS [libFuzzer flags…] | TARGET --replay FILE…" >&2
  exit 64
}

[ $# -ge 1 ] || usage
if [ "$1" = list ]; then
  targets
  exit 0
fi
[ $# -ge 2 ] || usage
target=${1#fuzz-}
seconds=$2
shift 2
if ! targets | grep -qx -- "$target"; then
  echo "fuzz.sh: unknown target '$target'; the targets are: $(targets | tr '\n' ' ')" >&2
  exit 64
fi
if [ "$seconds" = --replay ]; then
  [ $# -ge 1 ] || usage
else
  [[ "$seconds" =~ ^[0-9]+$ ]] || { echo "fuzz.sh: SECONDS must be a whole number, not '$seconds'" >&2; exit 64; }
fi

echo "fuzz.sh: building fuzz-$target" >&2
swift build --package-path "$package" -c release --product "fuzz-$target" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DGRAPHCORE_INTERNAL_CHECKS -Xswiftc -DEDA_INTERNAL_CHECKS >&2
binary="$(swift build --package-path "$package" -c release --show-bin-path)/fuzz-$target"

# Crashes are reported by libFuzzer and AddressSanitizer (Swift's own backtracer would stall
# them); LeakSanitizer skips the leaks of the toolchain and system libraries listed there.
export SWIFT_BACKTRACE=enable=no LSAN_OPTIONS="suppressions=$package/lsan-suppressions.txt"
# libFuzzer saves the input of a crash, leak, timeout or out-of-memory in both modes, replay
# included, by default in the current directory: -artifact_prefix keeps it in the work directory.
work="$package/.work/$target"
mkdir -p "$work/corpus"
if [ "$seconds" = --replay ]; then
  exec "$binary" -rss_limit_mb=2048 -timeout=30 -artifact_prefix="$work/" "$@"
fi

log="$work/last-run.log"
before=$(find "$work" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
start=$(date +%s)
status=0
# Graphviz leaks a little in every layout (see Fuzzing/lsan-suppressions.txt), so after every
# input libFuzzer would scan the whole heap for leaks, only to find the suppressed ones: the
# DOT target checks for leaks once, at exit, instead.
per_target=()
[ "$target" = dot-text ] && per_target=(-detect_leaks=0)
"$binary" -rss_limit_mb=2048 -max_total_time="$seconds" -timeout=30 -print_final_stats=1 \
  -artifact_prefix="$work/" "${per_target[@]}" "$@" "$work/corpus" "$package/Corpus/$target" 2>&1 | tee "$log" >&2 || status=$?
elapsed=$(( $(date +%s) - start ))

executions=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
if [ -z "$executions" ]; then  # no final statistics after a crash: the last progress line
  executions=$(grep -o '^#[0-9]*' "$log" | tr -d '#' | tail -1 || true)
fi
after=$(find "$work" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
echo "fuzz-$target: ${executions:-0} executions in $elapsed s, $((after - before)) crashes (libFuzzer exit status $status)"
find "$work" -maxdepth 1 -newermt "@$start" \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) -printf '  %p\n'
exit "$status"
