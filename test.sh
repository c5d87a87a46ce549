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
command -v pdftotext >/dev/null || missing+=(poppler-utils)
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
command -v pdftotext >/dev/null || fail "pdftotext (poppler-utils) is still missing after installation"
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
# One "dotnet test" per project. A project counts as failed when dotnet test exits non-zero, when it
# leaves no results file, when its results file says the run did not complete (a test host that
# crashed or was killed), or when its test host grew beyond MAX_RSS_KB (a run that needs gigabytes
# is hiding a defect). The peak resident memory of each test host is printed.
MAX_RSS_KB=${SAKIP_TEST_MAX_RSS_KB:-3145728}
status=0
peak_rss() { # samples the resident memory of test hosts until the file $1 exists; writes the peak to $2
    local peak=0 r
    while [ ! -e "$1" ]; do
        for p in $(pgrep -f 'testhost' 2>/dev/null); do
            r=$(awk '/VmRSS/ {print $2}' "/proc/$p/status" 2>/dev/null)
            [ -n "$r" ] && [ "$r" -gt "$peak" ] && peak=$r
        done
        sleep 1
    done
    echo "$peak" >"$2"
}
run_project() { # name, project, results directory[, dotnet test options]; non-zero when the run failed
    local name=$1 project=$2 dir=$3 proj rc peak outcome
    shift 3
    proj=$(basename "$project")
    mkdir -p "$dir"
    rm -f "$dir/.done"
    peak_rss "$dir/.done" "$dir/.peak" &
    dotnet test "$project" --no-build -nologo -v:q \
        --logger "trx;LogFileName=$proj.trx" --results-directory "$dir" "$@" >"$dir/$proj.log" 2>&1
    rc=$?
    touch "$dir/.done"
    wait
    peak=$(cat "$dir/.peak" 2>/dev/null || echo 0)
    grep -E '^(Passed!|Failed!)|^\s+Failed |aborted|crashed|Test host process' "$dir/$proj.log" | head -n 40
    cat "$dir/$proj.log" >>"$RESULTS/$name.log"
    echo "test.sh: $name: $proj: peak test host memory $((peak / 1024)) MB"
    # 0: passed; 1: tests failed; 2: the run itself broke (crash, no results, too much memory).
    local bad=0
    [ "$rc" = 0 ] || { echo "test.sh: $name: $proj: dotnet test exited with $rc" >&2; bad=1; }
    if [ ! -s "$dir/$proj.trx" ]; then
        echo "test.sh: $name: $proj: no results file was produced" >&2
        bad=2
    else
        outcome=$(grep -o '<ResultSummary outcome="[A-Za-z]*"' "$dir/$proj.trx" | head -n 1 | cut -d'"' -f2)
        if [ -z "$outcome" ] || grep -q 'test run was aborted\|Test host process crashed' "$dir/$proj.trx" "$dir/$proj.log"; then
            echo "test.sh: $name: $proj: the test run was aborted (outcome '${outcome:-none}')" >&2
            bad=2
        fi
    fi
    [ "$peak" -le "$MAX_RSS_KB" ] || { echo "test.sh: $name: $proj: the test host needed $((peak / 1024)) MB, more than $((MAX_RSS_KB / 1024)) MB" >&2; bad=2; }
    return $bad
}
run_tests() { # name, project..., with SAKIP_TEST_DB set by the caller
    local name=$1; shift
    for project in "$@"; do
        echo "test.sh: $name: $(basename "$project")"
        run_project "$name" "$project" "$RESULTS/$name/$(basename "$project")"
        case $? in
            0) ;;
            1) status=1 ;;
            *) status=1; aborted=$((aborted + 1)) ;;
        esac
    done
}
aborted=0

# The harness must notice a test host that dies: run one test that kills its own host and expect
# run_project to report the failure (so a crash can never again be counted as a pass).
echo "test.sh: checking that a crashed test host fails the run"
HARNESS=$(mktemp -d /tmp/sakip-harness.XXXXXX)
SAKIP_TEST_CRASH=1 RESULTS=$HARNESS run_project harness tests/Sakip.Harness.Tests "$HARNESS/run" >"$HARNESS/out" 2>&1
if [ $? != 2 ]; then
    cat "$HARNESS/out"
    echo "test.sh: a test host that crashed was not reported as a broken run" >&2
    status=1
    aborted=$((aborted + 1))
fi
rm -rf "$HARNESS"

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
failed=$((failed + format_failed + aborted))
[ "$status" = 0 ] || [ "$failed" -gt 0 ] || failed=1
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
