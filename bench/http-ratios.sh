#!/usr/bin/env bash
# Round 2, issue 6/6: ratios of pages to a trivial request, measured in one run on running instances of the runnable
# jar (java -jar registry-web/target/registry.jar, demo data), with Apache Bench on loopback. Prints figures, asserts
# nothing. Usage: bench/http-ratios.sh [PORT ...]  (default 8080; several ports are measured side by side, alternating)
#        bench/http-ratios.sh --start JAR [PORT]   start JAR in a fresh folder and poll readiness and the login page
# Needs ab (Debian: apache2-utils) and curl.
set -euo pipefail
source "$(dirname "$0")/http-common.sh"
N=${N:-1000}
C=${C:-10}
# Each measured figure runs for T seconds (N requests for the warm-up's): on a machine that serves the trivial request
# 5,000 times a second, 1,000 requests were a fifth of a second, and its ratios moved by a third from run to run.
T=${T:-5}

ratio() { # A B -> A / B, two decimals
    awk "BEGIN {printf \"%.2f\", $1 / $2}"
}

if [ "${1:-}" = "--start" ]; then
    jar=$(realpath "$2"); port=${3:-8089}; dir=$(mktemp -d)
    (cd "$dir" && REGISTRY_MFA_ROLES=AUDITOR java -jar "$jar" --server.port="$port" > app.log 2>&1 &)
    start=$(date +%s)
    while true; do
        r=$(curl -s -o /dev/null -w "%{http_code}" "http://localhost:$port/actuator/health/readiness" || true)
        l=$(curl -s "http://localhost:$port/login" | grep -c "演示数据加载中" || true)
        echo "$(( $(date +%s) - start ))s readiness=$r login-says-loading=$l"
        [ "$r" = "200" ] && break
        sleep 1
    done
    grep -E "Started RegistryApplication|Loaded the demo" "$dir/app.log" | cut -c1-160
    pkill -f "registry.jar --server.port=$port" || true
    exit 0
fi

ports=("${@:-8080}")
declare -A cookie child
for p in "${ports[@]}"; do
    cookie[$p,county]=$(login "$p" county)
    cookie[$p,longshan]=$(login "$p" longshan)
    child[$p]=$(curl -s -b "${cookie[$p,longshan]}" "http://localhost:$p/children" | grep -o 'href="/children/[0-9]*"' \
        | head -1 | grep -o '[0-9]*')
done
jit_share() { # PORT JIT_SECONDS_THEN WALL_SECONDS_THEN -> the JIT's CPU since then, as a share of one core's time
    # (above 1 while C1 and C2 both compile on their cores)
    awk "BEGIN {s = ($(jit_seconds "$1") - $2) / ($(date +%s.%N) - $3); printf \"%.2f\", s < 0 ? 0 : s}"
}

# Warm up: the JIT compiles the paths measured below before they are measured. On two cores its one C2 thread takes
# thousands of requests per page to catch up (a child's page alone: 14 ms of its CPU per request after 1,000, 1 ms
# after 12,000; these four pages in turn: still compiling after 40,000), and what it compiles meanwhile takes the
# requests' CPU. So rounds run until one spends less than a tenth of its time compiling, or WARM_ROUNDS (4 unless
# set) have run, and each line says how much CPU the JIT took, as a share of the time (the instance found by its port).
for p in "${ports[@]}"; do
    for round in $(seq 1 "${WARM_ROUNDS:-4}"); do
        t0=$(date +%s.%N); j0=$(jit_seconds "$p")
        N=500 rps "$p" /actuator/health "${cookie[$p,county]}" > /dev/null
        N=500 rps "$p" / "${cookie[$p,county]}" > /dev/null
        N=500 rps "$p" /children "${cookie[$p,longshan]}" > /dev/null
        N=500 rps "$p" "/children/${child[$p]}" "${cookie[$p,longshan]}" > /dev/null
        share=$(jit_share "$p" "$j0" "$t0")
        echo "port $p: warm-up round $round, the JIT compiling $share of the round's time"
        if awk "BEGIN {exit !($share < 0.10)}"; then break; fi
    done
done
# ROUNDS (1 unless set) measured rounds, the ports alternating in each; TRIVIAL_ONLY=1 measures the trivial pair alone.
for round in $(seq 1 "${ROUNDS:-1}"); do
    for p in "${ports[@]}"; do
        j0=$(jit_seconds "$p"); t0=$(date +%s.%N)
        read -r anon anon_ms <<< "$(measure "$p" /actuator/health)"
        read -r auth auth_ms <<< "$(measure "$p" /actuator/health "${cookie[$p,county]}")"
        if [ -n "${TRIVIAL_ONLY:-}" ]; then
            echo "port $p: health $anon/s, ${anon_ms} ms; with a session $auth/s, ${auth_ms} ms:" \
                "$(ratio "$auth" "$anon") by rate, $(ratio "$anon_ms" "$auth_ms") by cost;" \
                "the JIT compiling $(jit_share "$p" "$j0" "$t0") of the time"
            continue
        fi
        read -r list list_ms <<< "$(measure "$p" /children "${cookie[$p,longshan]}")"
        read -r person person_ms <<< "$(measure "$p" "/children/${child[$p]}" "${cookie[$p,longshan]}")"
        read -r home home_ms <<< "$(measure "$p" / "${cookie[$p,county]}")"
        echo "port $p: health $anon/s; with a session $auth/s ($(ratio "$auth" "$anon") of it);" \
            "/children as longshan $list/s ($(ratio "$list" "$auth")); a child's page $person/s" \
            "($(ratio "$person" "$auth")); / as county $home/s ($(ratio "$home" "$auth"));" \
            "the JIT compiling $(jit_share "$p" "$j0" "$t0") of the time"
        echo "port $p: the server's CPU per request (application and PostgreSQL, the JIT left out): health ${anon_ms} ms;" \
            "with a session ${auth_ms} ms ($(ratio "$anon_ms" "$auth_ms") as a ratio of costs); /children ${list_ms} ms" \
            "($(ratio "$auth_ms" "$list_ms")); a child's page ${person_ms} ms ($(ratio "$auth_ms" "$person_ms"));" \
            "/ as county ${home_ms} ms ($(ratio "$auth_ms" "$home_ms"))"
    done
done
