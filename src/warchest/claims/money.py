"""Money claims: investment, acquisition and valuation.

Frames come from ``data/lexicons/money.<lang>.json``. Per sentence: find the
triggers, give each its roles (``frames.fill_roles``), its amount (valuation
figures first, so that "X의 기업가치" or "valued at X" is never read as the sum
invested), its date, and its status, scope, round and basis from cues. A clause
coordinated with an earlier one shares the roles it leaves out (A는 B에 X를
투자하기로 하고 Y를 먼저 집행했다); "this round" takes the investee of the
investment last mentioned; a subject still missing is carried from the previous
sentence, at lower confidence, unless the sentence states its own or the one
carried acted as investor there (no claim beats a wrong party); then the raiser
still in view is taken ("B also joined. Last year it raised Y"). The lead and the
other participants of one round in one sentence make one claim; a denial that
names a party of a deal just reported denies that deal. An earlier valuation a
figure is compared with ("up from", 에서) is the claim's ``previous``, with its
date kept apart. A headline restates the body and makes no claim of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Mapping, Sequence

from ..model import Amount, Claim, Sentence, When
from .args import CARRY, COREF, Arg
from .build import make_claim
from .cases import is_title
from .carry import carried_date, carried_subject, states_own_subject
from .context import DocContext
from .lexicon import compiled
from .cues import clause_span, is_negated, local_status, own_clause, scope_of, sentence_status, status_of
from .frames import Frame, Grammar, Trigger, fill_roles, find_triggers, load_frames, read_arguments
from .merge import figures_agree, fold

# Roles that must hold an organisation (a person may invest or buy; only a
# company is invested in, bought, or valued).
ORG_ROLES = frozenset({"investee", "target", "company"})
REQUIRED = {"investment": ("investee",), "acquisition": ("acquirer", "target"), "valuation": ("company",)}
NO_AMOUNT_CAP = 0.8  # a money claim without its figure is a weaker reading
ROUND_QUALIFIER_REACH = 12  # characters around a round name that may make it non-standard (프리, 브릿지)
AGENT_ROLES = ("investors", "acquirer")
DENIAL_REACH = 4  # sentences back a denial may answer a report
ANAPHORA_REACH = 3  # sentences back "also participated" / 구글도 넣었다 may reach for its round
DENIAL_CONFIDENCE = 0.7
BASIS_REACH = 24  # characters after a valuation figure that may still say its basis ("after the investment")
_PAREN = r"(?:\s?[(（][^()（）]{0,40}[)）])?"


@dataclass(frozen=True)
class MoneyLexicon:
    """The compiled money lexicon of one language."""

    frames: tuple[Frame, ...]
    rounds: tuple[tuple[str, re.Pattern], ...]
    nonstandard_round: re.Pattern | None  # 시리즈B 브릿지, pre-seed: no standard round name
    basis: tuple[tuple[str, re.Pattern], ...]
    respectively: re.Pattern | None
    previous_amount: tuple[re.Pattern, ...]  # text right after an earlier figure (에서, 의 4.5배)
    previous_before: re.Pattern | None  # text right before an earlier figure ("up from")
    previous_trigger: re.Pattern | None  # text before a trigger naming an earlier figure
    round_anaphora: re.Pattern | None  # 이번 투자, "the round": the deal last named
    exclude: re.Pattern | None  # not an equity deal: loans, credit facilities, grants
    object_pronoun: re.Pattern | None  # "bought it": the target named before
    valuation_link: re.Pattern | None  # text from a figure to the valuation noun it names (X의 기업가치)
    report_reference: re.Pattern | None  # what a denial denies: the report, the talks, the deal
    perfect_total: re.Pattern | None  # "has raised": a total to date, unless a round or date is named
    one_round: re.Pattern | None  # "a new round", "fresh funding": one raise, not a total
    relative_head: re.Pattern | None  # from a valuation to the name its relative clause modifies (평가받는 X)
    past_round: re.Pattern | None  # "that round": a round reported before, whose date it shares
    conversion_gap: re.Pattern | None  # text between a figure and its stated conversion (", 우리 돈으로")

    @classmethod
    def of(cls, lexicons: Mapping[str, Any], lang: str) -> "MoneyLexicon":
        return compiled(lexicons, "money", lang, _compile)


def _compile(lang: str, data: dict) -> MoneyLexicon:
    flags = re.IGNORECASE if lang == "en" else 0

    def opt(pattern: str | None) -> re.Pattern | None:
        return re.compile(pattern, flags) if pattern else None

    return MoneyLexicon(
        frames=load_frames(data, lang),
        rounds=tuple((k, re.compile(v, flags)) for k, v in data.get("rounds", {}).items()),
        nonstandard_round=opt(data.get("nonstandard_round")),
        basis=tuple((k, re.compile(v, flags)) for k, v in data.get("basis", {}).items()),
        respectively=opt(data.get("respectively")),
        previous_amount=tuple(re.compile(p, flags) for p in data.get("previous_amount", ())),
        previous_trigger=opt(data.get("previous_trigger")),
        previous_before=opt(rf"(?:{data['previous_before']})$") if data.get("previous_before") else None,
        round_anaphora=opt(data.get("round_anaphora")),
        exclude=opt(data.get("exclude")),
        object_pronoun=opt(data.get("object_pronoun")),
        report_reference=opt(data.get("report_reference")),
        perfect_total=opt(data.get("perfect_total")),
        one_round=opt(data.get("one_round")),
        relative_head=opt(data.get("relative_head")),
        past_round=opt(data.get("past_round")),
        conversion_gap=opt(rf"(?:{data['conversion_gap']})$") if data.get("conversion_gap") else None,
        valuation_link=opt(rf"^{_PAREN}{data['valuation_link']}") if data.get("valuation_link") else None,
    )


# ---------------------------------------------------------------- amounts


def _top_amounts(ctx: DocContext, sentence: Sentence, lex: MoneyLexicon) -> list[Amount]:
    """Money figures of the sentence, conversions in brackets left inside theirs;
    one stated after a comma ("5000만 달러, 우리 돈으로 약 700억 원", "$2 billion,
    or about 2.7 trillion won") becomes the converted value of the figure before."""
    found = ctx.amounts_in(sentence)
    top = [a for a in found if not any(b is not a and b.start <= a.start and a.end <= b.end for b in found)]
    out: list[Amount] = []
    for a in top:
        prev = out[-1] if out else None
        gap = ctx.document.text[prev.end:a.start] if prev is not None else ""
        if prev is not None and prev.converted is None and prev.currency != a.currency and lex.conversion_gap \
                and lex.conversion_gap.match(gap):
            out[-1] = replace(prev, converted=a)
            continue
        out.append(a)
    return out


def _is_previous(text: str, amount: Amount, lex: MoneyLexicon) -> bool:
    """Whether a figure is an earlier value it is compared with: by what follows
    it (3000억 원에서) or what comes right before it ("up from $14 billion")."""
    after = text[amount.end:amount.end + 20]
    if any(p.search(after) for p in lex.previous_amount):
        return True
    before = lex.previous_before
    return before is not None and before.search(text, max(0, amount.start - 30), amount.start) is not None


def _valuation_amounts(
    ctx: DocContext, g: Grammar, trigger: Trigger, amounts: Sequence[Amount], taken: set[int], lex: MoneyLexicon
) -> tuple[Amount | None, Amount | None]:
    """(value, previous value) a valuation trigger names, from the free figures;
    in Korean none after a name the clause describes (평가받는 업스테이지에 300억 원을
    투자: that figure is the investment's)."""
    text = ctx.document.text
    lo, hi = trigger.window
    free = [a for a in amounts if id(a) not in taken and lo <= a.start and a.end <= hi]
    link = lex.valuation_link
    before = [a for a in free if a.end <= trigger.start and link and link.match(text[a.end:trigger.start])]
    after = [a for a in free if a.start >= trigger.end and not (g.verb_final and _name_between(ctx, trigger.end, a.start))]
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


def _comparison_start(text: str, chosen: Sequence[Amount], previous: Amount | None) -> int | None:
    """Where the clause of an earlier figure compared with begins, when it follows
    the current one (", up from $14 billion two months ago", ", 지난 3월 인정받은
    615억 달러에서"): from the last comma between them, else the earlier figure."""
    if previous is None or not chosen or previous.start < chosen[0].end:
        return None
    comma = text.rfind(",", chosen[0].end, previous.start)
    return comma if comma >= 0 else previous.start


def _name_between(ctx: DocContext, start: int, end: int) -> bool:
    return any(start <= m.start and m.end <= end for m in ctx.mentions)


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


def _date_for(
    ctx: DocContext,
    lexicons: Mapping[str, Any],
    sentence: Sentence,
    trigger: Trigger,
    stop: int | None = None,
    own: Sequence[Amount] = (),
) -> When | None:
    """The date nearest the trigger in its clause, on the side the language puts
    a verb's adverbials (before it in Korean, after it in English: "put $100
    million into OpenAI's round last October"); else one before the trigger in
    its sentence ("In March, A did X and Y"); else one an anaphor (당시, "at the
    time") points back to. Dates from ``stop`` on, in a relative aside, or right
    after an earlier figure other than the claim's ``own`` belong to something else."""
    dates = [d for d in ctx.dates_in(sentence) if stop is None or d.start < stop]
    lo = trigger.window[0]
    hi = max(trigger.window[1], own_clause(ctx, lexicons, trigger, sentence.end)[1])
    lex = MoneyLexicon.of(lexicons, ctx.lang)
    dates = [d for d in dates if not (_in_aside(ctx, lexicons, d, trigger) or _dates_earlier_value(ctx, lex, sentence, d, own))]
    pool = [d for d in dates if lo <= d.start and d.end <= hi] or [d for d in dates if d.end <= trigger.start]
    if not pool:
        return carried_date(ctx, lexicons, sentence)
    own_lo, own_hi = own_clause(ctx, lexicons, trigger, sentence.end)
    outside = {id(d) for d in pool if not (own_lo <= d.start and d.end <= own_hi)}  # ", nearly doubling … earlier this year"
    if Grammar.of(lexicons, ctx.lang).adverbials == "before":
        return min(pool, key=lambda d: (id(d) in outside, d.start >= trigger.end, abs(d.start - trigger.start), d.start))
    return min(pool, key=lambda d: (id(d) in outside, d.end <= trigger.start, abs(d.start - trigger.start), d.start))


def _dates_earlier_value(
    ctx: DocContext, lex: MoneyLexicon, sentence: Sentence, date: When, own: Sequence[Amount]
) -> bool:
    """"up from $120 million last year": a date right after an earlier figure that
    is not the claim's own, in its clause, dates that figure."""
    text = ctx.document.text
    return any(a.end <= date.start and not re.search(r"[,;]", text[a.end:date.start]) and _is_previous(text, a, lex)
               for a in ctx.amounts_in(sentence) if all(a.start != o.start for o in own))


def _in_aside(ctx: DocContext, lexicons: Mapping[str, Any], date: When, trigger: Trigger) -> bool:
    """"Anthropic, which was valued at $4 billion in March, agreed to buy …": a
    date inside a relative clause that ends before the trigger is that clause's."""
    relatives = Grammar.of(lexicons, ctx.lang).relatives
    if not relatives:
        return False
    aside = re.compile(rf",\s(?:{'|'.join(map(re.escape, relatives))})\b[^,]*,")
    return any(m.start() < date.start and m.end() <= trigger.start
               for m in aside.finditer(ctx.document.text, trigger.sentence_start, trigger.start))


def _first_match(table: Sequence[tuple[str, re.Pattern]], text: str) -> str | None:
    return next((name for name, pattern in table if pattern.search(text)), None)


def _round_of(text: str, lex: MoneyLexicon) -> str | None:
    """The standard round a clause names (seed, series_a …); a bridge, extension
    or pre-round of it has no standard name."""
    odd = lex.nonstandard_round
    for name, pattern in lex.rounds:
        for m in pattern.finditer(text):
            near = text[max(0, m.start() - ROUND_QUALIFIER_REACH):m.end() + ROUND_QUALIFIER_REACH]
            if odd is None or not odd.search(near):
                return name
    return None


def _total_by_tense(
    ctx: DocContext, lex: MoneyLexicon, sentence: Sentence, trigger: Trigger, clause: tuple[int, int]
) -> bool:
    """"Windsurf had raised about $240 million from investors including …": a
    perfect-tense raise that names no round and no date states the total so far."""
    if lex.perfect_total is None or not lex.perfect_total.search(ctx.document.text, max(0, trigger.start - 10), trigger.end):
        return False
    lo, hi = clause
    if lex.one_round is not None and lex.one_round.search(ctx.document.text, lo, hi):
        return False
    return not any(lo <= d.start < hi for d in ctx.dates_in(sentence))


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
        lo, hi = clause_span(ctx, lexicons, trigger)
        found = _round_of(ctx.document.text[lo:hi], lex)
        if found:
            attrs["round"] = found
        scope = scope_of(ctx, lexicons, trigger, amount, ctx.amounts_in(sentence))
        if scope is None and not found and _total_by_tense(ctx, lex, sentence, trigger, (lo, hi)):
            scope = "cumulative"
        attrs.setdefault("scope", scope or "single")
    if kind == "valuation":
        lo, hi = trigger.window
        end = trigger.end if amount is None else min(hi, max(trigger.end, amount.end + BASIS_REACH))
        found = _first_match(lex.basis, ctx.document.text[lo:end])  # "투자 후 기업가치", "at €60 million pre-money"
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
class _DocState:
    """What earlier sentences established: the investee "this round" refers to,
    who acted as investor or buyer in the sentence just before (never carried
    into the invested-in or bought role), and the recent deals a denial may answer."""

    last_investee: Arg | None = None
    last_investee_at: int = -1  # the sentence that named it
    round_date: When | None = None  # the date of that investee's round
    money_at: int = -1  # the last sentence with a money trigger
    agents: frozenset[str] = frozenset()
    recent: tuple[tuple[int, Claim], ...] = ()  # (sentence index, claim)


@dataclass
class _SentenceState:
    """What earlier clauses of the sentence established, for the ones that omit it."""

    roles: dict[str, dict[str, list[Arg]]]  # frame name -> its last roles
    investees: list[Arg]  # investees named in this sentence
    valued: list[Arg]  # companies valued in this sentence


def _complete(
    ctx: DocContext,
    lexicons: Mapping[str, Any],
    lex: MoneyLexicon,
    sentence: Sentence,
    trigger: Trigger,
    roles: dict[str, list[Arg]],
    state: _SentenceState,
    doc: _DocState,
    args: Sequence[Arg] = (),
) -> dict[str, list[Arg]]:
    """Fill roles the clause leaves out: from a coordinated clause of the same
    sentence, from "this round", from a funding round the sentence names, and
    last from the previous sentence's subject, unless that subject was the
    investor or buyer there (then no party fits, and no claim is better than a
    wrong one)."""
    kind = trigger.frame.type
    for role, fillers in state.roles.get(trigger.frame.name, {}).items():
        roles.setdefault(role, fillers)
    if kind == "investment" and "investee" not in roles and doc.last_investee is not None:
        recent = _round_in_view(sentence, doc)  # "Nvidia also participated" after the round
        joins = trigger.frame.anaphoric or any(a.case == "also" for a in roles.get("investors", ()))  # 구글도 넣었다
        if (joins and recent) or _names_the_round(lex, sentence) or _backs_it_again(ctx, sentence, roles, doc):
            roles["investee"] = [replace(doc.last_investee, how=COREF)]  # 이번 투자: an anaphor
    owned = any(a.case == "genitive" for a in roles.get("company", ()))  # 업스테이지의 기업가치: said outright
    head = _relative_head(ctx, lex, trigger, args) if kind == "valuation" and not owned else None
    if head is not None:
        roles["company"] = [head]  # "5000억 원으로 평가받는 업스테이지에": the company the clause describes
    if kind == "valuation" and state.investees and head is None:
        named = roles.get("company", [])
        if not named or named[0].case in ("subject", "bare", "topic"):
            roles["company"] = [state.investees[-1]]  # the round values the company that raised it
    if kind == "valuation" and "company" not in roles and state.valued:
        roles["company"] = [state.valued[-1]]  # "…로, 지난 3월 인정받은 615억 달러에서": the same company
    if kind == "valuation" and "company" not in roles and doc.last_investee is not None and (
            _names_the_round(lex, sentence) or _unstated_subject(ctx, lexicons, sentence, trigger, doc)):
        roles["company"] = [replace(doc.last_investee, how=COREF)]  # 투자 후 기업가치는, "the round valued …"
    for role in REQUIRED[kind]:
        if role not in roles and list(trigger.frame.roles).index(role) == 0:
            carried = carried_subject(ctx, sentence, lexicons, upto=trigger.start)
            if carried is not None and not (role in ORG_ROLES and carried.entity_id in doc.agents):
                roles[role] = [carried]
            elif carried is not None and role in ("investee", "company") and _recent_investee(ctx, sentence, doc):
                roles[role] = [doc.last_investee.carried()]  # the round's investors came between: the raiser still
    return _clean(roles)


def _backs_it_again(ctx: DocContext, sentence: Sentence, roles: Mapping[str, list[Arg]], doc: _DocState) -> bool:
    """"Orbit has committed a further $10 million": an investor of the round just
    reported who puts a figure in without naming a company backs that company
    again ("would keep investing in AI", with no figure, is no deal)."""
    backers = {a.entity_id for a in roles.get("investors", ())}
    return bool(ctx.amounts_in(sentence)) and any(sentence.index - i <= ANAPHORA_REACH and c.type == "investment"
               and c.args.get("investee") is not None and c.args["investee"].id == doc.last_investee.entity_id
               and backers & {r.id for r in c.args.get("investors", ())}
               for i, c in doc.recent)


def _unstated_subject(
    ctx: DocContext, lexicons: Mapping[str, Any], sentence: Sentence, trigger: Trigger, doc: _DocState
) -> bool:
    """Whether a valuation sentence of the round still in view leaves its company
    unsaid and says none of its own ("투자 후 기업가치는 …. 지난해 인정받은 1100억
    원에서 …")."""
    return _round_in_view(sentence, doc) and not states_own_subject(ctx, sentence, lexicons, trigger.start) \
        and not ctx.mentions_in(sentence)


def _names_the_round(lex: MoneyLexicon, sentence: Sentence) -> bool:
    """Whether the sentence refers back to the round just reported (이번 투자, "that round")."""
    return lex.round_anaphora is not None and lex.round_anaphora.search(sentence.text) is not None


def _round_date(lex: MoneyLexicon, sentence: Sentence, roles: Mapping[str, list[Arg]], doc: _DocState) -> When | None:
    """"That round valued Statsig at $1.1 billion", "That funding round was led by
    X": a sentence naming the round just reported takes that round's date."""
    if doc.round_date is None or doc.last_investee is None or lex.past_round is None:
        return None
    party = (roles.get("investee") or roles.get("company") or [None])[0]
    if party is None or party.entity_id != doc.last_investee.entity_id:
        return None
    return doc.round_date if lex.past_round.search(sentence.text) else None


def _relative_head(ctx: DocContext, lex: MoneyLexicon, trigger: Trigger, args: Sequence[Arg]) -> Arg | None:
    """The name a Korean relative clause holding the valuation modifies (몸값이 1조
    원에 달하는 리벨리온을): the first name after the trigger, when only the clause's
    adnominal verb and a few describing words come between."""
    if lex.relative_head is None:
        return None
    after = [a for a in args if a.start >= trigger.end]
    if not after or after[0].kind != "org":
        return None
    return after[0] if lex.relative_head.match(ctx.document.text, trigger.end, after[0].start) else None


def _recent_investee(ctx: DocContext, sentence: Sentence, doc: _DocState) -> bool:
    """Whether the investee last named is near enough, in the same paragraph,
    to be the dropped subject of a raise or valuation when the previous
    sentence's subject was one of its investors ("A raised X. B also joined.
    Last year it raised Y", "… 참여했다. 투자 후 기업가치는 …")."""
    if doc.last_investee is None or not _round_in_view(sentence, doc):
        return False
    return ctx.same_paragraph(ctx.sentences[doc.last_investee_at], sentence)


def _round_in_view(sentence: Sentence, doc: _DocState) -> bool:
    """Whether the round last reported is still the topic: named a few sentences
    back, with only money news (its valuation, its other investors) since."""
    return sentence.index - doc.last_investee_at <= ANAPHORA_REACH and sentence.index - doc.money_at <= 1


def _complete_enough(kind: str, roles: Mapping[str, list[Arg]], amount: Amount | None, status: str | None) -> bool:
    """Whether the reading says enough to be a claim: its required roles, and a
    figure where a role had to be carried from another sentence. A raise with
    neither figure nor investor counts only as news about its status (검토 중,
    "is said to be weighing a new round"); ``status`` is None unless the
    trigger's own clause gives one."""
    if any(r not in roles for r in REQUIRED[kind]):
        return False
    carried = any(a.how == CARRY for v in roles.values() for a in v)
    if kind == "investment":
        if amount is not None:
            return True
        return not carried and ("investors" in roles or status not in (None, "completed"))
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


def _states_earlier_value(ctx: DocContext, g: Grammar, trigger: Trigger, lex: MoneyLexicon, amount: Amount | None) -> bool:
    """Whether a valuation reading is of an earlier value: by its trigger (평가받았던)
    or its figure (지난 3월 인정받은 615억 달러에서)."""
    return _is_old_valuation(ctx, g, trigger, lex) or (amount is not None and _is_previous(ctx.document.text, amount, lex))


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
    doc: _DocState,
) -> list[Claim]:
    """The sentence's money claims; ``doc.last_investee`` moves to the investee last named."""
    triggers = _coalesce(ctx, find_triggers(sentence, lex.frames))
    if not triggers:
        doc.agents = frozenset()
        return []
    args = [a for a in read_arguments(ctx, sentence, lexicons) if not _names_a_round(a, lex)]
    grammar = Grammar.of(lexicons, ctx.lang)
    amounts = _top_amounts(ctx, sentence, lex)
    taken: set[int] = set()
    figures: dict[int, tuple[Amount | None, Amount | None]] = {}
    for i, t in enumerate(triggers):  # valuation figures first
        if t.frame.type == "valuation":
            value, previous = _valuation_amounts(ctx, grammar, t, amounts, taken, lex)
            taken.update(id(a) for a in (value, previous) if a is not None)
            figures[i] = (value, previous)
    state = _SentenceState(roles={}, investees=[], valued=[])
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
        roles = _complete(ctx, lexicons, lex, sentence, t, roles, state, doc, args)
        date = _date_for(ctx, lexicons, sentence, t, _comparison_start(ctx.document.text, chosen, previous), chosen)
        if kind == "valuation" and "company" in roles:
            date = deal_dates.get(roles["company"][0].entity_id, date)  # the round's own date
        if date is None:
            date = _round_date(lex, sentence, roles, doc)
        current = False  # a claim of the present value, not of an earlier one
        for reading, amount in _readings(kind, roles, chosen, args, sentence.text, lex):
            attrs = _attrs(ctx, lexicons, lex, sentence, t, amount)
            when = None if attrs.get("scope") == "cumulative" else date  # a total to date has no date
            own_status = attrs.get("status") if t.frame.status_only and local_status(ctx, lexicons, t) else None
            if not _complete_enough(kind, reading, amount, own_status):
                continue
            if amount is not None:
                taken.add(id(amount))
            if previous is not None:
                attrs["previous"] = previous
            cap = None if amount is not None else NO_AMOUNT_CAP
            claim = make_claim(ctx, kind, sentence, reading, amount, when, attrs, cap)
            if kind == "valuation" and _states_earlier_value(ctx, grammar, t, lex, amount):
                old.add(id(claim))
            else:
                current = True
            claims.append(claim)
        state.roles[t.frame.name] = roles
        if kind == "valuation" and "company" in roles:
            state.valued.append(roles["company"][0])
        if "investee" in roles:
            state.investees.append(roles["investee"][0])
            _remember_round(doc, sentence, roles["investee"][0], date)
            if date is not None and date.value:
                deal_dates[roles["investee"][0].entity_id] = date
        elif kind == "valuation" and current and "company" in roles and not state.investees:
            _remember_round(doc, sentence, roles["company"][0], date)  # a valuation tells of a round too
    doc.agents = frozenset(a.entity_id for roles in state.roles.values() for r in AGENT_ROLES for a in roles.get(r, ()))
    doc.money_at = sentence.index
    return _join_round_members(_fold_previous_values(ctx.document.text, claims, old))


