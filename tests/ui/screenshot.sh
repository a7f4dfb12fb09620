#!/usr/bin/env bash
# Takes the README's screenshot: starts paneldesk on the demo database (20,000 users), waits
# until the first page shows rows, saves the window to OUT.png and quits. No display needed.
# The demo cluster is kept in PanelDesk's data directory, so later runs start fast; settings
# go to a throw-away directory so the shot never depends on (or changes) yours.
# usage: tests/ui/screenshot.sh BUILD_DIR OUT.png [LANGUAGE [paneldesk options…]]
#   e.g. tests/ui/screenshot.sh build /tmp/refunds.png zh_CN --page 4 --demo-login finance
set -euo pipefail
if [ $# -lt 2 ]; then
    echo "usage: $0 BUILD_DIR OUT.png [LANGUAGE]" >&2
    exit 2
fi
build=$1 out=$2 language=${3:-en}
shift $(($# < 3 ? $# : 3))
bin="$build/app/paneldesk"
[ -x "$bin" ] || { echo "$bin is not built: cmake --build $build --target paneldesk" >&2; exit 1; }
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
mkdir -p "$(dirname "$out")"
XDG_CONFIG_HOME="$config" QT_QPA_PLATFORM=offscreen LC_ALL=${LC_ALL:-C.UTF-8} \
    "$bin" --demo --users 20000 --language "$language" --screenshot "$out" "$@"
echo "saved $out"
