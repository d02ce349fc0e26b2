#!/usr/bin/env bash
# Starts or stops the Keycloak that the platform trusts, in dev mode, with the realms of this folder
# imported (realm-lgsp.json: roles, agency_code mapper, demo officers and information systems), or
# those of another folder (--realms: the tests import the demo realm with their own clients added, and
# a foreign realm whose tokens must be refused; lgsp-it RealmFiles writes them).
#
#   keycloak.sh start KEYCLOAK_HOME HTTP_PORT MANAGEMENT_PORT [--keep-data] [--realms DIR]
#                     [--db-url JDBC_URL --db-username USER [--db-password PASSWORD]]
#                                      (waits until ready, up to LGSP_KEYCLOAK_WAIT_SECONDS, 300)
#   keycloak.sh stop  KEYCLOAK_HOME
#
# The issuer is pinned to http://127.0.0.1:HTTP_PORT so that every token names the same issuer,
# whichever host name a client used. Every start begins from the realm files: the dev-mode H2
# database in KEYCLOAK_HOME/data is removed first (an import would skip a realm that already exists),
# so what the files say is what runs — for the demo and the tests alike. --keep-data restarts on the
# existing database instead (same signing keys), as after a brief outage.
#
# --db-url runs Keycloak as production does instead: `kc.sh start` (not start-dev) with PostgreSQL as its store. The
# realm files are imported once, into an empty database (a realm that exists is left as it is), and everything —
# realms, keys, users — is kept across restarts. HTTP stays on (loopback); TLS is Keycloak's own https-* options.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
action=$1
home=$(cd "$2" && pwd)
pid_file="$home/keycloak.pid"

running() { [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }

case "$action" in
start)
    port=$3
    management=$4
    if running; then
        echo "keycloak.sh: already running (pid $(cat "$pid_file"))"
        exit 0
    fi
    keep_data=
    realms=$here
    db_url=
    db_username=
    db_password=
    shift 4
    while [ $# -gt 0 ]; do
        case "$1" in
        --keep-data) keep_data=1; shift ;;
        --realms) realms=$(cd "$2" && pwd); shift 2 ;;
        --db-url) db_url=$2; keep_data=1; shift 2 ;;
        --db-username) db_username=$2; shift 2 ;;
        --db-password) db_password=$2; shift 2 ;;
        *) echo "keycloak.sh: unknown option $1" >&2; exit 2 ;;
        esac
    done
    if [ -z "$keep_data" ]; then
        rm -rf "$home/data/h2"
    fi
    rm -rf "$home/data/import"
    mkdir -p "$home/data/import"
    cp "$realms"/realm-*.json "$home/data/import/"
    if [ -n "$db_url" ]; then
        mode=(start --db=postgres --db-url="$db_url" --db-username="$db_username" --db-password="$db_password"
              --http-enabled=true)
    else
        mode=(start-dev)
    fi
    nohup "$home/bin/kc.sh" "${mode[@]}" \
        --http-host=127.0.0.1 --http-port="$port" \
        --hostname="http://127.0.0.1:$port" \
        --http-management-port="$management" --health-enabled=true \
        --import-realm \
        >"$home/keycloak.log" 2>&1 &
    echo $! >"$pid_file"
    printf 'keycloak.sh: starting Keycloak on 127.0.0.1:%s ' "$port"
    for _ in $(seq 1 $((${LGSP_KEYCLOAK_WAIT_SECONDS:-300} / 2))); do
        if curl -fs "http://127.0.0.1:$management/health/ready" >/dev/null 2>&1; then
            echo "ready"
            exit 0
        fi
        if ! running; then
            echo; echo "keycloak.sh: Keycloak stopped; see $home/keycloak.log" >&2
            exit 1
        fi
        printf '.'
        sleep 2
    done
    echo; echo "keycloak.sh: not ready after ${LGSP_KEYCLOAK_WAIT_SECONDS:-300} s; see $home/keycloak.log" >&2
    exit 1
    ;;
stop)
    if running; then
        pid=$(cat "$pid_file")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -9 "$pid" 2>/dev/null || true
        echo "keycloak.sh: stopped"
    fi
    rm -f "$pid_file"
    ;;
*)
    echo "usage: keycloak.sh start KEYCLOAK_HOME HTTP_PORT MANAGEMENT_PORT | stop KEYCLOAK_HOME" >&2
    exit 2
    ;;
esac