def _remember_round(doc: _DocState, sentence: Sentence, party: Arg, date: When | None) -> None:
    """The round now in view: whose it is, where it was named, and its date."""
    same = doc.last_investee is not None and doc.last_investee.entity_id == party.entity_id
    doc.last_investee, doc.last_investee_at = party, sentence.index
    if date is not None and date.value:
        doc.round_date = date
    elif not same:
        doc.round_date = None


def _names_a_round(arg: Arg, lex: MoneyLexicon) -> bool:
    """A name that is only a round's (시리즈A, "Series B") is no party to it."""
    return any(p.fullmatch(arg.mention.text) for _, p in lex.rounds)


def _same_round(a: Claim, b: Claim) -> bool:
    """Two investments of one sentence in the same investee that do not conflict:
    the lead and the other participants of one round."""
    return (a.type == b.type == "investment" and "investors" in a.args and "investors" in b.args
            and a.args.get("investee") == b.args.get("investee") and figures_agree(a, b))


def _join_round_members(claims: list[Claim]) -> list[Claim]:
    """"A가 주도하고 B·C가 참여했다", "co-led by A and B, with C joining": one round
    named with its lead and its other participants in one sentence is one claim
    listing every investor."""
    out: list[Claim] = []
    for c in claims:
        k = next((i for i, o in enumerate(out) if _same_round(o, c)), None)
        if k is None:
            out.append(c)
            continue
        first, second = out[k].args["investors"], c.args["investors"]
        investors = first + tuple(r for r in second if r not in first)
        out[k] = replace(fold(out[k], c), args={**out[k].args, **c.args, "investors": investors})
    return out


