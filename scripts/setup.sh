#!/usr/bin/env bash
# Installs what a fresh Debian machine with Swift lacks, then builds graphtool in release mode.
# Idempotent: packages already present are skipped. Run as root (or with sudo available).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(pkg-config libopenblas-dev libgraphviz-dev zlib1g-dev libopenmpi-dev openmpi-bin libmetis-dev)
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

if [ "${1:-}" != "--no-build" ]; then
  swift build -c release --product graphtool >&2
fi
