#!/usr/bin/env bash
# What a visit of pages costs a clerk's link, and with COST=1 the server too: for each page in order, the bytes a
# browser receives (curl with a browser's Accept-Encoding), its style sheets and scripts included the first time and
# again on a later page only if their answer did not let the browser keep them (no max-age, or no-store / no-cache).
# With COST=1 every address fetched is then measured with Apache Bench (T seconds each, C concurrent, after a warm-up)
# for the server's CPU per request, and the visit's sum is printed. On a running instance of the runnable jar with the
# demo data; prints figures, asserts nothing (decision 047).
# Usage: [COST=1] bench/page-weight.sh PORT USER PATH...   e.g. bench/page-weight.sh 8080 longshan / /children /
# Needs curl (and ab for COST=1).
set -euo pipefail
source "$(dirname "$0")/http-common.sh"
N=${N:-2000}
C=${C:-10}
T=${T:-5}
port=$1 user=$2; shift 2
cookie=$(login "$port" "$user")
declare -A kept
fetched=() # every address the visit fetched, in order, a page's files after it
body=$(mktemp)

get() { # PATH FILE -> "BYTES_ON_THE_WIRE BYTES_READ CACHE_CONTROL" (spaces in it as _), the body read into FILE
    local headers wire; headers=$(mktemp)
    wire=$(curl -s -H "Accept-Encoding: gzip" -b "$cookie" -D "$headers" -o "$2.sent" -w "%{size_download}" \
        "http://localhost:$port$1")
    if grep -qi '^content-encoding: gzip' "$headers"; then gzip -dc "$2.sent" > "$2"; else cp "$2.sent" "$2"; fi
    echo "$wire $(wc -c < "$2") $(grep -i '^cache-control:' "$headers" | cut -d' ' -f2- | tr -d '\r' | tr ' ' '_')"
    rm -f "$headers" "$2.sent"
}

total=0
printf '%-32s %10s %10s %6s %11s\n' page "page sent" "page read" files "files sent"
for path in "$@"; do
    read -r wire read_ _ <<< "$(get "$path" "$body")"
    fetched+=("$path")
    files=0 files_wire=0
    for file in $(grep -o '<link rel="stylesheet" href="[^"]*"\|<script src="[^"]*"' "$body" \
            | sed 's/.*="//;s/"$//'); do
        [ -n "${kept[$file]:-}" ] && continue
        read -r fwire _ cache <<< "$(get "$file" "$body.file")"
        fetched+=("$file")
        files=$((files + 1)); files_wire=$((files_wire + fwire))
        if [[ "$cache" == *max-age=* && "$cache" != *max-age=0* && "$cache" != *no-store* && "$cache" != *no-cache* ]]
        then
            kept[$file]=1
        fi
    done
    printf '%-32s %10d %10d %6d %11d\n' "$path" "$wire" "$read_" "$files" "$files_wire"
    total=$((total + wire + files_wire))
done
rm -f "$body" "$body.file"
echo "bytes received for the $# pages: $total"

if [ -n "${COST:-}" ]; then
    declare -A cost
    sum=0
    for address in "${fetched[@]}"; do
        if [ -z "${cost[$address]:-}" ]; then
            rps "$port" "$address" "$cookie" > /dev/null # warm-up: N requests
            read -r rate ms <<< "$(measure "$port" "$address" "$cookie")"
            cost[$address]=$ms
            echo "$address: $rate requests/s, ${ms} ms of the server's CPU per request"
        fi
        sum=$(awk "BEGIN {printf \"%.3f\", $sum + ${cost[$address]}}")
    done
    echo "the server's CPU for the visit's ${#fetched[@]} requests: ${sum} ms"
fi