def _fold_previous_values(text: str, claims: list[Claim], old: set[int]) -> list[Claim]:
    """An earlier figure becomes the ``previous`` of the valuation of the same
    company it is compared with, not a claim of its own; a date in the earlier
    figure's clause is that figure's, not the current one's."""
    if not old:
        return claims
    current = [c for c in claims if c.type == "valuation" and id(c) not in old]
    dropped: set[int] = set()
    for c in claims:
        if id(c) not in old:
            continue
        target = next((v for v in current if v.args == c.args and "previous" not in v.attrs), None)
        if target is not None and c.amount is not None:
            stop = _comparison_start(text, [target.amount] if target.amount else [], c.amount)
            date = None if stop is not None and target.date is not None and target.date.start >= stop else target.date
            folded = replace(target, date=date, attrs={**target.attrs, "previous": c.amount})
            claims[claims.index(target)] = folded
            current = [folded if v is target else v for v in current]
            dropped.add(id(c))
    return [c for c in claims if id(c) not in dropped]


def extract(ctx: DocContext, lexicons: Mapping[str, Any]) -> list[Claim]:
    """Investment, acquisition and valuation claims of one document."""
    lex = MoneyLexicon.of(lexicons, ctx.lang)
    if not lex.frames:
        return []
    claims: list[Claim] = []
    doc = _DocState()
    for sentence in ctx.sentences:
        found = _sentence_claims(ctx, lexicons, lex, sentence, doc)
        if not found:
            found = _denial_of_recent(ctx, lexicons, lex, sentence, doc)
        if not (sentence.index == 0 and is_title(sentence)):  # a headline restates the body
            claims.extend(found)
        doc.recent = tuple((i, c) for i, c in doc.recent if sentence.index - i < DENIAL_REACH)
        doc.recent += tuple((sentence.index, c) for c in found if c.type in ("investment", "acquisition"))
    return claims


