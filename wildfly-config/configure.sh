#!/usr/bin/env bash
# Applies the CLI scripts in cli/ (in name order) to a WildFly installation, offline, in one
# embedded-server session. The scripts themselves do not embed a server, so a sysadmin can also run
# each against a running server: jboss-cli.sh -c --file=cli/20-datasource.cli --properties=...
#
# usage: configure.sh [--check-idempotent] JBOSS_HOME POSTGRESQL_JAR
#   --check-idempotent  apply twice and fail if the second run changed the configuration
set -euo pipefail

check=false
if [ "${1:-}" = "--check-idempotent" ]; then check=true; shift; fi
jboss_home=$(cd "$1" && pwd)
driver_jar=$2
config=${LGSP_SERVER_CONFIG:-standalone-ha.xml}
here=$(cd "$(dirname "$0")" && pwd)
config_file="$jboss_home/standalone/configuration/$config"

apply() {
    local session
    session=$(mktemp)
    {
        # community: the Micrometer subsystem's Prometheus registry (32-micrometer.cli)
        echo "embed-server --server-config=$config --std-out=discard --admin-only=true --stability=community"
        for script in "$here"/cli/*.cli; do
            echo "echo applying $(basename "$script")"
            cat "$script"
            echo
        done
        echo "stop-embedded-server"
    } >"$session"
    printf 'postgresql.jar=%s\n' "$driver_jar" >"$session.properties"
    JAVA_OPTS="${JAVA_OPTS:--Xmx512m}" "$jboss_home/bin/jboss-cli.sh" --file="$session" \
        --properties="$session.properties"
    rm -f "$session" "$session.properties"
}

apply
if $check; then
    cp "$config_file" "$config_file.first-run"
    apply
    if ! diff -u "$config_file.first-run" "$config_file"; then
        echo "configure.sh: the CLI scripts are not idempotent (second run changed $config)" >&2
        exit 1
    fi
    rm -f "$config_file.first-run"
    echo "configure.sh: applied twice, configuration unchanged (idempotent)"
fi
