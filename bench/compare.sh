#!/usr/bin/env bash
# ZoneLint against the installed zone checkers, on the same generated files, run in alternation.
#
#   bench/compare.sh                 # 20 records, 1M records, 2,000 small zones; 5 rounds
#   ROUNDS=9 BENCH_5M=1 bench/compare.sh | tee compare.md
#
# Environment:
#   ROUNDS        rounds per case, every tool once per round in turn (default 5); SMALL_ROUNDS for the
#                 20-record case, whose runs take milliseconds (default 21)
#   BIG           records of the large zone (default 1000000); BENCH_5M=1 adds a 5,000,000-record zone
#   FILES         small zones in the folder case (default 2000); FILES=0 skips it
#   JOBS          parallel processes for the peers in the folder case (default: nproc)
#   WORK          folder for the zones and builds (default: a temporary folder, removed at the end)
#   NO_AOT=1      skip the NativeAOT build (it needs clang; skipped anyway when clang is missing)
#
# Prints a Markdown table: median wall time, MB/s, peak RSS (of the largest single process), CPU use, and
# each tool's time and memory divided by ZoneLint's (NativeAOT build when there is one). Measures; asserts nothing.
# Peers: named-checkzone (bind9-utils), kzonecheck (knot-dnssecutils), validns, nsd-checkzone (nsd); those missing
# are left out. Wall time comes from bash's clock, peak memory and CPU from GNU time (/usr/bin/time).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rounds=${ROUNDS:-5}
small_rounds=${SMALL_ROUNDS:-21}
big=${BIG:-1000000}
files=${FILES:-2000}
jobs=${JOBS:-$(nproc)}
if [[ -n "${WORK:-}" ]]; then work=$WORK; mkdir -p "$work"; else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi

[[ -x /usr/bin/time ]] || { echo "compare.sh: needs GNU time (apt-get install -y time)" >&2; exit 2; }
log() { echo "compare.sh: $*" >&2; }

# --- builds ---------------------------------------------------------------------------------------------------
log "publishing zonelint and zonegen"
dotnet publish "$root/src/ZoneLint.Cli" -c Release -o "$work/zonelint-jit" >/dev/null
dotnet publish "$root/tools/ZoneLint.ZoneGenerator" -c Release -o "$work/zonegen" >/dev/null
zonelints=("zonelint|$work/zonelint-jit/zonelint")
if [[ -z "${NO_AOT:-}" ]] && command -v clang >/dev/null; then
  log "publishing zonelint with NativeAOT"
  if dotnet publish "$root/src/ZoneLint.Cli" -c Release --use-current-runtime -p:PublishAot=true -o "$work/zonelint-aot" >"$work/aot.log" 2>&1; then
    zonelints=("zonelint (AOT)|$work/zonelint-aot/zonelint" "${zonelints[@]}")
  else
    log "NativeAOT publish failed, measuring the JIT build only (see $work/aot.log)"
  fi
fi

# --- zones ----------------------------------------------------------------------------------------------------
# CAA is written as RFC 3597 TYPE257 so that validns, which predates CAA, reads the same files as the others.
gen() { "$work/zonegen/zonegen" --generic-caa "$@"; }
cases=()
gen --records 20 --origin small.example.com -o "$work/small.example.com.zone"; cases+=("20 records|small.example.com|$work/small.example.com.zone|$small_rounds")
gen --records "$big" --origin big.example.com -o "$work/big.example.com.zone"; cases+=("$big records|big.example.com|$work/big.example.com.zone|$rounds")
if [[ -n "${BENCH_5M:-}" ]]; then
  gen --records 5000000 --origin huge.example.com -o "$work/huge.example.com.zone"; cases+=("5000000 records|huge.example.com|$work/huge.example.com.zone|$rounds")
fi
if (( files > 0 )); then
  rm -rf "$work/many"; gen --files "$files" --origin example.net -o "$work/many"
  cases+=("$files files|-|$work/many|$rounds")
fi

