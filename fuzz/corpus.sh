#!/usr/bin/env bash
# Builds the seed corpora under fuzz/corpus/<target>/ (ignored by git) from the committed seeds, samples/zones and
# the third-party conformance data, which is read where it lies and never copied into the repository.
#   fuzz/corpus.sh [TARGET...]      (default: every target)
# ZONELINT_CONFORMANCE_DIR: the conformance data (default: ../shared/conformance beside the repository).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
conformance="${ZONELINT_CONFORMANCE_DIR:-$repo/../shared/conformance}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(lexer parser check spf checkhost)

if ! command -v python3 >/dev/null 2>&1; then
  echo "corpus.sh needs python3 (apt-get install python3)" >&2
  exit 1
fi
[ -d "$conformance" ] || echo "note: no conformance data at $conformance; seeding from samples and fuzz/seeds only" >&2

for target in "${targets[@]}"; do
  python3 - "$target" "$repo" "$conformance" "$here/corpus/$target" <<'PY'
import hashlib, os, re, sys

target, repo, conformance, out = sys.argv[1:]
MAX_SEED = 10 * 1024  # AFL wants small seeds; larger files slow every cycle down
seeds = {}

def add(data):
    if 0 < len(data) <= MAX_SEED:
        seeds.setdefault(hashlib.sha1(data).hexdigest()[:16], data)

def add_files(folder, skip_suffixes=()):
    if not os.path.isdir(folder):
        return
    for root, _, names in os.walk(folder):
        for name in sorted(names):
            if name.endswith(skip_suffixes) or name.endswith((".md", ".LICENSE", ".json", ".yml")) or name.startswith("LICENSE"):
                continue
            path = os.path.join(root, name)
            if os.path.getsize(path) <= MAX_SEED:
                with open(path, "rb") as f:
                    add(f.read())

def spf_suite_files():
    folder = os.path.join(conformance, "spf-suite")
    if not os.path.isdir(folder):
        return []
    return [os.path.join(r, n) for r, _, ns in os.walk(folder) for n in sorted(ns) if n.endswith(".yml")]

def spf_texts():
    # TXT and SPF strings of the suites' zone data; a regular expression, so PyYAML is not needed.
    for path in spf_suite_files():
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                m = re.match(r"\s*-\s*(?:TXT|SPF):\s*(.+?)\s*$", line)
                if not m:
                    continue
                value = m.group(1)
                if value[:1] in "'\"" and value[-1:] == value[:1]:
                    value = value[1:-1]
                yield value.encode("utf-8", "replace")

def quote(text):
    # One TXT character-string per 255 octets, quotes and backslashes escaped as in a zone file.
    data = text.encode("utf-8", "replace")
    parts = [data[i:i + 255] for i in range(0, len(data), 255)] or [b""]
    return " ".join('"' + p.decode("utf-8", "replace").replace("\\", "\\\\").replace('"', '\\"') + '"' for p in parts)

def spf_zones():
    # Each scenario's zone data as a zone file: names under example.com are served, the rest are out of zone.
    try:
        import yaml
    except ImportError:
        print("note: PyYAML is missing (apt-get install python3-yaml); no zones from the SPF suites", file=sys.stderr)
        return
    for path in spf_suite_files():
        with open(path, encoding="utf-8", errors="replace") as f:
            for doc in yaml.safe_load_all(f):
                lines = ["$ORIGIN example.com.", "$TTL 300", "@ SOA ns.example.com. host.example.com. 1 7200 900 1209600 300", "@ NS ns"]
                for owner, records in ((doc or {}).get("zonedata") or {}).items():
                    for record in records or []:
                        if not isinstance(record, dict):
                            continue
                        for rtype, value in record.items():
                            name = str(owner).rstrip(".") + "."
                            if rtype in ("TXT", "SPF"):
                                values = value if isinstance(value, list) else [value]
                                rdata = " ".join(quote(str(v)) for v in values)
                            elif rtype == "MX" and isinstance(value, list) and len(value) == 2:
                                rdata = f"{value[0]} {str(value[1]).rstrip('.')}."
                            elif rtype in ("PTR", "CNAME"):
                                rdata = str(value).rstrip(".") + "."
                            else:
                                rdata = str(value)
                            lines.append(f"{name} {rtype} {rdata}")
                if len(lines) > 4:
                    add(("\n".join(lines) + "\n").encode("utf-8"))

zone_folders = [os.path.join(conformance, d) for d in ("bind9", "knot-zscanner", "realworld-zones", "simdzone")]
if target in ("lexer", "parser", "check"):
    add_files(os.path.join(repo, "fuzz", "seeds", "zone"))
    add_files(os.path.join(repo, "samples", "zones"))
    for folder in zone_folders:
        add_files(folder, skip_suffixes=(".out",))  # knot's expected outputs are not zone files
elif target == "spf":
    add_files(os.path.join(repo, "fuzz", "seeds", "spf"))
    for text in spf_texts():
        add(text)
elif target == "checkhost":
    add_files(os.path.join(repo, "fuzz", "seeds", "checkhost"))
    add_files(os.path.join(repo, "samples", "zones"))
    spf_zones()
else:
    sys.exit(f"unknown target '{target}'")

os.makedirs(out, exist_ok=True)
for old in os.listdir(out):
    os.remove(os.path.join(out, old))
for key, data in sorted(seeds.items()):
    with open(os.path.join(out, key), "wb") as f:
        f.write(data)
print(f"{target}: {len(seeds)} seeds in {out}")
PY
done
