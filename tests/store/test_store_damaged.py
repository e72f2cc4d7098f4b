"""A damaged store file is found and named: by ``--check``, on read, and by the next extraction,
which sets its batch aside and extracts its documents again (issue 15).

Each case damages one file of the bad article's batch, beside the good article's batch.
"""

from __future__ import annotations

import pytest

from timeline.cli import main
from timeline.store import extract_store, open_store
from timeline.store.check import DAMAGED, check_store
from timeline.store.manifest import read_manifest
from timeline.store.query import StoreFileError

GOOD = "date 2025-04-28 Rebels seized the airport in Goma on Saturday."
BAD = "date 2025-03-10 Ukraine shelled Belgorod on 2024-11-02 and Russia denied it."


def overwrite_middle(path):
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def truncate(path):
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])


def garbage(path):
    path.write_bytes(b"not parquet at all\n" * 20)


def remove(path):
    path.unlink()


@pytest.fixture
def store(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "bad.txt").write_text(BAD)
    root = tmp_path / "store"
    extract_store([folder], root, workers=0, batch_size=1, progress=False, compact=False)
    return folder, root


def bad_file(root, table):
    """The ``table`` file of the batch holding bad.txt's document."""
    manifest = read_manifest(root)
    opened = open_store(root).documents()
    batch = opened.loc[opened["path"].str.endswith("bad.txt"), "batch"].iloc[0]
    return next(root / f.path for f in manifest.batches[batch] if f.path.startswith(table + "/"))


def good_events(root):
    frame = open_store(root).query()
    return frame.loc[frame["doc_id"] == "good", "summary"].tolist()


@pytest.mark.parametrize("damage", [overwrite_middle, truncate, garbage, remove])
@pytest.mark.parametrize("table", ["events", "documents"])
def test_store_damaged_file_named_by_check_read_and_rerun(store, damage, table, capsys):
    folder, root = store
    count = open_store(root).count()
    good = good_events(root)
    assert good and count > len(good)
    path = bad_file(root, table)
    damage(path)

    assert main(["extract", "--check", str(root)]) == 1
    err = capsys.readouterr().err
    assert str(path) in err and err.count("damaged store file") == 1

    with pytest.raises(StoreFileError) as raised:
        open_store(root).count() if table == "events" else open_store(root).documents()
    assert str(raised.value).startswith(f"{root}: cannot read the event store: {path}: ")

    summary = extract_store([folder], root, workers=0, batch_size=1, progress=False)
    assert len(summary.damaged) == 1 and summary.damaged[0].startswith(f"{path}: ")
    assert not summary.ok
    assert "damaged store files" in str(summary)
    assert summary.documents_added == 1 and summary.documents_skipped == 1
    assert good_events(root) == good  # the good article's events were never touched
    assert open_store(root).count() == count  # the bad article's events are back
    assert check_store(root, deep=True) == []
    assert any((root / DAMAGED).rglob("*")) or damage is remove


def test_store_damaged_cli_rerun_exits_1_naming_the_file(store, capsys):
    folder, root = store
    path = bad_file(root, "events")
    overwrite_middle(path)
    code = main(["extract", str(folder), "-o", str(root), "--workers", "0", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 1
    assert f"damaged store file {path}" in err and "1 added, 1 skipped" in err
    assert main(["extract", "--check", str(root)]) == 0


def test_store_check_clean_store_exits_0(store, capsys):
    _, root = store
    assert main(["extract", "--check", str(root)]) == 0
    assert "0 damaged" in capsys.readouterr().err
