#!/usr/bin/env bash
# The end-to-end benchmark (issue 4): `bpokit scorecard --format json` against DuckDB (SET threads=1) computing the same
# SPEC §4 reference set in SQL, on the same generated CSV. Both are timed end to end (JVM start to JSON printed), best
# of RUNS, with peak RSS when /usr/bin/time is there; then the two JSONs are compared value by value.
#
#   benchmarks/e2e/run.sh                       2,000,000 rows, seed 42, the whole ("*") only
#   ROWS=10000000 BY=channel benchmarks/e2e/run.sh
#
# Environment: ROWS (2000000), SEED (42), DAYS (30), BY (empty, or "channel"), RUNS (3), WORK (/tmp/bpokit-e2e),
# MVN_ARGS (extra Maven options, e.g. -o), SKIP_BUILD=1 (use the jars as built), BPOKIT_JAR (cli/target/bpokit.jar),
# BPOKIT_LAUNCHER (cli/target/bpokit, the launcher the build writes beside the jar, when there and BPOKIT_JAR is
# not set; "none" times java -jar BPOKIT_JAR instead), BPOKIT_JAVA_OPTS, DUCKDB_JAVA_OPTS (e.g. -Xmx1g).
# Exit codes: 0 the values agree, 1 they differ or a run failed, 3 bpokit has no scorecard command yet (DuckDB is
# still timed and its values printed).
set -euo pipefail

ROWS=${ROWS:-2000000}
SEED=${SEED:-42}
DAYS=${DAYS:-30}
BY=${BY:-}
RUNS=${RUNS:-3}
WORK=${WORK:-/tmp/bpokit-e2e}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [[ -n ${BPOKIT_JAR:-} ]]; then
  BPOKIT_LAUNCHER=${BPOKIT_LAUNCHER:-none} # the launcher would run the jar beside it, not this one
fi
BPOKIT_JAR=${BPOKIT_JAR:-$ROOT/cli/target/bpokit.jar}
BPOKIT_LAUNCHER=${BPOKIT_LAUNCHER:-$ROOT/cli/target/bpokit}
E2E_JAR=$ROOT/benchmarks/target/e2e.jar
CSV=$WORK/interactions-$ROWS-$SEED-$DAYS.csv
read -r -a BPOKIT_OPTS <<< "${BPOKIT_JAVA_OPTS:-}"
read -r -a DUCKDB_OPTS <<< "${DUCKDB_JAVA_OPTS:-}"
BY_ARGS=()
if [[ -n $BY ]]; then
  BY_ARGS=(--by "$BY")
fi

mkdir -p "$WORK"
cd "$ROOT"

if [[ ${SKIP_BUILD:-} != 1 ]]; then
  echo "== building (mvn -pl benchmarks -am package -Pe2e -DskipTests)"
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_ARGS:-} -pl benchmarks -am package -Pe2e -DskipTests
fi
for jar in "$BPOKIT_JAR" "$E2E_JAR"; do
  [[ -f $jar ]] || { echo "missing $jar: build first (or drop SKIP_BUILD)" >&2; exit 1; }
done

if [[ ! -s $CSV ]]; then
  echo "== generating $ROWS rows (seed $SEED, $DAYS days) to $CSV"
  java -cp "$E2E_JAR" io.github.bpokit.benchmarks.InteractionCsvGenerator \
    --rows "$ROWS" --seed "$SEED" --days "$DAYS" --out "$CSV"
else
  echo "== reusing $CSV"
fi
echo "   $(du -h "$CSV" | cut -f1) on disk"

