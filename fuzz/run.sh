#!/usr/bin/env bash
# Fuzzes one target with afl-fuzz through SharpFuzz.
#   fuzz/run.sh TARGET [MINUTES]        TARGET: lexer | parser | check | spf | checkhost; MINUTES default 10
# Needs afl-fuzz (apt-get install afl++), the sharpfuzz tool
# (dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0) and python3; it installs nothing itself.
# Work goes to fuzz/out/TARGET/ (ignored by git): the instrumented build in bin/, the corpus AFL grew and its
# crashes/ and hangs/ in findings/default/. A crash found there belongs in fuzz/regressions/TARGET/ with its fix.
# FUZZ_TIMEOUT_MS (default 5000) is afl-fuzz -t: a run longer than that is a hang. FUZZ_NICE (default 10).
# FUZZ_RESUME=1 continues the target's last run (its queue and counts) instead of starting afresh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="${1:-}"
minutes="${2:-10}"
case "$target" in
  lexer|parser|check|spf|checkhost) ;;
  *) echo "usage: fuzz/run.sh lexer|parser|check|spf|checkhost [MINUTES]" >&2; exit 2 ;;
esac
[[ "$minutes" =~ ^[0-9]+$ ]] && [ "$minutes" -gt 0 ] || { echo "MINUTES must be a positive whole number" >&2; exit 2; }

export PATH="$PATH:$HOME/.dotnet/tools"
missing=0
command -v dotnet >/dev/null || { echo "missing: the .NET SDK (dotnet)" >&2; missing=1; }
command -v afl-fuzz >/dev/null || { echo "missing: afl-fuzz; install it with: apt-get install afl++" >&2; missing=1; }
command -v sharpfuzz >/dev/null || { echo "missing: sharpfuzz; install it with: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0" >&2; missing=1; }
command -v python3 >/dev/null || { echo "missing: python3 (for fuzz/corpus.sh); install it with: apt-get install python3" >&2; missing=1; }
[ "$missing" -eq 0 ] || exit 1

work="$here/out/$target"
bin="$work/bin"
findings="$work/findings"
rm -rf "$bin"
mkdir -p "$work"

echo "== publishing the harness"
dotnet publish "$here/ZoneLint.Fuzz/ZoneLint.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet
echo "== instrumenting ZoneLint.Core.dll"
sharpfuzz "$bin/ZoneLint.Core.dll"

echo "== building the seed corpus"
"$here/corpus.sh" "$target"
corpus="$here/corpus/$target"

# A new run starts afresh; `-i -` (FUZZ_RESUME=1) continues the last one instead.
input=(-i "$corpus")
if [ "${FUZZ_RESUME:-0}" = 1 ] && [ -d "$findings/default/queue" ]; then input=(-i -); else rm -rf "$findings"; fi

echo "== afl-fuzz $target for $minutes minute(s)"
# dotnet itself carries no AFL instrumentation (SharpFuzz instruments the managed code), so the binary check is
# skipped; in a container the CPU governor and core-dump settings cannot be changed and do not matter here.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
export AFL_NO_UI="${AFL_NO_UI:-$([ -t 1 ] && echo 0 || echo 1)}"
[ "$AFL_NO_UI" = 1 ] || unset AFL_NO_UI
status=0
nice -n "${FUZZ_NICE:-10}" afl-fuzz "${input[@]}" -o "$findings" -x "$here/zone.dict" -t "${FUZZ_TIMEOUT_MS:-5000}" -m none \
  -V "$((minutes * 60))" -- dotnet "$bin/ZoneLint.Fuzz.dll" "$target" || status=$?

stats="$findings/default/fuzzer_stats"
if [ -f "$stats" ]; then
  echo "== $target: results (fuzzer_stats)"
  grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|unique_crashes|unique_hangs) ' "$stats"
  crashes="$(find "$findings/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)"
  hangs="$(find "$findings/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)"
  echo "crash inputs: $crashes in $findings/default/crashes"
  echo "hang inputs:  $hangs in $findings/default/hangs"
  [ "$crashes" -eq 0 ] && [ "$hangs" -eq 0 ] || status=3
fi
exit "$status"
