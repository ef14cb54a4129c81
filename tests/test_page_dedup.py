"""Near duplicates: a wire story reprinted with small edits is found; different
stories about the same deal are not."""

from __future__ import annotations

import itertools

import pytest

from warchest.page.dedup import NUM_PERM, NearDuplicateIndex, shingles, signature, similarity


@pytest.fixture(scope="module")
def dev_texts(dev_corpus):
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(dev_corpus.glob("*.txt"))}


def reprint(text: str) -> str:
    """The same story as another outlet runs it: new headline, one figure
    rounded, a credit line added, spacing and punctuation touched."""
    headline, body = text.split("\n\n", 1)
    body = body.replace("  ", " ").replace("”", '"').replace("“", '"')
    return f"[종합] {headline} (업데이트)\n\n{body}\n\n(끝)"


def test_shingles_ignore_case_space_and_punctuation():
    assert shingles("Open AI, Inc.") == shingles("openai inc")
    assert shingles("앤스로픽") == {"앤스로픽"}
    assert shingles("") == set()


def test_signature_is_deterministic_and_storable(dev_texts):
    sig = signature(dev_texts["001"])
    assert sig == signature(dev_texts["001"]) and len(sig) == NUM_PERM
    assert all(isinstance(v, int) for v in sig)
    assert similarity(sig, sig) == 1.0


def test_distinct_dev_articles_are_not_near_duplicates(dev_texts):
    """Even the three reports of the same Amazon-Anthropic deal stay apart."""
    sigs = {k: signature(v) for k, v in dev_texts.items()}
    worst = max(similarity(sigs[a], sigs[b]) for a, b in itertools.combinations(sigs, 2))
    assert worst < 0.3
    index = NearDuplicateIndex()
    assert all(index.add(k, v) == [] for k, v in dev_texts.items())
    assert len(index) == 30


@pytest.mark.parametrize("name", ["001", "018", "009"])
def test_reprint_is_found(dev_texts, name):
    index = NearDuplicateIndex()
    for k, v in dev_texts.items():
        index.add(k, v)
    found = index.add(f"{name}-reprint", reprint(dev_texts[name]))
    assert [doc for doc, _ in found] == [name]
    assert found[0][1] >= 0.8


def test_trimmed_reprint_is_found(dev_texts):
    """A reprint that drops the last paragraph and changes one number."""
    paras = dev_texts["018"].split("\n\n")
    trimmed = "\n\n".join(paras[:-1]).replace("$4 billion", "$4bn", 1)
    index = NearDuplicateIndex()
    index.add("018", dev_texts["018"])
    assert [d for d, _ in index.add("trimmed", trimmed)] == ["018"]


def test_index_is_idempotent_and_rebuilds_from_signatures(dev_texts):
    index = NearDuplicateIndex()
    assert index.add("a", dev_texts["001"]) == []
    assert index.add("a", dev_texts["001"]) == []  # same id again: nothing new
    assert index.add("b", dev_texts["001"]) == [("a", 1.0)]
    rebuilt = NearDuplicateIndex()
    rebuilt.add_signature("a", signature(dev_texts["001"]))
    assert rebuilt.query(reprint(dev_texts["001"]))[0][0] == "a"
    assert "a" in rebuilt and "b" not in rebuilt


def test_bad_arguments():
    with pytest.raises(ValueError):
        NearDuplicateIndex(threshold=0)
    with pytest.raises(ValueError):
        similarity((1, 2, 3), (1, 2, 3))


def test_dupes_command_reports_copies_and_reprints(tmp_path, cli, dev_corpus):
    """A page and its text are one document; a trimmed reprint is reported too."""
    import json
    import shutil

    shutil.copy(dev_corpus / "001_ko_amazon_anthropic_additional_4b.txt", tmp_path / "a.txt")
    shutil.copy(dev_corpus / "001_ko_amazon_anthropic_additional_4b.html", tmp_path / "b.html")
    shutil.copy(dev_corpus / "002_ko_amazon_anthropic_wire.txt", tmp_path / "c.txt")
    (tmp_path / "d.txt").write_text(reprint((dev_corpus / "002_ko_amazon_anthropic_wire.txt").read_text()))
    proc = cli("dupes", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    pairs = [(_name(r["source"]), [(_name(d["source"]), d["jaccard"] >= 0.8) for d in r["duplicates"]]) for r in rows]
    assert pairs == [("b.html", [("a.txt", True)]), ("d.txt", [("c.txt", True)])]


def _name(source: str) -> str:
    return source.rsplit("/", 1)[1]
