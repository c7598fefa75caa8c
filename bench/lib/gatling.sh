# run_gatling <SimulationClass> [extra -D options...]
# Runs a simulation of bench/src/test/java/sanad/bench against $BASE_URL and prints the figures as JSON fields
# (without braces) on stdout: "p50", "p95", "p99" (ms), "throughput" (req/s), "requests", "errors".
run_gatling() {
  local sim=$1; shift
  local out=$RESULTS/gatling-$sim-$(date +%s).log
  (cd "$BENCH" && "$ROOT/mvnw" -B gatling:test -Dgatling.simulationClass="sanad.bench.$sim" \
     -Dbase.url="$BASE_URL" "$@") >"$out" 2>&1 || true
  grep -q "Global Information" "$out" || { tail -n 40 "$out" >&2; log "Gatling produced no summary"; exit 1; }
  python3 "$BENCH/lib/gatling_stats.py" "$out"
}
