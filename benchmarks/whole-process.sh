#!/usr/bin/env bash
# Whole-process timings of the command-line tool with hyperfine (apt-get install -y hyperfine): the median wall
# time of RUNS runs after a warm-up, and the CPU time, for
#   - consult of the sample request without and with SVG, started as `java -jar`, with the class-data-sharing
#     archive, and as ./architect starts it (the archive and -XX:TieredStopAtLevel=1);
#   - render of the large dossier (81 diagrams: its 60-container view is split into an overview and 9 group views)
#     with SVG into a fresh folder, at the default thread count (one per core), and again over an unchanged one.
# Every SVG run writes into a fresh folder (hyperfine --prepare), so it draws every diagram; only the
# "unchanged" line reuses the previous images. Prints a Markdown table with medians and ratios.
#
# Usage (from anywhere): benchmarks/whole-process.sh
#   RUNS=5 LARGE_RUNS=3     runs per command (after one warm-up; the large dossier has no warm-up)
#   BEFORE_JAR=path.jar     also time another build of the CLI (e.g. main's) for a before/after table
#   SKIP_LARGE=1            leave out the large dossier (about 2 minutes)
#   SKIP_CONSULT=1          only the large dossier
# The machine's load is printed before and after: on a shared machine, compare runs made at a low load only.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-5}
large_runs=${LARGE_RUNS:-3}
jar=examples/target/architect.jar
jsa=examples/target/architect.jsa
large=benchmarks/target/large-consultation.json
request=examples/requests/shopfast-ecommerce.yaml

command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install -y hyperfine" >&2; exit 2; }
command -v jq >/dev/null || { echo "jq is missing: apt-get install -y jq" >&2; exit 2; }
if [ ! -f "$jar" ] || [ ! -f "$jsa" ]; then
  echo "building the CLI and its archive: mvn -B -q package -DskipTests -pl examples -am" >&2
  mvn -B -q package -DskipTests -pl examples -am >&2
fi
if [ -z "${SKIP_LARGE:-}" ] && [ ! -f "$large" ]; then
  echo "saving the large dossier: mvn -B -q -pl benchmarks -am package -DskipTests -Plarge-dossier" >&2
  mvn -B -q -pl benchmarks -am package -DskipTests -Plarge-dossier >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# What ./architect adds to `java -jar`: the class-data-sharing archive and the first compiler tier only.
cds="-XX:SharedArchiveFile=$jsa -Xlog:cds=off,cds+dynamic=off"
launcher="$cds -XX:TieredStopAtLevel=1"
consult="consult $request --provider offline --force --date 2026-01-01"

echo "cores: $(nproc); load before: $(uptime | sed 's/.*load average: //')"

add() { # name, prepare, command
  args+=(-n "$1" -p "$2" "$3")
}
results=()
if [ -z "${SKIP_CONSULT:-}" ]; then
args=(-N --style basic --export-json "$work/consult.json" -w 1 -r "$runs")
add "consult, no SVG, java -jar" "rm -rf $work/o1" "java -jar $jar $consult --out $work/o1 --no-svg"
add "consult, no SVG, CDS archive" "rm -rf $work/o2" "java $cds -jar $jar $consult --out $work/o2 --no-svg"
add "consult, SVG, java -jar" "rm -rf $work/o3" "java -jar $jar $consult --out $work/o3"
add "consult, SVG, CDS archive" "rm -rf $work/o4" "java $cds -jar $jar $consult --out $work/o4"
add "consult, no SVG, as ./architect starts it (CDS, C1)" "rm -rf $work/o5" "java $launcher -jar $jar $consult --out $work/o5 --no-svg"
add "consult, SVG, as ./architect starts it (CDS, C1)" "rm -rf $work/o6" "java $launcher -jar $jar $consult --out $work/o6"
if [ -n "${BEFORE_JAR:-}" ]; then
  add "before: consult, no SVG, java -jar" "rm -rf $work/b1" "java -jar $BEFORE_JAR $consult --out $work/b1 --no-svg"
  add "before: consult, SVG, java -jar" "rm -rf $work/b2" "java -jar $BEFORE_JAR $consult --out $work/b2"
fi
hyperfine "${args[@]}" >&2
results+=("$work/consult.json")
fi

if [ -z "${SKIP_LARGE:-}" ]; then
  java $launcher -jar "$jar" render "$large" --out "$work/l2" --force --date 2026-01-01 >/dev/null 2>&1 # the folder the "unchanged" line rewrites
  args=(-N --style basic --export-json "$work/large.json" -r "$large_runs")
  add "large dossier, SVG, fresh folder (CDS archive)" "rm -rf $work/l0" "java $cds -jar $jar render $large --out $work/l0 --force --date 2026-01-01"
  add "large dossier, SVG, fresh folder, as ./architect starts it (CDS, C1)" "rm -rf $work/l1" "java $launcher -jar $jar render $large --out $work/l1 --force --date 2026-01-01"
  add "large dossier, SVG, diagrams unchanged since the last write (CDS, C1)" "true" "java $launcher -jar $jar render $large --out $work/l2 --force --date 2026-01-01"
  if [ -n "${BEFORE_JAR:-}" ]; then
    add "before: large dossier, SVG, java -jar" "rm -rf $work/b3" "java -jar $BEFORE_JAR render $large --out $work/b3 --force --date 2026-01-01"
  fi
  hyperfine "${args[@]}" >&2
  results+=("$work/large.json")
fi

echo "load after: $(uptime | sed 's/.*load average: //')"
echo
echo "| command | median wall | min wall | mean CPU (user+sys) | median / first line |"
echo "| --- | ---: | ---: | ---: | ---: |"
jq -rs '[.[].results[]] as $all | $all[0].median as $base | $all[]
  | "| \(.command) | \(.median*100|round/100) s | \(.min*100|round/100) s | \((.user+.system)*100|round/100) s | \(.median/$base*100|round/100) |"' \
  "${results[@]}"
