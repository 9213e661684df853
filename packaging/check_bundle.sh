#!/usr/bin/env bash
# Check a built bundle from outside the source tree: self-test, 繁→简 (OpenCC data), the Word template, and a store
# made at schema 0001 by the venv being upgraded by the bundle. Usage: check_bundle.sh [BUNDLE_DIR] (default dist/policydesk)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUNDLE=$(cd "${1:-$ROOT/dist/policydesk}" && pwd)
APP="$BUNDLE/policydesk"
PY="$ROOT/.venv/bin/python"
WORK=$(mktemp -d /tmp/policydesk-bundle-check.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"   # never the source tree: the bundle must find its own files
export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share"
mkdir -p "$HOME"
fail() { echo "✗ $*" >&2; exit 1; }

echo "== self-test from $BUNDLE"
start=$(date +%s%N)
"$APP" --self-test > self-test.txt 2>&1 || { cat self-test.txt; fail "self-test failed"; }
grep -v "propagateSizeHints" self-test.txt
echo "   ($(( ($(date +%s%N) - start) / 1000000 )) ms)"

echo "== nothing that opens sockets is bundled"
! find "$BUNDLE" -name "*QtNetwork*" -o -name "libQt6Network*" -o -name "libqvnc*" | grep . || fail "network code in the bundle"
echo "✓ no QtNetwork, no VNC plugin"

echo "== 繁→简 through the bundle's OpenCC data"
SAMPLE="$ROOT/resources/samples/002_5422648186973203.txt"
"$PY" -c "import opencc, sys; open('trad.txt', 'w', encoding='utf-8').write(opencc.OpenCC('s2t').convert(open(sys.argv[1], encoding='utf-8').read()))" "$SAMPLE"
"$APP" compare "$SAMPLE" trad.txt > compare.txt || { cat compare.txt; fail "compare failed"; }
grep -q "^相同 30 " compare.txt || { cat compare.txt; fail "traditional copy not matched to its simplified original"; }
echo "✓ $(sed -n 2p compare.txt)"

echo "== a store at schema 0001, made by the venv, opened by the bundle"
# in-process parsing: a script read from stdin has no file a spawned parse worker could re-import
POLICYDESK_PARSE_IN_PROCESS=1 "$PY" - "$WORK/old" "$SAMPLE" <<'PY'
import sys
from alembic import command
from desktop.store.migrate import alembic_config
from desktop.store.store import Store
store = Store.open(sys.argv[1])
assert store.import_paths([sys.argv[2]])[0].status == "imported"
cfg = alembic_config(str(store.engine.url))
with store.engine.begin() as conn:
    cfg.attributes["connection"] = conn
    command.downgrade(cfg, "0001")
store.close()
PY
revision() { "$PY" -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('select version_num from alembic_version').fetchone()[0])" "$WORK/old/policydesk.sqlite3"; }
echo "   before: $(revision)"
"$APP" --data-dir "$WORK/old" documents > documents.txt || { cat documents.txt; fail "bundle could not open the old store"; }
[ "$(revision)" = "$("$PY" -c 'from desktop.store.migrate import HEAD; print(HEAD)')" ] || fail "store not upgraded: $(revision)"
grep -q "广州市推动落实" documents.txt || { cat documents.txt; fail "document lost in the upgrade"; }
echo "✓ upgraded to $(revision), document kept: $(head -c 120 documents.txt | head -1)"

echo "== Word briefing from the bundled template"
"$APP" --data-dir "$WORK/old" export briefing --out briefing.docx > export.txt 2>&1 || { cat export.txt; fail "briefing export failed"; }
"$PY" -c "import docx, sys; d = docx.Document(sys.argv[1]); assert any('广州市' in p.text for p in d.paragraphs)" briefing.docx \
  || fail "briefing has no content"
echo "✓ briefing.docx $(du -h briefing.docx | cut -f1)"
echo "bundle checks passed"
