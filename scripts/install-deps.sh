#!/usr/bin/env bash
# Installs the Debian packages allegraph needs to build and test, only those missing.
set -euo pipefail
packages=(
  cmake g++ make pkg-config
  libboost-graph-dev rapidjson-dev libsqlitecpp-dev libsqlite3-dev sqlite3
  postgresql postgresql-contrib libpqxx-dev
  doctest-dev libcli11-dev libicu-dev libssl-dev
  python3 python3-networkx python3-igraph graphviz libxml2-utils time
  chromium fonts-dejavu-core
)
# `install-deps.sh fuzz` adds what `make fuzz` needs: clang and its libFuzzer runtime.
[ "${1:-}" = fuzz ] && packages+=(clang libclang-rt-14-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm: Debian's package, unless the machine already has one (NodeSource's nodejs ships its own)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then
    echo "allegraph: missing Debian packages (${missing[*]}); run 'make deps' as root" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# Knight Lab's TimelineJS, pinned, from the npm registry into .cache/js (not in git): the tests
# render our TimelineJS output with it in headless Chromium.
js_dir="$(cd "$(dirname "$0")/.." && pwd)/.cache/js"
timelinejs=@knight-lab/timelinejs@3.9.11
if [ ! -f "$js_dir/node_modules/@knight-lab/timelinejs/dist/js/timeline.js" ]; then
  echo "installing: $timelinejs (npm)" >&2
  npm install --prefix "$js_dir" --no-audit --no-fund --no-save --silent "$timelinejs" >/dev/null
fi