# --- commands -------------------------------------------------------------------------------------------------
# A peer reads one zone per process: the folder case runs one process per file, JOBS at a time, with xargs
# (named-checkzone ORIGIN FILE ...). zonelint is given the folder and spreads the files over the cores itself.
peer_args() { # tool origin file -> the checker's argument list for one zone
  case $1 in
    named-checkzone) echo "-q $2 $3" ;;
    kzonecheck) echo "-o $2 $3" ;;
    validns) echo "-z $2 $3" ;;      # the default checks; -p all adds policy checks (see docs/performance.md)
    nsd-checkzone) echo "$2 $3" ;;
  esac
}
command_for() { # tool binary origin path -> prints the command line
  local tool=$1 bin=$2 origin=$3 path=$4
  if [[ -d $path ]]; then
    if [[ $tool == zonelint* ]]; then echo "$bin check $path"; return; fi
    local list="$work/$tool.args"
    [[ -f $list ]] || for f in "$path"/*.zone; do z=$(basename "$f" .zone); peer_args "$tool" "$z" "$f"; done > "$list"
    local n; n=$(head -1 "$list" | wc -w)
    echo "xargs -P $jobs -n $n -a $list $bin"
  elif [[ $tool == zonelint* ]]; then
    echo "$bin check --origin $origin $path"
  else
    echo "$bin $(peer_args "$tool" "$origin" "$path")"
  fi
}
tools=("${zonelints[@]}")
for peer in named-checkzone kzonecheck validns nsd-checkzone; do
  if command -v "$peer" >/dev/null; then tools+=("$peer|$(command -v "$peer")"); else log "$peer not installed, left out"; fi
done

# --- runs -----------------------------------------------------------------------------------------------------
results="$work/results.tsv"; : > "$results"
for c in "${cases[@]}"; do
  IFS='|' read -r label origin path n <<< "$c"
  bytes=$(du -sb "$path" | cut -f1)
  for round in $(seq "$n"); do
    log "$label: round $round of $n"
    for t in "${tools[@]}"; do
      IFS='|' read -r tool bin <<< "$t"
      cmd=$(command_for "$tool" "$bin" "$origin" "$path")
      start=$EPOCHREALTIME
      set +e; /usr/bin/time -o "$work/time" -f '%M %P %U %S' $cmd >/dev/null 2>"$work/stderr"; rc=$?; set -e
      end=$EPOCHREALTIME
      read -r rss cpu user sys < <(tail -1 "$work/time")
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$tool" "$bytes" "$(awk "BEGIN { print $end - $start }")" "$rss" "${cpu%\%}" "$rc" \
        "$(awk "BEGIN { print $user + $sys }")" >> "$results"
    done
  done
done

# --- table ----------------------------------------------------------------------------------------------------
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%d)"
echo "Versions: zonelint $(git -C "$root" describe --always --dirty), .NET $(dotnet --version)$(for t in "${tools[@]}"; do IFS='|' read -r tool bin <<< "$t"; case $tool in named-checkzone) echo -n ", BIND $($bin -v)";; kzonecheck) echo -n ", Knot $($bin -V 2>&1 | grep -oE '[0-9]+\.[0-9.]+' | head -1)";; nsd-checkzone) echo -n ", NSD $(dpkg-query -W -f '${Version}' nsd 2>/dev/null)";; validns) echo -n ", validns $(dpkg-query -W -f '${Version}' validns 2>/dev/null)";; esac; done)"
echo
python3 - "$results" "${zonelints[0]%%|*}" <<'PY'
import collections, statistics, sys
rows = collections.OrderedDict()
for line in open(sys.argv[1]):
    label, tool, size, secs, rss, cpu, rc, cpusecs = line.rstrip("\n").split("\t")
    r = rows.setdefault((label, tool), {"size": int(size), "secs": [], "rss": [], "cpu": [], "cpusecs": [], "rc": set()})
    r["secs"].append(float(secs)); r["rss"].append(int(rss)); r["cpu"].append(int(cpu) if cpu.isdigit() else 0); r["rc"].add(rc)
    r["cpusecs"].append(float(cpusecs))
reference = sys.argv[2]
print(f"| case | tool | median s | MB/s | peak MiB | CPU s | CPU % | time ÷ {reference} | memory ÷ {reference} | exit |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---|")
for (label, tool), r in rows.items():
    secs = statistics.median(r["secs"]); rss = statistics.median(r["rss"]) / 1024
    ref = rows.get((label, reference))
    rt = secs / statistics.median(ref["secs"]) if ref else float("nan")
    rm = rss / (statistics.median(ref["rss"]) / 1024) if ref else float("nan")
    mbps = r["size"] / 1e6 / secs
    mbps = f"{mbps:.1f}" if mbps >= 1 else f"{mbps:.3f}"
    r["median"] = secs; r["peak"] = rss
    print(f"| {label} | {tool} | {secs:.4f} | {mbps} | {rss:.0f} | {statistics.median(r['cpusecs']):.2f} | {statistics.median(r['cpu']):.0f} | {rt:.2f} | {rm:.2f} | {','.join(sorted(r['rc']))} |")

# The goals of the performance work, from the table above.
print()
def get(label_part, tool):
    for (label, t), r in rows.items():
        if t == tool and label_part in label: return r
big = [l for (l, t) in rows if "records" in l and not l.startswith("20 ")]
for label in dict.fromkeys(big):
    z = rows.get((label, reference)); peers = [rows.get((label, p)) for p in ("kzonecheck", "validns")]
    peers = [p for p in peers if p]
    if z and peers:
        fastest = min(p["median"] for p in peers)
        print(f"- {label}: {fastest / z['median']:.2f}x faster than the faster of kzonecheck and validns (goal: 3x)")
    k = rows.get((label, "kzonecheck"))
    if z and k: print(f"- {label}: peak memory {z['peak']:.0f} MiB, kzonecheck {k['peak']:.0f} MiB (goal: lower)")
z = get("20 records", reference); k = get("20 records", "kzonecheck")
if z and k: print(f"- 20 records: {reference} {z['median'] * 1000:.1f} ms, kzonecheck {k['median'] * 1000:.1f} ms (goal: no slower)")
z = get(" files", reference)
if z: print(f"- many files: {reference} used {statistics.median(z['cpu']):.0f}% CPU of {__import__('os').cpu_count() * 100}% available")
PY
echo
echo "Median of each tool's rounds; rounds alternate the tools. Peak MiB is the largest single process's RSS (in the"
echo "folder case, of the largest one process). CPU s is user + system time, all processes; CPU % above 100 means more"
echo "than one core was busy. On a busy machine CPU s is steadier than wall time. Ratios above 1: ZoneLint is faster / smaller."
