#!/usr/bin/env bash
# Installs what a fresh Debian machine with Swift lacks, then builds graphtool in release mode.
# Idempotent: packages already present are skipped. Run as root (or with sudo available).
#   scripts/setup.sh [--no-build] [--qflow]
# --qflow also installs Debian's open digital flow and the OSU 0.18 um cells, for the
# second-technology parasitic data (benchmarks/qflow-parasitics-data.sh) and the SPICE tests.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(pkg-config libopenblas-dev libgraphviz-dev zlib1g-dev libopenmpi-dev openmpi-bin libmetis-dev)
build=1
for argument in "$@"; do
  case "$argument" in
    --no-build) build=0 ;;
    --qflow) packages+=(qflow qrouter graywolf magic netgen-lvs tcsh qflow-tech-osu018) ;;
    *) echo "usage: scripts/setup.sh [--no-build] [--qflow]" >&2; exit 64 ;;
  esac
done
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ "$build" = 1 ]; then
  swift build -c release --product graphtool >&2
fi
