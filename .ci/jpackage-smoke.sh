#!/usr/bin/env bash
# Builds the jpackage app-image (not the .deb: that needs fakeroot/dpkg-deb and minutes of xz) and checks that
# the packaged launcher runs the CLI: `Qompat --version` must print the app version from pom.xml. With samples/
# present it also writes an HTML report through the packaged launcher, end to end. Called by .ci/run after the
# tests; run it alone with `bash .ci/jpackage-smoke.sh` (about a minute on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B ${MVN_OFFLINE:-} -q -Pjpackage -DskipTests -Djpackage.skipDeb=true package
[ -x target/jpackage/Qompat/bin/Qompat ] || { echo "jpackage smoke: no launcher at target/jpackage/Qompat/bin/Qompat" >&2; exit 1; }
launcher=target/jpackage/Qompat/bin/Qompat
version=$(sed -n 's:.*<app.version>\(.*\)</app.version>.*:\1:p' pom.xml | head -1)

printed=$("$launcher" --version)
if [ "$printed" != "qompat $version" ]; then
  echo "jpackage smoke: expected 'qompat $version', the launcher printed '$printed'" >&2
  exit 1
fi
echo "jpackage smoke: $launcher --version -> $printed"

if [ -d samples ] && [ -n "$(ls -A samples 2>/dev/null)" ]; then
  out=$(mktemp -d)/demo.html
  "$launcher" report samples -o "$out" -q
  grep -q 'Live-migration compatibility report' "$out"
  echo "jpackage smoke: $launcher report samples -> $out ($(stat -c %s "$out") bytes)"
fi

# Without arguments the packaged launcher opens the GUI: on a throwaway X server (Xvfb), wait for a top-level
# window titled "Qompat" to appear, then close everything. Skipped (with a line saying so) without Xvfb/xwininfo.
if command -v Xvfb >/dev/null && command -v xwininfo >/dev/null; then
  display=:$((90 + RANDOM % 9))
  Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
  xvfb=$!
  DISPLAY=$display "$launcher" >/dev/null 2>&1 &
  app=$!
  found=""
  for _ in $(seq 1 90); do
    sleep 1
    if DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q '"Qompat"'; then found=yes; break; fi
    kill -0 "$app" 2>/dev/null || break
  done
  kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  wait 2>/dev/null || true
  if [ -z "$found" ]; then
    echo "jpackage smoke: $launcher without arguments opened no 'Qompat' window on Xvfb" >&2
    exit 1
  fi
  echo "jpackage smoke: $launcher without arguments opened the 'Qompat' window"
else
  echo "jpackage smoke: GUI start not checked (install xvfb and x11-utils to check it)"
fi
