#!/usr/bin/env bash
# The long fuzzing run of FUZZING.md for every @FuzzTest target, one after another: each runs for
# the given number of executions, then one table says per target how many ran, what was found and
# how long it took. Run from anywhere; logs go to target/fuzz-campaign/.
#
#   ./fuzz-campaign.sh 10000000            # every target, ten million executions each
#   ./fuzz-campaign.sh 1000 WireFuzzTest   # only the targets whose Class#method contains the filter
set -uo pipefail

runs=${1:-}
filter=${2:-}
if [[ ! $runs =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 <executions per target> [Class#method filter]" >&2
  exit 2
fi
cd "$(dirname "$0")" || exit 2
logs=target/fuzz-campaign
mkdir -p "$logs"

# Every @FuzzTest method in the reactor's test sources, as "module class-file method".
targets=$(grep -rl --include='*FuzzTest.java' '@FuzzTest' -- */src/test/java | sort | while read -r file; do
  awk -v file="$file" '
    /@FuzzTest/ { pending = 1; next }
    pending && match($0, /void [A-Za-z0-9_]+\(/) {
      split(file, parts, "/"); print parts[1], file, substr($0, RSTART + 5, RLENGTH - 6); pending = 0
    }' "$file"
done)
if [[ -z $targets ]]; then
  echo "no @FuzzTest targets found" >&2
  exit 2
fi

rows=()
failed=0
while read -r module file method; do
  class=$(basename "$file" .java)
  target="$class#$method"
  [[ -n $filter && $target != *"$filter"* ]] && continue
  inputs=$(find "$module/src/test/resources" -type d -path "*/${class}Inputs/$method" 2>/dev/null | head -n 1)
  crashes_before=$( [[ -n $inputs ]] && find "$inputs" -maxdepth 1 -name 'crash-*' | wc -l || echo 0)
  log="$logs/$target.log"
  echo "fuzzing $target ($module) for $runs executions; log: $log" >&2
  start=$(date +%s)
  # -max_total_time lifts the annotation's five-minute default; -runs is what ends the run.
  JAZZER_FUZZ=1 mvn -B -ntp -pl "$module" -am test-compile surefire:test@fuzz-regression \
    -Dsurefire.failIfNoSpecifiedTests=false -Dtest="$target" \
    -Djazzer.internal.arg.0=fake -Djazzer.internal.arg.1="-runs=$runs" -Djazzer.internal.arg.2=-max_total_time=2000000000 \
    -Djunit.jupiter.execution.timeout.mode=disabled >"$log" 2>&1
  status=$?
  seconds=$(( $(date +%s) - start ))
  # libFuzzer's last word, wherever surefire put the fork's output.
  executions=$(cat "$log" "$module"/target/surefire-reports/*"$class"*-output.txt "$module"/target/surefire-reports/*.dumpstream 2>/dev/null \
    | grep -o 'Done [0-9]* runs' | tail -n 1 | grep -o '[0-9]*')
  crashes_after=$( [[ -n $inputs ]] && find "$inputs" -maxdepth 1 -name 'crash-*' | wc -l || echo 0)
  findings=$(( crashes_after - crashes_before ))
  if (( status != 0 )); then
    failed=1
    (( findings == 0 )) && findings="build failed"
  elif [[ -z $executions ]]; then
    failed=1
    executions="unknown"
  fi
  rows+=("$(printf '| %-40s | %12s | %12s | %8ss |' "$target" "${executions}" "$findings" "$seconds")")
done <<<"$targets"

printf '| %-40s | %12s | %12s | %9s |\n' target executions findings duration
printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..42})" "$(printf -- '-%.0s' {1..14})" "$(printf -- '-%.0s' {1..14})" "$(printf -- '-%.0s' {1..11})"
printf '%s\n' "${rows[@]}"
exit "$failed"
