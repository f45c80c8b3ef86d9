#!/usr/bin/env bash
# Start-up cost of `zonelint check` on one 20-record zone: the NativeAOT build against the framework-dependent
# build (`dotnet zonelint.dll` and its apphost), and BIND's named-checkzone and Knot's kzonecheck where installed.
# The commands run alternately, N rounds (default 30), and the medians are printed.
# Usage: bench/startup.sh [N]. Needs the .NET SDK, and clang for the native build (skipped without it).
# Measures; asserts nothing.
set -euo pipefail
runs=${1:-30}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --artifacts-path keeps both builds out of the checkout's bin/ and obj/.
echo "publishing the framework-dependent build..." >&2
dotnet publish "$root/src/ZoneLint.Cli" -c Release -o "$work/jit" --artifacts-path "$work/build-jit" -nologo >/dev/null
echo "publishing the NativeAOT build..." >&2
native=yes
dotnet publish "$root/src/ZoneLint.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" \
  --artifacts-path "$work/build-aot" -nologo >"$work/aot.log" 2>&1 || { native=no; echo "NativeAOT publish failed (clang missing?); see below" >&2; tail -5 "$work/aot.log" >&2; }

origin=bench.example.com
zone="$work/$origin.zone"
cat > "$zone" <<ZONE
\$TTL 3600
@        IN SOA   ns1.$origin. hostmaster.$origin. ( 2024112801 3h 1h 2w 5m )
@        IN NS    ns1.$origin.
@        IN NS    ns2.$origin.
@        IN MX    10 mail.$origin.
@        IN MX    20 mail2.$origin.
@        IN A     192.0.2.10
@        IN AAAA  2001:db8::10
@        IN TXT   "v=spf1 ip4:192.0.2.25 ip4:192.0.2.26 -all"
_dmarc   IN TXT   "v=DMARC1; p=reject; rua=mailto:dmarc@$origin"
ns1      IN A     192.0.2.1
ns1      IN AAAA  2001:db8::1
ns2      IN A     198.51.100.1
ns2      IN AAAA  2001:db8:1::1
mail     IN A     192.0.2.25
mail2    IN A     192.0.2.26
www      IN CNAME @
api      IN A     203.0.113.10
ftp      IN A     203.0.113.11
_sip._tcp IN SRV  10 60 5060 sip.$origin.
sip      IN A     203.0.113.12
ZONE

names=() commands=()
add() { # NAME COMMAND...: the command line, with its paths quoted, run by eval
  names+=("$1"); shift
  commands+=("$*")
}
[[ $native == yes ]] && add "zonelint (NativeAOT)" "'$work/aot/zonelint' check '$zone'"
add "dotnet zonelint.dll (JIT)" "dotnet '$work/jit/zonelint.dll' check '$zone'"
add "zonelint apphost (JIT)" "'$work/jit/zonelint' check '$zone'"
command -v named-checkzone >/dev/null && add "named-checkzone" "named-checkzone $origin '$zone'"
command -v kzonecheck >/dev/null && add "kzonecheck" "kzonecheck -o $origin '$zone'"

# Every command must accept the zone, so no error path is timed; one untimed run also warms the file cache.
for i in "${!commands[@]}"; do
  eval "${commands[$i]}" >"$work/out" 2>&1 || { echo "${names[$i]} failed on the zone:" >&2; cat "$work/out" >&2; exit 1; }
done

# EPOCHREALTIME (bash 5) reads the clock without starting a process.
for _ in $(seq "$runs"); do
  for i in "${!commands[@]}"; do
    start=${EPOCHREALTIME/[.,]/}
    eval "${commands[$i]}" >/dev/null 2>&1 || true
    end=${EPOCHREALTIME/[.,]/}
    echo "$i $(( 10#$end - 10#$start ))" >> "$work/times"
  done
done

median_ms() { # INDEX
  awk -v i="$1" '$1 == i { print $2 }' "$work/times" | sort -n |
    awk '{ a[NR] = $1 } END { m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }'
}
printf '| %s-record zone, %s rounds | median wall time |\n|---|---|\n' "$(grep -c ' IN ' "$zone")" "$runs"
for i in "${!commands[@]}"; do
  printf '| %s | %s ms |\n' "${names[$i]}" "$(median_ms "$i")"
done
printf '\nNative binary: %s bytes.\n' \
  "$( [[ $native == yes ]] && stat -c %s "$work/aot/zonelint" || echo n/a)"
