"""The gazetteer files: coverage, format rules, and the validation that guards them."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from warchest.config import data_dir
from warchest.entities.gazetteer import GazetteerError, load_gazetteer, slugify

GAZETTEER = data_dir() / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(GAZETTEER)


def test_coverage_by_kind(gazetteer):
    kinds = Counter(e.kind for e in gazetteer.entities.values())
    assert kinds["org"] >= 400
    assert kinds["person"] >= 200
    assert kinds["product"] >= 100


def test_every_entry_is_well_formed(gazetteer):
    for entity in gazetteer.entities.values():
        assert entity.id == slugify(entity.name)
        assert entity.subkind, entity.name
        if entity.wikidata is not None:
            assert entity.wikidata.startswith("Q") and entity.wikidata[1:].isdigit()
        assert entity.id not in {p.id for p in gazetteer.parent_chain(entity.id)}, "cycle"


def test_parents_link_units_to_owners(gazetteer):
    assert [e.id for e in gazetteer.parent_chain("google-deepmind")] == ["google", "alphabet"]
    assert [e.id for e in gazetteer.parent_chain("amazon-web-services")] == ["amazon"]
    assert gazetteer.get("claude-3").parent == "anthropic"
    assert "nventures" in gazetteer.relatives("nvidia")


def test_media_outlets_are_marked(gazetteer):
    for outlet in ("wall-street-journal", "bloomberg", "reuters", "the-information", "cnbc", "forbes"):
        assert gazetteer.get(outlet).subkind == "media", outlet


def test_slugs():
    assert slugify("Mistral AI") == "mistral-ai"
    assert slugify("Karén Simonyan") == "karen-simonyan"
    assert slugify("AT&T") == "at-and-t"
    assert slugify("Alexa+") == "alexa-plus"
    assert slugify("노바리스") == "노바리스"


def _write(directory: Path, kind: str, entries: list[dict]) -> None:
    (directory / f"{kind}s.json").write_text(json.dumps({"kind": kind, "entities": entries}), encoding="utf-8")


def test_a_name_claimed_twice_must_be_marked_shared(tmp_path):
    _write(tmp_path, "org", [{"name": "Alpha", "aliases": ["AX"]}, {"name": "Beta", "aliases": ["AX"]}])
    with pytest.raises(GazetteerError, match="claimed by"):
        load_gazetteer(tmp_path)
    _write(tmp_path, "org", [{"name": "Alpha", "aliases": ["AX"], "shared": ["AX"]},
                             {"name": "Beta", "aliases": ["AX"], "shared": ["AX"]}])
    assert load_gazetteer(tmp_path).shared["ax"] == ("alpha", "beta")


@pytest.mark.parametrize(
    "entries, message",
    [
        ([{"name": "Alpha"}, {"name": "alpha"}], "duplicate entity id"),
        ([{"name": "Alpha", "parent": "nowhere"}], "does not exist"),
        ([{"name": "Alpha", "colour": "red"}], "unknown fields"),
        ([{"name": "Alpha", "weak": ["A"]}], "weak names"),
        ([{"name": "Alpha", "aliases": ["Alpha"]}], "more than once"),
        ([{"name": "Alpha", "ko": "알파"}], "list of non-empty strings"),
        ([{"aliases": ["A"]}], "without a name"),
    ],
)
def test_broken_entries_are_refused(tmp_path, entries, message):
    _write(tmp_path, "org", entries)
    with pytest.raises(GazetteerError, match=message):
        load_gazetteer(tmp_path)


def test_unreadable_and_missing_files_name_the_input(tmp_path):
    with pytest.raises(GazetteerError, match="no gazetteer files"):
        load_gazetteer(tmp_path)
    (tmp_path / "orgs.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(GazetteerError) as info:
        load_gazetteer(tmp_path)
    assert info.value.source.endswith("orgs.json")
