#!/usr/bin/env bash
# Differential test: ZoneLint against BIND's named-checkzone.
#
# Loads every BIND checkzone/master/masterfile test zone and every real-world zone of the conformance data with
# both tools, then seeded mutations of each zone both accept (20 per zone), and prints the agreement table and every
# disagreement (file, change, class, BIND's first error, ZoneLint's first error). Exit status: the test's.
#
#   tests/differential/run.sh [--keep DIR] [--report FILE] [--conformance DIR]
#
#   --keep DIR          copy every mutated zone the tools disagree on into DIR (to rerun by hand)
#   --report FILE       also write the Markdown table to FILE (default: a temporary file, printed at the end)
#   --conformance DIR   the conformance data folder (default: $ZONELINT_CONFORMANCE_DIR, else ../shared/conformance)
#
# Needs the .NET SDK and named-checkzone (apt-get install -y bind9-utils). The mutations are deterministic: the same
# data and the same code give the same table.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
project="$root/tests/ZoneLint.Conformance.Tests"
report=""

while [ $# -gt 0 ]; do
    case "$1" in
        --keep) export ZONELINT_DIFFERENTIAL_KEEP="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
        --report) report="$2"; shift 2 ;;
        --conformance) export ZONELINT_CONFORMANCE_DIR="$(cd "$2" && pwd)"; shift 2 ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done

if ! command -v named-checkzone >/dev/null 2>&1; then
    echo "named-checkzone is not on PATH: install it with 'apt-get install -y bind9-utils'" >&2
    exit 2
fi
conformance="${ZONELINT_CONFORMANCE_DIR:-$root/../shared/conformance}"
if [ ! -d "$conformance" ]; then
    echo "conformance data not found at $conformance; pass --conformance DIR or set ZONELINT_CONFORMANCE_DIR" >&2
    exit 2
fi

cleanup=""
if [ -z "$report" ]; then
    report="$(mktemp "${TMPDIR:-/tmp}/zonelint-differential.XXXXXX")"
    cleanup="$report"
fi
trap '[ -n "$cleanup" ] && rm -f "$cleanup"' EXIT
: > "$report"
export ZONELINT_DIFFERENTIAL_REPORT="$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"

echo "named-checkzone: $(named-checkzone -v)"
echo "building $project ..."
dotnet build "$project" --nologo -v quiet
set +e
dotnet test "$project" --no-build --nologo \
    --filter "FullyQualifiedName=ZoneLint.Conformance.Tests.Differential.DifferentialTests.ZoneLintAgreesWithNamedCheckzone" \
    --logger "console;verbosity=minimal"
status=$?
set -e

echo
if [ -s "$report" ]; then
    cat "$report"
    [ -z "$cleanup" ] && echo && echo "(table written to $report)"
else
    echo "the test wrote no table (was it skipped? see above)" >&2
fi
[ -n "${ZONELINT_DIFFERENTIAL_KEEP:-}" ] && echo "disagreeing mutated zones kept in $ZONELINT_DIFFERENTIAL_KEEP"
exit $status