# time_best NAME OUT_JSON COMMAND...: runs the command RUNS times; sets BEST (s) and PEAK (MiB, or "n/a")
time_best() {
  local name=$1 out=$2
  shift 2
  BEST=""
  PEAK="n/a"
  local run seconds rss user system cpu=""
  for ((run = 1; run <= RUNS; run++)); do
    if [[ -x /usr/bin/time ]]; then
      if ! /usr/bin/time -f "%e %M %U %S" -o "$WORK/$name.time" "$@" > "$out" 2> "$WORK/$name.err"; then
        echo "$name failed (see $WORK/$name.err):" >&2
        tail -n 20 "$WORK/$name.err" >&2
        return 1
      fi
      read -r seconds rss user system < <(tail -n 1 "$WORK/$name.time")
      cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
      rss=$((rss / 1024))
      if [[ $PEAK == n/a ]] || ((rss > PEAK)); then PEAK=$rss; fi
    else
      local start end
      start=$(date +%s.%N)
      if ! "$@" > "$out" 2> "$WORK/$name.err"; then
        echo "$name failed (see $WORK/$name.err):" >&2
        tail -n 20 "$WORK/$name.err" >&2
        return 1
      fi
      end=$(date +%s.%N)
      seconds=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')
    fi
    echo "   $name run $run: ${seconds} s${cpu:+ (cpu ${cpu} s)}${rss:+, peak RSS ${rss} MiB}"
    if [[ -z $BEST ]] || awk -v a="$seconds" -v b="$BEST" 'BEGIN { exit !(a < b) }'; then BEST=$seconds; fi
  done
}

HAVE_SCORECARD=1
if ! java -jar "$BPOKIT_JAR" --help 2>&1 | grep -Eq '^ +scorecard( |$)'; then # the command list of the usage
  HAVE_SCORECARD=0
  echo
  echo "!! $BPOKIT_JAR has no 'scorecard' command yet (issue 4, SPEC §7): only DuckDB is timed."
  echo
fi

if ((HAVE_SCORECARD)); then
  if [[ $BPOKIT_LAUNCHER != none && -x $BPOKIT_LAUNCHER ]]; then
    # the launcher runs the jar beside it, and reads BPOKIT_JAVA_OPTS itself
    BPOKIT_CMD=("$BPOKIT_LAUNCHER")
  else
    BPOKIT_CMD=(java "${BPOKIT_OPTS[@]}" -jar "$BPOKIT_JAR")
  fi
  echo "== bpokit scorecard --format json ${BY_ARGS[*]:-} (best of $RUNS): ${BPOKIT_CMD[*]}"
  time_best bpokit "$WORK/bpokit.json" "${BPOKIT_CMD[@]}" scorecard --input "$CSV" --format json "${BY_ARGS[@]}"
  BPOKIT_BEST=$BEST BPOKIT_PEAK=$PEAK
fi

echo "== DuckDB reference, threads=1 ${BY_ARGS[*]:-} (best of $RUNS)"
time_best duckdb "$WORK/duckdb.json" java "${DUCKDB_OPTS[@]}" -cp "$E2E_JAR" io.github.bpokit.benchmarks.DuckDbScorecard \
  --input "$CSV" "${BY_ARGS[@]}"
DUCKDB_BEST=$BEST DUCKDB_PEAK=$PEAK

echo
echo "rows: $ROWS   file: $CSV"
printf '%-8s %10s %14s\n' "" "best (s)" "peak RSS (MiB)"
if ((HAVE_SCORECARD)); then
  printf '%-8s %10s %14s\n' bpokit "$BPOKIT_BEST" "$BPOKIT_PEAK"
fi
printf '%-8s %10s %14s\n' duckdb "$DUCKDB_BEST" "$DUCKDB_PEAK"

if ((!HAVE_SCORECARD)); then
  echo
  echo "DuckDB's values ($WORK/duckdb.json):"
  cat "$WORK/duckdb.json"
  echo
  echo "bpokit scorecard is not there yet: nothing to compare (exit 3)."
  exit 3
fi

awk -v b="$BPOKIT_BEST" -v d="$DUCKDB_BEST" \
  'BEGIN { s = d / b; printf "speed-up: %.2fx (target: at least 4x) %s\n", s, (s >= 4 ? "ok" : "BELOW TARGET") }'
echo
echo "== values: bpokit vs DuckDB (counts and proportions to 1e-9, means 1e-9 relative, quantiles 1%)"
java -cp "$E2E_JAR" io.github.bpokit.benchmarks.CompareScorecards "$WORK/bpokit.json" "$WORK/duckdb.json"
