# Shared by the HTTP scripts of bench/ (sourced): a demo account's session against a running instance.
# Needs curl; the measuring functions need ab (Debian: apache2-utils).

login() { # PORT USER -> the session cookie NAME=VALUE
    local jar; jar=$(mktemp)
    local token
    token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$1/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
        | sed 's/.*value="//;s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" -d "username=$2&password=Demo@2026&_csrf=$token" "http://localhost:$1/login"
    awk '$6 ~ /SESSION/ {print $6"="$7}' "$jar" | tail -1
    rm -f "$jar"
}

rps() { # PORT PATH [COOKIE] -> "RATE COUNT": requests per second and requests made; N requests, or T seconds if TIMED
    local args=(-q -n "$N" -c "$C")
    [ -n "${TIMED:-}" ] && args=(-q -t "$T" -c "$C") # ab stops at 50,000 requests at most
    [ -n "${3:-}" ] && args+=(-C "$3")
    ab "${args[@]}" "http://localhost:$1$2" 2>/dev/null \
        | awk '/Complete requests/ {n = $3} /Requests per second/ {r = $4} END {print r, n}'
}

port_pid() { # PORT -> the process listening there
    ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true
}

stat_ticks() { # STAT_FILE... -> the CPU used so far by the processes or threads whose /proc stat files they are, in
    # clock ticks (after the command name's closing parenthesis: state is field 1, utime 12, stime 13)
    local f t=0
    for f in "$@"; do
        [ -r "$f" ] && t=$(( t + $(sed 's/.*) //' "$f" 2>/dev/null | awk '{print $12 + $13}' || echo 0) ))
    done
    echo "$t"
}

ticks() { # PID... -> the CPU they have used so far, all their threads, in clock ticks
    local p files=()
    for p in "$@"; do files+=("/proc/$p/stat"); done
    stat_ticks "${files[@]}"
}

pg_master() { # PORT -> the embedded PostgreSQL's postmaster of the instance listening there: started with -D its
    # --registry.embedded-db.data-dir when given (absolute, or under the instance's folder), else under its folder
    local pid; pid=$(port_pid "$1")
    local cwd; cwd=$(readlink "/proc/$pid/cwd")
    local dir; dir=$(tr '\0' '\n' < "/proc/$pid/cmdline" | sed -n 's/^--registry\.embedded-db\.data-dir=//p' | head -1)
    case "$dir" in "") dir="$cwd/" ;; /*) ;; *) dir="$cwd/$dir" ;; esac
    pgrep -f "postgres -D $dir" | head -1 || true
}

server_pids() { # PORT -> the application and its embedded PostgreSQL's processes
    local pid; pid=$(port_pid "$1")
    local master; master=$(pg_master "$1")
    echo "$pid" ${master:+$master $(pgrep -P "$master" | tr '\n' ' ')}
}

# A figure and what it cost the server: requests per second, and milliseconds of the application's and its
# PostgreSQL's CPU per request (from /proc; a connection opened meanwhile counts from its start, one closed meanwhile
# is lost: the pool keeps its connections), the JIT's compiling left out. Unlike the rate, the cost is not bounded by
# the load generator's CPU: on two cores Apache Bench itself took a third of one at the trivial request's rate.
measure() { # PORT PATH [COOKIE] -> "RATE MS"
    local before after jit0 jit1 rate n
    before=$(ticks $(server_pids "$1")); jit0=$(jit_seconds "$1")
    read -r rate n <<< "$(TIMED=1 rps "$@")"
    after=$(ticks $(server_pids "$1")); jit1=$(jit_seconds "$1")
    echo "$rate $(awk "BEGIN {printf \"%.3f\", (($after - $before) / $(getconf CLK_TCK) - ($jit1 - $jit0)) * 1000 / $n}")"
}

jit_seconds() { # PORT -> CPU seconds the JIT's compiler threads of the instance listening there have used so far
    # From /proc, not jstat: jstat sums the compilations' elapsed time, which on two busy cores counts the compiler
    # threads' waits for a core too (it read about 1.0 all along on 2026-12-04). A compiler thread that has ended since
    # (HotSpot starts and stops them with the queue) takes its CPU with it: a share may then read low, never high.
    local pid; pid=$(port_pid "$1")
    [ -z "$pid" ] && { echo 0; return; }
    local t compilers=()
    for t in /proc/"$pid"/task/*; do
        grep -q '^C[12] CompilerThre' "$t/comm" 2>/dev/null && compilers+=("$t/stat")
    done
    awk "BEGIN {printf \"%.2f\", $(stat_ticks "${compilers[@]}") / $(getconf CLK_TCK)}"
}
