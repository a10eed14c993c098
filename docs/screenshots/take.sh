#!/usr/bin/env bash
# Screenshots of the real program at 1366×768 under Xvfb, in Arabic and French, on a
# copy of a seeded store (bench/out/store-400000, made by `make bench` or
# `python -c "from bench.stores import seeded_store; seeded_store(400_000)"`).
#
#   docs/screenshots/take.sh [STORE_DIR]
#
# Needs Xvfb, xdotool and ImageMagick's import (Debian: xvfb xdotool imagemagick).
set -euo pipefail
cd "$(dirname "$0")/../.."
store=${1:-bench/out/store-400000}
out=docs/screenshots
hirfa=.venv/bin/hirfa
display=:93

Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
export DISPLAY=$display
unset QT_QPA_PLATFORM

shot() { sleep "${2:-2}"; import -window root "$out/$1.png"; echo "wrote $out/$1.png"; }
main_window() { xdotool search --sync --name "01-511" | head -1; }

for lang in ar fr; do
  work=$(mktemp -d)
  cp -r "$store"/. "$work"/
  rm -f "$work"/settings.ini "$work"/window.ini
  printf '[ui]\nlanguage=%s\n\n[login]\nlast_username=bench\n' "$lang" >"$work/settings.ini"
  "$hirfa" --data-dir "$work" &
  app=$!
  sleep 4
  xdotool type --delay 40 "benchmark-password"
  xdotool key Return
  sleep 4
  window=$(main_window)
  xdotool windowsize "$window" 1366 768 windowmove "$window" 0 0
  sleep 1
  # The registration form, partly filled in as at the counter (click into the CIN).
  if [ "$lang" = ar ]; then cin="850 130"; else cin="520 108"; fi
  xdotool mousemove $cin click 1
  sleep 0.5
  xdotool type --delay 60 "BK412093"; xdotool key Tab
  xdotool type --delay 60 "El Fassi"; xdotool key Tab
  xdotool type --delay 60 "Khadija"; xdotool key Tab
  xdotool type --delay 90 "الفاسي"; xdotool key Tab
  xdotool type --delay 90 "خديجة"; xdotool key Tab
  shot "$lang-registration-form" 3
  # The register (search), then one record.
  xdotool key ctrl+f 2>/dev/null || true
  if [ "$lang" = ar ]; then register="1300 78"; else register="110 60"; fi
  xdotool mousemove $register click 1
  sleep 2
  xdotool type --delay 120 "العلوي"
  shot "$lang-register" 4
  xdotool mousemove 683 204 click --repeat 2 1
  shot "$lang-record" 4
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  rm -rf "$work"
done
