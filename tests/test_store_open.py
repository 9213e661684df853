"""Opening a store: an up-to-date one skips Alembic entirely (start-up time); the shortcut's head is Alembic's."""

import subprocess
import sys

from conftest import ROOT
from desktop.store.migrate import HEAD, head_revision
from desktop.store.store import Store


def test_the_known_head_is_alembics_head():
    assert HEAD == head_revision()


def test_opening_an_up_to_date_store_does_not_load_alembic(tmp_path):
    Store.open(tmp_path).close()   # created and migrated to head
    probe = ("import sys; from desktop.store.store import Store; s = Store.open(sys.argv[1]); "
             "print(len(s.documents()), 'alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert out.stdout.split() == ["0", "False"], out.stderr
