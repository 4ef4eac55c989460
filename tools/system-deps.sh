#!/usr/bin/env bash
# Installs the Debian packages EMP Desktop needs beyond Python: Qt's xcb window plugin
# libraries, Xvfb (headless runs), poppler (PDF checks) and fonts. Does nothing when they
# are all present or when this is not a Debian-like system.
set -euo pipefail
packages=(
  xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-cursor0
  libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1 libfontconfig1
  libdbus-1-3 libglib2.0-0 poppler-utils fonts-dejavu-core
)
command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not Debian, skipped"; exit 0; }
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "system-deps: installing ${missing[*]}"
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
