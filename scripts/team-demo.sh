#!/usr/bin/env bash
# Team mode on one machine, to see it before setting it up on a server: a throw-away PostgreSQL store,
# the sandbox alone (`quayside --sandbox-only`) with generated shoppers, two headless workers on that
# store and a console attached to it. Closing the console stops everything and removes the store.
#
#   scripts/team-demo.sh [console options...]      e.g. --page exceptions, or --screenshot FILE
#
# Needs a build (./scripts/run.sh or cmake) in build/, PostgreSQL's server (scripts/deps.sh installs it)
# and python3 (to write the workers' configuration from the sandbox's endpoints).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${QUAYSIDE_BUILD_DIR:-$root/build}/app/quayside
[[ -x $bin ]] || { echo "team-demo: build first ($bin is missing)" >&2; exit 1; }
state=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    "$root/scripts/pg-test-cluster.sh" stop "$state" >/dev/null 2>&1 || true
    rm -rf "$state"
}
trap cleanup EXIT

"$root/scripts/pg-test-cluster.sh" start "$state" >/dev/null
if [[ -f $state/unavailable ]]; then
    echo "team-demo: $(cat "$state/unavailable")" >&2
    exit 1
fi
# shellcheck disable=SC1091
source "$state/env" # QUAYSIDE_TEST_PG_URL and PGPASSFILE
url=$QUAYSIDE_TEST_PG_URL

"$bin" --sandbox-only --rate "${QUAYSIDE_DEMO_RATE:-60}" --data-dir "$state/sandbox" >"$state/endpoints.json" &
pids+=($!)
for _ in $(seq 1 100); do [[ -s $state/endpoints.json ]] && break; sleep 0.1; done
[[ -s $state/endpoints.json ]] || { echo "team-demo: the sandbox did not start" >&2; exit 1; }

# The workers' configuration: the sandbox's addresses; its tokens only through the environment.
eval "$(python3 - "$state/endpoints.json" "$state/quayside.json" <<'EOF'
import json, sys
e = json.loads(open(sys.argv[1]).readline())
config = {
    "shopify": {"shop": e["shopify"]["shop"], "url": e["shopify"]["url"], "accessToken": {"env": "QS_SHOPIFY"}},
    "odoo": {"url": e["odoo"]["url"], "database": e["odoo"]["db"], "login": e["odoo"]["user"],
             "apiKey": {"env": "QS_ODOO"}},
    "shipbob": {"url": e["shipbob"]["url"], "channelId": e["shipbob"]["channelId"], "token": {"env": "QS_SHIPBOB"}},
    "schedules": {"orders": {"every": "5s"}, "shipments": {"every": "5s"}, "inventory": {"every": "30s"}},
}
json.dump(config, open(sys.argv[2], "w"), indent=2)
for name, system, key in (("QS_SHOPIFY", "shopify", "token"), ("QS_ODOO", "odoo", "apiKey"),
                          ("QS_SHIPBOB", "shipbob", "token")):
    print(f"export {name}='{e[system][key]}'")
EOF
)"

for w in 1 2; do
    "$bin" --headless --config "$state/quayside.json" --database "$url" --data-dir "$state/worker$w" \
        2>"$state/worker$w.log" &
    pids+=($!)
done
echo "Team store: $url (workers' logs in $state)"
"$bin" --database "$url" --data-dir "$state/console" "$@"
