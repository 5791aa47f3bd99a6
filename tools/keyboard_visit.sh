#!/bin/bash
# Quick visit entry in the real window (xcb under Xvfb), driven by xdotool, keystrokes counted.
# Needs Xvfb and xdotool. Usage: tools/keyboard_visit.sh   (PYTHON=... to choose the interpreter)
# It makes a small demo data folder in a temporary directory, records one visit from the keyboard
# (双河口站线路工区, 吴春洋, 安全检查, 2 hours, 6 workers, a note), goes to the report page with
# Ctrl+7 and quits with Ctrl+Q; it prints the visit count before and after and the keystrokes.
set -eu
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
WORK=$(mktemp -d)
DATA="$WORK/data"
QT_QPA_PLATFORM=offscreen "$PYTHON" -m desktop --data-dir "$DATA" demo >/dev/null
DISPLAY_NUM=${DISPLAY_NUM:-:57}
Xvfb "$DISPLAY_NUM" -screen 0 1366x768x24 >"$WORK/xvfb.log" 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$WORK"' EXIT
export DISPLAY=$DISPLAY_NUM
sleep 1
count() {
  "$PYTHON" -c "import sqlite3, sys; print(sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True).execute('select count(*) from visit where deleted = 0').fetchone()[0])" "$DATA/branch-desk.sqlite3"
}
BEFORE=$(count)
QT_QPA_PLATFORM=xcb "$PYTHON" -m desktop --data-dir "$DATA" --lang zh_CN >"$WORK/app.log" 2>&1 &
APP=$!
WID=""
for _ in $(seq 1 60); do
  WID=$(xdotool search --name "党总支工作台" 2>/dev/null | head -1 || true)
  [ -n "$WID" ] && break
  sleep 0.5
done
[ -n "$WID" ] || { echo "no window"; cat "$WORK/app.log"; exit 1; }
sleep 3
KEYS=0
k() { xdotool key --delay 80 "$@"; KEYS=$((KEYS + $#)); sleep 0.3; }
t() { xdotool type --delay 80 "$1"; KEYS=$((KEYS + ${#1})); sleep 0.3; }
xdotool windowfocus --sync "$WID"; sleep 0.5   # no window manager under Xvfb
k ctrl+n; sleep 1
t shk; k Return          # 双河口站线路工区 by its initials
t wcy; k Return          # 吴春洋
k Tab; t aq              # 安全检查
k Tab Tab; t 2           # past 保密, hours
k Tab; t 6               # workers met
k Tab
NOTE_START=$KEYS
t check
NOTE=$((KEYS - NOTE_START))
k ctrl+Return
sleep 2
echo "visits before $BEFORE, after $(count); keystrokes: $((KEYS - NOTE)) plus $NOTE for the note"
xdotool windowfocus --sync "$WID"; sleep 0.5
xdotool key ctrl+7; sleep 4
xdotool key ctrl+q
wait $APP
echo "exit code $?"
