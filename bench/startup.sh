#!/usr/bin/env bash
# Start-up time of the default run (java -jar, embedded PostgreSQL): first start on an empty data
# directory (initdb, migrations, demo province) and warm restarts. Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=$(ls target/boiduong-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -q -DskipTests package; jar=$(ls target/boiduong-*.jar | grep -v original | head -1); fi
dir=$(mktemp -d)
port=18080

measure() { # prints seconds until the login page answers
  local start end
  start=$(date +%s.%N)
  java -jar "$jar" --server.port=$port --boiduong.embedded-db.dir="$dir/pg" > "$dir/app.log" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/login"; do sleep 0.1; done
  end=$(date +%s.%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$end - $start" | bc
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "first start (empty data dir): $(measure) s"
for i in $(seq 1 "$runs"); do echo "warm restart $i: $(measure) s"; done
grep -E "Demo province|Started BoiDuong" "$dir/app.log" | sed 's/^.*: //' || true
rm -rf "$dir"
