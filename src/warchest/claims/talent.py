"""Talent claims: who holds which position, who moved where, who was laid off, and
what people are paid (compensation, hire, layoff, position).

Positions come from title phrases next to a person's name (다리오 아모데이 앤스로픽
최고경영자(CEO), "Sam Altman, OpenAI's chief executive", "Chief Executive Sam
Altman"), from appointments (대통령실 수석에 임명됐다, 새 CEO에 … 선임) and from
current-role verbs (조직을 이끈다, "sits on Microsoft's board"). A former role
(전 ~, ~를 지낸, ~ 출신, "former", "formerly") is never a position. Hires,
layoffs and pay are frames (``data/lexicons/talent.<lang>.json``) read with the
shared argument machinery; the titles, counts and team cues are this module's.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Iterable, Mapping, Sequence

from ..model import Claim, Quantity, Sentence, When
from .args import DIRECT, SUBJECT_CASES, Arg
from .build import make_claim
from .carry import carried_date, carried_subject
from .context import DocContext
from .cues import is_negated, status_of
from .frames import Frame, Grammar, Trigger, fill_roles, find_triggers, load_frames, read_arguments

# Entity kind each role of the contract takes (spec/claims.md).
ROLE_KINDS = {
    "person": "person", "persons": "person", "from": "org", "to": "org", "org": "org", "orgs": "org",
    "employer": "org", "product": "product", "products": "product", "founders": "person",
}
PLANNED = ("planned", "considering")


# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class TalentLexicon:
    """The compiled talent lexicon of one language."""

    lang: str
    titles: Mapping[str, str]  # lower-cased surface -> canonical (CEO ...) or ""
    title_re: re.Pattern
    title_link_re: re.Pattern  # 겸, "and": between two titles of one person
    title_prefixes: tuple[str, ...]  # "co-founder and", "interim": before a title
    former_before: re.Pattern
    former_lead: re.Pattern  # 전, "former" opening an appositive right after a name
    former_after: re.Pattern | None
    now_re: re.Pattern | None
    appoint_re: re.Pattern
    role_verb_re: re.Pattern | None
    team_re: re.Pattern
    people_re: re.Pattern  # words for a group of people: "researchers", 직원
    job_re: re.Pattern  # words for someone's job: "researcher", 연구원
    honorific_re: re.Pattern | None  # 박사, 교수: between a Korean name and its particle
    offer_re: re.Pattern
    unit_re: re.Pattern
    count_lead_re: re.Pattern | None  # "including 1,510": a count of the people just counted
    period_re: re.Pattern | None  # 6년간, "over several years": how long a pay runs
    outsiders_re: re.Pattern | None  # 경쟁사, "rival": pay offered to another company's people
    layoff_object_re: re.Pattern  # 인력, "workforce": what a layoff cuts
    led_by_re: re.Pattern | None  # "led by": an org's head named after it
    frames: tuple[Frame, ...]

    @classmethod
    def of(cls, lexicons: Mapping[str, Any], lang: str) -> "TalentLexicon | None":
        data = lexicons.get(f"talent.{lang}")
        if not data:
            return None
        return _compile(lang, json.dumps(data, sort_keys=True, ensure_ascii=False))


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# After a Korean title: a particle, a space or punctuation (not 대표적, 회장님도 ...).
_KO_TITLE_END = r"(?=[\s,.·“”\"'’)\]]|[은는이가을를의에와과도로께겸인으]|$)"
_EN_TITLE_END = r"\b"


@lru_cache(maxsize=8)
def _compile(lang: str, key: str) -> TalentLexicon:
    data = json.loads(key)
    flags = re.IGNORECASE if lang == "en" else 0
    titles = {k.lower(): v for k, v in data["titles"].items()}
    words = _alternation(data["titles"])
    links = _alternation(data.get("title_links", ()))
    prefixes = _alternation(data.get("title_prefixes", ())) or "(?!)"
    if lang == "ko":
        one = rf"(?:(?:{prefixes})\s*)?[A-Za-z가-힣·]*?(?:{words})(?:\s?\([A-Za-z]{{2,5}}\))?{_KO_TITLE_END}"
    else:
        one = rf"(?:(?:{prefixes})\s+)?(?:{words}){_EN_TITLE_END}"
    title = rf"{one}(?:\s*(?:{links})\s*{one})*"
    now = data.get("now_markers")
    verbs = data.get("role_verbs")
    return TalentLexicon(
        lang=lang,
        titles=titles,
        title_re=re.compile(title, flags),
        title_link_re=re.compile(rf"\s*(?:{links})\s*" if links else "(?!)", flags),
        title_prefixes=tuple(p.lower() + " " for p in data.get("title_prefixes", ())),
        former_before=re.compile(rf"(?:^|[\s(])(?:{_alternation(data['former_before'])})\s*$", flags),
        former_lead=re.compile(rf"\s*(?:{_alternation(data['former_before'])})\s", flags),
        former_after=re.compile(rf"(?:\s+\S+){{0,2}}?\s*[을를이가]?\s*(?:{_alternation(data['former_after'])})", flags)
        if data.get("former_after") else None,
        now_re=re.compile(rf"\b(?:{_alternation(now)})\s+(?:its\s+|the\s+)?$", flags) if now else None,
        appoint_re=re.compile(_alternation(data["appoint"]), flags),
        role_verb_re=re.compile(_alternation(verbs), flags) if verbs else None,
        team_re=re.compile(_alternation(data["team"]), flags),
        people_re=re.compile(_alternation(data["people"]), flags),
        job_re=re.compile(_alternation(data["job_words"]), flags),
        honorific_re=re.compile(rf"\s(?:{_alternation(data['honorifics'])})") if data.get("honorifics") else None,
        offer_re=re.compile(_alternation(data["offer"]), flags),
        unit_re=re.compile(rf"(?:\s+[a-z-]+){{0,2}}\s*(?:{_alternation(data['count_units'])})\b", flags),
        count_lead_re=re.compile(rf"\b(?:{_alternation(data['count_leads'])})\s+(?:about\s+|some\s+)?$", flags)
        if data.get("count_leads") else None,
        period_re=re.compile("|".join(data["pay_periods"]), flags) if data.get("pay_periods") else None,
        outsiders_re=re.compile(_alternation(data["outsiders"]), flags) if data.get("outsiders") else None,
        layoff_object_re=re.compile(_alternation(data["layoff_objects"]), flags),
        led_by_re=re.compile(rf"\b(?:{_alternation(data['led_by'])})\s+$", flags) if data.get("led_by") else None,
        frames=load_frames(data, lang),
    )


def canonical_title(lex: TalentLexicon, surface: str) -> str:
    """CEO, CTO … where the title spells one out (최고경영자(CEO) -> CEO), else the
    surface title itself (대표, president): free text, as the contract says."""
    abbrev = re.search(r"\(([A-Za-z]{2,5})\)", surface)
    if abbrev and lex.titles.get(abbrev.group(1).lower()):
        return lex.titles[abbrev.group(1).lower()]
    bare = re.sub(r"\s?\([A-Za-z]{2,5}\)", "", surface).strip()
    for part in lex.title_link_re.split(bare):
        key = part.lower()
        for prefix in lex.title_prefixes:
            key = key.removeprefix(prefix)
        if lex.titles.get(key):
            return lex.titles[key]
    return bare


# ---------------------------------------------------------------- sentence helpers


def sentence_args(ctx: DocContext, sentence: Sentence, lexicons: Mapping[str, Any]) -> list[Arg]:
    """The sentence's mentions with their cases, read once per document; a Korean
    name in quotes or with an honorific takes the particle after them (‘SB 오픈AI
    재팬’을, 김윤 박사를 -> object)."""
    def read() -> list[Arg]:
        args = read_arguments(ctx, sentence, lexicons)
        if ctx.lang != "ko":
            return args
        grammar = Grammar.of(lexicons, ctx.lang)
        lex = TalentLexicon.of(lexicons, ctx.lang)
        honorifics = lex.honorific_re if lex else None
        return [_ko_recase(a, _KO_CLOSERS.match(ctx.document.text, a.end).end(), grammar, ctx.document.text, honorifics)
                if a.case in ("bare", "conj") else a for a in args]
    return ctx.memo(("args", sentence.index), read)


_KO_CLOSERS = re.compile(r"[’'”\"」』)]*")


def _ko_recase(a: Arg, end: int, grammar: Grammar, text: str, honorifics: re.Pattern | None) -> Arg:
    """``a`` with the case of the particle at ``end`` (after an honorific, if any)."""
    if a.kind == "person" and honorifics is not None:
        m = honorifics.match(text, end)
        end = m.end() if m else end
    if end == a.end:
        return a
    particle = next((p for p in sorted(grammar.particles, key=len, reverse=True) if text.startswith(p, end)), None)
    return replace(a, case=grammar.particles[particle]) if particle else a


def usable(arg: Arg) -> bool:
    """Whether a mention can fill a claim role: not a news outlet quoted as a source."""
    return arg.mention.entity.subkind != "media"


def fill_typed(
    ctx: DocContext, trigger: Trigger, args: Sequence[Arg], lexicons: Mapping[str, Any]
) -> dict[str, list[Arg]]:
    """``fill_roles`` with each role restricted to mentions of the entity kind the
    contract gives it (a hire's ``to`` is an org, its ``person`` a person), and
    filled from the trigger's own clause first, from the rest of the sentence after."""
    out: dict[str, list[Arg]] = {}
    lo, hi = trigger.window
    local = [a for a in args if lo <= a.start and a.end <= hi]
    for kind in ("person", "org", "product"):
        mine = {r: c for r, c in trigger.frame.roles.items() if ROLE_KINDS.get(r, "org") == kind}
        fits = [a for a in args if a.kind == kind and usable(a)]
        for pool in ([a for a in local if a in fits], fits):
            todo = {r: c for r, c in mine.items() if r not in out}
            if todo:
                sub = replace(trigger, frame=replace(trigger.frame, roles=todo))
                out.update(fill_roles(ctx, sub, pool, lexicons))
    return out


def clause_bounds(ctx: DocContext, sentence: Sentence, pos: int, lexicons: Mapping[str, Any]) -> tuple[int, int]:
    """The clause around ``pos``: between the nearest clause breaks (", and", 고, 며)
    that do not fall inside a name (the 고 of 마렝고 2.6 ends no clause)."""
    g = Grammar.of(lexicons, ctx.lang)
    names = [(m.start, m.end) for m in ctx.mentions_in(sentence)]
    lo, hi = sentence.start, sentence.end
    for brk in g.clause_breaks:
        word = brk.strip(" ,")
        if not word:
            continue
        pattern = re.escape(brk) if brk.startswith((",", ";")) else rf"{re.escape(word)},?\s"
        for m in re.compile(pattern).finditer(ctx.document.text, sentence.start, sentence.end):
            if any(s < m.end() and m.start() < e for s, e in names):
                continue
            if m.end() <= pos:
                lo = max(lo, m.end())
            elif m.start() >= pos:
                hi = min(hi, m.start())
    return lo, hi


# Where a date sits relative to what it dates, searched in this order: (stretch,
# before?) with stretch 0 the near one and 1 the wider one. Korean puts the date
# before the thing (지난 5월 6000명을, 올해 2월 ‘미스트랄 라지’와 ‘르 샤’를), so it
# looks back first, as far as the wider stretch; English says it either side
# ("10,000 positions in January 2023", "In February Mistral launched"), so it
# stays near first.
_DATE_ORDER = {
    "ko": ((0, True), (1, True), (0, False), (1, False)),
    "en": ((0, False), (0, True), (1, False), (1, True)),
}


def date_near(ctx: DocContext, sentence: Sentence, pos: int, lo: int, hi: int,
              outer: tuple[int, int] | None = None) -> When | None:
    """The resolved date that goes with a thing at ``pos``: looked for in [lo, hi),
    then in the wider ``outer`` stretch, each language its own way (``_DATE_ORDER``)."""
    dates = [d for d in ctx.dates_in(sentence) if d.value]
    stretches = ((lo, hi), outer or (lo, hi))
    for which, before in _DATE_ORDER.get(ctx.lang, _DATE_ORDER["en"]):
        a, b = stretches[which]
        if before:
            found = sorted((d for d in dates if a <= d.start and d.end <= pos), key=lambda d: pos - d.end)
        else:
            found = sorted((d for d in dates if pos <= d.start and d.end <= b), key=lambda d: d.start - pos)
        if found:
            return found[0]
    return None


def sentence_date(ctx: DocContext, sentence: Sentence, pos: int, lexicons: Mapping[str, Any]) -> When | None:
    """A claim's date when nothing nearer fits: the date nearest ``pos`` in the
    sentence, else an anaphoric one (당시, 이날) from the sentences before."""
    return date_near(ctx, sentence, pos, sentence.start, sentence.end) or carried_date(ctx, lexicons, sentence)


def is_former(lex: TalentLexicon, text: str, start: int, end: int) -> bool:
    """Whether a name or title at [start, end) is marked as a past role."""
    if lex.former_before.search(text[max(0, start - 14):start]):
        return True
    return bool(lex.former_after and lex.former_after.match(text, end, end + 30))


# ---------------------------------------------------------------- positions


@dataclass(frozen=True)
class Role:
    """A person named with a title: the appositive phrase, and the org it names (if any)."""

    person: Arg
    org: Arg | None
    title: str
    start: int  # the whole phrase: name, org and title
    end: int
    former: bool


def _next_arg(args: Sequence[Arg], pos: int, limit: int = 2) -> Arg | None:
    return next((a for a in args if pos <= a.start <= pos + limit), None)


def _prev_arg(args: Sequence[Arg], pos: int, limit: int = 2) -> Arg | None:
    return next((a for a in reversed(args) if pos - limit <= a.end <= pos), None)


def _title_at(lex: TalentLexicon, text: str, pos: int, limit: int):
    """A title starting at ``pos`` (after spaces), as a regex match."""
    while pos < limit and text[pos] == " ":
        pos += 1
    return lex.title_re.match(text, pos, limit)


def _title_before(lex: TalentLexicon, text: str, pos: int, lo: int):
    """A title ending right before ``pos`` ("Chief Executive Sam Altman")."""
    gap = text[lo:pos]
    trimmed = re.sub(r"(?<=\S)인$", "", gap.rstrip(" ,")) if lex.lang == "ko" else gap.rstrip(" ,")
    for m in lex.title_re.finditer(text, lo, lo + len(trimmed)):
        if m.end() == lo + len(trimmed):
            return m
    return None


def ko_roles(lex: TalentLexicon, ctx: DocContext, sentence: Sentence, args: Sequence[Arg]) -> list[Role]:
    """PERSON [ORG] TITLE and ORG TITLE PERSON phrases of a Korean sentence."""
    text = ctx.document.text
    out = []
    for a in args:
        if a.kind != "person":
            continue
        pos = a.end
        org = _next_arg(args, pos)
        lead = lex.former_lead.match(text, pos, sentence.end)
        former = bool(lead)
        if lead:
            pos = lead.end()
            org = _next_arg(args, pos, 0)
        if org is not None and org.kind == "org":
            pos = org.end
            paren = re.match(r"\s?\([^()]{1,30}\)", text[pos:pos + 32])
            pos += paren.end() if paren else 0
        else:
            org = None
        m = _title_at(lex, text, pos, sentence.end)
        if m:
            former = former or is_former(lex, text, m.start(), m.end())
            if org is None:  # "KT 김영섭 대표": the org before the name
                org = _prev_arg(args, a.start, 1)
                org = org if org is not None and org.kind == "org" and org.case == "bare" else None
            out.append(Role(a, org, canonical_title(lex, m.group(0)), org.start if org and org.start < a.start
                            else a.start, m.end(), former))
            continue
        m = _title_before(lex, text, a.start, max(sentence.start, a.start - 30))
        org = _prev_arg(args, m.start(), 3) if m else None
        if m and org is not None and org.kind == "org" and not re.search(r"[을를]\s*\S*$", text[m.end():a.start]):
            former = is_former(lex, text, org.start, m.end())
            out.append(Role(a, org, canonical_title(lex, m.group(0)), org.start, a.end, former))
    return out


def _en_title_before(lex: TalentLexicon, text: str, args: Sequence[Arg], i: int, lo: int) -> Role | None:
    """"Anthropic Chief Executive Dario Amodei", "Scale's chief executive, Alexandr Wang"."""
    a = args[i]
    m = _title_before(lex, text, a.start, max(lo, a.start - 60))
    if not m:
        return None
    org = _prev_arg(args, m.start(), 3)
    if org is not None and (org.kind != "org" or org.case not in ("genitive", "bare")):
        org = None
    start = org.start if org else m.start()
    return Role(a, org, canonical_title(lex, m.group(0)), start, a.end, is_former(lex, text, start, m.end()))


def _en_title_after(lex: TalentLexicon, text: str, args: Sequence[Arg], i: int, limit: int) -> Role | None:
    """"Sam Altman, OpenAI's chief executive", "Matt Garman, chief executive of AWS"."""
    a = args[i]
    comma = re.match(r",\s+(?:(?:the|a|an|its|their)\s+)?", text[a.end:limit])
    if not comma:
        return None
    pos = a.end + comma.end()
    org = _next_arg(args, pos, 0)
    if org is not None and org.case == "genitive" and org.kind == "org":
        pos = org.end + 2
    else:
        org = None
    m = _title_at(lex, text, pos, limit)
    if not m or is_former(lex, text, m.start(), m.end()):
        return None
    org = org or _of_org(args, text, m.end(), limit)
    return Role(a, org, canonical_title(lex, m.group(0)), a.start, org.end if org else m.end(), False)


def _en_title_now(lex: TalentLexicon, text: str, args: Sequence[Arg], i: int, limit: int) -> Role | None:
    """"Arthur Mensch, a former DeepMind researcher who is now chief executive"."""
    a = args[i]
    if lex.now_re is None:
        return None
    nxt = next((b.start for b in args[i + 1:] if b.kind == "person"), limit)
    for m in lex.title_re.finditer(text, a.end, min(nxt, a.end + 160)):
        if lex.now_re.search(text[a.end:m.start()]):
            return Role(a, None, canonical_title(lex, m.group(0)), a.start, m.end(), False)
    return None


def en_roles(lex: TalentLexicon, ctx: DocContext, sentence: Sentence, args: Sequence[Arg]) -> list[Role]:
    """Title phrases around each person of an English sentence, the first that fits."""
    text = ctx.document.text
    out = []
    for i, a in enumerate(args):
        if a.kind != "person":
            continue
        lo = args[i - 1].end if i else sentence.start
        role = _en_title_before(lex, text, args, i, lo) or _en_title_after(lex, text, args, i, sentence.end) \
            or _en_title_now(lex, text, args, i, sentence.end)
        if role is not None:
            out.append(role)
    return out


_ROLE_READERS = {"ko": ko_roles, "en": en_roles}


def _ko_appointments(lex: TalentLexicon, ctx: DocContext, sentence: Sentence, args: Sequence[Arg]):
    """"ORG TITLE에 임명/취임", "새 CEO에 PERSON을 선임", "PERSON을 TITLE로 영입"."""
    text = ctx.document.text
    for v in lex.appoint_re.finditer(text, sentence.start, sentence.end):
        for m in lex.title_re.finditer(text, sentence.start, v.start()):
            if not re.match(r"\s*(?:에|으로|로)(?:는)?\s", text[m.end():v.start()]):
                continue
            org = _prev_arg(args, m.start(), 3)
            org = org if org is not None and org.kind == "org" else None
            persons = [a for a in args if a.kind == "person" and m.end() <= a.start < v.start()
                       and a.case in ("object", "subject", "topic")]
            persons = persons or [a for a in args if a.kind == "person" and a.end <= m.start()
                                  and a.case in SUBJECT_CASES + ("object",)][-1:]
            for p in persons:
                yield p, org, canonical_title(lex, m.group(0)), m.start()


_EN_AS_TITLE = re.compile(r"\bas\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:new\s+)?", re.I)
_EN_NAMED_AS = re.compile(r"\s+(?:as\s+)?(?:the\s+|its\s+|their\s+|a\s+)?(?:new\s+)?", re.I)  # named X (as) CEO


def _en_appointments(lex: TalentLexicon, ctx: DocContext, sentence: Sentence, args: Sequence[Arg]):
    """"named PERSON (as) TITLE", "PERSON (, who …,) was named TITLE of ORG",
    "joined ORG as TITLE", and a subject "He … as TITLE of ORG"."""
    text = ctx.document.text
    persons = [a for a in args if a.kind == "person"]
    for verb in lex.appoint_re.finditer(text, sentence.start, sentence.end):
        after = re.match(r"\s+(?:as\s+)?(?:the\s+|its\s+)?(?:new\s+)?", text[verb.end():sentence.end])
        t = lex.title_re.match(text, verb.end() + after.end(), sentence.end) if after else None
        subject = next((a for a in reversed(persons) if a.end <= verb.start() and re.fullmatch(
            r"(?:,\s+who\b[^,]*,)?\s+(?:was|has been|is|were|had been)\s+", text[a.end:verb.start()])), None)
        if t and subject:
            yield subject, _of_org(args, text, t.end(), sentence.end), canonical_title(lex, t.group(0)), t.start()
            continue
        named = _next_arg(persons, verb.end() + 1, 1)
        m = _EN_NAMED_AS.match(text, named.end) if named else None
        t = lex.title_re.match(text, m.end(), sentence.end) if m else None
        if named and t:
            org = _of_org(args, text, t.end(), sentence.end) or next(
                (a for a in reversed(args) if a.kind == "org" and a.end <= verb.start()), None)
            yield named, org, canonical_title(lex, t.group(0)), t.start()
    for m in _EN_AS_TITLE.finditer(text, sentence.start, sentence.end):
        t = lex.title_re.match(text, m.end(), sentence.end)
        if not t:
            continue
        joined = re.search(r"\bjoin(?:ed|s|ing)?\s+(?:the\s+)?[^,]{1,40}$", text[sentence.start:m.start()])
        org = _of_org(args, text, t.end(), sentence.end)
        if joined and org is None:
            org = next((a for a in reversed(args) if a.kind == "org" and joined.start() <= a.start - sentence.start
                        and a.end <= m.start()), None)
            subject = [a for a in persons if a.end <= sentence.start + joined.start()][-1:]
        else:
            subject = [a for a in persons if a.start - sentence.start < 4]
        if org is not None:
            for p in subject:
                yield p, org, canonical_title(lex, t.group(0)), t.start()


def _of_org(args: Sequence[Arg], text: str, pos: int, limit: int) -> Arg | None:
    """The org of "… of ORG" / "… at ORG" right after ``pos``."""
    tail = re.match(r"\s+(?:of|at)\s+(?:the\s+)?", text[pos:limit])
    org = _next_arg(args, pos + tail.end(), 0) if tail else None
    return org if org is not None and org.kind == "org" else None


_APPOINTMENT_READERS = {"ko": _ko_appointments, "en": _en_appointments}


def _ko_role_verbs(lex: TalentLexicon, ctx: DocContext, sentence: Sentence, args: Sequence[Arg]):
    """"PERSON은 ‘MS AI’ 조직을 이끌며", "메디플로우의 기술 개발은 최윤서 CTO가 맡고
    있다", "말랑은 김서진 대표가 이끄는 회사다": the role a verb in the present
    states (the lexicon lists no 이끌던, 맡았던), at the nearest org not left."""
    text = ctx.document.text
    for v in lex.role_verb_re.finditer(text, sentence.start, sentence.end):
        person = next((a for a in reversed(args) if a.kind == "person" and a.case in ("topic", "subject", "lead")
                       and a.end <= v.start()), None)
        org = next((a for a in reversed(args) if a.kind == "org" and a.end <= v.start() and usable(a)
                    and not is_former(lex, text, a.start, a.end)), None)
        if person is not None and org is not None:
            t = lex.title_re.search(text, max(org.end, person.end), v.start())
            yield person, org, canonical_title(lex, t.group(0)) if t else "", v.start()


def _en_role_verbs(lex: TalentLexicon, ctx: DocContext, sentence: Sentence, args: Sequence[Arg]):
    """"Hoffman, who co-founded Inflection …, also sits on Microsoft's board",
    "Upstage, the Korean LLM startup led by Sung Kim"."""
    text = ctx.document.text
    for v in lex.role_verb_re.finditer(text, sentence.start, sentence.end):
        person = next((a for a in args if a.kind == "person" and a.start - sentence.start < 4), None)
        org = next((a for a in args if a.kind == "org" and a.start >= v.end()), None)
        if person is not None and org is not None:
            yield person, org, "", v.start()
    if lex.led_by_re is not None:
        for i, person in enumerate(args):
            if person.kind == "person" and lex.led_by_re.search(text, max(sentence.start, person.start - 20), person.start):
                org = next((a for a in reversed(args[:i]) if a.kind == "org" and usable(a)), None)
                if org is not None:
                    yield person, org, "", person.start


_ROLE_VERB_READERS = {"ko": _ko_role_verbs, "en": _en_role_verbs}


class Affiliations:
    """Where each person works, as the document has said so far: a later bare
    "김성훈 대표는" or "Chief Executive Sam Altman" takes the org said before."""

    def __init__(self) -> None:
        self._orgs: dict[str, Arg] = {}

    def note(self, person: Arg, org: Arg) -> None:
        self._orgs.setdefault(person.entity_id, org)

    def of(self, person: Arg) -> Arg | None:
        """The org said before for this person, marked as carried over."""
        known = self._orgs.get(person.entity_id)
        return known.carried() if known else None


def _fallback_org(roles: Sequence[Role], i: int, args: Sequence[Arg], book: Affiliations, text: str,
                  lex: TalentLexicon) -> Arg | None:
    """The org of a titled person whose phrase names none: the one said before for
    this person, the coordinated person's just before, the sentence's topic, or,
    for an executive title (CEO, "Chief Financial Officer Sarah Friar said …
    OpenAI"), the first org of the sentence that is not a former employer."""
    role = roles[i]
    known = book.of(role.person)
    if known is not None:
        return known
    beside = roles[i - 1] if i and 0 <= role.start - roles[i - 1].end < 6 else None
    if beside is not None:
        found = beside.org.carried() if beside.org else book.of(beside.person)
        if found is not None:
            return found
    orgs = [a for a in args if a.kind == "org" and usable(a) and not is_former(lex, text, a.start, a.end)
            and not any(r.start <= a.start < r.end for r in roles)]
    topic = next((a for a in orgs if a.case in ("topic", "subject")), None) or \
        next((a for a in orgs[:1] if a.case == "genitive" and lex.lang == "ko"), None)  # 메디플로우의 기술 개발은
    executive = role.title in set(lex.titles.values()) - {""}
    found = topic or (orgs[0] if orgs and executive else None)
    return found.carried() if found else None


def positions(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], lex: TalentLexicon,
              book: Affiliations, lexicons: Mapping[str, Any]) -> tuple[list[Claim], list[Role], list[Arg]]:
    """Position claims of one sentence, the titled-name phrases found on the way, and
    the arguments re-read through those phrases (see ``recase``)."""
    text = ctx.document.text
    roles = _ROLE_READERS[lex.lang](lex, ctx, sentence, args)
    found = [(r.person, r.org or _fallback_org(roles, i, args, book, text, lex), r.title, None)
             for i, r in enumerate(roles) if not r.former]
    framed = recase(args, roles, Grammar.of(lexicons, ctx.lang), text)
    stated = list(_APPOINTMENT_READERS[lex.lang](lex, ctx, sentence, framed))
    appointed = {at for *_, at in stated}  # appointments are dated, standing roles are not
    if lex.role_verb_re is not None:
        stated += _ROLE_VERB_READERS[lex.lang](lex, ctx, sentence, framed)
    for person, org, title, at in stated:
        org = org or _fallback_org([Role(person, None, title, at, at, False)], 0, framed, book, text, lex)
        found.append((person, org, title, date_near(ctx, sentence, at, *clause_bounds(ctx, sentence, at, lexicons))
                      if at in appointed else None))
    executive = set(lex.titles.values()) - {""}
    best: dict[tuple[str, str], tuple] = {}
    for person, org, title, date in found:  # one position per person and org, its fullest title
        if org is not None:
            key = (person.entity_id, org.entity_id)
            if key not in best or title in executive and best[key][2] not in executive:
                best[key] = (person, org, title, date or (best[key][3] if key in best else None))
    claims = []
    for person, org, title, date in best.values():
        book.note(person, org)
        claims.append(make_claim(ctx, "position", sentence, {"person": person, "org": org}, date=date,
                                 attrs={"title": title} if title else {}))
    return claims, roles, framed


