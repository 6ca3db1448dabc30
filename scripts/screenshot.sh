#!/usr/bin/env bash
# Screenshot of Wegwijs as a person sees it: xterm under Xvfb with the Noto fonts
# for Arabic and Ethiopic, the program in tmux, keys typed, the xterm window saved.
# Like ../shared/tools/screenshot, but it crops to the xterm window itself (that
# tool assumes 8-pixel cells and cuts wide screens off).
#   scripts/screenshot.sh -s 80x24 -k Enter -k Down -o out.png -- COMMAND [ARGS...]
set -euo pipefail
size=80x24; wait=0.8; out=""; keys=()
while [ $# -gt 0 ]; do
  case "$1" in
    -s) size=$2; shift 2;;
    -k) keys+=("$2"); shift 2;;
    -w) wait=$2; shift 2;;
    -o) out=$2; shift 2;;
    --) shift; break;;
    *) echo "screenshot: unknown option $1" >&2; exit 2;;
  esac
done
[ -n "$out" ] && [ $# -gt 0 ] || { sed -n '2,6p' "$0" >&2; exit 2; }
for tool in Xvfb xterm tmux import xwininfo; do
  command -v "$tool" >/dev/null || { echo "screenshot: needs $tool (apt-get install xvfb xterm tmux imagemagick x11-utils fonts-noto-core fonts-dejavu-core)" >&2; exit 1; }
done
cols=${size%x*}; rows=${size#*x}
display=:$(( 500 + RANDOM % 400 )); session=shot$$
Xvfb "$display" -screen 0 1920x1200x24 >/dev/null 2>&1 & xvfb=$!
cleanup() { tmux kill-session -t "$session" 2>/dev/null || true; kill "${xt:-}" "$xvfb" 2>/dev/null || true; }
trap cleanup EXIT
LANG=C.UTF-8 tmux new-session -d -s "$session" -x "$cols" -y "$rows" "env LANG=C.UTF-8 TERM=xterm-256color $(printf '%q ' "$@")"
tmux set-option -t "$session" status off >/dev/null
sleep 0.5
DISPLAY=$display LANG=C.UTF-8 xterm -title wegwijs-shot -geometry "${cols}x${rows}+0+0" -fa 'DejaVu Sans Mono' -fs 12 \
  -bg black -fg white -e tmux attach -t "$session" & xt=$!
sleep "$wait"
for k in "${keys[@]}"; do tmux send-keys -t "$session" $k; sleep "$wait"; done
sleep 0.5
id=$(DISPLAY=$display xwininfo -name wegwijs-shot | awk '/Window id:/ {print $4}')
DISPLAY=$display import -window "$id" "$out"
echo "$out"
