#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests of team mode (the store on PostgreSQL).
#
#   pg-test-cluster.sh start STATE_DIR   initdb in a new temporary folder, start it on a free port of
#                                        127.0.0.1 (its unix socket in that folder too), create the test
#                                        role and database; writes STATE_DIR/url (the store URL, no
#                                        password), STATE_DIR/pgpass (libpq's password file) and
#                                        STATE_DIR/env (both as shell exports)
#   pg-test-cluster.sh stop STATE_DIR    stop the cluster and remove its folder and the state files
#   pg-test-cluster.sh run CMD...        start, run CMD with QUAYSIDE_TEST_PG_URL and PGPASSFILE set, stop
#
# Without PostgreSQL's server binaries `start` writes STATE_DIR/unavailable with the reason and exits 0:
# the PostgreSQL tests then skip, saying why. initdb refuses to run as root, so as root the cluster
# belongs to the unprivileged user quayside-pg (created here when missing).
set -euo pipefail

pg_bin() {
    local candidate
    for candidate in /usr/lib/postgresql/*/bin; do
        [[ -x $candidate/initdb && -x $candidate/pg_ctl ]] && { echo "$candidate"; return 0; }
    done
    command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 && {
        dirname "$(command -v pg_ctl)"
        return 0
    }
    return 1
}

free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

# Runs a command as the cluster's owner: ourselves, or quayside-pg when we are root.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u quayside-pg -- "$@"
    else
        "$@"
    fi
}

start() {
    local state=$1
    mkdir -p "$state"
    rm -f "$state/url" "$state/pgpass" "$state/env" "$state/unavailable" "$state/cluster"
    local bin
    if ! bin=$(pg_bin); then
        echo "PostgreSQL server binaries (initdb, pg_ctl) not found; install the Debian package postgresql" \
            | tee "$state/unavailable"
        return 0
    fi
    if [[ $(id -u) -eq 0 ]] && ! id quayside-pg >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin quayside-pg
    fi
    local dir port password
    # In memory when there is room: each test makes a database of its own (~8 MB), and removing a few
    # hundred MB from a busy disk takes longer than the tests. Benchmarks (QUAYSIDE_PG_FSYNC=on) want
    # the disk.
    local base=${TMPDIR:-/tmp}
    if [[ ${QUAYSIDE_PG_FSYNC:-off} != on && -d /dev/shm && -w /dev/shm ]] && (($(df -Pk /dev/shm | awk 'NR==2 {print $4}') > 4000000)); then
        base=/dev/shm
    fi
    dir=$(mktemp -d "$base/quayside-pg.XXXXXX")
    chmod 700 "$dir"
    [[ $(id -u) -eq 0 ]] && chown quayside-pg "$dir"
    echo "$dir" > "$state/cluster"
    port=$(free_port)
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" > "$dir/pwfile"
    [[ $(id -u) -eq 0 ]] && chown quayside-pg "$dir/pwfile"
    # The superuser "quayside" signs in with a password over TCP (as a real server would ask); the unix
    # socket in the folder trusts its owner, which only this script uses.
    as_owner "$bin/initdb" -D "$dir/data" -U quayside --pwfile="$dir/pwfile" -A scram-sha-256 \
        --auth-local=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        return 1
    }
    rm -f "$dir/pwfile"
    # Tests open many short connections at once (one per worker thread and process): room for them.
    # Tests do not need durability across an OS crash (fsync off); benchmarks set QUAYSIDE_PG_FSYNC=on.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=${QUAYSIDE_PG_FSYNC:-off}" \
        start >/dev/null || {
        cat "$dir/server.log" >&2
        return 1
    }
    as_owner "$bin/createdb" -h "$dir" -p "$port" -U quayside quayside_test
    local url="postgresql://quayside@127.0.0.1:$port/quayside_test"
    printf '127.0.0.1:%s:*:quayside:%s\n' "$port" "$password" > "$state/pgpass"
    chmod 600 "$state/pgpass"
    printf '%s\n' "$url" > "$state/url"
    printf 'export QUAYSIDE_TEST_PG_URL=%q\nexport PGPASSFILE=%q\n' "$url" "$state/pgpass" > "$state/env"
    echo "PostgreSQL test cluster at $url (folder $dir)"
}

stop() {
    local state=$1
    if [[ -f $state/cluster ]]; then
        local dir bin
        dir=$(cat "$state/cluster")
        if bin=$(pg_bin) && [[ -d $dir/data ]]; then
            as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
        rm -rf "$dir"
    fi
    rm -f "$state/url" "$state/pgpass" "$state/env" "$state/unavailable" "$state/cluster"
}

case ${1:-} in
start) start "${2:?state folder}" ;;
stop) stop "${2:?state folder}" ;;
run)
    shift
    state=$(mktemp -d)
    trap 'stop "$state"; rm -rf "$state"' EXIT
    start "$state"
    if [[ -f $state/env ]]; then
        # shellcheck disable=SC1091
        source "$state/env"
    fi
    "$@"
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR | run CMD..." >&2
    exit 2
    ;;
esac
