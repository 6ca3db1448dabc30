#!/usr/bin/env bash
# Prints XCTest's overall result from a `swift test` log as one closing line:
# "N passed, M failed" (and ", K skipped" when there are any).
log=${1:?usage: test-summary.sh LOG}
line=$(grep -E "^[[:space:]]*Executed [0-9]+ tests?, with" "$log" | tail -n 1)
if [ -z "$line" ]; then echo "0 passed, 0 failed"; exit 0; fi
number_before() { grep -oE "[0-9]+ $1" <<<"$line" | head -n 1 | grep -oE "^[0-9]+"; }
total=$(grep -oE "Executed [0-9]+" <<<"$line" | grep -oE "[0-9]+")
failed=$(number_before "failure"); failed=${failed:-0}
skipped=$(grep -oE "[0-9]+ tests? skipped" <<<"$line" | grep -oE "^[0-9]+"); skipped=${skipped:-0}
passed=$(( total - failed - skipped ))
if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
