#!/usr/bin/env bash
# Before/after of the sample consultation on a shared machine: single runs alternating between another build's jar
# (BEFORE_JAR, started with `java -jar`) and this one (started as ./architect starts it, with the CDS archive), so
# both see the same load; prints the median and best wall time of each. Build this jar first
# (mvn -B -q package -DskipTests -pl examples -am).
# Usage: BEFORE_JAR=/path/to/main/architect.jar benchmarks/before-after.sh [ROUNDS, default 7]
set -euo pipefail
cd "$(dirname "$0")/.."
: "${BEFORE_JAR:?set BEFORE_JAR to the jar to compare with}"
rounds=${1:-7}
jar=examples/target/architect.jar
jsa=examples/target/architect.jsa
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
consult="consult examples/requests/shopfast-ecommerce.yaml --provider offline --force --date 2026-01-01"
names=("before, no SVG" "after, no SVG" "before, SVG" "after, SVG")
commands=(
  "java -jar $BEFORE_JAR $consult --out $work/o --no-svg"
  "java -XX:SharedArchiveFile=$jsa -Xlog:cds=off,cds+dynamic=off -jar $jar $consult --out $work/o --no-svg"
  "java -jar $BEFORE_JAR $consult --out $work/o"
  "java -XX:SharedArchiveFile=$jsa -Xlog:cds=off,cds+dynamic=off -jar $jar $consult --out $work/o"
)
echo "load before: $(uptime | sed 's/.*load average: //')"
for c in "${commands[@]}"; do rm -rf "$work/o"; $c >/dev/null 2>&1; done # warm-up
for _ in $(seq "$rounds"); do
  for i in "${!commands[@]}"; do
    rm -rf "$work/o" # a fresh folder: every diagram is drawn
    start=$(date +%s%N); ${commands[$i]} >/dev/null 2>&1; end=$(date +%s%N)
    echo "$i $(( (end - start) / 1000000 ))" >>"$work/times"
  done
done
echo "load after: $(uptime | sed 's/.*load average: //')"
for i in "${!commands[@]}"; do
  sorted=$(awk -v i="$i" '$1 == i {print $2}' "$work/times" | sort -n)
  count=$(echo "$sorted" | wc -l)
  median=$(echo "$sorted" | sed -n "$(( (count + 1) / 2 ))p")
  echo "${names[$i]}: median ${median} ms, best $(echo "$sorted" | head -1) ms over ${count} runs"
done
