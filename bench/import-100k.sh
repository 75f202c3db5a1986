#!/usr/bin/env bash
# Import benchmark (issue 3): a 100,000-row roster validated and committed end to end over HTTP, with the
# server limited to a 512 MB heap; compared with a plain PostgreSQL COPY of the same rows.
# Usage: bench/import-100k.sh [rows]     (needs curl, psql, jstat)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
jar=$(ls target/boiduong-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -q -DskipTests package; jar=$(ls target/boiduong-*.jar | grep -v original | head -1); fi
dir=$(mktemp -d)
port=18082
auth="admin.bonoivu:BoiDuong@2026"
now() { date +%s.%N; }

java -jar "$jar" --generate-roster="$dir/roster.xlsx" --rows="$rows" --boiduong.embedded-db.dir="$dir/pg" 2>&1 | grep -E "Roster of" | sed 's/^.*: //'
ls -l "$dir/roster.xlsx" | awk '{print "roster file: " $5 " bytes"}'

java -Xmx512m -jar "$jar" --server.port=$port --boiduong.embedded-db.dir="$dir/pg" > "$dir/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
until curl -sf -o /dev/null "http://localhost:$port/login"; do sleep 0.2; done

# heap in use (eden + survivors + old, KB) sampled every 0.2 s while the import runs
( while kill -0 "$pid" 2>/dev/null; do jstat -gc "$pid" 2>/dev/null | awk 'NR==2 {printf "%d\n", $3+$4+$6+$8}'; sleep 0.2; done ) > "$dir/heap.txt" &
sampler=$!
wait_for() { # job id, status to leave
  local id=$1 from=$2 s
  while true; do
    s=$(curl -s -u "$auth" "http://localhost:$port/api/people/import/$id" | sed 's/.*"status":"\([A-Z]*\)".*/\1/')
    [ "$s" != "$from" ] && { echo "$s"; return; }
    sleep 0.25
  done
}

t0=$(now)
id=$(curl -s -u "$auth" -F "file=@$dir/roster.xlsx" "http://localhost:$port/api/people/import" | sed 's/[^0-9]//g')
status=$(wait_for "$id" VALIDATING)
t1=$(now)
echo "validated: $status in $(echo "$t1 - $t0" | bc) s"
curl -s -u "$auth" -X POST "http://localhost:$port/api/people/import/$id/commit" > /dev/null
status=$(wait_for "$id" COMMITTING)
t2=$(now)
total=$(echo "$t2 - $t0" | bc)
kill $sampler 2>/dev/null || true
peak=$(sort -n "$dir/heap.txt" | tail -1)
echo "committed: $status in $(echo "$t2 - $t1" | bc) s"
echo "end to end: $total s for $rows rows = $(echo "$rows / $total" | bc) rows/s; peak heap in use ≈ $((peak / 1024)) MB (limit 512 MB)"
curl -s -u "$auth" "http://localhost:$port/api/people/import/$id" | sed 's/"problems".*"error"/"error"/' ; echo

pgport=$(grep -o "Embedded PostgreSQL on port [0-9]*" "$dir/app.log" | grep -o "[0-9]*$")
cols=$(cat "$dir/roster.columns")
psql -q -h localhost -p "$pgport" -U postgres boiduong -c "create table bench_copy (like person including defaults)"
c0=$(now)
psql -q -h localhost -p "$pgport" -U postgres boiduong -c "\\copy bench_copy ($cols) from '$dir/roster.csv' with (format csv)"
c1=$(now)
copy=$(echo "$c1 - $c0" | bc)
grep -E "Roster (checked|written)" "$dir/app.log" | sed "s/^.*: //"
echo "plain COPY of the same rows: $copy s = $(echo "$rows / $copy" | bc) rows/s; import/COPY time ratio = $(echo "scale=1; $total / $copy" | bc)"
