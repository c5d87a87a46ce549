#!/usr/bin/env bash
# Server time of the measurement dashboard for the demo, read from the Server-Timing header,
# against a reference in the same session: the same app serving its stylesheet (static file,
# no database). Starts the web app on 127.0.0.1 with a fresh SQLite demo database, warms it up,
# sends a bounded number of sequential requests, prints median and p95 of both and their ratio.
# The dashboard needs a signed-in user: operator.1871 signs in through the form first (the demo
# accounts get the password SAKIP_DEMO_PASSWORD below); a response other than 200 fails the run.
# Usage: bench/load/dashboard.sh [requests]   (default 300)
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-300}
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
WORK=$(mktemp -d)
dotnet build src/Sakip.Web -c Release -nologo -v:q >/dev/null
export SAKIP_DEMO_PASSWORD=SandiBenchDasbor2024
ASPNETCORE_ENVIRONMENT=Production Sakip__TugasLatar=false Database__Provider=sqlite ConnectionStrings__Sakip="Data Source=$WORK/bench.db" \
    Sakip__AutoMigrate=true Sakip__DemoData=true Logging__LogLevel__Default=Warning \
    dotnet run --project src/Sakip.Web -c Release --no-build --no-launch-profile --urls "http://127.0.0.1:$PORT" >"$WORK/web.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 60); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/css/site.css" && break; sleep 0.5; done

JAR="$WORK/sesi.jar"
TOKEN=$(curl -fs -c "$JAR" "http://127.0.0.1:$PORT/Masuk" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -fs -b "$JAR" -c "$JAR" -o /dev/null -X POST "http://127.0.0.1:$PORT/Masuk" \
    --data-urlencode "__RequestVerificationToken=$TOKEN" --data-urlencode "Input.NamaPengguna=operator.1871" --data-urlencode "Input.KataSandi=$SAKIP_DEMO_PASSWORD"

measure() { # url -> one server duration (ms) per line; anything but 200 fails the run
    for _ in $(seq 1 "$N"); do
        curl -fs -b "$JAR" -D - -o /dev/null "$1" | tr -d '\r' | awk '/^HTTP/ { if ($2 != 200) { print "status " $2 > "/dev/stderr"; exit 1 } } /^Server-Timing: app;dur=/ { sub(/^Server-Timing: app;dur=/, ""); print }'
    done
}
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "%.1f %.1f\n", v[int((NR + 1) / 2)], v[int(NR * 0.95)] }'; }

DASH="http://127.0.0.1:$PORT/Capaian?satker=1871&tahun=2024"
REF="http://127.0.0.1:$PORT/css/site.css"
measure "$DASH" >/dev/null   # warm-up: JIT, EF model, first queries
measure "$REF" >/dev/null
read -r dmed dp95 < <(measure "$DASH" | stats)
read -r rmed rp95 < <(measure "$REF" | stats)
echo "requests per URL: $N (sequential, after $N warm-up requests each)"
echo "dashboard 1871/2024 server time: median ${dmed} ms, p95 ${dp95} ms"
echo "reference static file server time: median ${rmed} ms, p95 ${rp95} ms"
awk -v d="$dmed" -v r="$rmed" 'BEGIN { if (r > 0) printf "ratio dashboard / reference (median): %.1f\n", d / r }'
