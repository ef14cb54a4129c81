"""A folder of articles holds other files too: annotation JSON, a README. Walking the
folder skips them with a notice; naming one is an error. The content decides."""

from __future__ import annotations

import json

import pytest

from warchest.model import RawDoc, Skipped
from warchest.sources import NotADocument, iter_raw
from warchest.sources.skips import markdown_documentation

ARTICLE = "리벨리온, 1500억원 투자 유치\n\n리벨리온이 1500억원 규모의 투자를 유치했다고 밝혔다.\n"
ANNOTATION = {"published": "2024-06-12", "lang": "ko", "claims": [{"type": "investment"}]}
README = "# Corpus notes\n\nThese files are annotated.\n\n## Files\n\n- `NAME.txt`: the article\n"


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps(ANNOTATION, indent=2), encoding="utf-8")
    (tmp_path / "a.gold").write_text(json.dumps(ANNOTATION), encoding="utf-8")  # one line: sniffed as JSON Lines
    (tmp_path / "notes.txt").write_text(README, encoding="utf-8")  # documentation whatever its name
    (tmp_path / "story.json").write_text(json.dumps({"text": ARTICLE, "url": "https://n.example/1"}), encoding="utf-8")
    (tmp_path / "saved.md").write_text("# 리벨리온, 투자 유치\n\n" + ARTICLE, encoding="utf-8")
    return tmp_path


def test_a_walk_skips_files_that_are_not_documents(folder):
    items = list(iter_raw([str(folder)]))
    skipped = {item.source.rsplit("/", 1)[1]: item.reason for item in items if isinstance(item, Skipped)}
    assert set(skipped) == {"a.json", "a.gold", "notes.txt"}
    assert skipped["notes.txt"] == "Markdown documentation"
    assert "no article record" in skipped["a.json"]
    read = {item.source.rsplit("/", 1)[1] for item in items if isinstance(item, RawDoc)}
    assert read == {"a.txt", "story.json#1", "saved.md"}  # one line of JSON: read as JSON Lines


@pytest.mark.parametrize("name", ["a.json", "a.gold", "notes.txt"])
def test_a_named_file_that_is_not_a_document_is_an_error(folder, name):
    [item] = iter_raw([str(folder / name)])
    assert isinstance(item, NotADocument)
    assert item.message.startswith("not a document: ")


@pytest.mark.parametrize(
    ("text", "documentation"),
    [
        (README, True),
        ("# Title\n\n| a | b |\n|---|---|\n", True),
        ("# API\n\nSee [the spec](spec.md).\n", True),
        ("# 오픈AI, 66억 달러 유치\n\n오픈AI가 66억 달러를 유치했다.\n", False),
        ("#AI #투자\n\n본문입니다.\n- 목록 같은 줄\n", False),
        ("Nvidia invests in Mistral\n\n- a list inside an article\n", False),
    ],
)
def test_markdown_documentation_is_told_by_its_shape(text, documentation):
    assert markdown_documentation(text) is documentation
