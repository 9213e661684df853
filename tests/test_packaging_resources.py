"""Sample documents and translations are found from the source tree, a PyInstaller bundle and a plain install."""

import sys

import pytest

from desktop import resources_path


def _resources(root):
    (root / "translations").mkdir(parents=True)
    (root / "translations" / "policydesk_en.qm").write_bytes(b"qm")
    (root / "samples").mkdir()
    return root


def test_source_tree_resources_hold_the_samples_and_the_english_translation():
    assert sorted(p.name[:3] for p in resources_path.samples_dir().glob("*.txt")) == ["000", "001", "002", "003", "004"]
    assert (resources_path.translations_dir() / "policydesk_en.qm").is_file()


def test_a_bundle_reads_its_own_resources_first(tmp_path, monkeypatch):
    bundle = _resources(tmp_path / "_internal" / "resources")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert resources_path.translations_dir() == bundle / "translations"


def test_an_installed_copy_is_found_under_the_prefix_share(tmp_path, monkeypatch):
    installed = _resources(tmp_path / "share" / "policydesk" / "resources")
    monkeypatch.setattr(resources_path, "__file__", str(tmp_path / "site-packages" / "desktop" / "resources_path.py"))
    monkeypatch.setattr(sys, "prefix", str(tmp_path))
    assert resources_path.samples_dir() == installed / "samples"


def test_missing_resources_name_every_place_looked(tmp_path, monkeypatch):
    monkeypatch.setattr(resources_path, "__file__", str(tmp_path / "site-packages" / "desktop" / "resources_path.py"))
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "a"))
    monkeypatch.setattr(sys, "base_prefix", str(tmp_path / "b"))
    with pytest.raises(FileNotFoundError, match="share/policydesk/resources"):
        resources_path.resources_dir()
