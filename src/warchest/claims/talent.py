"""Talent claims: who holds which position, who moved where, who was laid off, and
what people are paid (compensation, hire, layoff, position).

Positions come from title phrases next to a person's name (다리오 아모데이 앤스로픽
최고경영자(CEO), "Sam Altman, OpenAI's chief executive", "Chief Executive Sam
Altman"), from appointments (대통령실 수석에 임명됐다, 새 CEO에 … 선임) and from
current-role verbs (조직을 이끈다, "sits on Microsoft's board"). A former role
(전 ~, ~를 지낸, ~ 출신, "former", "formerly") is never a position, nor is one
the sentence ends (사임했다, "lured away"). Hires, layoffs and pay are frames
(``data/lexicons/talent.<lang>.json``) read with the shared argument machinery;
the titles, counts and team cues are this module's. Names the entity layer
misses are the main risk on unseen news, so a role is left empty rather than
given to the nearest known name when the syntax says someone else fills it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Iterable, Mapping, Sequence

from ..model import Claim, Quantity, Sentence, When
from .args import DIRECT, SUBJECT_CASES, Arg, arg_of
from .build import make_claim
from .carry import carried_date, carried_subject
from .context import DocContext
from .lexicon import compiled
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
    former_between: re.Pattern | None  # "previously", "formerly": a past job said between a name and an org
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
    total_after: re.Pattern | None  # 200명 가운데: the whole staff, not the people cut
    total_before: re.Pattern | None  # "of its 1,200": the same, said before the number
    period_re: re.Pattern | None  # 6년간, "over several years": how long a pay runs
    outsiders_re: re.Pattern | None  # 경쟁사, "rival": pay offered to another company's people
    layoff_object_re: re.Pattern  # 인력, "workforce": what a layoff cuts
    led_by_re: re.Pattern | None  # "led by": an org's head named after it
    ender_re: re.Pattern | None  # "stepped down", "resigned": the "as TITLE" after it is the role left
    other_subject_re: re.Pattern | None  # 박사가, "said Dan …": a subject of its own before a verb
    marked_cases: frozenset[str]  # cases a particle says outright (은/는, 이/가): a frame must list them
    ruled_out_re: re.Pattern | None  # 계획이 없다, "no plans to": the cut or move is said not to happen
    aim_re: re.Pattern | None  # 영입하기 위해, 영입을 위한: right after a trigger, the act is only aimed at
    frames: tuple[Frame, ...]

    @classmethod
    def of(cls, lexicons: Mapping[str, Any], lang: str) -> "TalentLexicon | None":
        data = lexicons.get(f"talent.{lang}")
        if not data:
            return None
        return compiled(lexicons, "talent", lang, _compile)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# After a Korean title: a particle, a space or punctuation (not 대표적, 회장님도 ...).
_KO_TITLE_END = r"(?=[\s,.·“”\"'’)\]]|[은는이가을를의에와과도로께겸인으]|$)"
_EN_TITLE_END = r"\b"


def _compile(lang: str, data: dict) -> TalentLexicon:
    flags = re.IGNORECASE if lang == "en" else 0
    titles = {k.lower(): v for k, v in data["titles"].items()}
    words = "|".join(filter(None, (_alternation(data["titles"]), *data.get("title_patterns", ()))))
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
        former_after=re.compile(rf"(?:에서)?(?:\s+\S+){{0,2}}?\s*[을를이가]?\s*(?:{_alternation(data['former_after'])})", flags)
        if data.get("former_after") else None,
        former_between=re.compile(rf"(?<!\w)(?:{_alternation(data['former_between'])})\b", flags)
        if data.get("former_between") else None,
        now_re=re.compile(rf"\b(?:{_alternation(now)})\s+(?:its\s+|the\s+)?$", flags) if now else None,
        appoint_re=re.compile(_alternation(data["appoint"]), flags),
        role_verb_re=re.compile(_alternation(verbs), flags) if verbs else None,
        team_re=re.compile("|".join((_alternation(data["team"]), *data.get("team_patterns", ()))), flags),
        people_re=re.compile(_alternation(data["people"]), flags),
        job_re=re.compile(_alternation(data["job_words"]), flags),
        honorific_re=re.compile(rf"\s(?:{_alternation(data['honorifics'])})") if data.get("honorifics") else None,
        offer_re=re.compile(_alternation(data["offer"]), flags),
        unit_re=re.compile(rf"(?:\s+[a-z-]+){{0,2}}\s*(?:{_alternation(data['count_units'])})\b", flags),
        count_lead_re=re.compile(rf"\b(?:{_alternation(data['count_leads'])})\s+(?:about\s+|some\s+)?$", flags)
        if data.get("count_leads") else None,
        total_after=re.compile(data["staff_total_after"]) if data.get("staff_total_after") else None,
        total_before=re.compile(data["staff_total_before"], flags) if data.get("staff_total_before") else None,
        period_re=re.compile("|".join(data["pay_periods"]), flags) if data.get("pay_periods") else None,
        outsiders_re=re.compile(_alternation(data["outsiders"]), flags) if data.get("outsiders") else None,
        layoff_object_re=re.compile(_alternation(data["layoff_objects"]), flags),
        other_subject_re=re.compile(data["other_subject"].replace(  # {title}: any title or honorific
            "{title}", "|".join(filter(None, (words, _alternation(data.get("honorifics", ())))))), flags)
        if data.get("other_subject") else None,
        marked_cases=frozenset(data.get("marked_cases", ())),
        ruled_out_re=re.compile("|".join(data["ruled_out"]), flags) if data.get("ruled_out") else None,
        aim_re=re.compile(data["aim_after"], flags) if data.get("aim_after") else None,
        led_by_re=re.compile(rf"\b(?:{_alternation(data['led_by'])})\s+$", flags) if data.get("led_by") else None,
        ender_re=re.compile(rf"\b(?:{_alternation(data['role_enders'])})\s+$", flags) if data.get("role_enders") else None,
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
              outer: tuple[int, int] | None = None, own_clause: bool = False) -> When | None:
    """The resolved date that goes with a thing at ``pos``: looked for in [lo, hi),
    then in the wider ``outer`` stretch, each language its own way (``_DATE_ORDER``);
    with ``own_clause``, none inside a relative clause or aside about someone
    ("who led FAIR until earlier this year", 2020년 회사를 창업한 정 대표)."""
    dates = [d for d in ctx.dates_in(sentence) if d.value and not (own_clause and in_aside(ctx, sentence, d.start, d.end, pos))]
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


# Kiwi tags of a verb stem an adnominal ending may follow (꾸리-ㄴ, 창업하-ㄴ); the
# copula of 출신인 is not one: "오픈AI 출신인 김씨" is no clause of its own.
_KO_VERB_TAGS = frozenset({"VV", "XSV", "VA", "VX"})
# An English relative clause or aside: ", who led Meta's lab until last year,".
_EN_ASIDE = re.compile(r",\s+(?:who|which|whose|where)\b[^,;]*", re.I)


def _relative_ends(ctx: DocContext, sentence: Sentence, lo: int, hi: int) -> list[int]:
    """Where Korean relative clauses close in [lo, hi): a verb with an adnominal
    ending (꾸리-ㄴ, 창업하-ㄴ), or a 한 glued to a noun that Kiwi read as "one"."""
    tokens = ctx.tokens(sentence)
    return [t.start for i, t in enumerate(tokens) if lo <= t.start < hi and i and (
        t.tag == "ETM" and tokens[i - 1].tag.split("-")[0] in _KO_VERB_TAGS
        or t.form == "한" and t.tag == "MM" and tokens[i - 1].end == t.start and tokens[i - 1].tag == "NNG")]


def relative_clause_between(ctx: DocContext, sentence: Sentence, lo: int, hi: int) -> bool:
    """Whether a relative clause closes between ``lo`` and ``hi`` (저커버그 CEO가 직접
    꾸린 조직, 2020년 회사를 창업한 정 대표), so what stands at ``lo`` belongs to that
    clause, not to the verb at ``hi``."""
    return bool(_relative_ends(ctx, sentence, lo, hi))


def unnamed_subject_between(ctx: DocContext, sentence: Sentence, lo: int, hi: int) -> bool:
    """Whether a Korean proper noun the entity layer did not name is marked as a
    subject between ``lo`` and ``hi`` (…서츠케버가 직접 CEO 맡는다, 정우성 박사가
    합류했다), not inside a relative clause: the verb after it is that person's,
    not an earlier topic's."""
    tokens = ctx.tokens(sentence)
    named = [(m.start, m.end) for m in ctx.mentions_in(sentence)]
    for i, t in enumerate(tokens):
        if t.tag != "JKS" or not lo <= t.start < hi:
            continue
        noun = next((w for w in reversed(tokens[max(0, i - 2):i]) if w.tag == "NNP"), None)
        if noun is not None and noun.start >= lo and not any(s < noun.end and noun.start < e for s, e in named) \
                and not relative_clause_between(ctx, sentence, t.end, hi):
            return True
    return False


