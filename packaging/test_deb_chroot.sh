#!/usr/bin/env bash
# Install the .deb in a clean Debian root (debootstrap minbase) the way an officer's machine gets it, `dpkg -i` then
# `apt-get -f install` (the package's Depends only, no recommends), list what that pulled in, check that the xcb
# platform and the input-method plugins find every library they load, and run the self-test as an ordinary user
# offscreen and on a real X server. The X server (Xvfb) runs on this host and the root reaches it through the shared
# abstract socket, so nothing beyond the Depends is installed in the root. Needs root, Xvfb on the host and the Debian
# mirror; not part of CI.
# Usage: [SUITE=bookworm] test_deb_chroot.sh [DEB] [CHROOT_DIR]   (the root is kept and reused; delete it to start clean)
#   e.g. SUITE=bullseye test_deb_chroot.sh dist/glibc2.28/policydesk_0.1.0_amd64.deb /var/tmp/policydesk-bullseye-run
set -euo pipefail
cd "$(dirname "$0")/.."
DEB=$(realpath "${1:-$(ls -t dist/policydesk_*.deb | head -1)}")
CHROOT=${2:-/tmp/policydesk-chroot}
SUITE=${SUITE:-bookworm}
fail() { echo "✗ test_deb_chroot.sh: $*" >&2; exit 1; }
command -v Xvfb >/dev/null || fail "Xvfb is needed on this host (apt-get install xvfb)"
if [ ! -x "$CHROOT/bin/bash" ]; then
  command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
  echo "== debootstrap $SUITE into $CHROOT"
  debootstrap --variant=minbase "$SUITE" "$CHROOT" http://deb.debian.org/debian > "$CHROOT.log" 2>&1
fi
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
cp "$DEB" "$CHROOT/tmp/policydesk.deb"
for m in proc dev; do mountpoint -q "$CHROOT/$m" || mount --bind "/$m" "$CHROOT/$m"; done
xvfb_pid=""
cleanup() {
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
  umount -l "$CHROOT/proc" "$CHROOT/dev" 2>/dev/null || true
}
trap cleanup EXIT
in_root() { chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
  /bin/bash -euo pipefail -c "$1"; }

echo "== dpkg -i $(basename "$DEB"), then apt-get -f install"
in_root "dpkg-query -W -f '\${Package}\n' | sort > /tmp/before.txt
  apt-get update -qq
  dpkg -i /tmp/policydesk.deb > /tmp/install.log 2>&1 || true   # fails on the missing dependencies, as on any machine
  apt-get -f install -y -qq --no-install-recommends >> /tmp/install.log 2>&1 || { tail -20 /tmp/install.log; exit 1; }
  dpkg-query -W -f '\${db:Status-Abbrev} \${Package}\n' policydesk | grep -q '^ii ' || { tail -20 /tmp/install.log; exit 1; }
  dpkg-query -W -f '\${Package}\n' | sort > /tmp/after.txt
  pulled=\$(comm -13 /tmp/before.txt /tmp/after.txt | grep -vx policydesk || true)
  echo \"   pulled in \$(echo \$pulled | wc -w) packages: \$(echo \$pulled)\"
  id officer >/dev/null 2>&1 || useradd -m officer"

echo "== libraries of the xcb platform and the input-method plugins (ldd inside the root)"
in_root 'cd /opt/policydesk/_internal && missing=0
  for f in policydesk PySide6/Qt/lib/libQt6XcbQpa.so.6 PySide6/Qt/plugins/platforms/libqxcb.so PySide6/Qt/plugins/platforminputcontexts/*.so; do
    [ -e "$f" ] || continue
    nf=$(LD_LIBRARY_PATH=/opt/policydesk/_internal:/opt/policydesk/_internal/PySide6/Qt/lib ldd "$f" | grep "not found" || true)
    if [ -n "$nf" ]; then echo "✗ $f: $nf"; missing=1; else echo "✓ $f"; fi
  done
  exit $missing' || fail "a library the window needs is neither bundled nor in Depends"

echo "== self-test as an officer, offscreen, then on a real X server (Xvfb on the host)"
in_root "su officer -s /bin/bash -c 'cd /tmp && set -eo pipefail
  QT_QPA_PLATFORM=offscreen policydesk --self-test 2>&1 | grep -v propagateSizeHints'"
display=:$(( 90 + RANDOM % 100 ))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp > /dev/null 2>&1 & xvfb_pid=$!
sleep 2
kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb did not start on $display"
in_root "su officer -s /bin/bash -c 'cd /tmp && set -eo pipefail
  DISPLAY=$display QT_QPA_PLATFORM=xcb policydesk --self-test 2>&1 | tail -1
  test -f /usr/share/applications/policydesk.desktop && grep \"^Name\[zh_CN\]\" /usr/share/applications/policydesk.desktop'"
echo "deb installed and self-tested in $CHROOT ($SUITE)"