def recase(args: Sequence[Arg], roles: Sequence[Role], grammar: Grammar, text: str) -> list[Arg]:
    """Arguments as a predicate sees them: a Korean name with a title takes the case
    of its whole phrase (알렉산더 왕 스케일AI CEO를 -> object), and the org inside
    the title phrase is a modifier, not an argument of its own."""
    if grammar.lang != "ko" or not roles:
        return list(args)
    inner = {id(r.org) for r in roles if r.org is not None}
    ends = {id(r.person): r.end for r in roles}
    return [_ko_recase(a, ends.get(id(a), a.end), grammar, text, None) for a in args if id(a) not in inner]


# ---------------------------------------------------------------- hires


def _first(roles: Mapping[str, list[Arg]], role: str) -> Arg | None:
    found = roles.get(role)
    return found[0] if found else None


def _org_beside(args: Sequence[Arg], lo: int, hi: int) -> Arg | None:
    """The usable org named within [lo, hi) nearest ``hi``: the 인플렉션AI of
    "인플렉션AI 직원 대부분", the Inflection of "Most of Inflection's employees"."""
    return next((a for a in reversed(args) if a.kind == "org" and usable(a) and lo <= a.start and a.end <= hi), None)


def _group_source(lex: TalentLexicon, text: str, args: Sequence[Arg], trigger: Trigger) -> Arg | None:
    """The org a moving group comes from, named just before the word for its people:
    "OpenAI researchers", "Inflection's roughly 70 employees", "인플렉션AI 직원 대부분"."""
    lo, hi = trigger.window
    for m in lex.people_re.finditer(text, lo, hi):
        org = _org_beside(args, max(lo, m.start() - 30), m.start())
        if org is not None:
            return org
    return None


