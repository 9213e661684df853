#!/usr/bin/env bash
# Chinese typing through fcitx in the bundle: builds fcitx-qt5's Qt 6 input-context plugin ("fcitx" key, so
# QT_IM_MODULE=fcitx, as UOS and Kylin set it, finds it) against the Qt libraries of the PySide6 wheel. It speaks to
# fcitx 4 (org.fcitx.Fcitx.InputMethod, UOS 20 / Kylin V10) and to fcitx5 (InputMethod1, fcitx5's D-Bus frontend).
# PySide6 ships only ibus and compose plugins, so without this plugin a fcitx user gets no Chinese in the window.
# Needs: SDK folder with fcitx-qt5_1.2.7.orig.tar.xz (Debian's source) and Debian's qt6-base-dev, qt6-base-private-dev
#   and qt6-base-dev-tools (Qt 6.8: its headers must not be newer than the wheel's Qt; its moc and qdbusxml2cpp run
#   through the libc6, libstdc++6, libgcc-s1 and libpcre2-16-0 unpacked beside them), all unpacked under SDK/root
#   except the tarball; g++, libxkbcommon-dev and x11proto-dev on this system. build_linux_oldglibc.sh fetches these.
# Produces OUT (a .so). Links against QT_LIB (e.g. .venv/.../PySide6/Qt/lib) with --no-undefined, so a symbol the
# headers declare but the wheel's Qt lacks fails here, not on the officer's machine.
#   Usage: build_fcitx_plugin.sh SDK QT_LIB OUT
set -euo pipefail
SDK=$(cd "${1:?usage: build_fcitx_plugin.sh SDK QT_LIB OUT}" && pwd)
QT_LIB=$(cd "${2:?usage: build_fcitx_plugin.sh SDK QT_LIB OUT}" && pwd)
OUT=$(realpath -m "${3:?usage: build_fcitx_plugin.sh SDK QT_LIB OUT}")
fail() { echo "✗ build_fcitx_plugin.sh: $*" >&2; exit 1; }
TARBALL="$SDK/fcitx-qt5_1.2.7.orig.tar.xz"
SHA256=951fcf8f1db23ed22ad91094eb4c6c906f92005a3643b52f666bd8a331163147   # from Debian's signed fcitx-qt5_1.2.7-2.dsc
[ -f "$TARBALL" ] || fail "no $TARBALL"
echo "$SHA256  $TARBALL" | sha256sum -c --quiet - || fail "$TARBALL does not match Debian's checksum"
R="$SDK/root"
INC="$R/usr/include/x86_64-linux-gnu/qt6"
QTV=$(ls "$INC/QtGui" | grep -E '^6\.[0-9]+\.[0-9]+$' | head -1)
[ -n "$QTV" ] || fail "no Qt private headers under $INC/QtGui (qt6-base-private-dev)"
[ -f /usr/include/xkbcommon/xkbcommon-compose.h ] || fail "install libxkbcommon-dev"
# the wheel's Qt minor version: the newest Qt_6.N symbol version its QtCore defines (the wheel has no libQt6Core.so.6.N.M)
WHEEL_QT=$(readelf -V -W "$QT_LIB/libQt6Core.so.6" | grep -o 'Name: Qt_6\.[0-9]*' | sed 's/Name: Qt_//' | sort -V | tail -1)
[ -n "$WHEEL_QT" ] || fail "no Qt 6 QtCore in $QT_LIB"
# Qt loads a plugin built with the same or an older minor version only
[ "$(printf '%s\n%s\n' "${QTV%.*}" "$WHEEL_QT" | sort -V | tail -1)" = "$WHEEL_QT" ] \
  || fail "headers are Qt $QTV, newer than the wheel's Qt $WHEEL_QT: Qt would refuse the plugin"
# Debian's tools, built for a newer glibc, run through the loader and libraries unpacked with them
run_tool() { "$R/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2" --library-path "$R/usr/lib/x86_64-linux-gnu:$QT_LIB" "$@"; }
MOC="$R/usr/lib/qt6/libexec/moc"
XML2CPP="$R/usr/lib/qt6/bin/qdbusxml2cpp"

WORK=$(mktemp -d /tmp/fcitx-plugin.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
tar -xf "$TARBALL" -C "$WORK"
SRC="$WORK/fcitx-qt5-1.2.7/qt5/platforminputcontext"   # qt6/platforminputcontext links to these same files
cd "$SRC"
for x in InputContext:inputcontextproxy InputContext1:inputcontext1proxy InputMethod:inputmethodproxy InputMethod1:inputmethod1proxy; do
  run_tool "$XML2CPP" -i fcitxqtdbustypes.h -p "${x#*:}" "org.fcitx.Fcitx.${x%:*}.xml"
done
INCLUDES="-I. -I$INC -I$INC/QtCore -I$INC/QtGui -I$INC/QtDBus -I$INC/QtCore/$QTV -I$INC/QtCore/$QTV/QtCore
  -I$INC/QtGui/$QTV -I$INC/QtGui/$QTV/QtGui -I$R/usr/lib/x86_64-linux-gnu/qt6/mkspecs/linux-g++"
DEFINES="-DQT_NO_KEYWORDS -DQT_NO_DEBUG -DQT_PLUGIN -DQT_CORE_LIB -DQT_GUI_LIB -DQT_DBUS_LIB"
for h in fcitxinputcontextproxy.h fcitxwatcher.h main.h qfcitxplatforminputcontext.h inputcontextproxy.h \
         inputcontext1proxy.h inputmethodproxy.h inputmethod1proxy.h; do
  run_tool "$MOC" $DEFINES $INCLUDES "$h" -o "moc_${h%.h}.cpp"
done
# pinned to symbol versions glibc 2.28 has, as for CPython (build_linux_oldglibc.sh)
GLIBC_H=""; [ -f /opt/glibc228.h ] && GLIBC_H="-include /opt/glibc228.h"
objs=""
for c in fcitxinputcontextproxy.cpp fcitxqtdbustypes.cpp fcitxwatcher.cpp qfcitxplatforminputcontext.cpp main.cpp \
         qtkey.cpp inputcontextproxy.cpp inputcontext1proxy.cpp inputmethodproxy.cpp inputmethod1proxy.cpp moc_*.cpp; do
  g++ -std=c++17 -O2 -fPIC -fvisibility=hidden -fvisibility-inlines-hidden -w $GLIBC_H $DEFINES $INCLUDES \
    -c "$c" -o "${c%.cpp}.o" || fail "compiling $c against Qt $QTV headers"
  objs="$objs ${c%.cpp}.o"
done
g++ -shared -o plugin.so $objs -Wl,--no-undefined -Wl,--as-needed \
  "$QT_LIB/libQt6DBus.so.6" "$QT_LIB/libQt6Gui.so.6" "$QT_LIB/libQt6Core.so.6" -lxkbcommon \
  || fail "linking against the wheel's Qt $WHEEL_QT (a symbol of Qt $QTV's headers it lacks?)"
strip --strip-unneeded plugin.so
cd - >/dev/null
install -D -m 644 "$SRC/plugin.so" "$OUT"
echo "== fcitx Qt 6 plugin (fcitx-qt5 1.2.7, Qt $QTV headers, linked against the wheel's Qt $WHEEL_QT): $OUT"
