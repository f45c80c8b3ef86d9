#!/usr/bin/env bash
# What ZoneLint adds to a .NET build, measured on the samples (medians of N runs, default 5):
#   - a no-op incremental `dotnet build` of samples/msbuild/csharp with the lint target on and off;
#   - `zonelint check samples/zones` with the framework-dependent CLI.
# Usage: bench/msbuild-noop.sh [N]. Needs only the .NET SDK. Measures; asserts nothing.
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet pack "$root/src/ZoneLint.MSBuild" -c Release -o "$work/artifacts" >/dev/null
dotnet publish "$root/src/ZoneLint.Cli" -c Release -o "$work/cli" >/dev/null
mkdir -p "$work/samples"
cp -r "$root/samples/msbuild" "$work/samples/msbuild"
rm -rf "$work/samples/msbuild/obj"
project="$work/samples/msbuild/csharp"

millis() { date +%s%N | cut -c1-13; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
time_runs() { # command...: prints the median wall time in ms
  for _ in $(seq "$runs"); do
    local start; start=$(millis)
    "$@" >/dev/null || true # zonelint exits 1 on the samples' findings: that is what it is for
    echo $(( $(millis) - start ))
  done | median
}

# Restore and a first full build in each mode, so what follows is a no-op build.
dotnet build "$project" >/dev/null
dotnet build "$project" -p:ZoneLintEnableTask=false >/dev/null
dotnet build "$project" >/dev/null
on=$(time_runs dotnet build "$project" --no-restore)
dotnet build "$project" -p:ZoneLintEnableTask=false >/dev/null
off=$(time_runs dotnet build "$project" --no-restore -p:ZoneLintEnableTask=false)
lint=$(time_runs "$work/cli/zonelint" check "$root/samples/zones")

printf '| measurement | median of %s runs |\n|---|---|\n' "$runs"
printf '| no-op build, lint task on (ZoneLintCheck skipped as up to date) | %s ms |\n' "$on"
printf '| no-op build, task off (the analyzer runs in the compiler) | %s ms |\n' "$off"
printf '| difference | %s ms |\n' "$(( on - off ))"
printf '| zonelint check samples/zones (8 zones, process start included) | %s ms |\n' "$lint"