def _affiliation(lex: TalentLexicon, text: str, args: Sequence[Arg], person: Arg) -> Arg | None:
    """The org of "OpenAI researcher Shengjia Zhao", "오픈AI 연구원 셩자 자오": named
    right before a word for the person's job."""
    word = None
    for m in lex.job_re.finditer(text, max(0, person.start - 16), person.start):
        if not text[m.end():person.start].strip():
            word = m
    if word is None:
        return None
    org = _org_beside(args, word.start() - 30, word.start())
    return org if org is not None and len(text[org.end:word.start()].split()) <= 2 else None


def _object_person(ctx: DocContext, trigger: Trigger, args: Sequence[Arg], filled: list[Arg]) -> list[Arg]:
    """The people a predicate takes; an object pronoun ("Microsoft offered him a
    job") is the person named earlier in the same sentence, whatever a document-wide
    coreference guessed."""
    pronoun = re.match(r"\s+(?:him|her)\b", ctx.document.text[trigger.end:trigger.end + 6])
    if not pronoun or (filled and filled[0].how == DIRECT):
        return filled
    earlier = next((a for a in reversed(args) if a.kind == "person" and a.how == DIRECT and a.end <= trigger.start), None)
    return [earlier.carried()] if earlier else filled


# "left the stage", "left her post": a departure whose object names no org.
_LEAVES_SOMETHING_ELSE = re.compile(r"\s+(?:the|a|an|his|her|its|their)\b", re.I)