def in_aside(ctx: DocContext, sentence: Sentence, start: int, end: int, verb: int) -> bool:
    """Whether the words at [start, end) lie in a relative clause about the subject
    of the verb at ``verb``, not in that verb's own clause: a Korean clause closing
    on a subject or topic (2020년 회사를 창업한 정 대표는 … 물러났다; not 칩메이트는
    지난달 인텔에서 근무한 김씨를 영입했다), or an English ", who …," aside."""
    if ctx.lang == "ko":
        close = _relative_ends(ctx, sentence, end, verb)[:1]
        return bool(close) and any(close[0] < t.start < verb and (t.tag == "JKS" or t.form in ("은", "는"))
                                   for t in ctx.tokens(sentence))
    return any(m.start() <= start < m.end() and not m.start() <= verb < m.end()
               for m in _EN_ASIDE.finditer(ctx.document.text, sentence.start, sentence.end))


_OPENS_QUOTE = re.compile(r"[“\"]")
_EN_IT = re.compile(r"\s*(?:Its|It(?!\s+(?:is|was|['’]s|remains|seems|appears)\b))\b")  # not a dummy "It is"


def _speaker_org(ctx: DocContext, sentence: Sentence) -> Arg | None:
    """The company speaking in a Korean quoted answer ("“직원 40명 가운데 8명을
    내보냈습니다"): the one its 저희 (resolved by the entity layer) stands for."""
    if ctx.lang != "ko":
        return None
    text = ctx.document.text
    brk = text.rfind("\n\n", 0, sentence.start)
    if not _OPENS_QUOTE.match(text, brk + 2 if brk >= 0 else 0):
        return None
    ours = [m for m in ctx.mentions if m.how == "coref" and m.text.startswith("저희") and m.entity.kind == "org"]
    if not ours:
        return None
    before = [m for m in ours if m.start < sentence.end]
    return arg_of(before[-1] if before else ours[0]).carried()


def implied_org(ctx: DocContext, sentence: Sentence, lexicons: Mapping[str, Any]) -> Arg | None:
    """The org a sentence is about without naming it: the speaker's company in a
    quoted interview answer, the paragraph's topic for a Korean sentence, or the
    previous sentence's subject for an English sentence opening with "It" / "Its"
    ("It also brought in …")."""
    if ctx.lang == "en" and _EN_IT.match(sentence.text):
        return _antecedent_org(ctx, sentence, lexicons)
    return _speaker_org(ctx, sentence) or _paragraph_topic(ctx, sentence, lexicons)


def _paragraph_topic(ctx: DocContext, sentence: Sentence, lexicons: Mapping[str, Any]) -> Arg | None:
    """For a Korean sentence that drops its subject (올해는 네이버에서 김도현 박사를
    CTO로 영입했다), the org the paragraph is about: the nearest topic (은/는) org of
    an earlier sentence of the same paragraph."""
    if ctx.lang != "ko":
        return None
    prev = ctx.previous(sentence)
    while prev is not None and ctx.same_paragraph(prev, sentence):
        topic = next((a for a in read_arguments(ctx, prev, lexicons)
                      if a.kind == "org" and a.case == "topic" and usable(a)), None)
        if topic is not None:
            return topic.carried()
        prev = ctx.previous(prev)
    return None


