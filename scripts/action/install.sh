#!/usr/bin/env bash
# The action's install step: puts `zonelint` in a tool folder, from NuGet or built from the action's own source.
#
# Environment (the action passes its inputs here, never into the script text):
#   ZONELINT_VERSION     a ZoneLint.Cli version on NuGet, `source`, or empty: the version of the action itself
#   ZONELINT_ACTION_REF  the ref the action is used at (github.action_ref): v0.1.0, v0, main, a SHA, or empty
#   GITHUB_ACTION_PATH   the action's checkout; RUNNER_TEMP, GITHUB_OUTPUT, GITHUB_PATH as on a runner
#   DOTNET               the dotnet command (default: dotnet)
# Writes the output `zonelint` (the command's full path) and adds the tool folder to GITHUB_PATH.
set -euo pipefail

dotnet="${DOTNET:-dotnet}"
action_path="${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set}"
work="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/zonelint-action-$$"
tool_path="$work/tool"
requested="${ZONELINT_VERSION:-}"
# Composite actions do not always see github.action_ref; the runner keeps an action at _actions/OWNER/REPO/REF.
ref="${ZONELINT_ACTION_REF:-$(basename "$action_path")}"

# The <Version> the action's own source builds, which is also the version a release tag of it publishes.
source_version() {
  sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$action_path/Directory.Build.props" | head -n 1
}

if [[ -z "$requested" ]]; then
  if [[ "$ref" =~ ^v([0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?)$ ]]; then
    requested="${BASH_REMATCH[1]}"        # a release tag: that release
  elif [[ "$ref" =~ ^v[0-9]+(\.[0-9]+)?$ ]]; then
    requested="$(source_version)"         # a major or minor tag points at a release: the version it was built as
  else
    requested=source                      # a branch or a SHA: what that commit builds
  fi
fi

if [[ "$requested" == source ]]; then
  version="$(source_version)"
  feed="$work/feed"
  echo "Building ZoneLint.Cli $version from $action_path (ref '${ref}')"
  # --artifacts-path keeps bin/ and obj/ out of the action's checkout.
  "$dotnet" pack "$action_path/src/ZoneLint.Cli" -c Release -o "$feed" --artifacts-path "$work/build" -nologo
  # Only the local feed, and a package folder of its own, so a ZoneLint.Cli of the same version from
  # nuget.org (or one cached earlier) is never taken instead of this build.
  mkdir -p "$work"
  cat > "$work/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="zonelint-source" value="$feed" />
  </packageSources>
</configuration>
CONFIG
  NUGET_PACKAGES="$work/packages" "$dotnet" tool install ZoneLint.Cli --version "$version" \
    --tool-path "$tool_path" --configfile "$work/nuget.config"
else
  echo "Installing ZoneLint.Cli $requested from NuGet (ref '${ref}')"
  "$dotnet" tool install ZoneLint.Cli --version "$requested" --tool-path "$tool_path"
fi

zonelint="$tool_path/zonelint"
if [[ -n "${GITHUB_OUTPUT:-}" ]]; then echo "zonelint=$zonelint" >> "$GITHUB_OUTPUT"; fi
if [[ -n "${GITHUB_PATH:-}" ]]; then echo "$tool_path" >> "$GITHUB_PATH"; fi
echo "zonelint: $zonelint"
