#!/usr/bin/env bash
# Register Rotaplan with the Linux desktop for the current user: menu entry, icons, and the
# .rotaplan file type, so double-clicking a project opens it in Rotaplan.
#   packaging/linux/install.sh            (after `pip install` put `rotaplan` on the PATH)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
id=app.rotaplan.Rotaplan
command -v rotaplan >/dev/null || { echo "install.sh: rotaplan is not on the PATH; install it first" >&2; exit 2; }
install -Dm644 "$here/$id.desktop" "$data/applications/$id.desktop"
install -Dm644 "$here/$id.metainfo.xml" "$data/metainfo/$id.metainfo.xml"
install -Dm644 "$here/$id.mime.xml" "$data/mime/packages/$id.xml"
install -Dm644 "$here/../../resources/icons/rotaplan.svg" "$data/icons/hicolor/scalable/apps/$id.svg"
for size in 16 24 32 48 64 128 256 512; do
  install -Dm644 "$here/../icons/rotaplan-$size.png" "$data/icons/hicolor/${size}x${size}/apps/$id.png"
done
# The file type's icon follows the freedesktop naming of its MIME type.
install -Dm644 "$here/../../resources/icons/rotaplan.svg" \
  "$data/icons/hicolor/scalable/mimetypes/application-x-rotaplan.svg"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications"
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
xdg-mime default "$id.desktop" application/x-rotaplan 2>/dev/null || true
echo "Rotaplan is registered: find it in the applications menu; .rotaplan files open in it."
