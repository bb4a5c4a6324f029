#!/usr/bin/env bash
# Server benchmarks, side by side with nginx in one run, same wrk load:
#  1. GET /v1/jobs/{id} vs nginx serving a static JSON file of the same size
#     (target: kiln ≥ 50 % of nginx's requests/s);
#  2. job creation, durably acknowledged (target ≥ 2 000 jobs/s);
#  3. a draft text → 3D job end to end: POST with Prefer: wait, then the GLB
#     downloaded (target p50 ≤ 150 ms).
# Installs wrk and nginx if missing. Usage: bench/server_bench.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-10}
CONNS=${2:-64}
KILN=./build/kiln
[ -x "$KILN" ] || { echo "build first: scripts/setup.sh"; exit 1; }
for tool in wrk nginx bc; do
  command -v $tool >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk nginx-light bc; }
done
WORK=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

start_kiln() {  # $1 = data dir, rest = extra args; sets URL
  local dir=$1; shift
  mkfifo "$WORK/fifo.$$.$RANDOM" 2>/dev/null || true
  "$KILN" serve --listen 127.0.0.1:0 --data "$dir" --rate-limit 0 "$@" > "$dir.out" 2> "$dir.log" &
  PIDS+=($!)
  for _ in $(seq 100); do grep -q "listening on" "$dir.out" 2>/dev/null && break; sleep 0.05; done
  URL=$(grep -o 'http://[0-9.:]*' "$dir.out" | head -1)
}
rps() { grep "Requests/sec" | awk '{print $2}'; }

echo "== 1. GET /v1/jobs/{id} vs nginx static JSON (wrk -t2 -c$CONNS -d${DURATION}s)"
start_kiln "$WORK/a" --workers 1
KURL=$URL
JOB=$(curl -s -H 'Prefer: wait=30' -H 'Content-Type: application/json' \
  -d '{"tier":"draft","input":{"prompt":"a glazed ceramic teapot"}}' "$KURL/v1/jobs")
ID=$(echo "$JOB" | sed 's/.*"id":"\(job_[^"]*\)".*/\1/')
curl -s "$KURL/v1/jobs/$ID" > "$WORK/status.json"
SIZE=$(stat -c %s "$WORK/status.json")
mkdir -p "$WORK/www"
cp "$WORK/status.json" "$WORK/www/status.json"
NPORT=$(( 20000 + RANDOM % 20000 ))
cat > "$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx.err;
daemon off;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 1000000;
  client_body_temp_path $WORK; proxy_temp_path $WORK; fastcgi_temp_path $WORK; uwsgi_temp_path $WORK; scgi_temp_path $WORK;
  server { listen 127.0.0.1:$NPORT; location / { root $WORK/www; default_type application/json; } }
}
CONF
nginx -c "$WORK/nginx.conf" &
PIDS+=($!)
sleep 0.5
echo "status response: $SIZE bytes"
NGINX_RPS=$(wrk -t2 -c"$CONNS" -d"${DURATION}s" "http://127.0.0.1:$NPORT/status.json" | rps)
KILN_RPS=$(wrk -t2 -c"$CONNS" -d"${DURATION}s" "$KURL/v1/jobs/$ID" | rps)
echo "nginx: $NGINX_RPS req/s   kiln: $KILN_RPS req/s   ratio: $(echo "scale=2; $KILN_RPS / $NGINX_RPS" | bc)  (target ≥ 0.50)"

echo "== 2. job creation, acknowledged durably (API only, no workers; wrk -t2 -c$CONNS -d${DURATION}s)"
start_kiln "$WORK/b" --no-workers
CREATE_RPS=$(wrk -t2 -c"$CONNS" -d"${DURATION}s" -s bench/create_job.lua "$URL/v1/jobs" | rps)
QUEUED=$(curl -s "$URL/readyz" | sed 's/.*"queued":\([0-9]*\).*/\1/')
echo "created: $CREATE_RPS jobs/s; jobs in the store afterwards: $QUEUED  (target ≥ 2000/s)"

echo "== 3. draft job end to end (POST with Prefer: wait + GLB download)"
./build/bench/kiln_bench_e2e "$KURL" 30
