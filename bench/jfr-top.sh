#!/usr/bin/env bash
# Reads the CPU samples of a JFR recording and prints where the time goes:
#   self  — the method on top of the stack (where the CPU actually is);
#   total — every method on the stack, counted once per sample (what a call costs, callees included).
# Usage: bench/jfr-top.sh RECORDING.jfr [N=25] [THREAD-REGEX=.]
# Why not JMC: this runs headless in CI and its output pastes into an issue.
set -euo pipefail
jfr_file=$1; n=${2:-25}; thread=${3:-.}
jfr print --events jdk.ExecutionSample --stack-depth 200 "$jfr_file" | awk -v n="$n" -v thr="$thread" '
  /sampledThread = / { keep = ($0 ~ thr) }
  /stackTrace = \[/ { inside = 1; depth = 0; delete seen; next }
  inside && /^[[:space:]]*\]/ { inside = 0; if (keep) samples++; next }
  inside && keep {
    line = $0; sub(/^[[:space:]]+/, "", line); sub(/[[:space:]]+line:.*$/, "", line)
    sub(/\(.*$/, "", line)                          # method name without its parameter list
    if (line == "" || line == "...") next
    if (depth++ == 0) self[line]++
    if (!(line in seen)) { seen[line] = 1; total[line]++ }
  }
  END {
    printf "%d samples\n\n-- self (top of stack) --\n", samples
    for (m in self) printf "%6.1f%%  %s\n", 100 * self[m] / samples, m | "sort -rn | head -" n
    close("sort -rn | head -" n)
    printf "\n-- total (on the stack) --\n"
    for (m in total) printf "%6.1f%%  %s\n", 100 * total[m] / samples, m | "sort -rn | head -" n
    close("sort -rn | head -" n)
  }'
