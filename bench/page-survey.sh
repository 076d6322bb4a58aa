#!/usr/bin/env bash
# Every page a role reaches, a few seconds each, slowest first: finds the page far from its neighbours (the import
# history that read every batch's file was one). On a running instance of the runnable jar with the demo data; prints
# figures, asserts nothing. Follows one link of each kind (numbers taken out of its path) up to CLICKS clicks from
# home; a link the role is refused is printed with its status (MainMenuIntegrationTest fails on those).
# Usage: bench/page-survey.sh PORT USER...   e.g. bench/page-survey.sh 8080 county longshan edu inspector
# Needs ab (Debian: apache2-utils) and curl. Let the instance warm up first (a run over every role does).
set -euo pipefail
source "$(dirname "$0")/http-common.sh"
T=${T:-2}           # seconds per page
C=${C:-4}           # concurrent requests
CLICKS=${CLICKS:-2}

port=$1; shift
for user in "$@"; do
    cookie=$(login "$port" "$user")
    declare -A kinds=() # a link's path with its numbers taken out → seen
    links=()
    pages=("/")
    for _ in $(seq "$CLICKS"); do
        next=()
        for page in "${pages[@]}"; do
            for link in $(curl -s -b "$cookie" "http://localhost:$port$page" | grep -o 'href="/[^"#]*"' \
                    | sed 's/^href="//;s/"$//;s/&amp;/\&/g' | sort -u); do
                case "$link" in /logout*|/webjars/*|/css/*|/js/*|/img/*|/actuator*|/favicon*) continue ;; esac
                kind=$(sed -E 's/[0-9]{2,}/N/g' <<< "$link")
                [ -n "${kinds[$kind]:-}" ] && continue
                kinds[$kind]=1
                links+=("$link")
                next+=("$link")
            done
        done
        pages=("${next[@]}")
    done
    for link in "${links[@]}"; do
        shown=$(curl -s -o /dev/null -w '%{http_code} %{size_download} %{content_type}' -b "$cookie" \
            "http://localhost:$port$link")
        if [ "${shown%% *}" != 200 ]; then
            echo "- $user $link: ${shown%% *}"
            continue
        fi
        rate=$(ab -q -t "$T" -c "$C" -C "$cookie" "http://localhost:$port$link" 2>/dev/null \
            | awk '/Requests per second/ {print $4}')
        read -r _ bytes type <<< "$shown"
        echo "$rate $user $link $((bytes / 1024)) KB ${type%%;*}"
    done | sort -n
    unset kinds
done
