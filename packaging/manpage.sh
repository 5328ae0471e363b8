#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# manpage.sh BINARY OUT.1.gz "one-line description"
# The man page of BINARY, made by help2man from the program's own --help and --version, so
# it says what the program says. For waymark-cli every command's --help follows, as
# COMMANDS. Run by the build (packaging/CMakeLists.txt).
set -eu
binary=$1 out=$2 name=$3
prog=$(basename "$binary")
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE=en
# Called by its bare name, so the page says "waymark", not the build folder.
PATH=$(dirname "$binary"):$PATH
include=$(mktemp)
trap 'rm -f "$include" "$out.tmp"' EXIT
cat >"$include" <<'TEXT'
[SEE ALSO]
.BR waymark (1),
.BR waymark-cli (1).
The README and the user guide: /usr/share/doc/waymark.
TEXT
if [ "$prog" = waymark ]; then
    cat >>"$include" <<'TEXT'
[DESCRIPTION]
Waymark opens the projects named on the command line, or shows its start page: new
projects from the template gallery, the sample project and the recent projects. A project is
one SQLite file (.waymark); every edit is written to it at once.

[FILES]
.TP
.I ~/.local/share/Waymark/Waymark/untitled/
New work until it is saved under a name; offered for recovery after a crash.
.TP
.I ~/.config/Waymark/Waymark.conf
Settings: language, recent projects, window layout.
.TP
.I /usr/share/waymark/samples/
The sample project in English and German.

[ENVIRONMENT]
.TP
.B LANGUAGE, LC_ALL, LANG
The language of the window (English or German) unless chosen in the settings.
TEXT
elif [ "$prog" = waymark-cli ]; then
    {
        printf '[COMMANDS]\n'
        # The command names from the command list of --help ("  new FILE  ...").
        for command in $("$prog" --help | sed -n 's/^  \([a-z][a-z-]*\)\( .*\)\{0,1\}$/\1/p'); do
            printf '.SS %s\n.nf\n' "$command"
            "$prog" "$command" --help | sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"
            printf '.fi\n'
        done
    } >>"$include"
fi
help2man --no-info --section=1 --name="$name" --include="$include" \
    --version-string="$("$prog" --version 2>/dev/null | sed 's/.* //')" "$prog" >"$out.tmp"
gzip -9n <"$out.tmp" >"$out"
