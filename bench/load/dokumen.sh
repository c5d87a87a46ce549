#!/usr/bin/env bash
# Issue 10: documents from the data, over the synthetic nation on PostgreSQL.
#   1. a throwaway PostgreSQL cluster on 127.0.0.1; `sakip db migrate`, `sakip demo load`,
#      `sakip demo nasional` (553 satker, each with a signed PK of 20 monthly indicators);
#   2. the web app (Release, Production); operator.1101 signs in; N sequential requests each (after
#      N warm-up requests) for its LKjIP 2024 as Word and as PDF, and, as the reference in the same
#      run, its dashboard (/Capaian: the same measurement, laid out as a page); server time from the
#      app's Server-Timing header;
#   3. the batch: `sakip dokumen lkjip --semua --tahun 2024 --format docx`, every satker in
#      parallel, with its wall time and peak memory (GNU time).
# Usage: bench/load/dokumen.sh [requests=20]. Results are recorded in docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-20}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PGROOT=$(mktemp -d /tmp/sakip-dokumen.XXXXXX)
PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$PGROOT"
APP=
cleanup() {
    [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null
    as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -m fast -w stop >/dev/null 2>&1
    rm -rf "$PGROOT"
}
trap cleanup EXIT
as_pg "$PGBIN/initdb" -D "$PGROOT/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGROOT -c max_connections=100" start >/dev/null
dotnet build src/Sakip.Web -c Release -nologo -v:q >/dev/null
dotnet build src/Sakip.Cli -c Release -nologo -v:q >/dev/null

export Database__Provider=postgres ConnectionStrings__Sakip="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=sakip_dokumen"
export SAKIP_DEMO_PASSWORD=SandiBenchDokumen2024
CLI=src/Sakip.Cli/bin/Release/net10.0/sakip.dll
dotnet "$CLI" db migrate >/dev/null
dotnet "$CLI" demo load >/dev/null
echo "== $(dotnet "$CLI" demo nasional)"

ASPNETCORE_ENVIRONMENT=Production Sakip__TugasLatar=false Logging__LogLevel__Default=Warning \
    dotnet src/Sakip.Web/bin/Release/net10.0/Sakip.Web.dll --contentRoot "$PWD/src/Sakip.Web" --urls "http://127.0.0.1:$PORT" >"$PGROOT/web.log" 2>&1 &
APP=$!
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/css/site.css" && break; sleep 0.5; done

JAR="$PGROOT/sesi.jar"
TOKEN=$(curl -fs -c "$JAR" "http://127.0.0.1:$PORT/Masuk" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -fs -b "$JAR" -c "$JAR" -o /dev/null -X POST "http://127.0.0.1:$PORT/Masuk" \
    --data-urlencode "__RequestVerificationToken=$TOKEN" --data-urlencode "Input.NamaPengguna=operator.1101" --data-urlencode "Input.KataSandi=$SAKIP_DEMO_PASSWORD"
measure() { # url -> one server duration (ms) per line; anything but 200 fails the run
    for _ in $(seq 1 "$N"); do
        curl -fs -b "$JAR" -D - -o /dev/null "$1" | tr -d '\r' | awk '/^HTTP/ { if ($2 != 200) { print "status " $2 > "/dev/stderr"; exit 1 } } /^Server-Timing: app;dur=/ { sub(/^Server-Timing: app;dur=/, ""); print }'
    done
}
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "%.1f %.1f\n", v[int((NR + 1) / 2)], v[int(NR * 0.95)] }'; }
BASIS="http://127.0.0.1:$PORT/Capaian?satker=1101&tahun=2024"
for u in "$BASIS" "$BASIS&handler=Lkjip&format=docx" "$BASIS&handler=Lkjip&format=pdf"; do measure "$u" >/dev/null; done
read -r rmed rp95 < <(measure "$BASIS" | stats)
read -r dmed dp95 < <(measure "$BASIS&handler=Lkjip&format=docx" | stats)
read -r pmed pp95 < <(measure "$BASIS&handler=Lkjip&format=pdf" | stats)
kill "$APP"; wait "$APP" 2>/dev/null || true; APP=

echo "requests per URL: $N sequential after $N warm-up"
echo "LKjIP 2024 of 1101 as Word:  median ${dmed} ms, p95 ${dp95} ms"
echo "LKjIP 2024 of 1101 as PDF:   median ${pmed} ms, p95 ${pp95} ms"
echo "reference, its dashboard:    median ${rmed} ms, p95 ${rp95} ms"
awk -v d="$dmed" -v r="$rmed" 'BEGIN { if (r > 0) printf "ratio Word / dashboard (median): %.1f\n", d / r }'
/usr/bin/time -f "batch wall %e s, peak memory %M KB" dotnet "$CLI" dokumen lkjip --semua --tahun 2024 --format docx -o "$PGROOT/lkjip" | tail -n 1
echo "files written: $(ls "$PGROOT/lkjip" | wc -l), total $(du -sh "$PGROOT/lkjip" | cut -f1)"
