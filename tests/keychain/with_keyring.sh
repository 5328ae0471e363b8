#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test (`with_keyring.sh PROGRAM [ARGS...]`) in a D-Bus session of its own with a
# throw-away GNOME Keyring answering as the Secret Service, so that the keychain tests never
# see or touch the user's keyring. Its files live in a temporary HOME, removed at the end.
# Exits 77 (skipped) and says why when dbus-run-session or gnome-keyring-daemon is missing
# (packaging/dev.sh test installs dbus and gnome-keyring).
set -u
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIPPED: $1 needs $tool (apt-get install dbus gnome-keyring; packaging/dev.sh test does)" >&2
        exit 77
    fi
done
home=$(mktemp -d "${TMPDIR:-/tmp}/waymark-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
# The keyring's password is only this session's; the daemon ends with the session bus.
HOME=$home XDG_DATA_HOME=$home/.local/share XDG_RUNTIME_DIR=$home/run \
    dbus-run-session -- sh -c '
        eval "$(printf waymark | gnome-keyring-daemon --unlock --components=secrets)"
        export GNOME_KEYRING_CONTROL
        exec "$@"' sh "$@"