def _refs(value: Any) -> tuple:
    """A role's entity refs as a tuple (a list role already is one)."""
    return value if isinstance(value, tuple) else (() if value is None else (value,))


def _denial_of_recent(
    ctx: DocContext, lexicons: Mapping[str, Any], lex: MoneyLexicon, sentence: Sentence, doc: _DocState
) -> list[Claim]:
    """"Orbital denied the report", "LG전자는 이를 부인했다": a denial that names a
    party of a deal reported just before, and the report or deal, denies that
    deal: a claim of its own, status denied, dated by the denial."""
    if sentence_status(ctx, lexicons, sentence) != "denied" or lex.report_reference is None:
        return []
    if not lex.report_reference.search(sentence.text):
        return []
    reported = _reported_deal(doc, {m.entity.id for m in ctx.mentions_in(sentence)})
    if reported is None:
        return []
    dates = [d for d in ctx.dates_in(sentence) if d.value]
    return [replace(reported, evidence=sentence.span, evidence_text=sentence.text, amount=None,
                    date=dates[0] if dates else None, attrs={**reported.attrs, "status": "denied"},
                    more_evidence=(), confidence=min(reported.confidence, DENIAL_CONFIDENCE))]


def _reported_deal(doc: _DocState, named: set[str]) -> Claim | None:
    """The latest recent deal, not yet settled or denied, with a party among ``named``."""
    for _, claim in reversed(doc.recent):
        if claim.attrs.get("status") not in ("denied", "completed") and named & _party_ids(claim):
            return claim
    return None


def _party_ids(claim: Claim) -> set[str]:
    return {r.id for v in claim.args.values() for r in _refs(v)}
