#!/usr/bin/env bash
# Light, steady gateway load through bin/cluster's balancer, for watching a rolling upgrade or a node's failure:
# one REST exchange at a time (a land parcel, as the hospital system), a pause of PAUSE seconds between, a fresh token
# every minute; stops after DURATION seconds or when STOP_FILE appears, then prints how many answers had each status.
#
#   bench/cluster-load.sh &  bin/cluster upgrade lgsp-ear/target/lgsp.ear;  touch target/cluster/load.stop; wait
#
# Environment: BALANCER (http://127.0.0.1:8780), KEYCLOAK (http://127.0.0.1:8480), PAUSE (0.1), DURATION (900),
#              STOP_FILE (target/cluster/load.stop)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
balancer=${BALANCER:-http://127.0.0.1:8780}
keycloak=${KEYCLOAK:-http://127.0.0.1:8480}
stop_file=${STOP_FILE:-$root/target/cluster/load.stop}
rm -f "$stop_file"
codes=$(mktemp)
token_at=-60
end=$((SECONDS + ${DURATION:-900}))
while [ $SECONDS -lt $end ] && [ ! -e "$stop_file" ]; do
    if [ $((SECONDS - token_at)) -ge 60 ]; then
        token=$(curl -s -d grant_type=client_credentials -d client_id=H24.10/his -d client_secret=demo-secret-his \
            "$keycloak/realms/lgsp/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
        token_at=$SECONDS
    fi
    curl -s -o /dev/null -w '%{http_code}\n' -m 30 -H "Authorization: Bearer $token" \
        -H 'X-Road-Client: VN/GOV/H24.10/his' \
        "$balancer/r1/VN/GOV/H24.06/dat-dai/tra-cuu-thua-dat/thua-dat/12/345?maXa=11311" >>"$codes"
    sleep "${PAUSE:-0.1}"
done
echo "cluster-load: $(wc -l <"$codes") requests; by status:"
sort "$codes" | uniq -c
rm -f "$codes" "$stop_file"
