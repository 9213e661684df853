#!/usr/bin/env bash
# Run a command in a fresh clone inside a bare Debian root, as a newcomer's machine would have it: debootstrap
# minbase plus python3, python3-venv, git and ca-certificates, and no ../shared beside the clone.
# Needs root and the Debian mirror; not part of CI (it is how the README's commands and .ci/run are checked).
#   Usage: test_bare_root.sh [COMMAND...]          default: bash .ci/run
#   ROOT_DIR=/path (default /var/tmp/policydesk-bare, kept and reused; its clone is made anew each run)
#   SUITE=bookworm, COMMIT=HEAD (what to clone from this checkout)
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=$(pwd)
ROOT_DIR=${ROOT_DIR:-/var/tmp/policydesk-bare}
SUITE=${SUITE:-bookworm}
COMMIT=$(git rev-parse "${COMMIT:-HEAD}")
[ $# -gt 0 ] || set -- bash .ci/run
if [ ! -x "$ROOT_DIR/bin/bash" ]; then
  command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
  echo "== debootstrap --variant=minbase $SUITE into $ROOT_DIR"
  debootstrap --variant=minbase "$SUITE" "$ROOT_DIR" http://deb.debian.org/debian > "$ROOT_DIR.log" 2>&1
fi
for m in proc sys dev dev/pts dev/shm; do
  mkdir -p "$ROOT_DIR/$m"
  mountpoint -q "$ROOT_DIR/$m" || mount --bind "/$m" "$ROOT_DIR/$m"
done
trap 'for m in dev/shm dev/pts dev sys proc; do umount -l "$ROOT_DIR/$m" 2>/dev/null || true; done' EXIT
if [ ! -x "$ROOT_DIR/usr/bin/python3" ]; then
  cp /etc/resolv.conf "$ROOT_DIR/etc/resolv.conf"
  chroot "$ROOT_DIR" /bin/bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends python3 python3-venv git ca-certificates >/dev/null"
fi
cp /etc/resolv.conf "$ROOT_DIR/etc/resolv.conf"
# Certificates the host trusts beyond Debian's (a TLS proxy of this network, if any) are trusted in the root too,
# as on every machine behind that proxy; without a proxy this adds nothing.
python3 - "$ROOT_DIR" <<'PY'
import re, sys, pathlib
pem = lambda p: set(re.findall(r"-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----", p.read_text(), re.S))
root = pathlib.Path(sys.argv[1])
extra = pem(pathlib.Path("/etc/ssl/certs/ca-certificates.crt")) - pem(root / "etc/ssl/certs/ca-certificates.crt")
for i, cert in enumerate(sorted(extra)):
    (root / f"usr/local/share/ca-certificates/host-extra-{i}.crt").write_text(cert + "\n")
PY
chroot "$ROOT_DIR" update-ca-certificates >/dev/null 2>&1 || true
rm -rf "$ROOT_DIR/root/work"
mkdir -p "$ROOT_DIR/root/work"
git clone -q --no-local "$SRC" "$ROOT_DIR/root/work/policydesk"
git -C "$ROOT_DIR/root/work/policydesk" checkout -q "$COMMIT"
echo "== in $ROOT_DIR, clone of $COMMIT: $*"
start=$(date +%s)
set +e
chroot "$ROOT_DIR" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  TERM=dumb /bin/bash -c 'cd /root/work/policydesk && "$@"' bash "$@"
rc=$?
set -e
echo "== exit $rc after $(( $(date +%s) - start )) s"
exit $rc
