#!/usr/bin/env bash
# Issue 9, item 8: the oversight page of KPU RI over a synthetic nation, and a satker's home, on
# PostgreSQL, against a plain SQL aggregate over the same rows in the same run.
#   1. a throwaway PostgreSQL cluster on 127.0.0.1; `sakip db migrate`, `sakip demo load`,
#      `sakip demo nasional` (553 satker x 20 monthly indicators x 12 months, 2 accounts each);
#   2. the web app (Release, Production) on it; pimpinan.00 and operator.1101 sign in;
#   3. N sequential requests each (after N warm-up requests) to /Pengawasan?satker=00&tahun=2024
#      and to / (the home of operator.1101), reading the app's Server-Timing header;
#   4. the same page when 10 satker changed since the previous request (their data versions raised
#      through psql before each request, as 10 saves would), and the first request after start
#      (every row measured from the data, with JIT);
#   5. the reference: psql runs, N times, one GROUP BY over the same realisasi rows (per satker:
#      periods recorded, submitted or verified, verified, mean verified value), the query a
#      hand-written report would run; its server time from \timing.
# Usage: bench/load/pengawasan.sh [requests=100]. Results are recorded in docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-100}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PGROOT=$(mktemp -d /tmp/sakip-pengawasan.XXXXXX)
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
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGROOT" start >/dev/null
dotnet build src/Sakip.Web -c Release -nologo -v:q >/dev/null
dotnet build src/Sakip.Cli -c Release -nologo -v:q >/dev/null

export Database__Provider=postgres ConnectionStrings__Sakip="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=sakip_nasional"
export SAKIP_DEMO_PASSWORD=SandiBenchNasional2024
CLI=src/Sakip.Cli/bin/Release/net10.0/sakip.dll
dotnet "$CLI" db migrate >/dev/null
dotnet "$CLI" demo load >/dev/null
echo "== $(dotnet "$CLI" demo nasional)"

ASPNETCORE_ENVIRONMENT=Production Sakip__TugasLatar=false Logging__LogLevel__Default=Warning \
    dotnet src/Sakip.Web/bin/Release/net10.0/Sakip.Web.dll --contentRoot "$PWD/src/Sakip.Web" --urls "http://127.0.0.1:$PORT" >"$PGROOT/web.log" 2>&1 &
APP=$!
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/css/site.css" && break; sleep 0.5; done

masuk() { # user -> cookie jar path
    local jar="$PGROOT/$1.jar" token
    token=$(curl -fs -c "$jar" "http://127.0.0.1:$PORT/Masuk" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)
    curl -fs -b "$jar" -c "$jar" -o /dev/null -X POST "http://127.0.0.1:$PORT/Masuk" \
        --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.NamaPengguna=$1" --data-urlencode "Input.KataSandi=$SAKIP_DEMO_PASSWORD"
    echo "$jar"
}
measure() { # jar url -> one server duration (ms) per line; fails on anything but 200
    for _ in $(seq 1 "$N"); do
        curl -fs -b "$1" -D - -o /dev/null -w '' "$2" | tr -d '\r' | awk '/^HTTP/ { if ($2 != 200) { print "status " $2 > "/dev/stderr"; exit 1 } } /^Server-Timing: app;dur=/ { sub(/^Server-Timing: app;dur=/, ""); print }'
    done
}
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "%.1f %.1f %d\n", v[int((NR + 1) / 2)], v[int(NR * 0.95)], NR }'; }

RI=$(masuk pimpinan.00)
PSQL() { as_pg "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d sakip_nasional -q "$@"; }
pertama=$(curl -fs -b "$RI" -D - -o /dev/null "http://127.0.0.1:$PORT/Pengawasan?satker=00&tahun=2024" | tr -d '\r' | sed -n 's/^Server-Timing: app;dur=//p')
OP=$(masuk operator.1101)
PENGAWASAN="http://127.0.0.1:$PORT/Pengawasan?satker=00&tahun=2024"
BERANDA="http://127.0.0.1:$PORT/?satker=1101&tahun=2024"
baris=$(curl -fs -b "$RI" "$PENGAWASAN" | sed -n '/id="tabel-satker"/,/<\/table>/p' | grep -c '<th scope="row"' || true)
echo "oversight of KPU RI lists $baris satker rows"
measure "$RI" "$PENGAWASAN" >/dev/null
measure "$OP" "$BERANDA" >/dev/null
read -r pmed pp95 pn < <(measure "$RI" "$PENGAWASAN" | stats)
read -r bmed bp95 bn < <(measure "$OP" "$BERANDA" | stats)
berubah() { # one request after raising the versions of 10 random satker, N times
    for _ in $(seq 1 "$N"); do
        PSQL -c "UPDATE \"VersiDatas\" SET \"Versi\" = \"Versi\" + 1 WHERE \"Kunci\" IN (SELECT 'satker:' || \"Id\" FROM \"Satkers\" ORDER BY random() LIMIT 10)" >/dev/null
        curl -fs -b "$RI" -D - -o /dev/null "$PENGAWASAN" | tr -d '\r' | sed -n 's/^Server-Timing: app;dur=//p'
    done
}
read -r cmed cp95 cn < <(berubah | stats)

SQL="SELECT p.\"SatkerId\", count(*) AS tercatat,
       count(*) FILTER (WHERE r.\"Status\" IN ('Diajukan','Diverifikasi')) AS masuk,
       count(*) FILTER (WHERE r.\"Status\" = 'Diverifikasi') AS terverifikasi,
       avg(r.\"Nilai\") FILTER (WHERE r.\"Status\" = 'Diverifikasi') AS rerata
  FROM \"RealisasiKinerjas\" r
  JOIN \"IndikatorKinerjas\" i ON i.\"Id\" = r.\"IndikatorKinerjaId\"
  JOIN \"SasaranPerjanjianKinerja\" s ON s.\"Id\" = i.\"SasaranPerjanjianKinerjaId\"
  JOIN \"PerjanjianKinerjas\" p ON p.\"Id\" = s.\"PerjanjianKinerjaId\"
 WHERE p.\"Tahun\" = 2024
 GROUP BY p.\"SatkerId\";"
read -r smed sp95 sn < <( { for _ in $(seq 1 $((N * 2))); do echo '\timing on'; echo "$SQL"; done; } \
    | PSQL -o /dev/null -f - 2>&1 \
    | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n "$N" | stats)

echo "requests per URL: $N sequential after $N warm-up; reference query: $N runs after $N warm-up"
echo "oversight KPU RI (/Pengawasan?satker=00): median ${pmed} ms, p95 ${pp95} ms"
echo "oversight, 10 satker changed each time:  median ${cmed} ms, p95 ${cp95} ms"
echo "oversight, first request after start:     ${pertama} ms (every row measured, JIT included)"
echo "home of a satker (/ as operator.1101):   median ${bmed} ms, p95 ${bp95} ms"
echo "reference SQL GROUP BY (psql):           median ${smed} ms, p95 ${sp95} ms"
awk -v p="$pmed" -v s="$smed" 'BEGIN { if (s > 0) printf "ratio oversight / reference (median): %.2f\n", p / s }'
