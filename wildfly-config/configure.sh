#!/usr/bin/env bash
# Applies the CLI scripts to a WildFly installation, offline, in one jboss-cli session that embeds each server
# configuration in turn:
#   cli/*.cli          → standalone-ha.xml               every node (a single node: the demo, the tests)
#   cli/node/*.cli     → standalone-ha-node.xml          a node behind the load balancer: standalone-ha.xml plus
#                                                        its registration with the balancer (made from it here)
#   cli/balancer/*.cli → standalone-load-balancer.xml    the load balancer (mod_cluster)
# The scripts themselves do not embed a server, so a sysadmin can also run each against a running server:
# jboss-cli.sh -c --file=cli/20-datasource.cli --properties=...
#
# usage: configure.sh [--check-idempotent] JBOSS_HOME POSTGRESQL_JAR
#   --check-idempotent  apply twice and fail if the second run changed any configuration
set -euo pipefail

check=false
if [ "${1:-}" = "--check-idempotent" ]; then check=true; shift; fi
jboss_home=$(cd "$1" && pwd)
driver_jar=$2
config=${LGSP_SERVER_CONFIG:-standalone-ha.xml}
node_config=${config%.xml}-node.xml
balancer_config=standalone-load-balancer.xml
here=$(cd "$(dirname "$0")" && pwd)
config_dir="$jboss_home/standalone/configuration"

# One embedded session: the scripts of $2 applied to configuration $1.
session() {
    # community: the Micrometer subsystem's Prometheus registry (32-micrometer.cli)
    echo "embed-server --server-config=$1 --std-out=discard --admin-only=true --stability=community"
    for script in "$2"/*.cli; do
        echo "echo applying $1 $(basename "$script")"
        cat "$script"
        echo
    done
    echo "stop-embedded-server"
}

# Runs jboss-cli on the sessions printed by the given command.
run() {
    local file
    file=$(mktemp)
    "$@" >"$file"
    printf 'postgresql.jar=%s\n' "$driver_jar" >"$file.properties"
    JAVA_OPTS="${JAVA_OPTS:--Xmx512m}" "$jboss_home/bin/jboss-cli.sh" --file="$file" --properties="$file.properties"
    rm -f "$file" "$file.properties"
}

others() {
    session "$node_config" "$here/cli/node"
    session "$balancer_config" "$here/cli/balancer"
}

apply() {
    run session "$config" "$here/cli"
    # the node's configuration starts from the one just made
    cp "$config_dir/$config" "$config_dir/$node_config"
    run others
}

configs="$config $node_config $balancer_config"
apply
if $check; then
    for c in $configs; do cp "$config_dir/$c" "$config_dir/$c.first-run"; done
    apply
    for c in $configs; do
        if ! diff -u "$config_dir/$c.first-run" "$config_dir/$c"; then
            echo "configure.sh: the CLI scripts are not idempotent (second run changed $c)" >&2
            exit 1
        fi
        rm -f "$config_dir/$c.first-run"
    done
    echo "configure.sh: applied twice, configurations unchanged (idempotent)"
fi
