# Shared by the HTTP scripts of bench/ (sourced): a demo account's session against a running instance.
# Needs curl.

login() { # PORT USER -> the session cookie NAME=VALUE
    local jar; jar=$(mktemp)
    local token
    token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$1/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
        | sed 's/.*value="//;s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" -d "username=$2&password=Demo@2026&_csrf=$token" "http://localhost:$1/login"
    awk '$6 ~ /SESSION/ {print $6"="$7}' "$jar" | tail -1
    rm -f "$jar"
}
