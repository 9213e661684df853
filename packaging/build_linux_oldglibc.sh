#!/usr/bin/env bash
# The 信创 bundle and .deb: PolicyDesk for glibc 2.28 (UOS 20; Kylin V10 SP1 has 2.31), built in a Debian 11 root.
#   1. debootstrap bullseye into ROOT_DIR (kept and reused), with the build tools and this host's extra CA certificates;
#   2. SQLite (bookworm's source, 3.40) and CPython 3.11 (bookworm's python3.11 source) built there with a header that
#      pins exp/exp2/log/log2/pow to their GLIBC_2.2.5 versions and without sem_clockwait (glibc 2.30), so no
#      interpreter file needs more than 2.28; SQLite is bundled, as FTS5's trigram tokenizer needs 3.34+;
#   3. a copy of this checkout (tracked and untracked files, not ignored ones) set up with that Python: pip picks
#      PySide6-Essentials 6.9.x there by itself (6.10+ need glibc 2.34);
#   3b. the fcitx Qt 6 input-context plugin (build_fcitx_plugin.sh) built there against that wheel's Qt and put into
#      the venv's PySide6 plugins, so PyInstaller bundles it: Debian 13's Qt 6.8 headers and tools and Debian's
#      fcitx-qt5 source are fetched on this host with apt (a private list, the host's own apt state untouched);
#   4. build_linux.sh with GLIBC_MAX=2.28, leaving out POLICYDESK_SYSTEM_LIBS (bullseye's copies need glibc 2.29/2.30;
#      the target's own are used): it fails if any ELF needs a newer glibc (check_glibc.sh), then runs check_bundle.sh;
#   5. build_deb.sh on that bundle (Depends: libc6 (>= 2.28) and the system libraries).
# Produces dist/glibc2.28/policydesk/ and dist/glibc2.28/policydesk_<version>_amd64.deb in this checkout.
# Needs root, debootstrap, the Debian mirror (bullseye packages, bookworm sources, trixie's Qt 6.8 headers) and PyPI.
# Measured on 2 cores shared with other builds (load 6-8): 36 min from scratch, a 3.1 GB root; a second run reuses
# the root, SQLite, CPython and the fcitx plugin: 12 min, 8 of them the .deb's xz compression.
#   Usage: [ROOT_DIR=/var/tmp/policydesk-bullseye-build] [MIRROR=http://deb.debian.org/debian] build_linux_oldglibc.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$(pwd)
ROOT_DIR=${ROOT_DIR:-/var/tmp/policydesk-bullseye-build}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
GLIBC_MAX=2.28
OUT="$SRC/dist/glibc$GLIBC_MAX"
# in the bundle, from bullseye, needing glibc 2.29/2.30 (pow/exp/log, gettid): D-Bus and systemd (for libQt6DBus),
# cairo and pixman (only for the GTK platform theme), libpng (for the bundled FreeType); build_deb.sh depends on them
SYSTEM_LIBS="libdbus-1 libsystemd libcairo libpixman-1 libpng16"
BUILD_PACKAGES="build-essential dpkg-dev xz-utils libssl-dev zlib1g-dev libffi-dev libbz2-dev liblzma-dev
  libreadline-dev uuid-dev libncurses-dev libgdbm-dev tcl ca-certificates git binutils file libxkbcommon-dev x11proto-dev"
# for build_fcitx_plugin.sh: Qt 6.8 (not newer than the wheel's 6.9) headers and tools, and what the tools run on
SDK_PACKAGES="qt6-base-dev qt6-base-private-dev qt6-base-dev-tools libc6 libstdc++6 libgcc-s1 libpcre2-16-0"
SDK_SUITE=trixie

