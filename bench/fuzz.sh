#!/usr/bin/env bash
# Fuzzing (issue 13): sends COUNT (default 5,000) hostile requests generated from the OpenAPI document to a RUNNING
# server on the loopback (start it first with ./mvnw spring-boot:run), as the province officer, with a fixed seed,
# and prints the count by status, then every request that answered 5xx or not at all. The generator is the build's
# own (src/test/java/vn/boiduong/shell/ApiFuzz.java, used by ApiFuzzTest with 400 requests).
# Usage: bench/fuzz.sh [COUNT] [SEED]          BASE=http://127.0.0.1:8080 by default (loopback only)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-5000}
seed=${2:-2026}
base=${BASE:-http://127.0.0.1:8080}
case "$base" in
  http://127.0.0.1:*|http://localhost:*) ;;
  *) echo "loopback only: $base"; exit 1 ;;
esac
[ "$count" -ge 1 ] && [ "$count" -le 100000 ] || { echo "COUNT must be 1..100000"; exit 1; }
curl -sf -o /dev/null "$base/login" || { echo "no server at $base: start it with ./mvnw spring-boot:run"; exit 1; }
./mvnw -q -B test-compile
cp=$(mktemp)
trap 'rm -f "$cp"' EXIT
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat "$cp")" vn.boiduong.shell.ApiFuzz "$base" "$count" "$seed"
