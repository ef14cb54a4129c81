"""Bad input costs one clear ``error: <input>: <message>`` line and a non-zero exit,
never a traceback, and the good inputs of the same run are still done."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from conftest import FIXTURES

BAD = FIXTURES / "bad"
GOOD = str(BAD / "good.txt")
BAD_FILES = ["empty.txt", "blank.txt", "pixel.png", "noise.txt"]
MISSING = str(BAD / "no-such-article.txt")


def error_lines(proc) -> list[str]:
    stderr = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr, stderr
    return [line for line in stderr.splitlines() if line.startswith("error: ")]


def assert_one_error_per(proc, names: list[str]) -> None:
    """Exactly one ``error:`` line naming each of ``names``, and no other error line."""
    lines = error_lines(proc)
    for name in names:
        hits = [line for line in lines if re.match(rf"error: {re.escape(name)}: \S", line)]
        assert len(hits) == 1, (name, lines)
    assert len(lines) == len(names), lines


@pytest.mark.parametrize(
    ("command", "name"),
    [*(("extract", n) for n in BAD_FILES), ("text", "pixel.png"), ("text", "no-such-article.txt")],
)
def test_each_bad_file_is_one_error_line(cli, command, name):
    path = str(BAD / name)
    proc = cli(command, path)
    assert proc.returncode != 0
    assert proc.stdout == b""
    assert_one_error_per(proc, [path])


def test_missing_file(cli):
    proc = cli("extract", MISSING)
    assert proc.returncode != 0
    assert_one_error_per(proc, [MISSING])
    assert error_lines(proc) == [f"error: {MISSING}: no such file"]


def test_empty_stdin(cli):
    proc = cli("extract", "-", stdin=b"")
    assert proc.returncode != 0
    assert_one_error_per(proc, ["<stdin>"])


def test_good_files_are_done_beside_bad_ones(cli):
    """A directory of good and bad files plus a missing path: every bad one is named
    once, the good article's claims are printed, and the exit status is 1."""
    proc = cli("extract", str(BAD), MISSING)
    assert proc.returncode == 1
    assert_one_error_per(proc, [str(BAD / n) for n in BAD_FILES] + [MISSING])
    claims = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert {c["doc"]["source"] for c in claims} == {GOOD}
    assert any(c["type"] == "investment" for c in claims), claims


def _annotated_folder(tmp_path):
    """An article beside its annotation JSON and a README, as corpora are laid out."""
    tmp_path.mkdir()
    shutil.copy(GOOD, tmp_path / "good.txt")
    (tmp_path / "good.json").write_text(json.dumps({"published": "2025-08-14", "claims": []}, indent=2))
    (tmp_path / "README.md").write_text("# Notes\n\n## Files\n\n- `good.txt`: an article\n")
    return tmp_path


def test_ingesting_a_folder_skips_what_is_not_a_document(cli, tmp_path):
    folder = _annotated_folder(tmp_path / "corpus")
    proc = cli("ingest", str(folder), "--db", str(tmp_path / "w.db"))
    assert proc.returncode == 0, proc.stderr
    assert error_lines(proc) == []
    skipped = [line for line in proc.stderr.decode().splitlines() if line.startswith("skipped: ")]
    assert [line.split(": ")[1] for line in skipped] == [str(folder / "README.md"), str(folder / "good.json")]
    assert re.search(r"│\s*1\s*│\s*0\s*│\s*0\s*│\s*2\s*│", proc.stderr.decode())  # new, unchanged, failed, skipped


def test_naming_a_file_that_is_not_a_document_is_an_error(cli, tmp_path):
    folder = _annotated_folder(tmp_path / "corpus")
    names = [str(folder / "good.json"), str(folder / "README.md")]
    proc = cli("ingest", *names, "--db", str(tmp_path / "w.db"))
    assert proc.returncode == 1
    assert_one_error_per(proc, names)
    assert all(": not a document: " in line for line in error_lines(proc))


def test_malformed_published_date_is_refused(cli):
    proc = cli("extract", GOOD, "--published", "14/08/2025")
    assert proc.returncode != 0
    assert proc.stdout == b""
    assert error_lines(proc) == ["error: --published: expected YYYY-MM-DD, got '14/08/2025'"]
