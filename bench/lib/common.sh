# Shared by the bench scenarios: build the jar, prepare a dataset once, start and stop the packaged app.
# Source it from a scenario: . "$(dirname "$0")/../lib/common.sh"
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH=$ROOT/bench
RESULTS=$BENCH/results
mkdir -p "$RESULTS" "$BENCH/data"

log() { echo "[bench] $*" >&2; }

# The packaged jar, rebuilt when any source is newer (tests skipped: this is a benchmark, not CI).
build_jar() {
  local jar
  jar=$(ls "$ROOT"/target/sanad-*.jar 2>/dev/null | grep -v original | head -n1 || true)
  if [[ -z $jar || -n $(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$jar" -print -quit) ]]; then
    log "building the jar"
    (cd "$ROOT" && ./mvnw -q -B -DskipTests package) >&2
    jar=$(ls "$ROOT"/target/sanad-*.jar | grep -v original | head -n1)
  fi
  JAR=$jar
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# start_app <pg-data-dir> [extra app args...]: starts the jar, waits until ready (demo data generated),
# sets APP_PID, PORT, BASE_URL, STARTUP_MS.
start_app() {
  local dir=$1; shift
  build_jar
  PORT=$(free_port)
  BASE_URL=http://localhost:$PORT
  local logf=$RESULTS/app-$(date +%s).log
  local t0; t0=$(date +%s%3N)
  java ${APP_JVM_OPTS:--Xmx1g} -jar "$JAR" --server.port="$PORT" --sanad.embedded.data-dir="$dir" "$@" >"$logf" 2>&1 &
  APP_PID=$!
  APP_LOG=$logf
  trap stop_app EXIT
  for _ in $(seq 1 1800); do
    if curl -fs "$BASE_URL/actuator/health/readiness" 2>/dev/null | grep -q UP; then
      STARTUP_MS=$(( $(date +%s%3N) - t0 ))
      log "app ready on $BASE_URL in ${STARTUP_MS} ms (log: $logf)"
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 60 "$logf" >&2; log "the app died"; exit 1; }
    sleep 0.5
  done
  log "the app did not become ready"; exit 1
}

stop_app() {
  if [[ -n ${APP_PID:-} ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}

# Resident memory in MB of the JVM, and of the embedded PostgreSQL serving a data dir.
rss_mb() { echo $(( $(ps -o rss= -p "$1" | tr -d ' ') / 1024 )); }
pg_rss_mb() {
  local total=0 pid
  for pid in $(pgrep -f "postgres.*-D *$1" || true) $(pgrep -P "$(pgrep -f "postgres.*-D *$1" | head -n1 || echo 0)" || true); do
    total=$(( total + $(ps -o rss= -p "$pid" 2>/dev/null | tr -d ' ' || echo 0) ))
  done
  echo $(( total / 1024 ))
}

# prepare_dataset <name> <scale> [extra app args...]: generates the demo dataset once (national = 250k members, 1M relatives,
# 600 establishments, and what the other modules add) and keeps it under bench/data/<name>.
prepare_dataset() {
  local base=$1 scale=$2; shift 2
  # a new generator (any *DemoData.java or *BulkData.java changed) means a new dataset; new migrations (indexes, columns) are
  # applied to an existing dataset by Flyway when the app starts on it, so they do not force a regeneration
  local version; version=$(cat $(find "$ROOT/src/main/java" \( -name '*DemoData*.java' -o -name '*BulkData*.java' \) | sort) | sha1sum | cut -c1-8)
  local name=$base-$version
  DATA_DIR=$BENCH/data/$name/pg
  if [[ ! -f $BENCH/data/$name/.ready ]]; then
    log "generating the '$name' dataset ($scale scale): this runs once"
    rm -rf "$BENCH/data/$name"; mkdir -p "$BENCH/data/$name"
    start_app "$DATA_DIR" --sanad.demo.enabled=true --sanad.demo.scale="$scale" "$@"
    stop_app
    touch "$BENCH/data/$name/.ready"
  fi
}