def hires(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], lex: TalentLexicon, roles: Sequence[Role],
          book: Affiliations, lexicons: Mapping[str, Any]) -> list[Claim]:
    """Hire claims: named people, a group ("OpenAI researchers") or a whole team
    ("직원 대부분") moving from one org to another, with the kind the wording says."""
    text = ctx.document.text
    titled = {r.person.entity_id: r.org for r in roles if r.org is not None and not r.former}
    claims = []
    for trigger in find_triggers(sentence, [f for f in lex.frames if f.type == "hire"]):
        if is_negated(ctx, lexicons, trigger) or status_of(ctx, lexicons, sentence, trigger) in PLANNED:
            continue
        filled = fill_typed(ctx, trigger, args, lexicons)
        kind = trigger.frame.attrs.get("kind")
        lo, hi = trigger.window
        date = date_near(ctx, sentence, trigger.start, lo, hi, (sentence.start, sentence.end)) or \
            carried_date(ctx, lexicons, sentence)
        source, dest = _first(filled, "from"), _first(filled, "to")
        attrs = {"kind": kind} if kind else {}
        people = _object_person(ctx, trigger, args, filled.get("persons", []))
        team = lex.team_re.search(text, lo, hi)
        if team or not people:
            source = source or _group_source(lex, text, args, trigger)
            if team and source is None:  # "Amazon hired Adept co-founder David Luan and much of his team"
                source = next((a for a in reversed(args) if a.kind == "org" and usable(a) and a.end <= team.start()
                               and (dest is None or a.entity_id != dest.entity_id)), None)
            if source is not None and dest is not None and source.entity_id != dest.entity_id \
                    and (team or lex.people_re.search(text, lo, hi)):
                claims.append(make_claim(ctx, "hire", sentence, {"from": source, "to": dest}, date=date,
                                         attrs={"kind": "team"} if team else attrs))
            people = people + [a for a in args if a.kind == "person" and a.case == "including" and lo <= a.start < hi]
            source = None if team else source  # the team's org says nothing of where a named person came from
        for person in people:
            origin = source or titled.get(person.entity_id) or _affiliation(lex, text, args, person)
            if kind == "departed" and source is None:
                if _LEAVES_SOMETHING_ELSE.match(text, trigger.end):
                    continue
                origin = origin or book.of(person) or next(
                    (a for a in args if a.kind == "org" and usable(a) and a is not dest), None)
            found = {"person": person, "from": origin, "to": dest}
            if origin is None and dest is None:
                continue
            claims.append(make_claim(ctx, "hire", sentence, {k: v for k, v in found.items() if v is not None},
                                     date=date, attrs=attrs))
    return claims


