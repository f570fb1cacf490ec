#!/usr/bin/env bash
# Starts and stops a throwaway MariaDB server for the test suite.
#   source .ci/mariadb.sh; start_mariadb; ...; stop_mariadb
# Exports RETORT_MARIADB_URL=mariadb://retort:<password>@127.0.0.1:<port>/retort.
# The server runs as the `mysql` user when started as root (mariadbd refuses root otherwise),
# from a temporary data directory, on a free loopback port, with durability off (it is thrown away).

MDB_PASSWORD="retort-ci-$$"

find_mariadbd() {
  local p
  for p in /usr/sbin/mariadbd /usr/sbin/mysqld "$(command -v mariadbd 2>/dev/null)"; do
    if [ -n "$p" ] && [ -x "$p" ]; then echo "$p"; return 0; fi
  done
  return 1
}

free_mariadb_port() {
  local p
  for p in $(seq 33069 33169); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  return 1
}

start_mariadb() {
  MDB_BIN=$(find_mariadbd || true)
  if [ -z "$MDB_BIN" ]; then
    echo "Installing MariaDB (apt-get)..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mariadb-server mariadb-client >/dev/null
    MDB_BIN=$(find_mariadbd)
  fi
  MDB_VERSION=$("$MDB_BIN" --version | awk '{print $3}')
  MDB_PORT=$(free_mariadb_port)
  MDB_DIR=$(mktemp -d /tmp/retort-mariadb.XXXXXX)
  chmod 755 "$MDB_DIR"
  local user_opt=()
  if [ "$(id -u)" = 0 ]; then chown mysql "$MDB_DIR"; user_opt=(--user=mysql); fi
  local install_db
  install_db=$(command -v mariadb-install-db || command -v mysql_install_db)
  "$install_db" --no-defaults "${user_opt[@]}" --datadir="$MDB_DIR/data" --auth-root-authentication-method=normal \
      --skip-test-db >"$MDB_DIR/install.log" 2>&1 \
    || { cat "$MDB_DIR/install.log"; return 1; }
  # --no-defaults: ignore /etc/mysql; durability off; small buffers so it starts in a second or two.
  "$MDB_BIN" --no-defaults "${user_opt[@]}" --datadir="$MDB_DIR/data" --socket="$MDB_DIR/mysqld.sock" \
      --pid-file="$MDB_DIR/mysqld.pid" --bind-address=127.0.0.1 --port="$MDB_PORT" \
      --skip-log-bin --skip-name-resolve --innodb-flush-log-at-trx-commit=0 --innodb-doublewrite=0 \
      --innodb-buffer-pool-size=64M --innodb-log-file-size=16M --sync-binlog=0 --max-connections=200 \
      --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
      --log-error="$MDB_DIR/server.log" >/dev/null 2>&1 &
  MDB_PID=$!
  local i
  for i in $(seq 1 120); do
    if mariadb --no-defaults --protocol=socket --socket="$MDB_DIR/mysqld.sock" -uroot -e 'SELECT 1' >/dev/null 2>&1; then
      break
    fi
    if ! kill -0 "$MDB_PID" 2>/dev/null; then cat "$MDB_DIR/server.log"; return 1; fi
    sleep 0.5
  done
  mariadb --no-defaults --protocol=socket --socket="$MDB_DIR/mysqld.sock" -uroot <<SQL || { cat "$MDB_DIR/server.log"; return 1; }
CREATE DATABASE retort CHARACTER SET utf8mb4;
CREATE USER 'retort'@'127.0.0.1' IDENTIFIED BY '$MDB_PASSWORD';
CREATE USER 'retort'@'localhost' IDENTIFIED BY '$MDB_PASSWORD';
GRANT ALL PRIVILEGES ON *.* TO 'retort'@'127.0.0.1';
GRANT ALL PRIVILEGES ON *.* TO 'retort'@'localhost';
SQL
  RETORT_MARIADB_URL="mariadb://retort:$MDB_PASSWORD@127.0.0.1:$MDB_PORT/retort"
  export RETORT_MARIADB_URL MDB_PORT MDB_DIR MDB_VERSION MDB_BIN MDB_PID
}

stop_mariadb() {
  if [ -n "${MDB_DIR:-}" ] && [ -d "$MDB_DIR" ]; then
    if [ -n "${MDB_PID:-}" ] && kill -0 "$MDB_PID" 2>/dev/null; then
      kill "$MDB_PID" 2>/dev/null || true
      local i
      for i in $(seq 1 60); do
        kill -0 "$MDB_PID" 2>/dev/null || break
        sleep 0.5
      done
    fi
    rm -rf "$MDB_DIR"
  fi
}
