#!/usr/bin/env bash
# Generates the national synthetic dataset (every commune of the 34 provinces, ~350,000 people) into a
# fresh embedded PostgreSQL and reports the time. Usage: bench/generate-national.sh [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
seed=${1:-42}
jar=$(ls target/boiduong-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -q -DskipTests package; jar=$(ls target/boiduong-*.jar | grep -v original | head -1); fi
dir=${BENCH_DATA_DIR:-$(mktemp -d)}
start=$(date +%s.%N)
java -Xmx1g -jar "$jar" --generate=VN --seed="$seed" --boiduong.demo.enabled=false \
  --boiduong.embedded-db.dir="$dir/pg" 2>&1 | grep -E "Generated|ERROR" | sed 's/^.*: //'
end=$(date +%s.%N)
echo "wall time including start-up: $(echo "$end - $start" | bc) s (data in $dir/pg)"