# ---------------------------------------------------------------- who, in words


def population(lex: TalentLexicon, text: str, lo: int, hi: int, pos: int) -> str | None:
    """The people a claim is about, in words ("데이터 주석팀 직원", "박사급 AI 연구자",
    "senior researchers"): the group word nearest ``pos`` in [lo, hi) with up to two
    modifiers before it (bare words: no figure, particle or function word)."""
    found = sorted(lex.people_re.finditer(text, lo, hi), key=lambda m: abs(m.start() - pos))
    if not found:
        return None
    m = found[0]
    words = text[max(lo, m.start() - 30):m.start()].split()
    kept: list[str] = []
    for word in reversed(words[-2:]):
        if not _MODIFIER[lex.lang](word):
            break
        kept.insert(0, word)
    return " ".join(kept + [m.group(0)])


_EN_FUNCTION_WORDS = frozenset("of the a an his her its their our some about roughly nearly more than".split())
_MODIFIER = {
    "ko": lambda w: not re.search(r"\d|[가이은는을를에의도와과로]$|[^\w·]", w),
    "en": lambda w: w.isalpha() and w.lower() not in _EN_FUNCTION_WORDS,
}


# ---------------------------------------------------------------- layoffs


def _is_headcount(lex: TalentLexicon, text: str, q: Quantity) -> bool:
    """A number that counts people: 6000여 명, "6,000 employees", "including 1,510"."""
    if (q.unit and lex.unit_re.fullmatch(q.unit)) or lex.unit_re.match(text, q.end, q.end + 30):
        return True
    return bool(lex.count_lead_re and lex.count_lead_re.search(text, max(0, q.start - 20), q.start))


