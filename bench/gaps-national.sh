#!/usr/bin/env bash
# Gap analysis at national scale (issue 4): the national synthetic dataset (~350,000 people), a full recompute
# of every person's gaps through the API, then single-person recomputes. Server-side times are what the API
# returns (the recompute itself, without HTTP). Usage: bench/gaps-national.sh [single-person samples]
set -euo pipefail
cd "$(dirname "$0")/.."
samples=${1:-50}
jar=$(ls target/boiduong-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -q -DskipTests package; jar=$(ls target/boiduong-*.jar | grep -v original | head -1); fi
dir=$(mktemp -d)
port=18084
auth="admin.bonoivu:BoiDuong@2026"
java -jar "$jar" --generate=VN --seed=42 --boiduong.demo.enabled=false --boiduong.embedded-db.dir="$dir/pg" 2>&1 | grep -E "Generated" | sed 's/^.*: //'
java -jar "$jar" --server.port=$port --boiduong.embedded-db.dir="$dir/pg" > "$dir/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
until curl -sf -o /dev/null "http://localhost:$port/login"; do sleep 0.3; done
for run in 1 2 3; do
  echo "full national recompute $run: $(curl -s -u "$auth" -X POST "http://localhost:$port/api/gaps/recompute")"
done
pgport=$(grep -o "Embedded PostgreSQL on port [0-9]*" "$dir/app.log" | grep -o "[0-9]*$")
ids=$(psql -qtA -h localhost -p "$pgport" -U postgres boiduong -c "select id from person order by random() limit $samples")
echo "sample answer: $(curl -s -u "$auth" -X POST "http://localhost:$port/api/people/$(echo "$ids" | head -1)/gaps/recompute")"
: > "$dir/single.txt"
for id in $ids; do
  r=$(curl -s -u "$auth" -X POST "http://localhost:$port/api/people/$id/gaps/recompute")
  echo "$r" | sed -n 's/.*"millis":\([0-9]*\).*/\1/p' >> "$dir/single.txt"
done
sort -n "$dir/single.txt" | awk '{a[NR]=$1} END {printf "single-person recompute over %d people: median %d ms, p95 %d ms, max %d ms\n", NR, a[int((NR+1)/2)], a[int(NR*0.95)], a[NR]}'
