"""The gazetteer: known organisations, people and products, loaded and checked.

Each file under ``data/gazetteer/`` holds one kind (``{"kind": ..., "entities": [...]}``);
``README.md`` there documents the entry format. Loading validates what a broken
file would otherwise turn into silent mis-resolution: duplicate ids, parents that do
not exist, and one name claimed by two entities without being marked ``shared``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import WarchestError
from ..model import Entity
from .hangul import KOREAN_SURNAMES

KINDS = ("org", "person", "product")
_FIELDS = frozenset({"name", "subkind", "ko", "aliases", "parent", "wikidata", "weak", "shared"})


class GazetteerError(WarchestError):
    """A gazetteer file is unreadable or breaks the format's rules."""


def slugify(name: str) -> str:
    """An id from a name: ASCII, lower case, words joined by hyphens (``mistral-ai``)."""
    text = unicodedata.normalize("NFKD", name.replace("&", " and ").replace("+", " plus "))
    text = unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c))).lower()
    slug = re.sub(r"[^0-9a-z\uac00-\ud7a3]+", "-", text).strip("-")
    return slug or "entity"


@dataclass(frozen=True)
class Name:
    """One written form of an entity, as the recogniser looks for it."""

    text: str
    entity_id: str
    weak: bool = False  # matched only when the document also names the entity or a relative
    how: str = "name"  # "name" (canonical or Korean name) or "alias"


@dataclass
class Gazetteer:
    """Entities by id, and every name that refers to them."""

    entities: dict[str, Entity] = field(default_factory=dict)
    names: list[Name] = field(default_factory=list)
    shared: dict[str, tuple[str, ...]] = field(default_factory=dict)  # name -> entity ids
    children: dict[str, tuple[str, ...]] = field(default_factory=dict)  # id -> ids whose parent it is

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def parent_chain(self, entity_id: str) -> list[Entity]:
        """The entity's parents, nearest first (DeepMind -> Google -> Alphabet)."""
        chain: list[Entity] = []
        seen = {entity_id}
        entity = self.entities.get(entity_id)
        while entity and entity.parent and entity.parent not in seen:
            seen.add(entity.parent)
            entity = self.entities.get(entity.parent)
            if entity:
                chain.append(entity)
        return chain

    def relatives(self, entity_id: str) -> set[str]:
        """Ids of the entity, its parents and its children: what supports a weak name."""
        out = {entity_id} | {e.id for e in self.parent_chain(entity_id)}
        out.update(self.children.get(entity_id, ()))
        return out


def load_gazetteer(directory: Path) -> Gazetteer:
    """Read every ``*.json`` file of ``directory`` and check the whole."""
    files = sorted(directory.glob("*.json"))
    if not files:
        raise GazetteerError(str(directory), "no gazetteer files (*.json) found")
    gazetteer = Gazetteer()
    owners: dict[str, set[str]] = {}
    shared_ok: dict[str, set[str]] = {}
    for path in files:
        for raw in _entries(path):
            entity, names, shared = _entry(path, raw)
            if entity.id in gazetteer.entities:
                raise GazetteerError(str(path), f"duplicate entity id {entity.id!r}")
            gazetteer.entities[entity.id] = entity
            for name in names:
                gazetteer.names.append(name)
                owners.setdefault(_fold(name.text), set()).add(entity.id)
            for text in shared:
                shared_ok.setdefault(_fold(text), set()).add(entity.id)
    _check_parents(directory, gazetteer)
    for entity in gazetteer.entities.values():
        if entity.parent:
            gazetteer.children[entity.parent] = gazetteer.children.get(entity.parent, ()) + (entity.id,)
    for folded, ids in owners.items():
        if len(ids) < 2:
            continue
        if not ids <= shared_ok.get(folded, set()):
            raise GazetteerError(
                str(directory), f"name {folded!r} is claimed by {sorted(ids)}; mark it shared in each"
            )
        gazetteer.shared[folded] = tuple(sorted(ids))
    return gazetteer


def load_non_names(directory: Path) -> frozenset[str]:
    """Words discovery must never take for names (``non_names.txt``; optional)."""
    path = directory / "non_names.txt"
    if not path.exists():
        return frozenset()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerError(str(path), f"cannot read: {exc}") from exc
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


def _entries(path: Path) -> Iterator[tuple[str, dict]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GazetteerError(str(path), f"cannot read: {exc}") from exc
    kind = data.get("kind") if isinstance(data, dict) else None
    if kind not in KINDS or not isinstance(data.get("entities"), list):
        raise GazetteerError(str(path), f'expected {{"kind": one of {KINDS}, "entities": [...]}}')
    for raw in data["entities"]:
        yield kind, raw


def _entry(path: Path, item: tuple[str, dict]) -> tuple[Entity, list[Name], list[str]]:
    kind, raw = item
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"].strip():
        raise GazetteerError(str(path), f"entry without a name: {raw!r}")
    unknown = set(raw) - _FIELDS
    if unknown:
        raise GazetteerError(str(path), f"{raw['name']}: unknown fields {sorted(unknown)}")
    name = raw["name"]
    ko = _strings(path, raw, "ko")
    aliases = _strings(path, raw, "aliases")
    weak = set(_strings(path, raw, "weak"))
    entity = Entity(
        id=slugify(name),
        name=name,
        kind=kind,
        names_ko=ko,
        aliases=aliases,
        parent=raw.get("parent"),
        wikidata=raw.get("wikidata"),
        subkind=raw.get("subkind"),
    )
    forms = [(name, "name")] + [(k, "name") for k in ko] + [(a, "alias") for a in aliases]
    written = [text for text, _ in forms]
    repeated = sorted({t for t in written if written.count(t) > 1})
    if repeated:
        raise GazetteerError(str(path), f"{name}: names written more than once {repeated}")
    if weak - set(written):
        raise GazetteerError(str(path), f"{name}: weak names {sorted(weak)} are not among its names")
    names: list[Name] = []
    seen: set[str] = set()
    for text, how in forms:
        weak_here = text in weak or (kind == "person" and _is_native_korean_name(text))
        for variant in _spellings(text):
            if variant not in seen:
                seen.add(variant)
                names.append(Name(variant, entity.id, weak=weak_here, how=how))
    return entity, names, list(_strings(path, raw, "shared"))


def _strings(path: Path, raw: dict, key: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GazetteerError(str(path), f"{raw['name']}: {key!r} must be a list of non-empty strings")
    return tuple(value)


def _spellings(text: str) -> Iterable[str]:
    """A name and its spacing variant: Korean writes 구글 딥마인드 and 구글딥마인드."""
    yield text
    if " " in text and _has_hangul(text):
        yield text.replace(" ", "")


def _is_native_korean_name(text: str) -> bool:
    """김성훈, 이재용: thousands of people share each, so they are always weak."""
    return 2 <= len(text) <= 3 and text[0] in KOREAN_SURNAMES and all("\uac00" <= c <= "\ud7a3" for c in text)


def _has_hangul(text: str) -> bool:
    return any("\uac00" <= c <= "\ud7a3" for c in text)


def _fold(text: str) -> str:
    return text.casefold()


def _check_parents(directory: Path, gazetteer: Gazetteer) -> None:
    for entity in gazetteer.entities.values():
        if entity.parent is not None and entity.parent not in gazetteer.entities:
            raise GazetteerError(str(directory), f"{entity.name}: parent {entity.parent!r} does not exist")
        if entity.parent == entity.id:
            raise GazetteerError(str(directory), f"{entity.name}: is its own parent")