def layoffs(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], lex: TalentLexicon,
            lexicons: Mapping[str, Any], earlier: bool) -> list[Claim]:
    """Layoff claims: one per headcount (nested counts are claims of their own), or
    one per trigger when no count is said; announced and planned cuts count, cuts
    only under review or denied do not. A trigger that can mean other cuts
    (줄이다, "cut") needs a headcount or a staff word; "cuts" alone counts after
    an earlier layoff in the document."""
    text = ctx.document.text
    triggers = [t for t in find_triggers(sentence, [f for f in lex.frames if f.type == "layoff"])
                if not is_negated(ctx, lexicons, t) and status_of(ctx, lexicons, sentence, t) != "considering"]
    if not triggers:
        return []
    counts = [q for q in ctx.numbers_in(sentence) if _is_headcount(lex, text, q)]
    staff = bool(lex.people_re.search(sentence.text) or lex.layoff_object_re.search(sentence.text))
    orgs = [_first(fill_typed(ctx, t, args, lexicons), "org") for t in triggers]
    counted: list[Claim] = []
    bare: list[Claim] = []
    for i, t in enumerate(triggers):
        mine = [q for q in counts if min(triggers, key=lambda x: abs(x.start - q.start)) is t]
        needs = t.frame.attrs.get("needs")
        if needs == "staff" and not (mine or staff) or needs == "earlier" and not (mine or staff or earlier):
            continue
        # "MS의 이번 감원은 … 1만 명을 줄인": a predicate without its own subject
        # shares the org of another in the sentence, else the previous sentence's.
        nearest = sorted(range(len(triggers)), key=lambda j: abs(triggers[j].start - t.start))
        org = next((orgs[j] for j in nearest if orgs[j]), None) or carried_subject(ctx, sentence, lexicons)
        if org is None:
            continue
        if not mine:
            date = date_near(ctx, sentence, t.start, *t.window) or carried_date(ctx, lexicons, sentence)
            bare.append(make_claim(ctx, "layoff", sentence, {"org": org}, date=date))
        for q in mine:
            prev = max((c.end for c in counts if c.end <= q.start), default=sentence.start)
            nxt = min((c.start for c in counts if c.start >= q.end), default=sentence.end)
            lo, hi = clause_bounds(ctx, sentence, q.start, lexicons)
            date = date_near(ctx, sentence, q.start, max(prev, lo), min(nxt, hi), (prev, nxt))
            who = population(lex, text, max(prev, lo), min(nxt, hi), q.start)
            counted.append(make_claim(ctx, "layoff", sentence, {"org": org}, date=date,
                                      attrs={"count": int(q.value), **({"population": who} if who else {})}))
    with_counts = {c.args["org"].id for c in counted}
    return counted + [c for c in bare if c.args["org"].id not in with_counts]


