#!/usr/bin/env bash
# Generates the national synthetic dataset (every commune of the 34 provinces, ~350,000 people) into a fresh embedded
# PostgreSQL and reports the time; with --with-training also the 2026 training and evaluation history (~1,000,000
# enrollments, ~3,000,000 records in all; issue 7). Usage: bench/generate-national.sh [seed] [--with-training]
# [--as-of=YYYY-MM-DD]. BENCH_DATA_DIR=DIR keeps the data in DIR/pg for other scripts (a second run on the same
# directory skips the communes already filled, so it can add the training history to an existing people set).
set -euo pipefail
cd "$(dirname "$0")/.."
seed=42
extra=()
for arg in "$@"; do
  case "$arg" in
    --with-training|--as-of=*) extra+=("$arg") ;;
    [0-9]*) seed=$arg ;;
    *) echo "unknown argument: $arg (usage: $0 [seed] [--with-training] [--as-of=YYYY-MM-DD])" >&2; exit 2 ;;
  esac
done
jar=$(ls target/boiduong-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -q -DskipTests package; jar=$(ls target/boiduong-*.jar | grep -v original | head -1); fi
dir=${BENCH_DATA_DIR:-$(mktemp -d)}
mkdir -p "$dir"
start=$(date +%s.%N)
java -Xmx1g -jar "$jar" --generate=VN --seed="$seed" "${extra[@]}" --boiduong.demo.enabled=false \
  --boiduong.embedded-db.dir="$dir/pg" 2>&1 | grep -E "Generated|Database size|ERROR" | sed 's/^.*: //'
end=$(date +%s.%N)
echo "wall time including start-up: $(echo "$end - $start" | bc) s (data in $dir/pg)"
