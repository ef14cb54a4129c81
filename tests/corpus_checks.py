"""Shared checks for the annotated corpora under tests/fixtures (test_corpora.py, test_corpus2.py).

These are not score tests: they check that gold files are well-formed, follow the
claim contract (shared/spec/claims.md) and the dev-corpus conventions, and that a
corpus README's counts match its gold files.
"""
import json
import re
from pathlib import Path

ROLES = {
    "investment": {"investors", "investee"},
    "acquisition": {"acquirer", "target"},
    "valuation": {"company"},
    "compensation": {"employer"},
    "hire": {"person", "group", "from", "to"},
    "layoff": {"org"},
    "launch": {"org", "product"},
    "founding": {"org", "founders"},
    "partnership": {"orgs"},
    "position": {"person", "org"},
}
REQUIRED = {
    "investment": {"investee"},
    "acquisition": {"acquirer", "target"},
    "valuation": {"company"},
    "launch": {"org", "product"},
    "founding": {"org"},
    "partnership": {"orgs"},
    "position": {"person", "org"},
}
ATTRS = {
    "investment": {"scope", "status", "round"},
    "acquisition": {"status"},
    "valuation": {"basis", "previous"},
    "compensation": {"population", "period"},
    "hire": {"kind"},
    "layoff": {"count", "population"},
    "launch": set(),
    "founding": set(),
    "partnership": {"kind"},
    "position": {"title"},
}
STATUS = {"completed", "announced", "planned", "considering", "rumored", "denied"}
SCOPE = {"single", "cumulative", "commitment"}
KIND = {"hired", "poached", "offered", "departed", "team"}
BASIS = {"pre", "post"}
BOUND = {None, "up_to", "at_least", "over", "under"}
TITLES = {"CEO", "CTO", "CFO", "CSO", "GIO"}
ROUND = re.compile(r"^(seed|pre_seed|series_[a-z])$")
CURRENCIES = {"USD", "KRW", "EUR", "JPY", "CNY", "GBP"}
DATE_RE = {"year": r"^\d{4}$", "month": r"^\d{4}-\d{2}$", "day": r"^\d{4}-\d{2}-\d{2}$"}
# Free-text attributes are never put in gold (dev corpus README).
FREE_TEXT = {("partnership", "kind"), ("compensation", "population"),
             ("compensation", "period"), ("layoff", "population")}
TOP_KEYS = {"published", "lang", "outlet", "url", "style", "off_topic", "claims"}


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def check_amount(a, where):
    assert isinstance(a, dict), where
    assert set(a) <= {"value", "currency", "approx", "bound", "converted"}, where
    assert isinstance(a["value"], (int, float)) and a["value"] > 0, where
    assert a["currency"] in CURRENCIES, where
    if "approx" in a:
        assert a["approx"] is True, where  # present only when true
    assert a.get("bound") in BOUND and ("bound" not in a or a["bound"]), where
    if "converted" in a:
        assert a["converted"]["currency"] != a["currency"], where
        check_amount(a["converted"], where)


def check_entity(v, where):
    assert isinstance(v, str) and v.strip(), where
    alts = v.split("|")
    for alt in alts:
        assert alt.strip() == alt and alt, f"{where}: bad alternative {alt!r}"
    assert len(set(alts)) == len(alts), f"{where}: repeated alternative in {v!r}"


def check_corpus_shape(corpus: Path, off_prefixes, per_lang=7, on_per_lang=6):
    golds = sorted(corpus.glob("*.json"))
    assert len(golds) == 2 * per_lang
    assert sorted(p.stem for p in corpus.glob("*.txt")) == [p.stem for p in golds]
    langs = [load(p)["lang"] for p in golds]
    assert langs.count("ko") == per_lang and langs.count("en") == per_lang
    assert (corpus / "README.md").is_file()
    off = [p for p in golds if load(p).get("off_topic")]
    assert sorted(p.stem[:3] for p in off) == sorted(off_prefixes)
    assert all(load(p)["claims"] == [] for p in off)
    for lang in ("ko", "en"):
        on = [p for p in golds if load(p)["lang"] == lang and not load(p).get("off_topic")]
        assert len(on) == on_per_lang, lang
    used = {c["type"] for p in golds for c in load(p)["claims"]}
    assert used == set(ROLES)


