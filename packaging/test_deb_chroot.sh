#!/usr/bin/env bash
# Install the .deb in a clean Debian chroot (debootstrap minbase; only the package's Depends, no recommends) and run
# its self-test offscreen and under Xvfb as an ordinary user. Needs root and the Debian mirror; not part of CI.
# Usage: test_deb_chroot.sh [DEB] [CHROOT_DIR]   (the chroot is kept and reused; delete it to start clean)
set -euo pipefail
cd "$(dirname "$0")/.."
DEB=$(realpath "${1:-$(ls -t dist/policydesk_*.deb | head -1)}")
CHROOT=${2:-/tmp/policydesk-chroot}
SUITE=${SUITE:-bookworm}
if [ ! -x "$CHROOT/bin/bash" ]; then
  command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
  echo "== debootstrap $SUITE into $CHROOT"
  debootstrap --variant=minbase "$SUITE" "$CHROOT" http://deb.debian.org/debian > "$CHROOT.log" 2>&1
fi
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
cp "$DEB" "$CHROOT/tmp/policydesk.deb"
mount -t proc proc "$CHROOT/proc"
mount --bind /dev "$CHROOT/dev"
trap 'umount "$CHROOT/proc" "$CHROOT/dev"' EXIT
echo "== installing $(basename "$DEB") with its dependencies"
chroot "$CHROOT" /bin/bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
  --no-install-recommends /tmp/policydesk.deb xvfb xauth > /tmp/install.log 2>&1 || { tail -20 /tmp/install.log; exit 1; }
  id officer >/dev/null 2>&1 || useradd -m officer"
echo "== self-test as an officer, offscreen, then on a real X server (Xvfb)"
chroot "$CHROOT" su officer -s /bin/bash -c 'cd /tmp && set -eo pipefail
  QT_QPA_PLATFORM=offscreen policydesk --self-test 2>&1 | grep -v propagateSizeHints
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" policydesk --self-test 2>&1 | tail -1
  test -f /usr/share/applications/policydesk.desktop && grep "^Name\[zh_CN\]" /usr/share/applications/policydesk.desktop'
echo "deb installed and self-tested in $CHROOT"
