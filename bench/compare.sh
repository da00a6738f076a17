#!/usr/bin/env bash
# Compares the working tree's rendering speed with a revision's, in one JVM, in turns
# (vn.vanban.bench.Interleaved): the way to tell a 2% change from the noise of a shared machine.
#
#   bash bench/compare.sh HEAD~1              # PDF, 150 warm-up pairs, 300 timed pairs
#   bash bench/compare.sh main docx 300 1000
#
# JVM_FLAGS (default -XX:TieredStopAtLevel=1, as bin/vanban runs) are passed to the JVM.
# B is the working tree, A the revision: a ratio B/A under 1 means the working tree is faster.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rev=${1:?usage: bench/compare.sh REVISION [pdf|docx] [warm-up pairs] [pairs]}
format=${2:-pdf}
warmup=${3:-150}
pairs=${4:-300}
JVM_FLAGS=${JVM_FLAGS:--XX:TieredStopAtLevel=1}

tree=$(mktemp -d "${TMPDIR:-/tmp}/vanban-compare.XXXXXX")
trap 'git worktree remove --force "$tree" >/dev/null 2>&1 || rm -rf "$tree"' EXIT
git worktree add --detach "$tree" "$rev" >/dev/null
echo "building $rev and the working tree" >&2
# -Pbench: the bench module is in the build only under its profile (a revision from before the
# profile builds it anyway, with a warning about the unknown profile).
(cd "$tree" && mvn -B -q -o package -DskipTests -Pbench -pl bench -am ${MVN_ARGS:-}) >&2 \
  || (cd "$tree" && mvn -B -q package -DskipTests -Pbench -pl bench -am ${MVN_ARGS:-}) >&2
mvn -B -q package -DskipTests -Pbench -pl bench -am ${MVN_ARGS:-} >&2
cp "$tree/bench/target/benchmarks.jar" "$tree/a.jar"
# shellcheck disable=SC2086
java $JVM_FLAGS -Djava.awt.headless=true -cp bench/target/benchmarks.jar vn.vanban.bench.Interleaved \
  "$tree/a.jar" bench/target/benchmarks.jar "$format" "$warmup" "$pairs"
