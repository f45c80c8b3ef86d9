#!/usr/bin/env bash
# The action's lint step: `zonelint check --format github` over the paths, and SARIF beside it when asked for.
#
# Environment (the action passes its inputs here, never into the script text):
#   ZONELINT                     the zonelint command (default: zonelint on PATH)
#   ZONELINT_PATHS               zone files or folders, one per line; a name may contain spaces
#   ZONELINT_CONFIG              a zonelint.json for --config, or empty
#   ZONELINT_WARNINGS_AS_ERRORS  true or false
#   ZONELINT_ONLINE              true or false
#   ZONELINT_BASE                a git revision for --base, or empty
#   ZONELINT_SARIF_FILE          where to write SARIF, or empty for none
# Exit code: zonelint's, so the step fails on findings at error severity (1) and when the tool fails (2).
set -uo pipefail

zonelint="${ZONELINT:-zonelint}"

fail() { # MESSAGE: one annotation; % and line breaks escaped as GitHub's workflow commands require
  local message="${1//%/%25}"
  message="${message//$'\r'/%0D}"
  message="${message//$'\n'/%0A}"
  echo "::error title=zonelint action::$message"
  exit 2
}

options=()
add_flag() { # INPUT VALUE OPTION: adds OPTION when VALUE is true
  case "${2,,}" in
    true) options+=("$3") ;;
    false | "") ;;
    *) fail "input $1 must be true or false, not '$2'" ;;
  esac
}

args=(check)
while IFS= read -r path || [[ -n "$path" ]]; do
  path="${path#"${path%%[![:space:]]*}"}"   # trim, so YAML indentation and CRLF do not count
  path="${path%"${path##*[![:space:]]}"}"
  if [[ -n "$path" ]]; then args+=("$path"); fi
done <<< "${ZONELINT_PATHS:-.}"
if [[ ${#args[@]} -eq 1 ]]; then args+=(.); fi

if [[ -n "${ZONELINT_CONFIG:-}" ]]; then options+=(--config "$ZONELINT_CONFIG"); fi
add_flag warnings-as-errors "${ZONELINT_WARNINGS_AS_ERRORS:-false}" --warnings-as-errors
add_flag online "${ZONELINT_ONLINE:-false}" --online
if [[ -n "${ZONELINT_BASE:-}" ]]; then options+=(--base "$ZONELINT_BASE"); fi

sarif="${ZONELINT_SARIF_FILE:-}"
if [[ -n "$sarif" ]]; then
  mkdir -p "$(dirname "$sarif")"
  # Findings (exit 1) still make a SARIF file worth uploading; only a tool failure (2) stops here.
  "$zonelint" "${args[@]}" "${options[@]}" --format sarif > "$sarif"
  status=$?
  if [[ $status -ge 2 ]]; then
    rm -f "$sarif" # half a file would only make the upload step fail too
    fail "zonelint could not write SARIF to $sarif (exit code $status)"
  fi
  echo "SARIF written to $sarif"
fi

"$zonelint" "${args[@]}" "${options[@]}" --format github
