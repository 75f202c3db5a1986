#!/usr/bin/env bash
# Dashboards at national scale (issue 7): generates the national data set with training records, starts the server,
# times the full rebuild of the facts through the API, signs in ONCE through the form login (Basic auth would cost a
# BCrypt check per request) and runs wrk (20 connections, 2 threads, 30 s) against the national page and a commune page,
# printing p50/p95/p99. Usage: bench/dashboard-national.sh            (national: --generate=VN --with-training)
#                              DATASET=demo bench/dashboard-national.sh (the demo province only, as a quick check)
#                              BENCH_DATA_DIR=/work/bench-data/national bench/dashboard-national.sh
#                                (reuse a generated national database in place: only the migrations and facts are added)
set -euo pipefail
cd "$(dirname "$0")/.."
dataset=${DATASET:-national}
duration=${DURATION:-30s}
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }
jar=$(ls target/boiduong-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -q -B -DskipTests package; jar=$(ls target/boiduong-*.jar | grep -v original | head -1); fi
dir=$(mktemp -d)
pgdir="$dir/pg"
port=${PORT:-18087}
base="http://localhost:$port"
if [ -n "${BENCH_DATA_DIR:-}" ]; then
  pgdir="$BENCH_DATA_DIR/pg"
  demo=false
elif [ "$dataset" = national ]; then
  java -jar "$jar" --generate=VN --seed=42 --with-training --boiduong.demo.enabled=false --boiduong.embedded-db.dir="$pgdir" 2>&1 \
    | grep -E "Generated|training" | sed 's/^.*: //' || true
  demo=false
else
  demo=true
fi
java -Xmx2g -jar "$jar" --server.port=$port --management.server.port=$((port + 1)) --boiduong.mfa.enforce=false --boiduong.demo.enabled=$demo --boiduong.embedded-db.dir="$pgdir" > "$dir/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
until curl -sf -o /dev/null "$base/login"; do kill -0 $pid 2>/dev/null || { cat "$dir/app.log"; exit 1; }; sleep 0.5; done

login() { # $1 user → cookie jar file
  local jar="$dir/$1.cookies"
  local token
  token=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=BoiDuong@2026" \
    --data-urlencode "_csrf=$token" "$base/login"
  echo "$(awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$jar")"
}

pgport=$(grep -o "Embedded PostgreSQL on port [0-9]*" "$dir/app.log" | grep -o "[0-9]*$")
sql() { psql -qtA -h localhost -p "$pgport" -U postgres boiduong -c "$1"; }
if [ "$(sql "select count(*) from app_user where username = 'admin.bonoivu'")" = 0 ]; then
  # a generated data set has no accounts: add the ministry's administrator (password hashed with the app's BCrypt)
  unzip -p "$jar" 'BOOT-INF/lib/spring-security-crypto-*.jar' > "$dir/crypto.jar"
  printf '%s\n' 'class Hash { public static void main(String[] a) {' \
    '  System.out.print(org.springframework.security.crypto.bcrypt.BCrypt.hashpw(a[0], org.springframework.security.crypto.bcrypt.BCrypt.gensalt(10))); } }' \
    > "$dir/Hash.java"
  hash=$(java -cp "$dir/crypto.jar" "$dir/Hash.java" 'BoiDuong@2026')
  sql "insert into app_user (username, password_hash, full_name, role, org_unit_id)
       select 'admin.bonoivu', '$hash', 'Quản trị Bộ Nội vụ (bench)', 'MINISTRY_ADMIN', id from org_unit where path = '/VN/'"
fi
admin=$(login admin.bonoivu)
token=$(curl -s -b "$admin" "$base/targets/admin" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
for run in $(seq 1 "${REBUILDS:-2}"); do
  echo "full rebuild $run: $(curl -s -b "$admin" -H "X-CSRF-TOKEN: $token" -X POST "$base/api/targets/facts/rebuild")"
  [ -n "$(curl -s -b "$admin" "$base/api/targets" | grep -o '"code"' | head -1)" ] || { echo "not signed in"; exit 1; }
done
echo "units: $(sql "select count(*) from org_unit"), people: $(sql "select count(*) from person"), enrollments: $(sql "select count(*) from enrollment"), effect evaluations: $(sql "select count(*) from effect_evaluation")"
echo "target_fact: $(sql "select count(*) from target_fact"), target_rollup: $(sql "select count(*) from target_rollup"), training_fact: $(sql "select count(*) from training_fact"), training_rollup: $(sql "select count(*) from training_rollup"), effect_fact/rollup: $(sql "select count(*) from effect_fact")/$(sql "select count(*) from effect_rollup")"
commune=$(sql "select id from org_unit where code = '11446'")
nation=$(sql "select id from org_unit where path = '/VN/'")

cat > "$dir/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("  requests %d, errors %d; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
cat > "$dir/users.lua" <<'LUA'
-- 20 people reading dashboards: each connection waits 1–3 s (uniform) before its next request
math.randomseed(42)
delay = function() return math.random(1000, 3000) end
done = function(summary, latency, requests)
  io.write(string.format("  requests %d, errors %d; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
bench() { # $1 label, $2 cookie, $3 path — closed loop (no pause: the worst case), then 20 users who read 1–3 s
  curl -s -o /dev/null -w "  warm-up $1: HTTP %{http_code} in %{time_total}s\n" -b "$2" "$base$3"
  echo "$1 ($3):"
  echo "  closed loop, 20 connections:"
  wrk -t2 -c20 -d"$duration" --timeout 10s --latency -H "Cookie: $2" -s "$dir/p95.lua" "$base$3" | grep -E "requests|Non-2xx" || true
  echo "  20 users, 1–3 s between requests:"
  wrk -t2 -c20 -d"$duration" --timeout 10s -H "Cookie: $2" -s "$dir/users.lua" "$base$3" | grep -E "requests|Non-2xx" || true
}
bench "national page as the ministry" "$admin" "/targets?unit=$nation"
bench "commune page as the ministry" "$admin" "/targets?unit=$commune"
bench "national dashboard API as the ministry" "$admin" "/api/dashboard?unit=$nation"
if [ "$dataset" != national ]; then
  officer=$(login vhxh.phulien)
  bench "commune page as the commune officer" "$officer" "/targets"
fi