def _antecedent_org(ctx: DocContext, sentence: Sentence, lexicons: Mapping[str, Any]) -> Arg | None:
    """The org the previous sentence of the paragraph is about: the name opening it,
    however long the aside after it ("MiniMax, based in Shanghai, closed a round
    led by Alibaba. Its chief executive …"), else its subject."""
    prev = ctx.previous(sentence)
    if prev is None or not ctx.same_paragraph(prev, sentence):
        return None
    opening = next((a for a in read_arguments(ctx, prev, lexicons)
                    if not ctx.document.text[prev.start:a.start].strip()), None)
    if opening is not None and opening.kind == "org" and usable(opening):
        return opening.carried()
    return carried_subject(ctx, sentence, lexicons)


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
        if org is not None and text[pos:org.start].strip():  # 김도현을 루나소프트 CTO로: no appositive
            org = None
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
        before = _ko_title_before(lex, text, args, a, sentence.start)
        if m:
            former = former or is_former(lex, text, m.start(), m.end())
            if org is None:  # "KT 김영섭 대표": the org before the name
                org = _prev_arg(args, a.start, 1)
                org = org if org is not None and org.kind == "org" and org.case == "bare" else None
            if org is None and before is not None:  # 루나소프트 최고경영자(CEO)인 김도현 대표
                out.append(before)
                continue
            out.append(Role(a, org, canonical_title(lex, m.group(0)), org.start if org and org.start < a.start
                            else a.start, m.end(), former))
        elif before is not None:
            out.append(before)
    return out


def _ko_title_before(lex: TalentLexicon, text: str, args: Sequence[Arg], a: Arg, lo: int) -> Role | None:
    """"ORG TITLE(인) PERSON": 오픈AI의 CEO인 샘 올트먼, 루나소프트 CTO 박서연."""
    m = _title_before(lex, text, a.start, max(lo, a.start - 30))
    org = _prev_arg(args, m.start(), 3) if m else None
    if m is None or org is None or org.kind != "org" or re.search(r"[을를]\s*\S*$", text[m.end():a.start]):
        return None
    return Role(a, org, canonical_title(lex, m.group(0)), org.start, a.end, is_former(lex, text, org.start, m.end()))


def _en_title_before(lex: TalentLexicon, text: str, args: Sequence[Arg], i: int, lo: int) -> Role | None:
    """"Anthropic Chief Executive Dario Amodei", "Scale's chief executive, Alexandr Wang"."""
    a = args[i]
    m = _title_before(lex, text, a.start, max(lo, a.start - 60))
    if not m:
        return None
    org = _prev_arg(args, m.start(), 3)
    owned = org is not None and re.fullmatch(r"['’]s\s+", text[org.end:m.start()])  # "brought in Scale's CEO, X"
    if org is not None and (org.kind != "org" or org.case not in ("genitive", "bare") and not owned):
        org = None
    start = org.start if org else m.start()
    return Role(a, org, canonical_title(lex, m.group(0)), start, a.end, is_former(lex, text, start, m.end()))


def _en_title_after(lex: TalentLexicon, text: str, args: Sequence[Arg], i: int, limit: int) -> Role | None:
    """"Sam Altman, OpenAI's chief executive", "Matt Garman, chief executive of AWS",
    "Sarah Cho is the chief executive of Kestrel"."""
    a = args[i]
    comma = re.match(r"(?:,|\s+is)\s+(?:(?:the|a|an|its|their)\s+)?", text[a.end:limit])
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
# named X (as) CEO; promoted X to CEO; hired X, a former Stripe executive, as CFO; hired X from Y as CTO
_EN_NAMED_AS = re.compile(r"(?:,[^,;]{1,80},\s+as\s+|\s+from\s+[^,;]{1,40}?\s+as\s+|\s+(?:(?:as|to)\s+)?)"
                          r"(?:the\s+|its\s+|their\s+|a\s+)?(?:new\s+)?", re.I)


# Between a subject and its appointment verb: "X was named", "X, 45, has been named",
# "X, who joined in May, was named", "X became", "X, who became …".
_EN_SUBJECT_GAP = re.compile(r"(?:,\s+\d{2},)?(?:,\s+who\b[^,]*,|,\s+who)?\s+(?:(?:was|has been|is|were|had been)\s+)?",
                             re.I)


def _en_appointments(lex: TalentLexicon, ctx: DocContext, sentence: Sentence, args: Sequence[Arg]):
    """"named PERSON (as) TITLE", "PERSON (, who …,) was named TITLE of ORG",
    "joined ORG as TITLE", and a subject "He … as TITLE of ORG"."""
    text = ctx.document.text
    persons = [a for a in args if a.kind == "person"]
    for verb in lex.appoint_re.finditer(text, sentence.start, sentence.end):
        after = re.match(r"\s+(?:as\s+)?(?:the\s+|its\s+)?(?:new\s+)?", text[verb.end():sentence.end])
        owner = _genitive_org(args, verb.end() + after.end()) if after else None  # "became Google's chief technologist"
        t = _title_at(lex, text, owner.end + 2 if owner else verb.end() + after.end(), sentence.end) if after else None
        subject = next((a for a in reversed(persons) if a.end <= verb.start() and _EN_SUBJECT_GAP.fullmatch(
            text, a.end, verb.start())), None)
        if t and subject:
            yield subject, owner or _of_org(args, text, t.end(), sentence.end), canonical_title(lex, t.group(0)), \
                t.start()
            continue
        named = _named_after(persons, text, verb.end())
        m = _EN_NAMED_AS.match(text, named.end) if named else None
        t = lex.title_re.match(text, m.end(), sentence.end) if m else None
        if named and t:
            org = _of_org(args, text, t.end(), sentence.end) or next(
                (a for a in reversed(args) if a.kind == "org" and a.end <= verb.start()), None)
            yield named, org, canonical_title(lex, t.group(0)), t.start()
    for m in _EN_AS_TITLE.finditer(text, sentence.start, sentence.end):
        if lex.ender_re is not None and lex.ender_re.search(text, max(sentence.start, m.start() - 30), m.start()):
            continue  # "stepped down as chief executive": the role left
        owner = _genitive_org(args, m.end())  # "took over as OpenAI's chief executive"
        t = _title_at(lex, text, owner.end + 2 if owner else m.end(), sentence.end)
        if not t:
            continue
        joined = re.search(r"\bjoin(?:ed|s|ing)?\s+(?:the\s+)?[^,]{1,40}$", text[sentence.start:m.start()])
        org = owner or _of_org(args, text, t.end(), sentence.end)
        if joined and org is None:  # the org joined, not the one left ("joined X from Y as CTO")
            org = next((a for a in args if a.kind == "org" and joined.start() <= a.start - sentence.start
                        and a.end <= m.start() and a.case not in _LEFT_CASES), None)
            subject = [a for a in persons if a.end <= sentence.start + joined.start()][-1:]
        else:
            subject = [a for a in persons if a.start - sentence.start < 4]
        if org is not None or joined:  # "X has joined from Y as CTO": the org is found later
            for p in subject:
                yield p, org, canonical_title(lex, t.group(0)), t.start()


