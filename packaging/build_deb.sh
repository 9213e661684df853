#!/usr/bin/env bash
# Build dist/policydesk_<version>_<arch>.deb for UOS/Kylin/Debian from the PyInstaller bundle (run build_linux.sh, or
# build_linux_oldglibc.sh for glibc 2.28, first). Depends: the newest glibc the bundle needs (check_glibc.sh) and the
# system libraries it loads (the xcb platform plugin's, D-Bus, fontconfig and a Chinese font).
#   Usage: build_deb.sh [BUNDLE]   (default dist/policydesk; the .deb is written beside it)
set -euo pipefail
cd "$(dirname "$0")/.."
BUNDLE=${1:-dist/policydesk}
[ -x "$BUNDLE/policydesk" ] || { echo "no bundle in $BUNDLE: run packaging/build_linux.sh first" >&2; exit 1; }
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/__init__.py)
ARCH=$(dpkg --print-architecture)
ROOTFS=build/deb/root
rm -rf build/deb && mkdir -p "$ROOTFS/DEBIAN" "$ROOTFS/opt" "$ROOTFS/usr/bin" "$ROOTFS/usr/share/applications"

cp -a "$BUNDLE" "$ROOTFS/opt/policydesk"
ln -s /opt/policydesk/policydesk "$ROOTFS/usr/bin/policydesk"   # the bootloader finds _internal through the link

[ -f build/icon/policydesk-256.png ] || QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icon.py build/icon
for size in 16 32 48 64 128 256; do
  install -D -m 644 "build/icon/policydesk-$size.png" "$ROOTFS/usr/share/icons/hicolor/${size}x${size}/apps/policydesk.png"
done
install -D -m 644 packaging/icons/policydesk.svg "$ROOTFS/usr/share/icons/hicolor/scalable/apps/policydesk.svg"
install -m 644 packaging/linux/policydesk.desktop "$ROOTFS/usr/share/applications/policydesk.desktop"

# the newest glibc any bundled ELF needs: 2.28 from build_linux_oldglibc.sh, the build machine's from build_linux.sh
GLIBC=$(bash packaging/check_glibc.sh "$BUNDLE")
# What the bundle's xcb platform, D-Bus and fonts load from the system, as setup.sh's RUN_PACKAGES (PyInstaller bundles
# most xcb libraries, the system's are the fallback). libGL/libEGL, libxcb and libdbus-1 are never bundled; the glibc
# 2.28 bundle also takes libpng16 from the system (build_linux_oldglibc.sh). fontconfig: fc-list and /etc/fonts, which
# the briefing export uses to pick its fonts. libxcb-util0 for older systems: the bundle carries libxcb-util.so.1.
# Without libxcb-randr0 (if not bundled) the xcb platform aborts. A Chinese font: without one every character is a box.
DEPENDS="libc6 (>= $GLIBC), libgl1, libegl1, libxkbcommon0, libfontconfig1, fontconfig, libfreetype6, libpng16-16,
 libglib2.0-0, libdbus-1-3, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1,
 libxcb-image0, libxcb-render0, libxcb-render-util0, libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-xfixes0,
 libxcb-xkb1, libxcb-randr0, libxcb-util1 | libxcb-util0, libxkbcommon-x11-0, fonts-wqy-microhei | fonts-noto-cjk"
cat > "$ROOTFS/DEBIAN/control" <<CONTROL
Package: policydesk
Version: $VERSION
Section: office
Priority: optional
Architecture: $ARCH
Maintainer: PolicyDesk <policydesk@localhost>
Installed-Size: $(du -sk --exclude=DEBIAN "$ROOTFS" | cut -f1)
Depends: $(echo $DEPENDS)
Description: 政策台账 PolicyDesk - offline policy document ledger
 Imports Chinese policy documents (.docx, .pdf, .html, .txt), extracts the
 measures and the responsible units, tracks the task assignments and exports
 Excel ledgers and Word briefings (GB/T 9704). Works fully offline.
CONTROL
DEB="$(dirname "$BUNDLE")/policydesk_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$ROOTFS" "$DEB" >/dev/null
echo "== $DEB: $(du -h "$DEB" | cut -f1)"
dpkg-deb --info "$DEB" | sed -n '/Package:/,/Description:/p'
