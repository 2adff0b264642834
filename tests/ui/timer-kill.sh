#!/usr/bin/env bash
# Nothing is lost when the program dies: a time counter started in the
# program (Ctrl+F, the client's name, Enter, then the client card's
# [Time counter] with Alt+M and Enter: the keyboard, through xdotool)
# is still there, running, with its elapsed time, after `kill -9` and a new
# start — read with praklit-cli, which shares the services.
# usage: timer-kill.sh PRAKLIT PRAKLIT_CLI SCREENSHOT_DIR
set -euo pipefail

PRAKLIT=$1
CLI=$2
SHOTS=$3

TMP="$(mktemp -d /tmp/praklit-timer-kill.XXXXXX)"
PID=""
cleanup() {
  [[ -n "$PID" ]] && kill -9 "$PID" 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT

# A private home: never the person's own settings or office.
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" XDG_DATA_HOME="$TMP/home/.local/share"
mkdir -p "$HOME" "$SHOTS"
DB="sqlite3://db=$TMP/office.db"

fail() { echo "FAIL: $*" >&2; exit 1; }
cli() { "$CLI" --database "$DB" --lang en "$@"; }
# The first value of a JSON field, as printed by praklit-cli --json.
field() { grep -o "\"$1\": *[^,}]*" | head -1 | sed 's/^[^:]*: *//; s/"//g; s/ *$//'; }

windows() { xdotool search --onlyvisible --classname '^praklit$' 2>/dev/null || true; }
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
# Keys go to the window under focus; without a window manager, give it focus.
press() {
  xdotool windowfocus --sync "$1"
  sleep 0.3
  xdotool key --clearmodifiers "$2"
}

cli db init >/dev/null
client="$(cli --json client add --kind person --first-name Moshe --last-name Cohen | field id)"
case_id="$(cli --json case add --client "$client" --subject Tort | field id)"
[[ -n "$client" && -n "$case_id" ]] || fail "could not set the office up"

echo "1. start a counter in the program"
"$PRAKLIT" --lang en --database "$DB" &
PID=$!
main="$(new_window "")" || fail "no main window within 30 s"
sleep 1
press "$main" ctrl+f
search="$(new_window "$main")" || fail "Ctrl+F opened no search screen"
xdotool windowfocus --sync "$search"
sleep 0.3
xdotool type --delay 60 Cohen
sleep 1.5
press "$search" Return
card="$(new_window "$main $search")" || fail "Enter opened no client card"
sleep 1
press "$card" alt+m
chooser="$(new_window "$main $search $card")" || fail "[Time counter] (Alt+M) asked for no case"
sleep 0.5
press "$chooser" Return # the client's only open case is chosen already
sleep 1.5
listed="$(cli --json timer list)"
[[ "$(field case <<<"$listed")" == "$case_id" ]] || fail "no counter on case $case_id: $listed"
[[ "$(field running <<<"$listed")" == true ]] || fail "the counter is not running: $listed"
sleep 3
before="$(cli --json timer list | field elapsed_seconds)"
(( before >= 3 )) || fail "the counter counted $before s in 3 s"
import -window root "$SHOTS/timer-before-kill.png"
echo "screenshot: $SHOTS/timer-before-kill.png"

echo "2. kill -9 after $before s"
kill -9 "$PID"
wait "$PID" 2>/dev/null || true
PID=""
sleep 2
listed="$(cli --json timer list)"
[[ "$(grep -c '"id"' <<<"$listed")" == 1 ]] || fail "expected one counter after the kill: $listed"
[[ "$(field case <<<"$listed")" == "$case_id" ]] || fail "the counter left its case: $listed"
[[ "$(field running <<<"$listed")" == true ]] || fail "the counter stopped with the program: $listed"
after="$(field elapsed_seconds <<<"$listed")"
(( after >= before + 2 )) || fail "elapsed went from $before s to $after s across the kill"

echo "3. start again: the counter is back, still counting"
"$PRAKLIT" --lang en --database "$DB" &
PID=$!
main="$(new_window "")" || fail "no main window within 30 s after the kill"
sleep 2
import -window root "$SHOTS/timer-after-kill.png"
echo "screenshot: $SHOTS/timer-after-kill.png"
press "$main" ctrl+q
for _ in $(seq 100); do kill -0 "$PID" 2>/dev/null || break; sleep 0.2; done
RC=0
wait "$PID" || RC=$?
PID=""
[[ "$RC" == 0 ]] || fail "praklit exited with $RC after Ctrl+Q"
again="$(cli --json timer list | field elapsed_seconds)"
(( again >= after )) || fail "elapsed fell from $after s to $again s"
echo "counter: $before s before the kill, $after s after it, $again s after a clean restart"
echo "PASS"
