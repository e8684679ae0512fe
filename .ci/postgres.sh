#!/usr/bin/env bash
# Source this: starts a throwaway PostgreSQL on 127.0.0.1 (a free port, a temp data dir) for the PostgreSQL
# variants of the books and checkpointer tests, and exports ACCRUE_TEST_DATABASE_URL. If PostgreSQL is not
# installed or does not start, it warns and those tests skip with a visible reason. Stopped by accrue_pg_stop.

accrue_pg_start() {
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "note: PostgreSQL is not installed; its test variants will skip" >&2
    return 0
  fi
  local runas=()
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || { echo "note: no postgres user; PostgreSQL variants skip" >&2; return 0; }
    runas=(runuser -u postgres --)
  fi
  ACCRUE_PG_DIR=$(mktemp -d /tmp/accrue-pg.XXXXXX)
  chmod 755 "$ACCRUE_PG_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$ACCRUE_PG_DIR"
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  if "${runas[@]}" "$bindir/initdb" -D "$ACCRUE_PG_DIR/data" -A trust -U accrue >"$ACCRUE_PG_DIR/initdb.log" 2>&1 \
     && "${runas[@]}" "$bindir/pg_ctl" -D "$ACCRUE_PG_DIR/data" -l "$ACCRUE_PG_DIR/server.log" -w \
          -o "-h 127.0.0.1 -p $port -k $ACCRUE_PG_DIR" start >/dev/null 2>&1 \
     && "${runas[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U accrue accrue_test >/dev/null 2>&1; then
    export ACCRUE_TEST_DATABASE_URL="postgresql://accrue@127.0.0.1:$port/accrue_test"
    ACCRUE_PG_BINDIR=$bindir
    ACCRUE_PG_RUNAS=("${runas[@]}")
    echo "PostgreSQL for tests on 127.0.0.1:$port"
  else
    echo "warning: could not start PostgreSQL (see $ACCRUE_PG_DIR); its test variants will skip" >&2
  fi
}

accrue_pg_stop() {
  if [ -n "${ACCRUE_PG_BINDIR:-}" ]; then
    "${ACCRUE_PG_RUNAS[@]}" "$ACCRUE_PG_BINDIR/pg_ctl" -D "$ACCRUE_PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  fi
  [ -n "${ACCRUE_PG_DIR:-}" ] && rm -rf "$ACCRUE_PG_DIR"
  return 0
}
