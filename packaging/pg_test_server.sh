#!/usr/bin/env bash
# The PostgreSQL server the team-store tests talk to (issue 17). When something already answers on 127.0.0.1:5432
# (every development and CI machine of this project runs PostgreSQL 15 there) nothing is done. Otherwise a
# throwaway cluster is made in $PG_TEST_DIR (default /var/tmp/policydesk-pg) with trust auth for local users and
# started on 127.0.0.1:5432; initdb refuses root, so as root the cluster belongs to the system user policydesk-pg.
#   bash packaging/pg_test_server.sh          start (idempotent)
#   bash packaging/pg_test_server.sh stop     stop the throwaway cluster
set -euo pipefail
PORT=${PG_TEST_PORT:-5432}
DIR=${PG_TEST_DIR:-/var/tmp/policydesk-pg}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "== PostgreSQL server binaries not found (install the postgresql package: bash packaging/setup.sh --test)" >&2
  exit 1
fi
as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u policydesk-pg -- "$@"; else "$@"; fi
}
if [ "${1:-start}" = "stop" ]; then
  [ -f "$DIR/data/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast stop
  exit 0
fi
if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  echo "== PostgreSQL already answers on 127.0.0.1:$PORT"
  exit 0
fi
if [ "$(id -u)" = "0" ] && ! id policydesk-pg >/dev/null 2>&1; then
  useradd --system --home-dir "$DIR" --shell /usr/sbin/nologin policydesk-pg
fi
mkdir -p "$DIR"
[ "$(id -u)" = "0" ] && chown policydesk-pg "$DIR"
if [ ! -f "$DIR/data/PG_VERSION" ]; then
  # UTF-8 with a C.UTF-8 character class: pg_trgm then counts Chinese characters as letters (see the README)
  as_owner "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi
as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DIR -c max_connections=100" start
echo "== throwaway PostgreSQL started on 127.0.0.1:$PORT (data in $DIR/data)"