def _genitive_org(args: Sequence[Arg], pos: int) -> Arg | None:
    """The org owning what follows it, named right at ``pos`` ("OpenAI's chief executive")."""
    owner = _next_arg(args, pos, 0)
    return owner if owner is not None and owner.kind == "org" and owner.case == "genitive" else None


def _named_after(persons: Sequence[Arg], text: str, pos: int) -> Arg | None:
    """The person an appointment verb names: right after it, or after a short
    description with no comma ("named former Google executive Sarah Cho")."""
    return next((p for p in persons if pos < p.start and p.start - pos <= 50
                 and re.fullmatch(r"\s+(?:[\w-]+\s+){0,4}", text[pos:p.start])), None)


def _of_org(args: Sequence[Arg], text: str, pos: int, limit: int) -> Arg | None:
    """The org of "… of ORG" / "… at ORG" right after ``pos``."""
    tail = re.match(r"\s+(?:of|at)\s+(?:the\s+)?", text[pos:limit])
    org = _next_arg(args, pos + tail.end(), 0) if tail else None
    return org if org is not None and org.kind == "org" else None


_APPOINTMENT_READERS = {"ko": _ko_appointments, "en": _en_appointments}


# Cases of an org a person goes to or comes from (메타로, 메타에서): not the org of a role.
_WHERE_TO = ("instrument", "dative", "source")


def _ko_role_verbs(lex: TalentLexicon, ctx: DocContext, sentence: Sentence, args: Sequence[Arg]):
    """"PERSON은 ‘MS AI’ 조직을 이끌며", "메디플로우의 기술 개발은 최윤서 CTO가 맡고
    있다", "말랑은 김서진 대표가 이끄는 회사다", "말랑을 이끄는 김서진 대표": the role
    a verb in the present states (the lexicon lists no 이끌던, 맡았던), at the nearest
    org not left."""
    text = ctx.document.text
    for v in lex.role_verb_re.finditer(text, sentence.start, sentence.end):
        person = next((a for a in reversed(args) if a.kind == "person" and a.case in ("topic", "subject", "lead")
                       and a.end <= v.start()), None)
        org = next((a for a in reversed(args) if a.kind == "org" and a.end <= v.start() and usable(a)
                    and a.case not in _WHERE_TO and not is_former(lex, text, a.start, a.end)), None)
        if person is None and org is not None and org.case == "object":  # 루나소프트를 이끄는 김도현 대표
            person = next((a for a in args if a.kind == "person" and 0 < a.start - v.end() <= 2), None)
        if person is not None and person.end <= v.start() and unnamed_subject_between(ctx, sentence, person.end, v.start()):
            continue
        if person is not None and org is not None:
            t = lex.title_re.search(text, max(org.end, person.end), v.start()) if person.end <= v.start() \
                else _title_at(lex, text, person.end, sentence.end)
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


# Cases of an org someone comes from (퀄컴에서, "from Qualcomm"): never the org of a title.
_LEFT_CASES = ("source", "from")


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
            and a.case not in _LEFT_CASES and not any(r.start <= a.start < r.end for r in roles)]
    topic = next((a for a in orgs if a.case in ("topic", "subject")), None) or \
        next((a for a in orgs[:1] if a.case == "genitive" and lex.lang == "ko"), None)  # 메디플로우의 기술 개발은
    executive = role.title in set(lex.titles.values()) - {""}
    found = topic or (orgs[0] if orgs and executive else None)
    return found.carried() if found else None


def _previous_subject(ctx: DocContext, sentence: Sentence, lex: TalentLexicon, title: str,
                      lexicons: Mapping[str, Any]) -> Arg | None:
    """The org of an executive named with no org in the sentence ("Its chief
    executive, Ingrid Solberg, said", "Chief executive Lena Vogt said"): the one
    the previous sentence of the paragraph is about."""
    if title not in set(lex.titles.values()) - {""}:
        return None
    return _antecedent_org(ctx, sentence, lexicons)


def _its_org(ctx: DocContext, sentence: Sentence, role: Role, lexicons: Mapping[str, Any]) -> Arg | None:
    """The org of a title phrase opening the sentence with "Its" ("Its chief
    executive, Yan Junjie, is a former vice president of SenseTime"): the one the
    previous sentence is about, never an org named later in this one."""
    opening = re.fullmatch(r"\s*Its\s+", ctx.document.text[sentence.start:role.start])
    return _antecedent_org(ctx, sentence, lexicons) if opening and ctx.lang == "en" else None


def positions(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], lex: TalentLexicon,
              book: Affiliations, lexicons: Mapping[str, Any]) -> tuple[list[Claim], list[Role], list[Arg]]:
    """Position claims of one sentence, the titled-name phrases found on the way, and
    the arguments re-read through those phrases (see ``recase``)."""
    text = ctx.document.text
    roles = _ROLE_READERS[lex.lang](lex, ctx, sentence, args)
    found = [(r.person, r.org or _its_org(ctx, sentence, r, lexicons) or _fallback_org(roles, i, args, book, text, lex)
              or _previous_subject(ctx, sentence, lex, r.title, lexicons), r.title, None, False)
             for i, r in enumerate(roles) if not r.former]
    framed = recase(args, roles, Grammar.of(lexicons, ctx.lang), text)
    stated = [(person, org, title, at) for person, org, title, at in
              _APPOINTMENT_READERS[lex.lang](lex, ctx, sentence, framed)
              if not _someone_else(ctx, sentence, lex, _phrase_end(roles, person), at)]
    appointed = {at for *_, at in stated}  # appointments are dated, standing roles are not
    if lex.role_verb_re is not None:
        stated += _ROLE_VERB_READERS[lex.lang](lex, ctx, sentence, framed)
    for person, org, title, at in stated:
        org = org or _fallback_org([Role(person, None, title, at, at, False)], 0, framed, book, text, lex) \
            or implied_org(ctx, sentence, lexicons)
        found.append((person, org, title, date_near(ctx, sentence, at, *clause_bounds(ctx, sentence, at, lexicons),
                                                    own_clause=True) if at in appointed else None, at in appointed))
    executive = set(lex.titles.values()) - {""}
    best: dict[tuple[str, str], tuple] = {}
    for person, org, title, date, new in found:  # one position per person and org, its fullest title
        if org is not None:
            key = (person.entity_id, org.entity_id)
            old = best.get(key)
            if old is None or _outranks(title, new, old[2], old[4], executive):
                best[key] = (person, org, title, date or (old[3] if old else None), new or bool(old and old[4]))
    claims = []
    for person, org, title, date, _ in best.values():
        book.note(person, org)
        claims.append(make_claim(ctx, "position", sentence, {"person": person, "org": org}, date=date,
                                 attrs={"title": title} if title else {}))
    return claims, roles, framed


