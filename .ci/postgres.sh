#!/usr/bin/env bash
# Starts and stops a throwaway PostgreSQL server for the test suite.
#   source .ci/postgres.sh; start_postgres; ...; stop_postgres
# Exports RETORT_POSTGRES_URL=postgresql://retort:<password>@127.0.0.1:<port>/retort.
# The server refuses to run as root, so as root it runs as the `postgres` user.

PG_PASSWORD="retort-ci-$$"

find_pg_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  return 1
}

free_port() {
  local p
  for p in $(seq 54329 54429); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  return 1
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

start_postgres() {
  PG_BIN=$(find_pg_bin || true)
  if [ -z "$PG_BIN" ]; then
    echo "Installing PostgreSQL (apt-get)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    PG_BIN=$(find_pg_bin)
  fi
  PG_VERSION=$("$PG_BIN/postgres" --version | awk '{print $3}')
  PG_PORT=$(free_port)
  PG_DIR=$(mktemp -d /tmp/retort-pg.XXXXXX)
  chmod 755 "$PG_DIR"
  printf '%s\n' "$PG_PASSWORD" > "$PG_DIR/pwfile"
  if [ "$(id -u)" = 0 ]; then chown -R postgres "$PG_DIR"; fi
  as_pg "'$PG_BIN/initdb' -D '$PG_DIR/data' -U retort --pwfile='$PG_DIR/pwfile' -A scram-sha-256 \
        --encoding=UTF8 --locale=C >'$PG_DIR/initdb.log' 2>&1" \
    || { cat "$PG_DIR/initdb.log"; return 1; }
  as_pg "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/server.log' -w -t 60 \
        -o \"-p $PG_PORT -k '$PG_DIR' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
             -c full_page_writes=off -c max_connections=100\" start >/dev/null" \
    || { cat "$PG_DIR/server.log"; return 1; }
  PGPASSWORD="$PG_PASSWORD" "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U retort retort
  RETORT_POSTGRES_URL="postgresql://retort:$PG_PASSWORD@127.0.0.1:$PG_PORT/retort"
  export RETORT_POSTGRES_URL PG_PORT PG_DIR PG_VERSION PG_BIN
}

stop_postgres() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
    as_pg "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -m fast -w stop >/dev/null 2>&1" || true
    rm -rf "$PG_DIR"
  fi
}
