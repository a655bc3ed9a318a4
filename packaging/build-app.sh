#!/usr/bin/env bash
# Build the one-folder app with PyInstaller and smoke-test it. Not part of every CI run.
#   packaging/build-app.sh            -> dist/rotaplan/rotaplan
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build-venv
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet . pyinstaller
"$venv/bin/python" packaging/make_icons.py
"$venv/bin/pyinstaller" --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/rotaplan.spec
app=dist/rotaplan/rotaplan
echo "== smoke test"
"$app" --version
tmp=$(mktemp -d)
"$app" demo --out "$tmp/demo.rotaplan"
"$app" render "$tmp/demo.rotaplan" --schedule primary > /dev/null
QT_QPA_PLATFORM=offscreen "$app" gui --demo --self-test
echo "built $(du -sh dist/rotaplan | cut -f1) in dist/rotaplan"