def _outranks(title: str, appointed: bool, held: str, held_appointed: bool, executive: set[str]) -> bool:
    """Whether a title replaces the one already found for the same person and org:
    the role an appointment gives beats the title the person had ("후임 CEO에는
    류하나 COO가 선임됐다", "named its CFO, Dana Lee, chief executive"), else an
    executive title beats a plain one."""
    if appointed != held_appointed:
        return appointed and bool(title)
    return title in executive and held not in executive


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
    """The org a moving group comes from, named just before the word for its people
    ("OpenAI researchers", "Inflection's roughly 70 employees", "인플렉션AI 직원 대부분")
    or right after it with "of" ("all 85 employees of Stripe")."""
    lo, hi = trigger.window
    for m in lex.people_re.finditer(text, lo, hi):
        org = _org_beside(args, max(lo, m.start() - 30), m.start()) or _of_org(args, text, m.end(), hi)
        if org is not None and not is_former(lex, text, org.start, org.end):  # 애플 출신 연구자: no source
            return org
    return None


def _counted_group(ctx: DocContext, sentence: Sentence, lex: TalentLexicon, lo: int, hi: int) -> bool:
    """Whether [lo, hi) counts the people who move ("핵심 연구원 5명은", "12 senior
    engineers"), not a whole staff they come from (직원 120명 가운데)."""
    text = ctx.document.text
    people = re.compile(rf"(?:\s+[\w-]+)?\s+(?:{lex.people_re.pattern})", lex.people_re.flags)
    return any(lo <= q.start < hi and (_is_headcount(lex, text, q) or people.match(text, q.end, hi))
               for q in ctx.numbers_in(sentence))


def _affiliation(lex: TalentLexicon, text: str, args: Sequence[Arg], person: Arg) -> Arg | None:
    """The org of "OpenAI researcher Shengjia Zhao", "오픈AI 연구원 셩자 자오" (named
    right before a word for the person's job), or of "네이버의 박서연", "Meta's Tom Reyes"."""
    owner = _prev_arg(args, person.start, 3)
    if owner is not None and owner.kind == "org" and usable(owner) \
            and re.fullmatch(r"(?:의|['’]s)\s+", text[owner.end:person.start]):
        return owner
    word = None
    for m in lex.job_re.finditer(text, max(0, person.start - 16), person.start):
        if not text[m.end():person.start].strip():
            word = m
    word = word or _listed_under(lex, text, args, person)
    if word is None:
        return None
    org = _org_beside(args, word.start() - 30, word.start())
    if org is None or is_former(lex, text, org.start, org.end):  # 구글 출신 연구자: a past employer
        return None
    return org if len(text[org.end:word.start()].split()) <= 2 else None


_LIST_GLUE = re.compile(r"\w*,\s+(?:(?:,\s*|\s*and\s+)?\x00)*(?:,\s*|\s*and\s+)?")


def _listed_under(lex: TalentLexicon, text: str, args: Sequence[Arg], person: Arg) -> re.Match | None:
    """The job word an apposition lists ``person`` under ("Tracewell's founders,
    Priya Natarajan and Owen Falk, have joined"): the names before ``person``
    in the list stand between them, joined by commas and "and"."""
    lo = max(0, person.start - 80)
    names = [a for a in args if a.kind == "person" and lo <= a.start and a.end <= person.start]
    for m in reversed(list(lex.job_re.finditer(text, lo, person.start))):
        between = text[m.end():person.start]
        for a in reversed([a for a in names if a.start >= m.end()]):
            between = between[:a.start - m.end()] + "\x00" + between[a.end - m.end():]
        if _LIST_GLUE.fullmatch(between):
            return m
    return None


def _object_person(ctx: DocContext, trigger: Trigger, args: Sequence[Arg], filled: list[Arg]) -> list[Arg]:
    """The people a predicate takes; an object pronoun ("Microsoft offered him a
    job") is the person named earlier in the same sentence, whatever a document-wide
    coreference guessed."""
    pronoun = re.match(r"\s+(?:him|her)\b", ctx.document.text[trigger.end:trigger.end + 6])
    if not pronoun or (filled and filled[0].how == DIRECT):
        return filled
    earlier = next((a for a in reversed(args) if a.kind == "person" and a.how == DIRECT and a.end <= trigger.start), None)
    return [earlier.carried()] if earlier else filled


# ", who ran Stripe's fraud unit, and" / ", a former banker, and": an aside, then the next name of a list.
_EN_ASIDE_AND = re.compile(r"(?:,\s+(?:who|whose|a|an|the|its|his|her|their|former)\b[^,;()]*)?,?\s+and\s+")
# what may follow a listed object: not a verb of its own ("…, and Sarah Cho said").
_EN_LIST_TAIL = re.compile(r"\s*[,.;]|\s+(?:to|as|from|in|on|at|for|last|this|earlier)\b")


def _coordinated(ctx: DocContext, args: Sequence[Arg], people: list[Arg]) -> list[Arg]:
    """The people a move takes, with those joined to the last of them by "and"
    after an English aside ("hired Dominic King, who ran DeepMind's health unit,
    and Christopher Kelly"), which the frame reading stops at."""
    if ctx.lang != "en" or not people:
        return people
    found = list(people)
    while True:
        nxt = next((a for a in args if a.kind == "person" and a.start >= found[-1].end), None)
        if nxt is None or any(p.entity_id == nxt.entity_id for p in found) \
                or not _EN_ASIDE_AND.fullmatch(ctx.document.text, found[-1].end, nxt.start) \
                or not _EN_LIST_TAIL.match(ctx.document.text, nxt.end):
            return found
        found.append(nxt)