fail() { echo "✗ build_linux_oldglibc.sh: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "run as root (debootstrap and chroot)"
T0=$(date +%s)
step_start=$T0
step() { local now; now=$(date +%s); echo "== [$((now - T0)) s] $*"; step_start=$now; }
took() { echo "   ($(( $(date +%s) - step_start )) s)"; }
in_root() { chroot "$ROOT_DIR" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/bash -euo pipefail -c "$1"; }

# 1. the root ---------------------------------------------------------------------------------------------------------
if [ ! -x "$ROOT_DIR/usr/bin/apt-get" ]; then
  command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap >/dev/null
  step "debootstrap --variant=minbase bullseye into $ROOT_DIR"
  mkdir -p "$(dirname "$ROOT_DIR")"
  debootstrap --variant=minbase bullseye "$ROOT_DIR" "$MIRROR" > "$ROOT_DIR.debootstrap.log" 2>&1 \
    || fail "debootstrap failed, see $ROOT_DIR.debootstrap.log"
  took
fi
for m in proc sys dev dev/pts dev/shm; do
  mkdir -p "$ROOT_DIR/$m"
  mountpoint -q "$ROOT_DIR/$m" || mount --bind "/$m" "$ROOT_DIR/$m"
done
trap 'for m in dev/shm dev/pts dev sys proc; do umount -l "$ROOT_DIR/$m" 2>/dev/null || true; done' EXIT
cp /etc/resolv.conf "$ROOT_DIR/etc/resolv.conf"
# the bookworm sources (python3.11, sqlite3); bullseye's keyring already holds bookworm's keys
echo "deb-src $MIRROR bookworm main" > "$ROOT_DIR/etc/apt/sources.list.d/bookworm-src.list"
# pip's own certificate bundle would not have this host's extra CAs (see trust_host_cas)
printf '[global]\ncert = /etc/ssl/certs/ca-certificates.crt\n' > "$ROOT_DIR/etc/pip.conf"

# Certificates the host trusts beyond Debian's (a TLS proxy of this network, if any) are trusted in the root too;
# again after apt, as installing ca-certificates rebuilds the bundle. Without a proxy this adds nothing.
trust_host_cas() {
  mkdir -p "$ROOT_DIR/usr/local/share/ca-certificates"
  python3 - "$ROOT_DIR" <<'PY'
import re, sys, pathlib
pem = lambda p: set(re.findall(r"-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----", p.read_text(), re.S)) if p.exists() else set()
root = pathlib.Path(sys.argv[1])
extra = pem(pathlib.Path("/etc/ssl/certs/ca-certificates.crt")) - pem(root / "etc/ssl/certs/ca-certificates.crt")
for i, cert in enumerate(sorted(extra)):
    (root / f"usr/local/share/ca-certificates/host-extra-{i}.crt").write_text(cert + "\n")
PY
  in_root "command -v update-ca-certificates >/dev/null && update-ca-certificates >/dev/null 2>&1 || true"
}

missing=$(in_root "for p in $(echo $BUILD_PACKAGES); do dpkg -s \$p >/dev/null 2>&1 || echo \$p; done")
if [ -n "$missing" ]; then
  step "apt: build tools ($(echo $missing))"
  in_root "apt-get update -qq && apt-get install -y -qq --no-install-recommends $(echo $missing) >/dev/null"
  took
else
  in_root "apt-get update -qq"
fi
trust_host_cas

# 2. SQLite and CPython -----------------------------------------------------------------------------------------------
cat > "$ROOT_DIR/opt/glibc228.h" <<'H'
/* force-included into every C file of SQLite and CPython: glibc 2.29 added new versions of these (faster, same
   results within an ulp); the GLIBC_2.2.5 ones exist in every glibc, so 2.28 systems can load the result */
__asm__(".symver exp,exp@GLIBC_2.2.5");
__asm__(".symver exp2,exp2@GLIBC_2.2.5");
__asm__(".symver log,log@GLIBC_2.2.5");
__asm__(".symver log2,log2@GLIBC_2.2.5");
__asm__(".symver pow,pow@GLIBC_2.2.5");
H

if [ ! -f "$ROOT_DIR/opt/sqlite/.built" ]; then
  step "SQLite from bookworm's source into /opt/sqlite"
  in_root '
    rm -rf /opt/sqlite /usr/src/sqlite && mkdir -p /usr/src/sqlite && cd /usr/src/sqlite
    apt-get source sqlite3 > source.log 2>&1 || { tail -20 source.log; exit 1; }
    cd sqlite3-*/
    # the compile options of debian/rules, so the bundled library behaves like the system one
    flags="-O2 -include /opt/glibc228.h -DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS3
      -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_FTS4 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_RTREE=1
      -DSQLITE_SOUNDEX=1 -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_ENABLE_UPDATE_DELETE_LIMIT=1
      -DSQLITE_ENABLE_LOAD_EXTENSION -DSQLITE_ENABLE_JSON1 -DSQLITE_LIKE_DOESNT_MATCH_BLOBS -DSQLITE_THREADSAFE=1
      -DSQLITE_ENABLE_STAT4 -DSQLITE_MAX_SCHEMA_RETRY=25 -DSQLITE_ENABLE_PREUPDATE_HOOK -DSQLITE_ENABLE_SESSION
      -DSQLITE_MAX_VARIABLE_NUMBER=250000"
    ./configure -q --prefix=/opt/sqlite --disable-tcl --disable-static CFLAGS="$(echo $flags)" > /dev/null
    make -s -j2 libsqlite3.la sqlite3.h > make.log 2>&1 || { tail -30 make.log; exit 1; }
    mkdir -p /opt/sqlite/lib /opt/sqlite/include
    ./libtool --mode=install install libsqlite3.la /opt/sqlite/lib/ > /dev/null
    install -m 644 sqlite3.h src/sqlite3ext.h /opt/sqlite/include/
    touch /opt/sqlite/.built'
  took
fi

PY=/opt/py311/bin/python3.11
if [ ! -f "$ROOT_DIR/opt/py311/.built" ]; then
  step "CPython 3.11 from bookworm's python3.11 source into /opt/py311"
  in_root '
    rm -rf /opt/py311 /usr/src/python && mkdir -p /usr/src/python && cd /usr/src/python
    apt-get source python3.11 > source.log 2>&1 || { tail -20 source.log; exit 1; }
    cd python3.11-*/
    # Debian builds pyexpat into its core; here it is a shared module, and a Debian security patch includes an
    # internal header there (the guard upstream 3.11 has)
    grep -q "define Py_BUILD_CORE_MODULE" Modules/pyexpat.c ||
      sed -i "1i #ifndef Py_BUILD_CORE_BUILTIN\n#  define Py_BUILD_CORE_MODULE 1\n#endif" Modules/pyexpat.c
    # --without-ensurepip: Debian disables ensurepip outside a venv (a venv still gets pip);
    # ac_cv_func_sem_clockwait=no: sem_clockwait is glibc 2.30, Python falls back to sem_timedwait
    ./configure -q --enable-shared --prefix=/opt/py311 --without-ensurepip ac_cv_func_sem_clockwait=no \
      CFLAGS="-include /opt/glibc228.h" \
      LIBSQLITE3_CFLAGS="-I/opt/sqlite/include" LIBSQLITE3_LIBS="-L/opt/sqlite/lib -lsqlite3" \
      LDFLAGS="-Wl,-rpath,/opt/py311/lib:/opt/sqlite/lib" > configure.log 2>&1 || { tail -30 configure.log; exit 1; }
    make -j2 > make.log 2>&1 || { tail -30 make.log; exit 1; }
    make install > install.log 2>&1 || { tail -30 install.log; exit 1; }
    '"$PY"' -c "import sqlite3, pyexpat, ssl, lzma, bz2, ctypes, zlib, math
assert math.pow(2, 10) == 1024 and abs(math.log(math.e) - 1) < 1e-15
print(\"   Python\", __import__(\"sys\").version.split()[0], \"SQLite\", sqlite3.sqlite_version, ssl.OPENSSL_VERSION)"
    touch /opt/py311/.built'
  took
fi

# 3.–5. the bundle and the .deb ---------------------------------------------------------------------------------------
step "copy of $SRC into $ROOT_DIR/build/policydesk (its .venv kept)"
mkdir -p "$ROOT_DIR/build/policydesk"
find "$ROOT_DIR/build/policydesk" -mindepth 1 -maxdepth 1 ! -name .venv -exec rm -rf {} +
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done \
  | tar --null -T - -cf - | tar -xf - -C "$ROOT_DIR/build/policydesk"

step "set-up with $PY (packaging/setup.sh --test)"
trust_host_cas   # the set-up's apt may reinstall ca-certificates
in_root "cd /build/policydesk && PYTHON=$PY bash packaging/setup.sh --test"
trust_host_cas
took

SDK="$ROOT_DIR/opt/fcitx-sdk"
if [ ! -f "$SDK/.fetched" ]; then
  step "fcitx plugin sources: $SDK_SUITE's $(echo $SDK_PACKAGES) and bookworm's fcitx-qt5 source"
  rm -rf "$SDK" && mkdir -p "$SDK/root" "$SDK/debs"
  APTD="$ROOT_DIR.apt"   # apt state of its own, outside the root: the host's sources and lists are not touched
  mkdir -p "$APTD/lists/partial" "$APTD/cache" && : > "$APTD/status"
  printf 'deb %s %s main\ndeb-src %s bookworm main\n' "$MIRROR" "$SDK_SUITE" "$MIRROR" > "$APTD/sources.list"
  apt_private() { apt-get -q -o Dir::Etc::SourceList="$APTD/sources.list" -o Dir::Etc::SourceParts=/nonexistent \
    -o Dir::State::Lists="$APTD/lists" -o Dir::Cache="$APTD/cache" -o Dir::State::status="$APTD/status" \
    -o APT::Architectures::=amd64 -o Debug::NoLocking=1 "$@"; }
  apt_private update > "$APTD/update.log" 2>&1 || { tail "$APTD/update.log"; fail "apt update for $SDK_SUITE failed"; }
  (cd "$SDK/debs" && apt_private download $(for p in $SDK_PACKAGES; do echo "$p/$SDK_SUITE"; done) > ../download.log 2>&1) \
    || { tail "$SDK/download.log"; fail "could not download $SDK_PACKAGES"; }
  for d in "$SDK"/debs/*.deb; do dpkg-deb -x "$d" "$SDK/root"; done
  # Debian's fcitx-qt5 1.2.7 (the upstream tarball of its source package; build_fcitx_plugin.sh checks its sha256)
  url=$(apt_private source --print-uris fcitx-qt5/bookworm 2>/dev/null | grep -o "'[^']*_1.2.7.orig.tar.xz'" | tr -d "'")
  [ -n "$url" ] || fail "no fcitx-qt5 1.2.7 source in bookworm"
  python3 -c "import sys, urllib.request; urllib.request.urlretrieve(sys.argv[1], sys.argv[2])" "$url" \
    "$SDK/fcitx-qt5_1.2.7.orig.tar.xz" || fail "could not fetch $url"
  touch "$SDK/.fetched"
  took
fi
QT_LIB=/build/policydesk/.venv/lib/python3.11/site-packages/PySide6/Qt/lib
PLUGIN=${QT_LIB%/lib}/plugins/platforminputcontexts/libfcitxplatforminputcontextplugin-qt6.so
if [ ! -f "$ROOT_DIR$PLUGIN" ]; then
  step "fcitx Qt 6 plugin (build_fcitx_plugin.sh) into the venv's PySide6"
  in_root "cd /build/policydesk && bash packaging/build_fcitx_plugin.sh /opt/fcitx-sdk $QT_LIB $PLUGIN"
  took
fi

step "bundle build (build_linux.sh: glibc scan ≤ $GLIBC_MAX, check_bundle.sh)"
in_root "cd /build/policydesk && PYTHON=$PY GLIBC_MAX=$GLIBC_MAX POLICYDESK_SYSTEM_LIBS='$SYSTEM_LIBS' bash packaging/build_linux.sh"
[ -f "$ROOT_DIR/build/policydesk/dist/policydesk/_internal/PySide6/Qt/plugins/platforminputcontexts/${PLUGIN##*/}" ] \
  || fail "the fcitx plugin is not in the bundle"
took

step ".deb (build_deb.sh)"
in_root "cd /build/policydesk && bash packaging/build_deb.sh"
took

rm -rf "$OUT" && mkdir -p "$OUT"
cp -a "$ROOT_DIR/build/policydesk/dist/policydesk" "$OUT/policydesk"
cp "$ROOT_DIR"/build/policydesk/dist/policydesk_*.deb "$OUT/"
glibc=$(bash packaging/check_glibc.sh "$OUT/policydesk" "$GLIBC_MAX")
qt=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT_DIR/build/policydesk/.venv/lib/python3.11/site-packages/PySide6/__init__.py")
echo "== done in $(( $(date +%s) - T0 )) s: $OUT/policydesk ($(du -sh "$OUT/policydesk" | cut -f1), Qt ${qt:-?},"\
 "needs glibc $glibc), $(cd "$OUT" && ls policydesk_*.deb) ($(du -h "$OUT"/policydesk_*.deb | cut -f1))"
