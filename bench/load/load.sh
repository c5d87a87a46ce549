#!/usr/bin/env bash
# The load and fault tests of issue 7, on a throwaway PostgreSQL cluster on 127.0.0.1 (loopback only,
# bounded in time). Builds the web app and bench/Sakip.Load in Release, then:
#   load:  553 operators (one per satker, each with a signed PK of 5 monthly indicators) sign in,
#          then for DURATION seconds each reads its dashboard (60 %) or saves a realisasi through the
#          form (40 %), 0,2-1,5 s apart; prints requests/s, p50/p95/p99, status counts, 5xx, lost
#          writes (every acknowledged save must be in the database), the audit chain, peak memory.
#   fault: SIGKILLs the server mid-burst (60 operators saving without pause) and mid-import (an
#          Excel import of 60 cells, killed at points from before its transaction to after its
#          answer), then checks: no acknowledged save lost, no row written without its audit rows,
#          an import all or nothing, the audit chain intact, and the app starts and serves again.
# Usage: bench/load/load.sh [operators=553] [duration=120]
# Exit code 0 only when both tests hold. Results are recorded in docs/BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-553}
DURATION=${2:-120}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PGROOT=$(mktemp -d /tmp/sakip-load.XXXXXX)
PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$PGROOT"
trap 'as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -m fast -w stop >/dev/null 2>&1; rm -rf "$PGROOT"' EXIT
as_pg "$PGBIN/initdb" -D "$PGROOT/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGROOT -c max_connections=200" start >/dev/null
dotnet build src/Sakip.Web -c Release -nologo -v:q >/dev/null
dotnet build bench/Sakip.Load -c Release -nologo -v:q >/dev/null
CS="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=sakip_beban"
LOAD=bench/Sakip.Load/bin/Release/net10.0/Sakip.Load.dll
echo "== load: $N operators, $DURATION s, PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}'), $(nproc) cores"
status=0
dotnet "$LOAD" load --pg "$CS" --satker "$N" --detik "$DURATION" || status=1
echo "== fault: SIGKILL mid-burst and mid-import"
dotnet "$LOAD" fault --pg "$CS" --ronde 3 --impor 8 || status=1
exit $status