def _past_job(lex: TalentLexicon, text: str, person: Arg, org: Arg) -> bool:
    """Whether ``org`` is a past employer said in an aside after the person ("Tom
    Reyes, previously a director at Stripe,"): "previously at" never fills ``from``."""
    between = text[person.end:org.start]
    return lex.former_between is not None and 0 < len(between) < 80 and bool(lex.former_between.search(between))


# "left the stage", "left her post": a departure whose object names no org.
_LEAVES_SOMETHING_ELSE = re.compile(r"\s+(?:the|a|an|his|her|its|their)\b", re.I)


def hires(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], lex: TalentLexicon, roles: Sequence[Role],
          book: Affiliations, lexicons: Mapping[str, Any],
          held: Sequence[Claim] = ()) -> tuple[list[Claim], set[tuple[str, str]]]:
    """Hire claims: named people, a group ("OpenAI researchers") or a whole team
    ("직원 대부분") moving from one org to another, with the kind the wording says;
    someone hired with no destination joins the org of a role ``held`` in the
    sentence (소리결의 CTO로 합류했다). Also the (person id, org id) roles the
    wording ends (resigned, 물러났다, "lured away"; not "is leaving")."""
    text = ctx.document.text
    titled = {r.person.entity_id: r.org for r in roles if r.org is not None and not r.former}
    claims = []
    ended: set[tuple[str, str]] = set()
    for trigger in find_triggers(sentence, [f for f in lex.frames if f.type == "hire"]):
        if _unreal(ctx, sentence, lex, lexicons, trigger, PLANNED + ("denied",)):
            continue
        filled = fill_typed(ctx, trigger, _main_clause(ctx, sentence, args, trigger), lexicons)
        kind = trigger.frame.attrs.get("kind")
        lo, hi = trigger.window
        date = date_near(ctx, sentence, trigger.start, lo, hi, (sentence.start, sentence.end), own_clause=True) or \
            carried_date(ctx, lexicons, sentence)
        source, dest = _first(filled, "from"), _first(filled, "to")
        if dest is None and "subject" in trigger.frame.roles.get("to", ()):  # "It also brought in …"
            dest = implied_org(ctx, sentence, lexicons)
        if dest is None and "object" in trigger.frame.roles.get("to", ()):  # "joined Korvo's research team"
            dest = _owner_of_object(args, ctx.document.text, trigger)
        if dest is None and kind == "hired":  # "OpenAI hired …, among them X, who joined from xAI"
            dest = _sentence_subject(ctx, sentence, args, source)
        attrs = {"kind": kind} if kind else {}
        people = _movers(ctx, sentence, lex, trigger,
                         _coordinated(ctx, args, _object_person(ctx, trigger, args, filled.get("persons", []))), roles)
        team = lex.team_re.search(text, lo, hi)
        if team or not people:
            source = source or _group_source(lex, text, args, trigger)
            if source is not None and dest is not None and source.entity_id == dest.entity_id:
                source = None  # "Anthropic hired 12 engineers": the hirer, not where they come from
            if team and source is None:  # "Amazon hired Adept co-founder David Luan and much of his team"
                source = next((a for a in reversed(args) if a.kind == "org" and usable(a) and a.end <= team.end()
                               and (dest is None or a.entity_id != dest.entity_id)), None)
            if source is not None and dest is not None and source.entity_id != dest.entity_id \
                    and (team or lex.people_re.search(text, lo, hi)):
                claims.append(make_claim(ctx, "hire", sentence, {"from": source, "to": dest}, date=date,
                                         attrs={"kind": "team"} if team else attrs))
            elif source is None and dest is not None and not people and _counted_group(ctx, sentence, lex, lo, hi):
                claims.append(make_claim(ctx, "hire", sentence, {"to": dest}, date=date, attrs=attrs))
            people = people + [a for a in args if a.kind == "person" and a.case == "including" and lo <= a.start < hi]
            source = None if team else source  # the team's org says nothing of where a named person came from
        for person in people:
            origin = source or titled.get(person.entity_id) or _affiliation(lex, text, args, person)
            if origin is not None and (_past_job(lex, text, person, origin) or _aside_job(ctx, sentence, origin, trigger)
                                       or is_former(lex, text, origin.start, origin.end)):
                origin = None
            if kind == "departed" and source is None:
                if _LEAVES_SOMETHING_ELSE.match(text, trigger.end):
                    continue
                origin = origin or book.of(person) or next(
                    (a for a in args if a.kind == "org" and usable(a) and a is not dest), None)
            to = dest or _org_held(lex, text, held, person, [*args, *filter(None, [implied_org(ctx, sentence, lexicons)])],
                                   any_org=kind == "hired")
            found = {"person": person, "from": origin, "to": to}
            if origin is None and to is None:
                continue
            claims.append(make_claim(ctx, "hire", sentence, {k: v for k, v in found.items() if v is not None},
                                     date=date, attrs=attrs))
            if origin is not None and trigger.frame.attrs.get("ends_role"):
                ended.add((person.entity_id, origin.entity_id))
    return _fold_departures(claims), ended


def _owner_of_object(args: Sequence[Arg], text: str, trigger: Trigger) -> Arg | None:
    """The org owning the unit a move verb's object names ("joined Korvo's research
    team", "joins Meta's superintelligence lab"): the org the person moves to."""
    owner = _next_arg(args, trigger.end, 2)
    if owner is None or owner.kind != "org" or not usable(owner) or owner.case != "genitive":
        return None
    return owner if not text[trigger.end:owner.start].strip() else None


def _unreal(ctx: DocContext, sentence: Sentence, lex: TalentLexicon, lexicons: Mapping[str, Any],
            trigger: Trigger, statuses: tuple[str, ...]) -> bool:
    """Whether a move or cut is not said to happen: negated, only aimed at (영입하기
    위해 접촉 중), ruled out in its clause (감원 계획이 없다, "has no plans to lay
    off"), or of one of ``statuses``."""
    if is_negated(ctx, lexicons, trigger) or status_of(ctx, lexicons, sentence, trigger) in statuses:
        return True
    if lex.aim_re is not None and lex.aim_re.match(ctx.document.text[trigger.end:trigger.end + 12]):
        return True
    lo, hi = clause_bounds(ctx, sentence, trigger.start, lexicons)
    return bool(lex.ruled_out_re and lex.ruled_out_re.search(ctx.document.text, lo, hi))


