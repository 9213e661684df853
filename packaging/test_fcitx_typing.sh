#!/usr/bin/env bash
# Chinese typed through fcitx into the installed PolicyDesk, as an officer on UOS/Kylin would: in a Debian root where
# the .deb is installed (test_deb_chroot.sh leaves one), install an input method framework with pinyin, start it on a
# private D-Bus session with the accessibility bus, start `policydesk --demo` on an Xvfb display of this host, and let
# fcitx_driver.py select document text, press Ctrl+M (添加批注), switch the input method on with Ctrl+Space, type
# pinyin with real X key events (xdotool) and read the note editor back through AT-SPI. Screenshot (xwd in the root,
# converted here with ImageMagick): build/fcitx-IM-QT_IM.png.
# Needs root, Xvfb on this host, the Debian mirror. Not part of CI.
#   Usage: [IM=fcitx5|fcitx4] [QT_IM=fcitx|ibus] test_fcitx_typing.sh CHROOT_DIR [PINYIN]
#   IM=fcitx5 (default): fcitx5 + fcitx5-chinese-addons; IM=fcitx4: fcitx 4 + fcitx-pinyin (UOS 20, Kylin V10).
#   QT_IM=fcitx (default) uses the bundled fcitx plugin; QT_IM=ibus uses PySide6's ibus plugin and fcitx5's ibus frontend.
set -euo pipefail
cd "$(dirname "$0")/.."
CHROOT=${1:?usage: test_fcitx_typing.sh CHROOT_DIR [PINYIN]}
PINYIN=${2:-zhengce}
IM=${IM:-fcitx5}
QT_IM=${QT_IM:-fcitx}
fail() { echo "✗ test_fcitx_typing.sh: $*" >&2; exit 1; }
[ -x "$CHROOT/opt/policydesk/policydesk" ] || fail "no policydesk installed in $CHROOT (run test_deb_chroot.sh first)"
command -v Xvfb >/dev/null || fail "Xvfb is needed on this host"
case "$IM" in
  fcitx5) IM_PACKAGES="fcitx5 fcitx5-chinese-addons" ;;
  fcitx4) IM_PACKAGES="fcitx fcitx-bin fcitx-modules fcitx-module-dbus fcitx-ui-classic fcitx-pinyin" ;;
  *) fail "IM must be fcitx5 or fcitx4" ;;
esac
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
for m in proc dev dev/pts; do mkdir -p "$CHROOT/$m"; mountpoint -q "$CHROOT/$m" || mount --bind "/$m" "$CHROOT/$m"; done
xvfb_pid=""
cleanup() {
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
  for m in dev/pts dev proc; do umount -l "$CHROOT/$m" 2>/dev/null || true; done
}
trap cleanup EXIT
in_root() { chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
  /bin/bash -euo pipefail -c "$1"; }

echo "== installing $IM_PACKAGES and the test tools (dbus-x11, xdotool, at-spi2-core, python3-pyatspi, xwd)"
in_root "apt-get update -qq && apt-get install -y -qq --no-install-recommends $IM_PACKAGES dbus-x11 xdotool at-spi2-core \
  python3-pyatspi gir1.2-atspi-2.0 x11-apps dbus > /tmp/im-install.log 2>&1 || { tail -20 /tmp/im-install.log; exit 1; }
  id officer >/dev/null 2>&1 || useradd -m officer"
cp packaging/fcitx_driver.py "$CHROOT/tmp/fcitx_driver.py"

# the officer's input method set-up: US keyboard plus pinyin, pinyin first when the input method is switched on
cat > "$CHROOT/tmp/im-run.sh" <<'RUN'
set -u
mkdir -p ~/.config/fcitx5 ~/.config/fcitx
cat > ~/.config/fcitx5/profile <<'P'
[Groups/0]
Name=Default
Default Layout=us
DefaultIM=pinyin

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=pinyin
Layout=

[GroupOrder]
0=Default
P
printf '[Profile]\nIMName=pinyin\nEnabledIMList=fcitx-keyboard-us:True,pinyin:True\n' > ~/.config/fcitx/profile
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
if [ "$IM" = fcitx5 ]; then fcitx5 -d >/tmp/im.log 2>&1; remote=fcitx5-remote; name=org.fcitx.Fcitx5
else fcitx -d >/tmp/im.log 2>&1; remote=fcitx-remote; name=org.fcitx.Fcitx; fi
# wait for the bus name (asking fcitx5-remote earlier would D-Bus-activate a second fcitx5)
for i in $(seq 30); do
  dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner string:$name 2>/dev/null \
    | grep -q true && break
  sleep 1
done
echo "   $IM running ($name on the session bus)"
export QT_IM_MODULE="$QT_IM" QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb
policydesk --demo >/tmp/app.log 2>&1 & app=$!
python3 /tmp/fcitx_driver.py "$PINYIN"; rc=$?
echo "   after typing, $remote says $($remote 2>&1) (0 no input context, 1 off, 2 on)"
[ "$IM" = fcitx5 ] && dbus-send --session --print-reply --dest=org.fcitx.Fcitx5 /controller \
  org.fcitx.Fcitx.Controller1.DebugInfo 2>/dev/null | grep -i -E "frontend|program" | sed 's/^ */   fcitx5: /' | head -5
xwd -root -silent > /tmp/shot.xwd 2>/dev/null
kill $app 2>/dev/null; $remote -e >/dev/null 2>&1 || true
exit $rc
RUN
display=:$(( 90 + RANDOM % 100 ))
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp > /dev/null 2>&1 & xvfb_pid=$!
sleep 2
kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb did not start on $display"
echo "== $IM with QT_IM_MODULE=$QT_IM: typing '$PINYIN' into the note editor on $display"
set +e
in_root "su officer -s /bin/bash -c 'cd /tmp && DISPLAY=$display IM=$IM QT_IM=$QT_IM PINYIN=$PINYIN LANG=C.UTF-8 \
  dbus-run-session -- bash /tmp/im-run.sh'"
rc=$?
set -e
mkdir -p build
command -v convert >/dev/null && convert "xwd:$CHROOT/tmp/shot.xwd" "build/fcitx-$IM-$QT_IM.png" 2>/dev/null \
  && echo "   screenshot: build/fcitx-$IM-$QT_IM.png"
[ $rc = 0 ] || { in_root "tail -n 5 /tmp/app.log /tmp/im.log" || true; fail "no Chinese in the note editor ($IM, QT_IM_MODULE=$QT_IM)"; }
echo "✓ Chinese typed through $IM (QT_IM_MODULE=$QT_IM) into the note editor"
