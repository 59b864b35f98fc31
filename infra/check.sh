#!/usr/bin/env bash
# Builds and lints the infrastructure with a pinned Bicep CLI, then checks what each environment
# would deploy against the properties the app depends on. Needs dotnet (to fetch the CLI from
# NuGet once), jq, and no other network: Bicep resolves resource types from its embedded types.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

bicep_version=0.49.2
package=azure.bicep.commandline.linux-x64
packages=.tools/packages
bicep=$packages/$package/$bicep_version/tools/bicep

command -v jq >/dev/null || { echo "check.sh: jq is needed (apt-get install jq)" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The CLI ships inside a NuGet package; a throwaway project outside the repository (so that the
# repository's central package management does not apply) downloads it with the machine's
# NuGet configuration into infra/.tools.
fetch_bicep() {
  mkdir -p "$scratch/fetch"
  cat >"$scratch/fetch/fetch.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
    <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="Azure.Bicep.CommandLine.linux-x64" Version="[$bicep_version]" />
  </ItemGroup>
</Project>
EOF
  if ! NUGET_PACKAGES="$PWD/$packages" dotnet restore "$scratch/fetch/fetch.csproj" \
      -v quiet >"$scratch/restore.log" 2>&1; then
    cat "$scratch/restore.log" >&2
    echo "check.sh: could not download the Bicep CLI $bicep_version from NuGet" >&2
    exit 1
  fi
  # NuGet does not keep the executable bit.
  chmod +x "$bicep"
}

[ -x "$bicep" ] || fetch_bicep
echo "Bicep: $("$bicep" --version)"

failures=0

# Runs a Bicep command; any diagnostic (warning, error or info) on stderr fails the check.
run() {
  local what=$1
  shift
  if ! "$bicep" "$@" >"$scratch/out" 2>"$scratch/err" || [ -s "$scratch/err" ]; then
    echo "FAIL  $what" >&2
    sed '$a\' "$scratch/err" >&2
    failures=$((failures + 1))
    return 1
  fi
  echo "ok    $what"
}

mapfile -t templates < <(find . -path ./.tools -prune -o -name '*.bicep' -print | sort)
mapfile -t params < <(find . -path ./.tools -prune -o -name '*.bicepparam' -print | sort)

# Nothing may come from a registry: the check, CI and a deployment all work offline.
if grep -n -E "['\"](br|ts)[:/]" "${templates[@]}" "${params[@]}" bicepconfig.json; then
  echo "FAIL  registry references (br:/ts:) found above" >&2
  failures=$((failures + 1))
fi

# One call per command and pattern: each start of the CLI takes seconds.
run "build ${#templates[@]} templates" build --pattern '**/*.bicep' --outdir "$scratch/build" \
  --no-restore || true
run "lint  ${#templates[@]} templates" lint --pattern '**/*.bicep' --no-restore || true
built=$(find "$scratch/build" -name '*.json' 2>/dev/null | wc -l)
if [ "$built" -ne "${#templates[@]}" ]; then
  echo "FAIL  built $built of ${#templates[@]} templates" >&2
  failures=$((failures + 1))
fi

# The parameter files read the tenant's values from the deploying shell; stand-ins here.
export SANTORIN_API_CLIENT_ID=00000000-0000-0000-0000-0000000000a1
export SANTORIN_DASHBOARD_ORIGIN=https://dashboard.example.test
export SANTORIN_CYCLADES_BASE_URL=https://cyclades.example.test/
export SANTORIN_IMAGIN_BASE_URL=https://imagin.example.test/
export SANTORIN_CYCLADES_API_KEY=stand-in
unset SANTORIN_IMAGIN_API_KEY SANTORIN_OPERATOR_OBJECT_ID SANTORIN_OPERATOR_TYPE SANTORIN_DASHBOARD_CLIENT_ID

run "build-params ${#params[@]} parameter files" build-params --pattern '**/*.bicepparam' \
  --outdir "$scratch/params" --no-restore || true

# What each environment would deploy, evaluated offline, against the properties the app and the
# security model rely on.
for param in "${params[@]}"; do
  snapshot=${param%.bicepparam}.snapshot.json
  rm -f "$snapshot"
  if ! run "snapshot $param" snapshot "$param" --mode overwrite \
      --subscription-id 00000000-0000-0000-0000-0000000000b1 \
      --tenant-id 00000000-0000-0000-0000-0000000000c1 \
      --resource-group rg-santorin-check --location francecentral; then
    rm -f "$snapshot"
    continue
  fi
  mv "$snapshot" "$scratch/snapshot.json"
  if ! problems=$(jq -r -f assertions.jq "$scratch/snapshot.json"); then
    echo "FAIL  assertions $param: jq failed" >&2
    failures=$((failures + 1))
  elif [ -n "$problems" ]; then
    echo "FAIL  assertions $param" >&2
    sed 's/^/      /' <<<"$problems" >&2
    failures=$((failures + 1))
  else
    echo "ok    assertions $param"
  fi
done

# The Entra ID files the guide feeds to az: valid JSON, and the two roles the API reads.
if jq -e -s '.[0] | map(.value) | sort == ["corrector", "manager"]' entra/app-roles.json >/dev/null \
    && jq -e . entra/api.json entra/corrector-claim-policy.json >/dev/null \
    && jq -r '.definition[0]' entra/corrector-claim-policy.json | jq -e . >/dev/null; then
  echo "ok    entra/*.json"
else
  echo "FAIL  entra/*.json: invalid JSON, or app roles other than manager and corrector" >&2
  failures=$((failures + 1))
fi

if [ "$failures" -gt 0 ]; then
  echo "infra check: $failures failed" >&2
  exit 1
fi
echo "infra check: ${#templates[@]} templates and ${#params[@]} parameter files clean"
