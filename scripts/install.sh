#!/bin/sh
# Puts `ties` on your path: copies the program beside this script into ~/.local/bin, or into the folder you give.
# It changes nothing else: no shell settings, no other files. An existing `ties` that this script did not install is
# left alone unless you say --force.
#
#   sh install.sh                 # into ~/.local/bin
#   sh install.sh ~/bin           # into another folder
#   sh install.sh --force         # replace a `ties` that another install put there
set -eu

english() { [ "${TIES_LANG:-}" = en ]; }
say() { if english; then printf '%s\n' "$2"; else printf '%s\n' "$1"; fi; }
fail() { if english; then printf 'install.sh: %s\n' "$2" >&2; else printf 'install.sh: %s\n' "$1" >&2; fi; exit 1; }

force=no
folder=
for arg in "$@"; do
    case $arg in
    --force) force=yes ;;
    -h | --help)
        say "Bruk: sh install.sh [--force] [MAPPE]   (standard: ~/.local/bin)" "Usage: sh install.sh [--force] [FOLDER]   (default: ~/.local/bin)"
        exit 0 ;;
    -*) fail "ukjent valg '$arg'; bruk: sh install.sh [--force] [MAPPE]" "unknown option '$arg'; usage: sh install.sh [--force] [FOLDER]" ;;
    *) [ -z "$folder" ] || fail "gi bare én mappe" "give one folder only"; folder=$arg ;;
    esac
done

here=$(cd "$(dirname "$0")" && pwd)
program=$here/ties
[ -f "$program" ] && [ -x "$program" ] || fail "finner ikke programmet ties ved siden av install.sh ($here)" "no ties program beside install.sh ($here)"
if [ -z "$folder" ]; then
    [ -n "${HOME:-}" ] || fail "HOME er ikke satt; gi mappen: sh install.sh MAPPE" "HOME is not set; give the folder: sh install.sh FOLDER"
    folder=$HOME/.local/bin
fi
mkdir -p "$folder" 2>/dev/null || fail "kan ikke lage mappen $folder" "cannot make the folder $folder"
folder=$(cd "$folder" && pwd)
target=$folder/ties

# A `ties` this script put there says which commit it is; anything else is someone else's and stays unless --force.
ours() { "$1" --version 2>/dev/null | grep -Eq '^[0-9][0-9.]* \(commit [0-9a-f]+\)$'; }
if [ -e "$target" ] || [ -L "$target" ]; then
    if [ ! -L "$target" ] && cmp -s "$program" "$target"; then
        say "ties er allerede installert i $folder." "ties is already installed in $folder."
    elif [ "$force" = no ] && { [ -L "$target" ] || [ -d "$target" ] || ! ours "$target"; }; then
        fail "$target finnes og er ikke en ties som install.sh har lagt der; ingenting er endret. Velg en annen mappe, eller bruk --force for å erstatte den" \
            "$target exists and is not a ties that install.sh put there; nothing was changed. Choose another folder, or give --force to replace it"
    fi
fi
if [ ! -e "$target" ] || ! cmp -s "$program" "$target" || [ -L "$target" ]; then
    [ ! -d "$target" ] || fail "$target er en mappe; ingenting er endret" "$target is a folder; nothing was changed"
    # Copied beside the target and then renamed over it: a half-copied program is never on the path.
    temporary=$folder/.ties.install.$$
    trap 'rm -f "$temporary"' EXIT INT TERM HUP
    cp "$program" "$temporary" || fail "kan ikke skrive i $folder" "cannot write in $folder"
    chmod 755 "$temporary"
    mv -f "$temporary" "$target"
    trap - EXIT INT TERM HUP
    say "ties er installert: $target" "ties is installed: $target"
fi
"$target" --version >/dev/null 2>&1 || fail "$target starter ikke på denne maskinen" "$target does not start on this machine"

case ":${PATH:-}:" in
*":$folder:"*) say "Sjekk at den virker:  ties --version" "Check that it runs:  ties --version" ;;
*)
    say "Mappen $folder er ikke i PATH ennå. Legg den til (i ~/.profile eller ~/.bashrc), og åpne et nytt terminalvindu:" \
        "The folder $folder is not on your PATH yet. Add it (in ~/.profile or ~/.bashrc), and open a new terminal:"
    printf '  export PATH="%s:$PATH"\n' "$folder"
    say "Til da: $target --version" "Until then: $target --version" ;;
esac
say "Neste steg: docs/radgiver.md i denne mappen ($here)." "Next: docs/radgiver.md in this folder ($here)."
