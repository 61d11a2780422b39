#!/usr/bin/env bash
# Side by side: igf-report's CLI (the distribution's launcher, bin/igf-report) and markdownlint-cli2
# on the same folder of Markdown reports.
# Usage: bench/compare-markdownlint.sh [N=2000] [RUNS=3]
# Prints wall time and peak memory (max RSS, from /usr/bin/time -v) of each run, then the medians
# and the ratio igf-report / markdownlint-cli2; each round also runs `igf-report summary` on the
# same folder, and the last line is the ratio summary / check (issue 17: at most 1.1).
# Needs java, mvn, node/npm and GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-2000}
RUNS=${2:-3}
CORPUS=target/bench-corpus-md-$N
MDL=target/markdownlint

IGF=target/igf-report/bin/igf-report
if [ ! -f target/benchmarks.jar ] || [ ! -x "$IGF" ]; then
  mvn -B -q -Pbench -DskipTests package
fi
if [ ! -d "$CORPUS" ]; then
  java -cp target/benchmarks.jar org.igfreport.bench.Corpus "$CORPUS" "$N" md 5000 42
fi
if [ ! -x "$MDL/node_modules/.bin/markdownlint-cli2" ]; then
  npm install --silent --no-audit --no-fund --prefix "$MDL" markdownlint-cli2 >/dev/null
fi
MDL_VERSION=$(node -p "require('./$MDL/node_modules/markdownlint-cli2/package.json').version")

# one measurement: prints "seconds kilobytes"
measure() {
  local log
  log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || true
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')
  rm -f "$log"
  echo "$wall $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

declare -a IGF_T IGF_M MDL_T MDL_M SUM_T SUM_M
printf '%-4s %-34s %9s %10s\n' run tool "wall (s)" "max RSS (MB)"
for i in $(seq 1 "$RUNS"); do
  read -r t m < <(measure "$IGF" check --format json --fail-on never "$CORPUS")
  IGF_T+=("$t"); IGF_M+=("$m")
  printf '%-4s %-34s %9.2f %10.0f\n' "$i" "igf-report check --format json" "$t" "$((m / 1024))"
  read -r t m < <(measure "$IGF" summary --format csv "$CORPUS")
  SUM_T+=("$t"); SUM_M+=("$m")
  printf '%-4s %-34s %9.2f %10.0f\n' "$i" "igf-report summary --format csv" "$t" "$((m / 1024))"
  read -r t m < <(measure "$MDL/node_modules/.bin/markdownlint-cli2" "$CORPUS/**/*.md")
  MDL_T+=("$t"); MDL_M+=("$m")
  printf '%-4s %-34s %9.2f %10.0f\n' "$i" "markdownlint-cli2 $MDL_VERSION" "$t" "$((m / 1024))"
done
it=$(printf '%s\n' "${IGF_T[@]}" | median); im=$(printf '%s\n' "${IGF_M[@]}" | median)
mt=$(printf '%s\n' "${MDL_T[@]}" | median); mm=$(printf '%s\n' "${MDL_M[@]}" | median)
st=$(printf '%s\n' "${SUM_T[@]}" | median); sm=$(printf '%s\n' "${SUM_M[@]}" | median)
echo
echo "load average: $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || uptime)"
echo "corpus: $N Markdown reports, $(du -sh "$CORPUS" | cut -f1) ($CORPUS); $(nproc) CPUs"
printf '%-34s %9s %10s\n' "median of $RUNS" "wall (s)" "max RSS (MB)"
printf '%-34s %9.2f %10.0f\n' "igf-report" "$it" "$(echo "$im/1024" | bc)"
printf '%-34s %9.2f %10.0f\n' "markdownlint-cli2 $MDL_VERSION" "$mt" "$(echo "$mm/1024" | bc)"
printf '%-34s %9.2f %10.2f\n' "ratio igf-report / markdownlint" "$(echo "scale=3; $it/$mt" | bc)" "$(echo "scale=3; $im/$mm" | bc)"
printf '%-34s %9.2f %10.0f\n' "igf-report summary" "$st" "$(echo "$sm/1024" | bc)"
printf '%-34s %9.2f %10.2f\n' "ratio summary / check" "$(echo "scale=3; $st/$it" | bc)" "$(echo "scale=3; $sm/$im" | bc)"