def _main_clause(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], trigger: Trigger) -> list[Arg]:
    """The arguments a move verb may take: not a subject inside a relative clause
    when a topic stands before it ("그로스는 저커버그 CEO가 꾸린 조직에 합류했다": the
    topic joins; Zuckerberg only built the unit)."""
    if ctx.lang != "ko":
        return list(args)
    topic = next((a.start for a in args if a.kind == "person" and a.case == "topic"), len(ctx.document.text))

    def inside(a: Arg) -> bool:
        embedded = a.kind == "person" and a.case == "subject" and topic < a.start < trigger.start
        return embedded and relative_clause_between(ctx, sentence, a.end, trigger.start)
    return [a for a in args if not inside(a)]


def _sentence_subject(ctx: DocContext, sentence: Sentence, args: Sequence[Arg], source: Arg | None) -> Arg | None:
    """The org a whole sentence is about, that a hire with no destination of its own
    goes to ("Halden announced that X has joined from Amazon", "OpenAI hired four
    engineers, among them Y, who joined from xAI"): an English sentence's opening
    name, a Korean topic; never the org the person came from."""
    def fits(a: Arg) -> bool:
        opening = a.case in ("bare", "subject") and not ctx.document.text[sentence.start:a.start].strip()
        return a.kind == "org" and usable(a) and (a.case == "topic" if ctx.lang == "ko" else opening) \
            and (source is None or a.entity_id != source.entity_id)
    return next((a.carried() for a in args if fits(a)), None)


def _movers(ctx: DocContext, sentence: Sentence, lex: TalentLexicon, trigger: Trigger, people: Sequence[Arg],
            roles: Sequence[Role]) -> list[Arg]:
    """The people a move is about, of those its frame found: not a speaker whose
    own verb comes first (see ``_someone_else``; also a Korean subject the entity
    layer missed), nor a Korean topic or subject the frame does not take (루나소프트
    김도현 대표는 … 영입했다: he hires, he is not hired)."""
    listed = trigger.frame.roles.get("persons", ())
    return [p for p in people if not _someone_else(ctx, sentence, lex, _phrase_end(roles, p), trigger.start)
            and (p.case not in lex.marked_cases or p.case in listed)]


def _phrase_end(roles: Sequence[Role], person: Arg) -> int:
    """Where a person's name phrase ends: after its title phrase, if it has one."""
    return next((r.end for r in roles if r.person.start == person.start), person.end)


def _someone_else(ctx: DocContext, sentence: Sentence, lex: TalentLexicon, start: int, verb: int) -> bool:
    """Whether another subject stands between a person's phrase (ending at ``start``)
    and the verb, so the person is the speaker, not the mover ("김도현 대표는 정우성
    박사가 합류했다고 말했다", "Sarah Cho said Dan Brown joined"): a name the entity
    layer missed is not replaced by the nearest known one. A subject inside a
    relative clause (이준호 대표가 세운 회사에) is not the verb's."""
    if start > verb:
        return False
    text = ctx.document.text
    if ctx.lang == "ko" and unnamed_subject_between(ctx, sentence, start, verb):
        return True
    if lex.other_subject_re is None:
        return False
    # the person's own honorific or title (김도현 박사가, 김도현 대표가) is not another subject
    own = (lex.honorific_re.match(text, start) if lex.honorific_re else None) or _title_at(lex, text, start, verb)
    return any(not relative_clause_between(ctx, sentence, m.end(), verb)
               for m in lex.other_subject_re.finditer(text, own.end() if own else start, verb))


def _org_held(lex: TalentLexicon, text: str, held: Sequence[Claim], person: Arg, args: Sequence[Arg],
              any_org: bool) -> Arg | None:
    """The org of the position the sentence gives ``person``, as an argument: any
    such org for a hire (소리결의 CTO로 합류했다), else only one named in a title
    phrase with 로 (루나소프트 CTO로 자리를 옮겼다; not "CSO로 자리를 옮겼다" at
    the same company)."""
    org = next((c.args["org"].id for c in held if c.args["person"].id == person.entity_id), None)
    found = next((a for a in args if a.entity_id == org), None) if org else None
    if found is None or any_org:
        return found
    title = _title_at(lex, text, found.end, len(text))
    return found if title and re.match(r"(?:으로|로)\s", text[title.end():title.end() + 3]) else None


def _aside_job(ctx: DocContext, sentence: Sentence, org: Arg, trigger: Trigger) -> bool:
    """Whether ``org`` is a job told in an English aside about the person ("hired
    Joelle Pineau, who led Meta's FAIR lab until this year"): no move from it is
    said, unless the verb is a poaching, which takes the person from that job."""
    return ctx.lang == "en" and trigger.frame.attrs.get("kind") != "poached" \
        and in_aside(ctx, sentence, org.start, org.end, trigger.start)


def _fold_restated(claims: list[Claim]) -> list[Claim]:
    """A person's move or role told twice, once more fully ("hired four engineers,
    among them X, who joined from xAI"; a headline's "hires Meta's Joelle Pineau"
    and the body's "hired Joelle Pineau"): only the fuller claim."""
    def within(c: Claim, d: Claim) -> bool:
        return c is not d and c.type == d.type and "person" in c.args and _ids(c).items() <= _ids(d).items() \
            and c.attrs.items() <= d.attrs.items() and (c.date is None or c.date == d.date)
    return [c for c in claims if not any(within(c, d) and (_ids(c) != _ids(d) or c.attrs != d.attrs) for d in claims)]


def _ids(claim: Claim) -> dict[str, Any]:
    """A claim's roles by entity id (SSI and 세이프 슈퍼인텔리전스 are one org)."""
    return {r: tuple(x.id for x in v) if isinstance(v, tuple) else v.id for r, v in claim.args.items()}


def _full_titles(claims: list[Claim]) -> list[Claim]:
    """Positions whose title is the short form of one said before for the same
    person and org (이 센터장 after AI 혁신센터장) take the full title, as one role."""
    said: dict[tuple[str, str], str] = {}
    out = []
    for c in claims:
        if c.type == "position" and c.attrs.get("title"):
            key, title = (c.args["person"].id, c.args["org"].id), c.attrs["title"]
            full = said.setdefault(key, title)
            if full != title and full.endswith(title):
                c = replace(c, attrs={**c.attrs, "title": full})
        out.append(c)
    return out


