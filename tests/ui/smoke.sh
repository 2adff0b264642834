#!/usr/bin/env bash
# The desktop program as a process, under the X display this runs in (ctest
# runs it through xvfb-run):
#   1. a new office: the first-run dialog, answered with the keyboard; the
#      window appears, a screenshot, Ctrl+Q, exit status 0, and the office
#      file exists at the program's schema (asked of praklit-cli);
#   2. an office that will not open: the sentence in a message box, then System
#      settings; Esc there ends the program cleanly (exit status 0).
# usage: smoke.sh PRAKLIT PRAKLIT_CLI SCREENSHOT_DIR
set -euo pipefail

PRAKLIT=$1
CLI=$2
SHOTS=$3

TMP="$(mktemp -d /tmp/praklit-smoke.XXXXXX)"
PID=""
cleanup() {
  [[ -n "$PID" ]] && kill "$PID" 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT

# A private home: never the person's own settings or office.
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" XDG_DATA_HOME="$TMP/home/.local/share"
mkdir -p "$HOME" "$SHOTS"

fail() { echo "FAIL: $*" >&2; exit 1; }

# The program's visible windows. Found by class: this xdotool cannot match
# Hebrew titles (it reads them through the C locale).
windows() { xdotool search --onlyvisible --classname '^praklit$' 2>/dev/null || true; }

# Waits up to 30 s for a visible window of the program that is not one of
# "$1" (ids separated by spaces); prints its id.
new_window() {
  local known=" $1 "
  for _ in $(seq 150); do
    for w in $(windows); do
      [[ "$known" == *" $w "* ]] || { echo "$w"; return 0; }
    done
    sleep 0.2
  done
  return 1
}

# Waits up to 20 s for the program to end; sets RC to its exit status.
wait_for_exit() {
  for _ in $(seq 100); do
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.2
  done
  RC=0
  wait "$PID" || RC=$?
  PID=""
}

# Keys go to the window under focus; without a window manager, give it focus.
press() {
  xdotool windowfocus --sync "$1"
  sleep 0.3
  xdotool key --clearmodifiers "$2"
}

echo "1. a new office"
"$PRAKLIT" --database "sqlite3://db=$TMP/office.db" &
PID=$!
# A new office asks for its name and first administrator: typed as a person
# types them (the login is offered already: Tab passes it).
first="$(new_window "")" || fail "no first-run dialog within 30 s"
sleep 1
import -window root "$SHOTS/smoke-first-run.png"
echo "screenshot: $SHOTS/smoke-first-run.png"
xdotool windowfocus --sync "$first"
sleep 0.3
xdotool type --delay 20 "Smoke office"
xdotool key --clearmodifiers Tab Tab
xdotool type --delay 20 "Dana"
xdotool key --clearmodifiers Tab
xdotool type --delay 20 "Kiwi-tree-42"
xdotool key --clearmodifiers Tab
xdotool type --delay 20 "Kiwi-tree-42"
xdotool key --clearmodifiers Return
main="$(new_window "$first")" || fail "no main window within 30 s of the first-run dialog"
sleep 1 # let it paint
import -window root "$SHOTS/smoke-main-window.png"
echo "screenshot: $SHOTS/smoke-main-window.png"
press "$main" ctrl+q
wait_for_exit
[[ "$RC" == 0 ]] || fail "praklit exited with $RC after Ctrl+Q"
[[ -f "$TMP/office.db" ]] || fail "no office file at $TMP/office.db"

info="$("$CLI" --database "sqlite3://db=$TMP/office.db" --json db info)" || fail "praklit-cli cannot read the new office"
schema="$(grep -o '"schema_version": *[0-9]*' <<<"$info" | grep -o '[0-9]*$')"
program="$(grep -o '"program_schema_version": *[0-9]*' <<<"$info" | grep -o '[0-9]*$')"
[[ -n "$schema" && "$schema" -ge 1 && "$schema" == "$program" ]] ||
  fail "office schema is '$schema', the program's is '$program'"
echo "office.db at schema $schema"

echo "2. an office that will not open"
echo "not a database, only a file named like one" >"$TMP/damaged.db"
"$PRAKLIT" --lang en --database "sqlite3://db=$TMP/damaged.db" &
PID=$!
problem="$(new_window "")" || fail "no message box within 30 s"
sleep 1
import -window root "$SHOTS/smoke-damaged-office.png"
echo "screenshot: $SHOTS/smoke-damaged-office.png"
press "$problem" Return
settings="$(new_window "$problem")" || fail "System settings did not open after the message"
sleep 1
import -window root "$SHOTS/smoke-choose-another-office.png"
echo "screenshot: $SHOTS/smoke-choose-another-office.png"
press "$settings" Escape
wait_for_exit
[[ "$RC" == 0 ]] || fail "praklit exited with $RC after cancelling System settings"

echo "PASS"