def check_readme_counts(corpus: Path):
    readme = (corpus / "README.md").read_text(encoding="utf-8")
    counts = {}
    total = {"ko": 0, "en": 0}
    for p in sorted(corpus.glob("*.json")):
        g = load(p)
        for c in g["claims"]:
            key = (c["type"], g["lang"])
            counts[key] = counts.get(key, 0) + 1
            total[g["lang"]] += 1
        # the per-document row: #, file, lang, outlet, published ... claims
        row = [ln for ln in readme.splitlines() if ln.startswith(f"| {p.stem[:3]} | {p.stem} |")]
        assert len(row) == 1, p.stem
        cells = [x.strip() for x in row[0].strip("|").split("|")]
        assert cells[2] == g["lang"] and cells[3] == g["outlet"] and cells[4] == g["published"], p.stem
        assert cells[-1] == str(len(g["claims"])), p.stem
    for t in ROLES:
        ko, en = counts.get((t, "ko"), 0), counts.get((t, "en"), 0)
        assert f"| {t} | {ko} | {en} | {ko + en} |" in readme, t
    ko, en = total["ko"], total["en"]
    assert f"| **total** | **{ko}** | **{en}** | **{ko + en}** |" in readme
    assert f"**{ko + en} gold claims** ({ko} Korean, {en} English)" in readme


def check_text_format(path: Path, on_words=(200, 500), off_words=(150, 500)):
    txt_path = path.with_suffix(".txt")
    assert txt_path.is_file()
    txt = txt_path.read_text(encoding="utf-8")
    lines = txt.split("\n")
    assert lines[0].strip() and lines[1] == "", "headline, then a blank line"
    body = txt.strip("\n").split("\n\n")
    assert len(body) >= 4
    assert all(p.strip() == p and p and "\n" not in p for p in body)
    assert "<" not in txt and "http" not in txt
    words = len(txt.split())  # Korean counted in 어절
    lo, hi = off_words if load(path).get("off_topic") else on_words
    assert lo <= words <= hi, words


def check_gold(path: Path, claims_range=(9, 20)):
    g = load(path)
    txt = path.with_suffix(".txt").read_text(encoding="utf-8")
    assert set(g) <= TOP_KEYS
    assert re.match(r"^\d{4}-\d{2}-\d{2}$", g["published"])
    assert g["lang"] in {"ko", "en"}
    assert g["outlet"]
    assert re.match(r"^https://[^/]+\.example/", g["url"])
    if g.get("off_topic"):
        assert g["off_topic"] is True and g["claims"] == []
    else:
        assert claims_range[0] <= len(g["claims"]) <= claims_range[1]
    for i, c in enumerate(g["claims"]):
        where = f"{path.stem}#{i}"
        t = c["type"]
        assert t in ROLES, where
        assert set(c) <= {"type", "args", "amount", "date", "attrs", "evidence"}, where
        # evidence: exact sentence of the text
        assert c["evidence"] in txt, where
        assert c["evidence"].strip() == c["evidence"], where
        assert "\n" not in c["evidence"], where
        # roles
        args = c["args"]
        assert set(args) <= ROLES[t], f"{where}: roles {set(args)}"
        assert REQUIRED.get(t, set()) <= set(args), f"{where}: missing roles"
        for role, v in args.items():
            if role.endswith("s"):
                assert isinstance(v, list) and v, where
                for e in v:
                    check_entity(e, where)
            else:
                check_entity(v, where)
        if t == "partnership":
            assert len(args["orgs"]) >= 2, where
        if t == "hire":
            assert args.get("person") or args.get("from") or args.get("to"), where
        # amount
        if "amount" in c:
            assert t in {"investment", "acquisition", "valuation", "compensation"}, where
            check_amount(c["amount"], where)
        if t == "valuation":
            assert "amount" in c, where
        # date
        if "date" in c:
            d = c["date"]
            assert set(d) == {"value", "precision"}, where
            assert re.match(DATE_RE[d["precision"]], d["value"]), where
            assert d["value"] <= g["published"][: len(d["value"])], f"{where}: date after published"
        # attrs
        attrs = c.get("attrs", {})
        assert set(attrs) <= ATTRS[t], f"{where}: attrs {set(attrs)}"
        for k in attrs:
            assert (t, k) not in FREE_TEXT, f"{where}: free-text attr {k} in gold"
        if "status" in attrs:
            assert attrs["status"] in STATUS, where
        if "scope" in attrs:
            assert attrs["scope"] in SCOPE, where
        if "round" in attrs:
            assert ROUND.match(attrs["round"]), where
        if "kind" in attrs:
            assert attrs["kind"] in KIND, where
        if "basis" in attrs:
            assert attrs["basis"] in BASIS, where
        if "previous" in attrs:
            check_amount(attrs["previous"], where)
        if "count" in attrs:
            assert isinstance(attrs["count"], int) and attrs["count"] > 0, where
        if "title" in attrs:
            assert attrs["title"] in TITLES, where
        if t == "hire" and attrs.get("kind") == "team":
            assert "person" not in args, where
