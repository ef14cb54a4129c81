"""Money claims: investment, acquisition and valuation.

Frames come from ``data/lexicons/money.<lang>.json``. Per sentence: find the
triggers, give each its roles (``frames.fill_roles``), its amount (valuation
figures first, so that "X의 기업가치" or "valued at X" is never read as the sum
invested), its date, and its status, scope, round and basis from cues. A clause
coordinated with an earlier one shares the roles it leaves out (A는 B에 X를
투자하기로 하고 Y를 먼저 집행했다); "this round" takes the investee of the
investment last mentioned; a subject still missing is carried from the previous
sentence, at lower confidence.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Mapping, Sequence

from ..model import Amount, Claim, Sentence, When
from .args import CARRY, COREF, Arg
from .build import make_claim
from .carry import carried_date, carried_subject
from .context import DocContext
from .cues import clause_span, is_negated, own_clause, scope_of, status_of
from .frames import Frame, Grammar, Trigger, fill_roles, find_triggers, load_frames, read_arguments

# Roles that must hold an organisation (a person may invest or buy; only a
# company is invested in, bought, or valued).
ORG_ROLES = frozenset({"investee", "target", "company"})
REQUIRED = {"investment": ("investee",), "acquisition": ("acquirer", "target"), "valuation": ("company",)}
NO_AMOUNT_CAP = 0.8  # a money claim without its figure is a weaker reading
_PAREN = r"(?:\s?[(（][^()（）]{0,40}[)）])?"


@dataclass(frozen=True)
class MoneyLexicon:
    """The compiled money lexicon of one language."""

    frames: tuple[Frame, ...]
    rounds: tuple[tuple[str, re.Pattern], ...]
    basis: tuple[tuple[str, re.Pattern], ...]
    respectively: re.Pattern | None
    previous_amount: tuple[re.Pattern, ...]  # text right after an earlier figure (에서, 의 4.5배)
    previous_trigger: re.Pattern | None  # text before a trigger naming an earlier figure
    round_anaphora: re.Pattern | None  # 이번 투자, "the round": the deal last named
    exclude: re.Pattern | None  # not an equity deal: loans, credit facilities, grants
    object_pronoun: re.Pattern | None  # "bought it": the target named before
    valuation_link: re.Pattern | None  # text from a figure to the valuation noun it names (X의 기업가치)

    @classmethod
    def of(cls, lexicons: Mapping[str, Any], lang: str) -> "MoneyLexicon":
        data = lexicons.get(f"money.{lang}", {})
        return _compile(lang, json.dumps(data, ensure_ascii=False))


@lru_cache(maxsize=8)
def _compile(lang: str, key: str) -> MoneyLexicon:
    data = json.loads(key)
    flags = re.IGNORECASE if lang == "en" else 0

    def opt(pattern: str | None) -> re.Pattern | None:
        return re.compile(pattern, flags) if pattern else None

    return MoneyLexicon(
        frames=load_frames(data, lang),
        rounds=tuple((k, re.compile(v, flags)) for k, v in data.get("rounds", {}).items()),
        basis=tuple((k, re.compile(v, flags)) for k, v in data.get("basis", {}).items()),
        respectively=opt(data.get("respectively")),
        previous_amount=tuple(re.compile(p, flags) for p in data.get("previous_amount", ())),
        previous_trigger=opt(data.get("previous_trigger")),
        round_anaphora=opt(data.get("round_anaphora")),
        exclude=opt(data.get("exclude")),
        object_pronoun=opt(data.get("object_pronoun")),
        valuation_link=opt(rf"^{_PAREN}{data['valuation_link']}") if data.get("valuation_link") else None,
    )


# ---------------------------------------------------------------- amounts


def _top_amounts(ctx: DocContext, sentence: Sentence) -> list[Amount]:
    """Money figures of the sentence, conversions in brackets left inside theirs."""
    found = ctx.amounts_in(sentence)
    return [a for a in found if not any(b is not a and b.start <= a.start and a.end <= b.end for b in found)]


def _is_previous(text: str, amount: Amount, lex: MoneyLexicon) -> bool:
    after = text[amount.end:amount.end + 20]
    return any(p.search(after) for p in lex.previous_amount)


def _valuation_amounts(
    ctx: DocContext, trigger: Trigger, amounts: Sequence[Amount], taken: set[int], lex: MoneyLexicon
) -> tuple[Amount | None, Amount | None]:
    """(value, previous value) a valuation trigger names, from the free figures."""
    text = ctx.document.text
    lo, hi = trigger.window
    free = [a for a in amounts if id(a) not in taken and lo <= a.start and a.end <= hi]
    link = lex.valuation_link
    before = [a for a in free if a.end <= trigger.start and link and link.match(text[a.end:trigger.start])]
    after = [a for a in free if a.start >= trigger.end]
    value = before[-1] if before else None
    previous = None
    for a in after:
        if _is_previous(text, a, lex):
            previous = previous or a
        elif value is None:
            value = a
    if value is None and previous is not None:
        value, previous = previous, None
    return value, previous


def _deal_amount(ctx: DocContext, g: Grammar, trigger: Trigger, amounts: Sequence[Amount], taken: set[int]) -> list[Amount]:
    """The free figures of the trigger's clause, nearest first on the side the
    language puts objects (before the verb in Korean, after it in English); a
    figure inside a coalesced trigger ("closed a €385 million Series A") first."""
    lo, hi = trigger.window
    free = [a for a in amounts if id(a) not in taken and lo <= a.start and a.end <= hi]
    inside = [a for a in free if trigger.start <= a.start and a.end <= trigger.end]
    before = sorted((a for a in free if a.end <= trigger.start), key=lambda a: -a.start)
    after = [a for a in free if a.start >= trigger.end]
    return inside + (before + after if g.verb_final else after + before)


# ---------------------------------------------------------------- attrs and dates


def _date_for(ctx: DocContext, lexicons: Mapping[str, Any], sentence: Sentence, trigger: Trigger) -> When | None:
    """The date nearest the trigger in its clause, on the side the language puts
    a verb's adverbials (before it in Korean, after it in English: "put $100
    million into OpenAI's round last October"); else one before the trigger in
    its sentence ("In March, A did X and Y"); else one an anaphor (당시, "at the
    time") points back to."""
    dates = ctx.dates_in(sentence)
    lo = trigger.window[0]
    hi = max(trigger.window[1], own_clause(ctx, lexicons, trigger, sentence.end)[1])
    pool = [d for d in dates if lo <= d.start and d.end <= hi] or [d for d in dates if d.end <= trigger.start]
    if not pool:
        return carried_date(ctx, lexicons, sentence)
    if Grammar.of(lexicons, ctx.lang).adverbials == "before":
        return min(pool, key=lambda d: (d.start >= trigger.end, abs(d.start - trigger.start), d.start))
    return min(pool, key=lambda d: (d.end <= trigger.start, abs(d.start - trigger.start), d.start))


def _first_match(table: Sequence[tuple[str, re.Pattern]], text: str) -> str | None:
    return next((name for name, pattern in table if pattern.search(text)), None)


def _attrs(
    ctx: DocContext,
    lexicons: Mapping[str, Any],
    lex: MoneyLexicon,
    sentence: Sentence,
    trigger: Trigger,
    amount: Amount | None,
) -> dict[str, Any]:
    """status and scope (with round) of a deal, basis of a valuation."""
    kind = trigger.frame.type
    attrs: dict[str, Any] = dict(trigger.frame.attrs)
    if kind in ("investment", "acquisition"):
        status = status_of(ctx, lexicons, sentence, trigger)
        if status:
            attrs["status"] = status
    if kind == "investment":
        attrs.setdefault("scope", scope_of(ctx, lexicons, trigger, amount, ctx.amounts_in(sentence)) or "single")
        lo, hi = clause_span(ctx, lexicons, trigger)
        found = _first_match(lex.rounds, ctx.document.text[lo:hi])
        if found:
            attrs["round"] = found
    if kind == "valuation":
        lo = trigger.window[0]
        found = _first_match(lex.basis, ctx.document.text[lo:trigger.end])
        if found:
            attrs["basis"] = found
    return attrs


# ---------------------------------------------------------------- roles


def _fits(role: str, arg: Arg) -> bool:
    if arg.mention.entity.subkind == "media":  # the outlet reporting a deal is no party to it
        return False
    return arg.kind == "org" if role in ORG_ROLES else arg.kind in ("org", "person")


def _clean(roles: dict[str, list[Arg]]) -> dict[str, list[Arg]]:
    """Drop fillers of the wrong kind, and a name filling two roles."""
    out: dict[str, list[Arg]] = {}
    seen: set[str] = set()
    for role in sorted(roles, key=lambda r: r not in ORG_ROLES):
        kept = [a for a in roles[role] if _fits(role, a) and a.entity_id not in seen]
        if kept:
            out[role] = kept
            seen.update(a.entity_id for a in kept)
    return {r: out[r] for r in roles if r in out}


@dataclass
class _SentenceState:
    """What earlier clauses of the sentence established, for the ones that omit it."""

    roles: dict[str, dict[str, list[Arg]]]  # frame name -> its last roles
    investees: list[Arg]  # investees named in this sentence


def _complete(
    ctx: DocContext,
    lexicons: Mapping[str, Any],
    lex: MoneyLexicon,
    sentence: Sentence,
    trigger: Trigger,
    roles: dict[str, list[Arg]],
    state: _SentenceState,
    last_investee: Arg | None,
) -> dict[str, list[Arg]]:
    """Fill roles the clause leaves out: from a coordinated clause of the same
    sentence, from "this round", from a funding round the sentence names, and
    last from the previous sentence's subject."""
    kind = trigger.frame.type
    for role, fillers in state.roles.get(trigger.frame.name, {}).items():
        roles.setdefault(role, fillers)
    if kind == "investment" and "investee" not in roles and last_investee is not None:
        if lex.round_anaphora and lex.round_anaphora.search(sentence.text):
            roles["investee"] = [replace(last_investee, how=COREF)]  # 이번 투자: an anaphor
    if kind == "valuation" and state.investees:
        named = roles.get("company", [])
        if not named or named[0].case in ("subject", "bare", "topic"):
            roles["company"] = [state.investees[-1]]  # the round values the company that raised it
    for role in REQUIRED[kind]:
        if role not in roles and list(trigger.frame.roles).index(role) == 0:
            carried = carried_subject(ctx, sentence, lexicons)
            if carried is not None:
                roles[role] = [carried]
    return _clean(roles)


def _complete_enough(kind: str, roles: Mapping[str, list[Arg]], amount: Amount | None) -> bool:
    """Whether the reading says enough to be a claim: its required roles, and a
    figure where a role had to be carried from another sentence."""
    if any(r not in roles for r in REQUIRED[kind]):
        return False
    carried = any(a.how == CARRY for v in roles.values() for a in v)
    if kind == "investment":
        return amount is not None or ("investors" in roles and not carried)
    if kind == "valuation":
        return amount is not None
    return not carried or amount is not None


# ---------------------------------------------------------------- claims


def _respective(roles: dict[str, list[Arg]], amounts: list[Amount], text: str, lex: MoneyLexicon) -> list[tuple[dict, Amount]] | None:
    """"A와 B로부터 각각 X, Y": one (roles, amount) per investor, in order."""
    investors = roles.get("investors", [])
    if not lex.respectively or len(investors) < 2 or len(amounts) != len(investors):
        return None
    if not lex.respectively.search(text):
        return None
    ordered = sorted(amounts, key=lambda a: a.start)
    return [({**roles, "investors": [inv]}, amt) for inv, amt in zip(investors, ordered)]


def _coalesce(ctx: DocContext, triggers: list[Trigger]) -> list[Trigger]:
    """One trigger for a verb and the noun naming the same deal ("raised €600
    million in a Series B round", "closed a €385 million Series A"): adjacent
    triggers of one type but different frames, with no name and no clause break
    between them."""
    text = ctx.document.text
    names = [(m.start, m.end) for m in ctx.mentions]
    out: list[Trigger] = []
    for t in triggers:
        prev = out[-1] if out else None
        if prev is not None and prev.frame.type == t.frame.type != "valuation" and prev.frame.name != t.frame.name:
            gap = text[prev.end:t.start]
            if not any(prev.end <= s and e <= t.start for s, e in names) and not re.search(r"[,;]|\.\s|\s(?:and|while|but)\s|[며고]\s", gap):
                roles = {**t.frame.roles, **prev.frame.roles}
                frame = replace(prev.frame, roles=roles, takes_amount=prev.frame.takes_amount or t.frame.takes_amount)
                out[-1] = Trigger(frame, prev.start, t.end, text[prev.start:t.end], (prev.window[0], t.window[1]), t.sentence_start)
                continue
        out.append(t)
    return out


def _is_old_valuation(ctx: DocContext, g: Grammar, trigger: Trigger, lex: MoneyLexicon) -> bool:
    """Whether a valuation trigger names an earlier figure: by the verb's ending
    after it (평가받았던) or the words before it ("tripling the valuation of")."""
    if lex.previous_trigger is None:
        return False
    text = ctx.document.text
    if g.verb_final:
        return lex.previous_trigger.match(text, trigger.end, trigger.window[1]) is not None
    return lex.previous_trigger.search(text[max(trigger.window[0], trigger.start - 40):trigger.start]) is not None


def _readings(
    kind: str, roles: dict[str, list[Arg]], chosen: list[Amount], args: Sequence[Arg], text: str, lex: MoneyLexicon
) -> list[tuple[dict[str, list[Arg]], Amount | None]]:
    """The claims one trigger makes: one per investor with "각각" / "respectively"
    and as many figures; one per investee of a list without a figure ("A, B, C
    등에 투자했다"); else one."""
    if kind == "investment":
        split = _respective(roles, chosen, text, lex)
        if split:
            return split
        investee = roles.get("investee", [])
        if investee and investee[0] in args and not chosen:
            group = [a for a in args if a.group == investee[0].group and a.case == investee[0].case]
            if len(group) > 1:
                return [({**roles, "investee": [a]}, None) for a in group]
    return [(roles, chosen[0] if chosen else None)]


def _pronoun_object(
    ctx: DocContext, lex: MoneyLexicon, trigger: Trigger, roles: dict[str, list[Arg]], args: Sequence[Arg]
) -> Arg | None:
    """"before Google bought it": the organisation named last before the subject."""
    if lex.object_pronoun is None or not lex.object_pronoun.match(ctx.document.text, trigger.end):
        return None
    taken = {a.entity_id for v in roles.values() for a in v}
    first = min((a.start for v in roles.values() for a in v), default=trigger.start)
    earlier = [a for a in args if a.end <= first and a.kind == "org" and a.entity_id not in taken]
    return replace(earlier[-1], how="coref") if earlier else None


def _excluded(ctx: DocContext, lexicons: Mapping[str, Any], trigger: Trigger, lex: MoneyLexicon) -> bool:
    """A loan, credit facility or grant is not an equity investment."""
    if lex.exclude is None or trigger.frame.type != "investment":
        return False
    lo, hi = own_clause(ctx, lexicons, trigger)
    return lex.exclude.search(ctx.document.text, lo, hi) is not None


def _sentence_claims(
    ctx: DocContext,
    lexicons: Mapping[str, Any],
    lex: MoneyLexicon,
    sentence: Sentence,
    last_investee: Arg | None,
) -> tuple[list[Claim], Arg | None]:
    """The sentence's money claims, and the investee last named (for "this round")."""
    triggers = _coalesce(ctx, find_triggers(sentence, lex.frames))
    if not triggers:
        return [], last_investee
    args = read_arguments(ctx, sentence, lexicons)
    grammar = Grammar.of(lexicons, ctx.lang)
    amounts = _top_amounts(ctx, sentence)
    taken: set[int] = set()
    figures: dict[int, tuple[Amount | None, Amount | None]] = {}
    for i, t in enumerate(triggers):  # valuation figures first
        if t.frame.type == "valuation":
            value, previous = _valuation_amounts(ctx, t, amounts, taken, lex)
            taken.update(id(a) for a in (value, previous) if a is not None)
            figures[i] = (value, previous)
    state = _SentenceState(roles={}, investees=[])
    deal_dates: dict[str, When] = {}  # investee id -> the date of its deal in this sentence
    claims: list[Claim] = []
    old: set[int] = set()  # ids of valuation claims that state an earlier figure
    for i, t in enumerate(triggers):
        if _excluded(ctx, lexicons, t, lex):
            continue
        if is_negated(ctx, lexicons, t) and status_of(ctx, lexicons, sentence, t) != "denied":
            continue
        kind = t.frame.type
        roles = fill_roles(ctx, t, args, lexicons)
        if kind == "acquisition" and "target" not in roles:
            pronoun = _pronoun_object(ctx, lex, t, roles, args)
            if pronoun is not None:
                roles["target"] = [pronoun]
        previous = None
        if kind == "valuation":
            amount, previous = figures[i]
            chosen = [amount] if amount else []
        else:
            chosen = _deal_amount(ctx, grammar, t, amounts, taken) if t.frame.takes_amount else []
        roles = _complete(ctx, lexicons, lex, sentence, t, roles, state, last_investee)
        date = _date_for(ctx, lexicons, sentence, t)
        if kind == "valuation" and "company" in roles:
            date = deal_dates.get(roles["company"][0].entity_id, date)  # the round's own date
        for reading, amount in _readings(kind, roles, chosen, args, sentence.text, lex):
            if not _complete_enough(kind, reading, amount):
                continue
            if amount is not None:
                taken.add(id(amount))
            attrs = _attrs(ctx, lexicons, lex, sentence, t, amount)
            if previous is not None:
                attrs["previous"] = previous
            cap = None if amount is not None else NO_AMOUNT_CAP
            claim = make_claim(ctx, kind, sentence, reading, amount, date, attrs, cap)
            if kind == "valuation" and _is_old_valuation(ctx, grammar, t, lex):
                old.add(id(claim))
            claims.append(claim)
        state.roles[t.frame.name] = roles
        if kind == "investment" and "investee" in roles:
            investee = roles["investee"][0]
            state.investees.append(investee)
            last_investee = investee
            if date is not None and date.value:
                deal_dates[investee.entity_id] = date
    return _fold_previous_values(claims, old), last_investee


def _fold_previous_values(claims: list[Claim], old: set[int]) -> list[Claim]:
    """An earlier figure becomes the ``previous`` of the valuation of the same
    company it is compared with, not a claim of its own."""
    if not old:
        return claims
    current = [c for c in claims if c.type == "valuation" and id(c) not in old]
    dropped: set[int] = set()
    for c in claims:
        if id(c) not in old:
            continue
        target = next((v for v in current if v.args == c.args and "previous" not in v.attrs), None)
        if target is not None and c.amount is not None:
            claims[claims.index(target)] = replace(target, attrs={**target.attrs, "previous": c.amount})
            current = [replace(target, attrs={**target.attrs, "previous": c.amount}) if v is target else v for v in current]
            dropped.add(id(c))
    return [c for c in claims if id(c) not in dropped]


def extract(ctx: DocContext, lexicons: Mapping[str, Any]) -> list[Claim]:
    """Investment, acquisition and valuation claims of one document."""
    lex = MoneyLexicon.of(lexicons, ctx.lang)
    if not lex.frames:
        return []
    claims: list[Claim] = []
    last_investee: Arg | None = None
    for sentence in ctx.sentences:
        found, last_investee = _sentence_claims(ctx, lexicons, lex, sentence, last_investee)
        claims.extend(found)
    return claims
