#!/usr/bin/env bash
# Issue 12: the checks and roll-ups of a synthetic nation (820,161 TPS, 38 provinces, about 0,5 %
# of TPS with an injected error of each kind) by 'sakip kepemiluan periksa', streaming, against a
# reference measured in the same session: a plain 'psql \copy' of the same file into an unindexed
# table on a throwaway PostgreSQL cluster on 127.0.0.1. Prints both times, their ratio, the peak
# resident memory of the check, and how the findings match the injected errors.
# Usage: bench/load/kepemiluan.sh [provinces=38]
set -euo pipefail
cd "$(dirname "$0")/../.."
PROVINSI=${1:-38}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
ROOT=$(mktemp -d /tmp/sakip-kepemiluan.XXXXXX)
PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$ROOT"
trap 'as_pg "$PGBIN/pg_ctl" -D "$ROOT/data" -m fast -w stop >/dev/null 2>&1; rm -rf "$ROOT"' EXIT
as_pg "$PGBIN/initdb" -D "$ROOT/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$ROOT/data" -l "$ROOT/server.log" -w -t 60 -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $ROOT" start >/dev/null
dotnet build src/Sakip.Cli -c Release -nologo -v:q >/dev/null
SAKIP="dotnet src/Sakip.Cli/bin/Release/net10.0/sakip.dll"
DATA="$ROOT/nasional.csv"
$SAKIP kepemiluan sintetis --file "$DATA" --provinsi "$PROVINSI"
chmod a+r "$DATA"
KOLOM=$(head -n 1 "$DATA" | sed 's/,/ text,/g; s/$/ text/')
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -q -c "CREATE UNLOGGED TABLE tps ($KOLOM)"
mulai=$(date +%s.%N)
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -q -c "\\copy tps FROM '$DATA' WITH (FORMAT csv, HEADER true)"
rujukan=$(echo "$(date +%s.%N) - $mulai" | bc)
mulai=$(date +%s.%N)
/usr/bin/time -v -o "$ROOT/time.txt" $SAKIP kepemiluan periksa --file "$DATA" --format json --label "$DATA.label.csv" > "$ROOT/hasil.json" 2> "$ROOT/periksa.err" || true
periksa=$(echo "$(date +%s.%N) - $mulai" | bc)
grep '^Pencocokan' "$ROOT/periksa.err"
export Database__Provider=postgres ConnectionStrings__Sakip="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=sakip"
export SAKIP_DEMO_PASSWORD=${SAKIP_DEMO_PASSWORD:-Bangku-Meja-2024}
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -q -c "CREATE DATABASE sakip"
$SAKIP db migrate >/dev/null
$SAKIP demo load >/dev/null
mulai=$(date +%s.%N)
/usr/bin/time -v -o "$ROOT/time-impor.txt" $SAKIP kepemiluan impor --satker 00 --acara pemilu-2024 --kontes ppwp --file "$DATA" --label "$DATA.label.csv" > "$ROOT/impor.out" 2> "$ROOT/impor.err"
impor=$(echo "$(date +%s.%N) - $mulai" | bc)
cat "$ROOT/impor.out"
grep '^Pencocokan' "$ROOT/impor.err"
mulai=$(date +%s.%N)
$SAKIP kepemiluan impor --satker 00 --acara pemilu-2024 --kontes ppwp --file "$DATA" > /dev/null 2>&1
ganti=$(echo "$(date +%s.%N) - $mulai" | bc)
echo "baris: $(($(wc -l < "$DATA") - 1)) TPS; berkas $(($(stat -c %s "$DATA") / 1024 / 1024)) MB"
printf 'psql \\copy (rujukan): %.2f s\n' "$rujukan"
printf 'sakip kepemiluan periksa: %.2f s (rasio %.2f)\n' "$periksa" "$(echo "$periksa / $rujukan" | bc -l)"
echo "memori puncak periksa: $(($(grep 'Maximum resident' "$ROOT/time.txt" | awk '{print $NF}') / 1024)) MB"
printf 'sakip kepemiluan impor (PostgreSQL, impor pertama): %.2f s (rasio %.2f)\n' "$impor" "$(echo "$impor / $rujukan" | bc -l)"
echo "memori puncak impor: $(($(grep 'Maximum resident' "$ROOT/time-impor.txt" | awk '{print $NF}') / 1024)) MB"
printf 'sakip kepemiluan impor (mengganti impor yang sama): %.2f s (rasio %.2f)\n' "$ganti" "$(echo "$ganti / $rujukan" | bc -l)"
