#!/usr/bin/env bash
# The one test entry point (CI calls it through .ci/run):
#   installs what is missing (Chromium and PostgreSQL from Debian when run as root),
#   builds, checks formatting, runs every test project on SQLite, starts a throwaway
#   PostgreSQL cluster on 127.0.0.1 and runs the database and web tests again on it
#   (browser journeys included), stops the cluster, and prints "N passed, N failed".
# A missing dependency is a failure, never a skip (with or without CI=true).
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
RESULTS="$ROOT/TestResults"
rm -rf "$RESULTS"
mkdir -p "$RESULTS"

fail() {
    echo "test.sh: $*" >&2
    echo "0 passed, 1 failed"
    exit 1
}

# --- 1. dependencies -------------------------------------------------------------------------
command -v dotnet >/dev/null || fail "the .NET SDK (dotnet) is not installed"
find_pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-liberation)
PGBIN=$(find_pgbin)
{ [ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ]; } || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "test.sh: installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        { apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"; } >"$RESULTS/apt.log" 2>&1 \
            || fail "apt-get could not install ${missing[*]} (see $RESULTS/apt.log)"
    else
        fail "missing ${missing[*]}; install them with: apt-get install ${missing[*]}"
    fi
fi
PGBIN=$(find_pgbin)
[ -x /usr/bin/chromium ] || fail "chromium is still missing after installation"
[ -x "$PGBIN/initdb" ] || fail "PostgreSQL is still missing after installation"

# --- 2. build and formatting -----------------------------------------------------------------
echo "test.sh: building"
dotnet build Sakip.slnx -nologo -v:q >"$RESULTS/build.log" 2>&1 || { cat "$RESULTS/build.log"; fail "the build failed"; }
format_failed=0
dotnet format Sakip.slnx --verify-no-changes --no-restore -v:q >"$RESULTS/format.log" 2>&1 || {
    cat "$RESULTS/format.log"
    echo "test.sh: dotnet format found unformatted code (run 'dotnet format Sakip.slnx')" >&2
    format_failed=1
}

# --- 3. a throwaway PostgreSQL on 127.0.0.1 --------------------------------------------------
PGROOT=$(mktemp -d /tmp/sakip-pg.XXXXXX)
PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$PGROOT"
stop_pg() {
    as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -m fast -w stop >/dev/null 2>&1
    rm -rf "$PGROOT"
}
trap stop_pg EXIT
as_pg "$PGBIN/initdb" -D "$PGROOT/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$RESULTS/initdb.log" 2>&1 \
    || { cat "$RESULTS/initdb.log"; fail "initdb failed"; }
as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGROOT -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
    || { cat "$PGROOT/server.log"; fail "PostgreSQL did not start"; }

# --- 4. tests --------------------------------------------------------------------------------
status=0
run_tests() { # name, project..., with SAKIP_TEST_DB set by the caller
    local name=$1; shift
    for project in "$@"; do
        echo "test.sh: $name: $(basename "$project")"
        dotnet test "$project" --no-build -nologo -v:q \
            --logger "trx;LogFilePrefix=$name" --results-directory "$RESULTS/$name" 2>&1 | tee -a "$RESULTS/$name.log" | grep -E '^(Passed!|Failed!)|^\s+Failed ' || true
        [ "${PIPESTATUS[0]}" = 0 ] || status=1
    done
}
SAKIP_TEST_DB=sqlite run_tests sqlite tests/Sakip.Domain.Tests tests/Sakip.App.Tests tests/Sakip.Web.Tests
export PG_TEST_CS="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Include Error Detail=true"
SAKIP_TEST_DB=postgres run_tests postgres tests/Sakip.App.Tests tests/Sakip.Web.Tests

# --- 5. summary ------------------------------------------------------------------------------
counts=$(find "$RESULTS" -name '*.trx' -exec grep -ho '<Counters [^>]*>' {} + | awk '
    { for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"|\/|>/, "", kv[2]); c[kv[1]] += kv[2] } }
    END { printf "%d %d %d", c["passed"], c["failed"] + c["error"] + c["timeout"] + c["aborted"], c["notExecuted"] }')
read -r passed failed skipped <<<"${counts:-0 0 0}"
if [ "$passed" = 0 ] && [ "$failed" = 0 ]; then
    failed=1
    echo "test.sh: no test results were produced" >&2
fi
failed=$((failed + format_failed))
[ "$status" = 0 ] || [ "$failed" -gt 0 ] || failed=1
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