def _fold_departures(claims: list[Claim]) -> list[Claim]:
    """One move where a departure leads into an arrival ("네이버를 떠나 루나소프트로
    옮겼다", "left Google to join Kestrel"): the arrival, with where the person left."""
    out: list[Claim] = []
    for c in claims:
        gone = next((d for d in out if d.attrs.get("kind") == "departed" and "from" in d.args
                     and d.args.get("to") in (None, c.args.get("to"))
                     and "person" in c.args and d.args.get("person") == c.args["person"]), None)
        if gone is not None and c.args.get("from") in (None, gone.args["from"]) and c.attrs.get("kind") != "offered":
            out.remove(gone)
            c = replace(c, args={**c.args, "from": gone.args["from"]})
        out.append(c)
    return out


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


# Words that count a group rather than describe it (전체 직원, "all employees").
_QUANTIFIERS = frozenset("전체 모든 전 전원 all entire total".split())
_EN_FUNCTION_WORDS = frozenset("of the a an his her its their our some about roughly nearly more than".split()) | _QUANTIFIERS
_MODIFIER = {
    "ko": lambda w: w not in _QUANTIFIERS and not re.search(r"\d|[가이은는을를에의도와과로해며]$|[^\w·]", w),
    "en": lambda w: w.isalpha() and w.lower() not in _EN_FUNCTION_WORDS,
}


# ---------------------------------------------------------------- layoffs


def _is_headcount(lex: TalentLexicon, text: str, q: Quantity) -> bool:
    """A number that counts the people cut: 6000여 명, "6,000 employees", "including
    1,510"; not the whole staff they are cut from (200명 가운데, "of its 1,200")."""
    if lex.total_after and lex.total_after.match(text, q.end) or \
            lex.total_before and lex.total_before.search(text, max(0, q.start - 24), q.start):
        return False
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
                if not _unreal(ctx, sentence, lex, lexicons, t, ("considering", "denied"))]
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
        org = next((orgs[j] for j in nearest if orgs[j]), None) or carried_subject(ctx, sentence, lexicons) \
            or implied_org(ctx, sentence, lexicons)
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
                 lexicons: Mapping[str, Any], named: Sequence[Arg], roles: Sequence[Role] = ()) -> list[Claim]:
    """Pay claims: an amount in the clause of a pay word (연봉, 보상, "pay package",
    "signing bonuses"), or a payout announced without one; an offer of pay to
    another org's people (any other org ``named`` in the sentence, the speaker's
    included) is also a hire of kind ``offered``."""
    text = ctx.document.text
    claims: list[Claim] = []
    used: set[int] = set()
    for t in find_triggers(sentence, [f for f in lex.frames if f.type == "compensation"]):
        if is_negated(ctx, lexicons, t):
            continue
        clause = clause_bounds(ctx, sentence, t.start, lexicons)
        lo, hi = max(clause[0], t.window[0]), min(clause[1], t.window[1])
        amounts = [a for a in ctx.amounts_in(sentence) if lo <= a.start and a.end <= hi and a.start not in used]
        employer = _first(fill_typed(ctx, t, args, lexicons), "employer")
        if employer is not None and employer.case == "genitive" and any(
                r.org is not None and r.org.start == employer.start for r in roles):
            employer = None  # "Nadia Petrova, Meta's head of research, with a package": her old employer
        employer = employer or implied_org(ctx, sentence, lexicons)
        date = date_near(ctx, sentence, t.start, lo, hi) or sentence_date(ctx, sentence, t.start, lexicons)
        if not amounts and not (employer and t.frame.attrs.get("payout") is not None
                                and re.search(t.frame.attrs["payout"], text[t.end:hi])):
            continue
        payer = {"employer": employer} if employer else {}
        period = lex.period_re.search(text, lo, hi) if lex.period_re else None
        who = population(lex, text, lo, hi, t.start)
        attrs = {k: v for k, v in (("population", who), ("period", period and period.group(0))) if v}
        for amount in amounts or [None]:
            claims.append(make_claim(ctx, "compensation", sentence, payer, amount=amount, date=date, attrs=attrs))
            if amount is not None:
                used.add(amount.start)
        offer = lex.offer_re.search(text, *clause)  # "연봉 10억 원과 스톡옵션을 제시": one offer of both
        if employer is not None and offer and not any(c.type == "hire" for c in claims):
            claims += _offers(ctx, sentence, lex, employer, named, clause, offer.start(), date)
    return claims


def _same_group(a: Arg, b: Arg) -> bool:
    """Whether two orgs are one company or a unit and its parent (메타 and its MSL):
    pay offered to the unit's people is offered to one's own staff."""
    x, y = a.mention.entity, b.mention.entity
    return x.id == y.id or x.parent == y.id or y.parent == x.id


def _offers(ctx: DocContext, sentence: Sentence, lex: TalentLexicon, employer: Arg, named: Sequence[Arg],
            clause: tuple[int, int], verb: int, date: When | None) -> list[Claim]:
    """The hires of kind ``offered`` that a pay offer (its verb at ``verb``) makes:
    to each person it is offered to (배 박사에게, "offered Nadia Petrova a package"),
    else to another org's people (any other org ``named`` in the sentence, the
    speaker's included)."""
    lo, hi = clause
    offered = {"kind": "offered"}
    people = [a for a in named if a.kind == "person" and lo <= a.start < hi
              and (a.case in ("dative", "object") or a.case == "bare" and a.start > verb)]
    if people:
        return [make_claim(ctx, "hire", sentence, {"person": p, "to": employer}, date=date, attrs=offered)
                for p in people]
    others = [a for a in named if a.kind == "org" and usable(a) and not _same_group(a, employer)]
    outside = lex.outsiders_re is not None and lex.outsiders_re.search(ctx.document.text, lo, hi)
    if not (others or outside):  # not a bonus for the employer's own people
        return []
    offer = {"to": employer, "from": others[0].carried()} if others else {"to": employer}
    return [make_claim(ctx, "hire", sentence, offer, date=date, attrs=offered)]


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
        moves, ended = hires(ctx, sentence, framed, lex, roles, book, lexicons, found)
        claims += [c for c in found if (c.args["person"].id, c.args["org"].id) not in ended] + moves + cuts
        claims += compensation(ctx, sentence, framed, lex, lexicons, args, roles)
    return _fold_restated(_full_titles(claims))
