#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# package-test.sh BUILD_DIR: builds the .deb in BUILD_DIR, checks it with lintian (errors and
# warnings fail), desktop-file-validate and appstreamcli, then installs it into a clean Debian
# 12 root made by debootstrap (so that its dependencies resolve from the archive, not from
# this machine) and uses it there: waymark-cli --version, new, export, check, analyze, the man pages,
# and the GUI offscreen for a few seconds. Where no such root can be made (no network, no
# root, no chroot), it says so and installs into this system instead, then removes the
# package again. Called by packaging/dev.sh package (root only).
set -euo pipefail
build=$(cd "$1" && pwd)
source_dir=$(cd "$(dirname "$0")/.." && pwd)
step() { printf '\n== %s\n' "$*"; }

step "Package"
cd "$build"
rm -f waymark_*.deb
cpack -G DEB >cpack.log 2>&1 || { cat cpack.log; exit 1; }
deb=$(ls "$build"/waymark_*_amd64.deb)
echo "$deb: $(du -h "$deb" | cut -f1)"
step "lintian (errors and warnings fail)"
lintian --fail-on error,warning "$deb" >lintian.log 2>&1 || failed_lint=1
grep -v "running with root privileges" lintian.log || true
[ -z "${failed_lint:-}" ] || { echo "lintian: errors or warnings" >&2; exit 1; }
echo "lintian: clean"
step "desktop-file-validate and appstreamcli"
desktop-file-validate "$source_dir/packaging/linux/org.waymark.Waymark.desktop"
appstreamcli validate --no-net "$source_dir/packaging/linux/org.waymark.Waymark.metainfo.xml"

# What a user does with the installed package, run in ROOT (chroot) or here (ROOT empty).
use_package() {
  local root=$1
  local run=(env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp/home LC_ALL=C.UTF-8
             QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/home/run)
  [ -n "$root" ] && run=(chroot "$root" "${run[@]}")
  "${run[@]}" sh -euc '
    mkdir -p -m 0700 /tmp/home/run && mkdir -p /tmp/pkgtest && cd /tmp/pkgtest
    waymark-cli --version
    waymark --version
    waymark-cli new --list-templates | head -3
    waymark-cli new journey.waymark --template patient-journey --lang de
    waymark-cli check journey.waymark
    waymark-cli export journey.waymark -o journey.pdf
    waymark-cli export journey.waymark -o journey.png
    test "$(head -c 4 journey.pdf)" = "%PDF" && test -s journey.png
    # analyze runs in the launcher alone, every other command in the module it loads.
    printf "case,time,activity\n1,2026-01-01T10:00:00Z,Visit\n1,2026-01-01T10:05:00Z,Buy\n" >ev.csv
    waymark-cli analyze ev.csv --json | grep -q "\"events\": 2"
    waymark-cli analyze ev.csv --flow flow.png >/dev/null && test -s flow.png
    echo "analyze: quick and with the module"
    echo "exports: $(wc -c <journey.pdf) bytes PDF, $(wc -c <journey.png) bytes PNG"
    test -s /usr/share/man/man1/waymark.1.gz && test -s /usr/share/man/man1/waymark-cli.1.gz
    test -s /usr/share/waymark/samples/contract-renewal.de.waymark
    # The window, offscreen, for a few seconds: still running when stopped means it started.
    set +e
    timeout 5 waymark journey.waymark >gui.log 2>&1
    code=$?
    set -e
    if [ "$code" != 124 ] || grep -qiE "could not (load|find)|cannot|error" gui.log; then
      echo "the GUI did not stay up (exit $code):"; cat gui.log; exit 1
    fi
    echo "GUI: ran 5 s offscreen, stopped by timeout"
    rm -rf /tmp/pkgtest'
}

step "A clean Debian 12 root (debootstrap)"
root=$(mktemp -d /tmp/waymark-root.XXXXXX)
mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT
mirror=${WAYMARK_PACKAGE_MIRROR:-http://deb.debian.org/debian}  # a local mirror, if you have one
cache=/var/cache/waymark-debootstrap
mkdir -p "$cache"
if command -v debootstrap >/dev/null && [ "$(id -u)" = 0 ] &&
   timeout 900 debootstrap --variant=minbase --cache-dir="$cache" bookworm "$root" "$mirror" \
     >"$build/debootstrap.log" 2>&1 &&
   mount -t proc proc "$root/proc" && mounted+=("$root/proc") &&
   mount --bind /dev "$root/dev" && mounted+=("$root/dev") &&
   mount --bind /dev/pts "$root/dev/pts" && mounted+=("$root/dev/pts"); then
  cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
SOURCES
  cp "$deb" "$root/tmp/waymark.deb"
  echo "root: $(du -sh --one-file-system "$root" | cut -f1) in $root"
  chroot "$root" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ./tmp/waymark.deb' \
    >"$build/chroot-install.log" 2>&1 || { tail -30 "$build/chroot-install.log"; exit 1; }
  echo "installed with $(grep -c '^Setting up' "$build/chroot-install.log") packages from the archive"
  step "Using the package in the clean root"
  use_package "$root"
  chroot "$root" sh -c 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq waymark >/dev/null && ! test -e /usr/bin/waymark'
  echo "removed cleanly"
else
  echo "NOTE: no clean Debian 12 root could be made here ($(tail -1 "$build/debootstrap.log" 2>/dev/null || echo 'debootstrap missing or not root'));"
  echo "      installing into this system instead, and removing the package again."
  was_installed=$(dpkg-query -W -f='${Status}' waymark 2>/dev/null | grep -c "install ok installed" || true)
  [ "$was_installed" = 0 ] || { echo "waymark is installed here already; not touching it" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
  use_package ""
  DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq waymark >/dev/null
  ! test -e /usr/bin/waymark
  echo "removed cleanly"
fi
echo "package test: passed"