# ---------------------------------------------------------------- compensation


def compensation(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], lex: TalentLexicon,
                 lexicons: Mapping[str, Any], named: Sequence[Arg]) -> list[Claim]:
    """Pay claims: an amount in the clause of a pay word (연봉, 보상, "pay package",
    "signing bonuses"), or a payout announced without one; an offer of pay to
    another org's people (any other org ``named`` in the sentence, the speaker's
    included) is also a hire of kind ``offered``."""
    text = ctx.document.text
    claims = []
    used: set[int] = set()
    for t in find_triggers(sentence, [f for f in lex.frames if f.type == "compensation"]):
        if is_negated(ctx, lexicons, t):
            continue
        lo, hi = clause_bounds(ctx, sentence, t.start, lexicons)
        lo, hi = max(lo, t.window[0]), min(hi, t.window[1])
        amounts = [a for a in ctx.amounts_in(sentence) if lo <= a.start and a.end <= hi and a.start not in used]
        employer = _first(fill_typed(ctx, t, args, lexicons), "employer")
        date = date_near(ctx, sentence, t.start, lo, hi) or sentence_date(ctx, sentence, t.start, lexicons)
        if not amounts and not (employer and t.frame.attrs.get("payout") is not None
                                and re.search(t.frame.attrs["payout"], text[t.end:hi])):
            continue
        roles = {"employer": employer} if employer else {}
        period = lex.period_re.search(text, lo, hi) if lex.period_re else None
        who = population(lex, text, lo, hi, t.start)
        attrs = {k: v for k, v in (("population", who), ("period", period and period.group(0))) if v}
        for amount in amounts or [None]:
            claims.append(make_claim(ctx, "compensation", sentence, roles, amount=amount, date=date, attrs=attrs))
            if amount is not None:
                used.add(amount.start)
        if employer is not None and lex.offer_re.search(text, lo, hi):
            others = [a for a in named if a.kind == "org" and usable(a) and a.entity_id != employer.entity_id]
            outside = lex.outsiders_re is not None and lex.outsiders_re.search(text, lo, hi)
            if others or outside:  # not a bonus for the employer's own people
                offer = {"to": employer, "from": others[0].carried()} if others else {"to": employer}
                claims.append(make_claim(ctx, "hire", sentence, offer, date=date, attrs={"kind": "offered"}))
    return claims


# ---------------------------------------------------------------- the family


def extract(ctx: DocContext, lexicons: Mapping[str, Any]) -> list[Claim]:
    """Every talent claim of the document, sentence by sentence."""
    lex = TalentLexicon.of(lexicons, ctx.lang)
    if lex is None:
        return []
    book = Affiliations()
    claims: list[Claim] = []
    laid_off = False
    for sentence in ctx.sentences:
        args = sentence_args(ctx, sentence, lexicons)
        found, roles, framed = positions(ctx, sentence, args, lex, book, lexicons)
        cuts = layoffs(ctx, sentence, framed, lex, lexicons, laid_off)
        laid_off = laid_off or bool(cuts)
        claims += found + hires(ctx, sentence, framed, lex, roles, book, lexicons) + cuts
        claims += compensation(ctx, sentence, framed, lex, lexicons, args)
    return claims
