"""Grammatical cases of the names in a sentence, Korean and English side by side.

Korean marks a name's role with the particle glued to it (아마존이 subject,
앤스로픽에 dative, MS로부터 source, 구글과 conjunction), English with the
preposition before it (in, from, led by) or with word order. The entity layer
gives exact name spans, so the particle is read from the characters right after
a name; that stays right where a morphological analyser mis-splits an unknown
name (오픈AI -> 오픈/NNG AI/SL). Each language is a ``CaseReader``: ``read``
gives every name its case and coordination group, ``candidates`` says which
names of a case a trigger may take, best first. The closed-class words are data
(``data/lexicons/grammar.<lang>.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping, Protocol, Sequence

from ..model import Mention, Sentence
from .args import SUBJECT_CASES, Arg, arg_of
from .context import DocContext
from .lexicon import compiled

if TYPE_CHECKING:  # frames imports this module
    from .frames import Trigger

_HANGUL_RUN = re.compile(r"[가-힣]*")
_PAREN = re.compile(r"\s?[(（][^()（）]{0,40}[)）]")
_CLOSING_QUOTE = re.compile(r"['’\"”」』]")  # '메디플로우'가: the particle follows the quote
_COMMA = frozenset(",·、/")
_CLASS_NOUN = re.compile(r"\s+([\w]*?)([가-힣]+)(?=[\s,.]|$)")  # a word after 등: its Hangul end may hold a particle
_VERB_STEMS = ("하", "했", "되", "됐", "된", "한")  # 투자하고, 참여했고: a verb, not a noun with a particle
CLASS_NOUN_REACH = 14  # characters from 등 to the class noun ("국내 주요 금융사와")
_FINAL_STOP = re.compile(r"[.!?。][\s'’\"”」』)]*$")
_ASIDE = re.compile(r"(?=(,\s[a-z][\w-]*\b[^,]*,))")  # ", which …,", ", a cloud provider that …," (overlapping)
_NEXT_GAP = re.compile(r"\s+(?:(?:that|which)\s+)?")
_POSSESSIVE = re.compile(r"['’]s?\s+")
_LIST_CONTINUES = re.compile(r"\s*(?:,|and\b|&|or\b|as well as\b)")
_APPOSITION = re.compile(r"\s*|,\s+(?:a|an|the)\s[^,]{0,60}?\s")  # "Pinecrest AI, a vector-database startup "
_SERIAL_LINK = re.compile(r",\s+(?:and|or)\s+(?:(?:the|a|an)\s+)?")  # the Oxford comma before a list's last item
GAP_LIMIT = 40  # characters between coordinated names
DESCRIPTOR_WORDS = 5  # words a description before a name may take ("Dutch chip equipment maker")
POSSESSOR_GAP = 3  # bare words between a genitive name and the name it owns


@dataclass(frozen=True)
class Grammar:
    """The closed-class words of one language that decide a mention's case."""

    lang: str
    particles: Mapping[str, str] = field(default_factory=dict)  # ko: particle -> case
    trailing: tuple[str, ...] = ()  # ko: what may follow a particle (만, 까지, 이라고)
    skip_words: tuple[str, ...] = ()  # ko: 등, 측 between a name and its particle
    conj_words: tuple[str, ...] = ()
    including_words: tuple[str, ...] = ()  # ko: A를 비롯해 B ... (A joins B's list)
    lead_words: tuple[str, ...] = ()  # ko: A 주도로, A가 공동 주도한
    prepositions: Mapping[str, str] = field(default_factory=dict)  # en: preposition -> case
    determiners: tuple[str, ...] = ()
    list_links: tuple[str, ...] = ()
    relatives: tuple[str, ...] = ()
    clause_breaks: tuple[str, ...] = ()
    compound_heads: tuple[str, ...] = ()  # en: nouns a bare name may modify ("round", "stock")
    descriptor_heads: tuple[str, ...] = ()  # en: nouns ending a description before a name ("chip giant Nvidia")
    object_followers: tuple[str, ...] = ()  # en: words that may follow an object name
    adverbials: str = "after"  # where a verb's dates usually sit: "before" it (ko) or "after" (en)
    verb_final: bool = False  # ko: the verb (and its mood and negation) ends the clause
    clause_end: re.Pattern | None = None  # where a clause ends (the match's start)
    anaphors: tuple[str, ...] = ()  # ko: nouns that refer back like a dropped subject (회사, 이 회사)
    according_words: tuple[str, ...] = ()  # ko: A에 따르면 (A is the source of the news)

    @classmethod
    def of(cls, lexicons: Mapping[str, Any], lang: str) -> "Grammar":
        return compiled(lexicons, "grammar", lang, _grammar)


def _grammar(lang: str, data: dict) -> Grammar:

    def longest(words) -> tuple[str, ...]:
        return tuple(sorted(words, key=len, reverse=True))

    return Grammar(
        lang=lang,
        particles=dict(data.get("particles", {})),
        trailing=tuple(data.get("trailing", ())),
        skip_words=longest(data.get("skip_words", ())),
        conj_words=tuple(data.get("conj_words", ())),
        including_words=tuple(data.get("including_words", ())),
        lead_words=longest(data.get("lead_words", ())),
        prepositions=dict(data.get("prepositions", {})),
        determiners=tuple(data.get("determiners", ())),
        list_links=longest(data.get("list_links", ())),
        relatives=tuple(data.get("relatives", ())),
        clause_breaks=tuple(data.get("clause_breaks", ())),
        compound_heads=tuple(data.get("compound_heads", ())),
        descriptor_heads=tuple(data.get("descriptor_heads", ())),
        object_followers=tuple(data.get("object_followers", ())),
        adverbials=data.get("adverbials", "after"),
        verb_final=bool(data.get("verb_final", False)),
        clause_end=re.compile(data["clause_end"]) if data.get("clause_end") else None,
        anaphors=tuple(data.get("anaphors", ())),
        according_words=tuple(data.get("according_words", ())),
    )


def _heads(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions in order, dropping any nested inside a longer one and any alias
    in brackets right after a name (앤드리슨 호로위츠(a16z), "New Enterprise
    Associates (NEA)"), which the name's own case covers."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if out and m.start < out[-1].end:
            continue
        if out and re.fullmatch(r"\s?[(（]", text[out[-1].end:m.start]) and text[m.end:m.end + 1] in ")）":
            continue
        out.append(m)
    return out


class CaseReader(Protocol):
    def read(self, text: str, sentence: Sentence, mentions: list[Mention], g: Grammar) -> list[Arg]:
        """Every name of the sentence as an Arg with its case and group."""

    def candidates(self, text: str, trigger: "Trigger", args: Sequence[Arg], case: str, g: Grammar) -> list[Arg]:
        """The names of ``case`` a role of this trigger may take, best first."""


def is_title(sentence: Sentence) -> bool:
    """Whether a sentence is written as a headline: no final stop (a body
    sentence ends in "다." or "."), quotes and brackets aside."""
    return _FINAL_STOP.search(sentence.text) is None


def _by_distance(args: Sequence[Arg], trigger: "Trigger") -> tuple[list[Arg], list[Arg]]:
    """(names before the trigger, nearest first; names after it within its window)."""
    before = sorted((a for a in args if a.end <= trigger.start), key=lambda a: -a.start)
    after = [a for a in args if trigger.end <= a.start < trigger.window[1]]
    return before, after


# ---------------------------------------------------------------- Korean


class KoreanCases:
    """Cases from particles; coordinated names (A와 B로부터) take the last one's."""

    def read(self, text: str, sentence: Sentence, mentions: list[Mention], g: Grammar) -> list[Arg]:
        cases, ends = [], []
        for m in mentions:
            case, pos = self._case(text, m.end, sentence.end, g)
            case = self._recast(text, pos, sentence.end, g, case)
            if case == "conj" and text[pos - 1:pos] == "," and not text[sentence.start:m.start].strip(" '‘\"“") \
                    and is_title(sentence):
                case = "topic"  # a headline's "아마존, 앤스로픽에 …" (a body's "엔비디아, AMD 등도" is a list)
            cases.append(case)
            ends.append(pos)
        self._mark_possessors(text, mentions, cases, ends, g)
        groups = list(range(len(mentions)))
        for i in range(len(mentions) - 1, -1, -1):
            if cases[i] != "conj":
                continue
            j = next((k for k in range(i + 1, len(mentions)) if cases[k] not in ("bare", "genitive", "modifier")), None)
            gap = text[ends[i]:mentions[i + 1].start] if i + 1 < len(mentions) else ""
            if j is None or len(gap.split()) > 3 or re.search(r"[.!?]", gap) or mentions[j].start - ends[i] > GAP_LIMIT:
                cases[i] = "with"  # 사피온코리아와 합병: no partner name follows
                continue
            cases[i], groups[i] = cases[j], groups[j]
        return [arg_of(m, c, grp) for m, c, grp in zip(mentions, cases, groups)]

    @staticmethod
    def _mark_possessors(text: str, mentions: list[Mention], cases: list[str], ends: list[int], g: Grammar) -> None:
        """"엔비디아의 벤처투자 조직 엔벤처스도": a genitive name whose noun phrase ends
        in another name only says whose that name is; it fills no role itself."""
        for i in range(len(mentions) - 1):
            if cases[i] != "genitive" or cases[i + 1] in ("bare", "genitive"):  # 아마존의 앤트로픽 투자액: no
                continue
            words = text[ends[i]:mentions[i + 1].start].split()
            if len(words) <= POSSESSOR_GAP and not any(w.endswith(tuple(g.particles)) or not w.isalnum() for w in words):
                cases[i] = "modifier"

    def _case(self, text: str, end: int, limit: int, g: Grammar) -> tuple[str, int]:
        """The case of a name ending at ``end``, and where its particle ends."""
        paren = _PAREN.match(text, end, limit)
        if paren:  # 마이크로소프트(MS)가
            end = paren.end()
        quote = _CLOSING_QUOTE.match(text, end, limit)
        if quote:
            end = quote.end()
        pos = end
        tail = _HANGUL_RUN.match(text, end, limit).group(0)
        if not tail:
            if text[end:end + 1] in _COMMA:
                return "conj", end + 1
            word = re.match(r"\s+(\S+)", text[end:limit])
            if word and word.group(1) in g.conj_words:
                return "conj", end + word.end(1)
            if not (word and word.group(1).startswith(g.skip_words)):
                return "bare", end
            pos = end + word.start(1)  # 엔비디아 등으로부터: read past 등
            tail = _HANGUL_RUN.match(text, pos, limit).group(0)
        skip = next((s for s in g.skip_words if tail.startswith(s)), "")  # 앤스로픽측은, 등으로부터
        if skip:
            pos += len(skip)
            tail = tail[len(skip):]
            if not tail:
                if text[pos:pos + 1] in _COMMA:
                    return "conj", pos + 1
                return self._class_noun(text, pos, limit, g) or ("bare", pos)
        particle = self._particle(tail, g)
        return (g.particles[particle], pos + len(particle)) if particle else ("bare", end)

    def _class_noun(self, text: str, pos: int, limit: int, g: Grammar) -> tuple[str, int] | None:
        """"베타증권 등 국내 금융사와", "A 등 투자사들이": after 등 a short noun phrase
        naming the list's class carries the particle, so the names take its case."""
        start = pos
        while (word := _CLASS_NOUN.match(text, pos, limit)) and word.end() - start <= CLASS_NOUN_REACH:
            stem, tail = word.group(1), word.group(2)
            for cut in range(1, len(tail)):
                particle = self._particle(tail[cut:], g)
                if particle and not (stem + tail[:cut]).endswith(_VERB_STEMS):
                    return g.particles[particle], word.start(2) + cut + len(particle)
            pos = word.end()
        return None

    @staticmethod
    def _particle(tail: str, g: Grammar) -> str | None:
        """The first particle of ``tail`` when the whole tail is particles (에서는,
        로부터도); None when it is more of a word (LG이노텍이 after "LG")."""
        ordered = sorted(g.particles, key=len, reverse=True)
        first = next((p for p in ordered if tail.startswith(p)), None)
        rest = tail[len(first):] if first else tail
        trailing = sorted((*g.particles, *g.trailing), key=len, reverse=True)
        while rest:
            nxt = next((p for p in trailing if rest.startswith(p)), None)
            if nxt is None:
                return None
            rest = rest[len(nxt):]
        return first

    @staticmethod
    def _recast(text: str, pos: int, limit: int, g: Grammar, case: str) -> str:
        """Words right after a name and its particle that re-cast it (주도로, 를 비롯해)."""
        rest = text[pos:limit]
        words = rest.lstrip()
        if case in ("bare", "subject", "genitive") and rest[:1].isspace() and words.startswith(g.lead_words):
            return "lead"
        if case == "object" and words.startswith(g.including_words):
            return "conj"
        if case == "dative" and g.according_words and words.startswith(g.according_words):
            return "according"  # 스캐터랩에 따르면: the source of the news, no party
        return case

    def candidates(self, text: str, trigger: "Trigger", args: Sequence[Arg], case: str, g: Grammar) -> list[Arg]:
        """Subjects, topics and 도-phrases compete by distance and may reach back
        across clauses (the topic governs the sentence); other cases stay in the
        trigger's clause, before the verb first."""
        lo = trigger.window[0]
        if case == "compound":  # 퓨리오사AI 인수: a bare name right before the trigger noun
            return [a for a in args if a.case == "bare" and lo <= a.end <= trigger.start
                    and not _CLOSING_QUOTE.sub("", text[a.end:trigger.start]).strip() and trigger.start - a.end <= 3]
        wanted = SUBJECT_CASES if case in SUBJECT_CASES else (case,)
        before, after = _by_distance([a for a in args if a.case in wanted], trigger)
        if case in SUBJECT_CASES:
            return before + after
        return [a for a in before if a.start >= lo] + after


# ---------------------------------------------------------------- English


class EnglishCases:
    """Cases from the preposition before a name; a bare name is a subject before
    the verb and an object after it; "A, B and C" share the first one's case."""

    def read(self, text: str, sentence: Sentence, mentions: list[Mention], g: Grammar) -> list[Arg]:
        cases = [self._case(text, m.start, m.end, sentence.start, g) for m in mentions]
        groups = list(range(len(mentions)))
        # "NVIDIA's NVentures": a possessor right before a name only modifies it;
        # the name takes the possessor's place (and preposition) in the sentence.
        modifier = [i + 1 < len(mentions) and _POSSESSIVE.fullmatch(text[m.end:mentions[i + 1].start]) is not None
                    for i, m in enumerate(mentions)]
        prev = None
        for i in range(len(mentions)):
            if modifier[i]:
                continue
            left = i
            if i and modifier[i - 1]:
                left = i - 1
                if cases[i] == "bare" and cases[i - 1] != "genitive":
                    cases[i] = cases[i - 1]
                cases[i - 1] = "modifier"
            if prev is not None and cases[i] in ("bare", "including") and cases[prev] != "genitive":
                serial = groups[prev] != prev  # "A, B, and C": the list already runs
                if self._linked(text[mentions[prev].end:mentions[left].start], g, serial) and self._list_goes_on(text, mentions, prev, i):
                    cases[i], groups[i] = cases[prev], groups[prev]
            prev = i
        return [arg_of(m, c, grp) for m, c, grp in zip(mentions, cases, groups)]

    @staticmethod
    def _case(text: str, start: int, end: int, begin: int, g: Grammar) -> str:
        """The preposition just before a name, else genitive when 's follows
        ("Nvidia's first $10 billion"), else bare."""
        said = text[begin:start].rstrip().lower().split()
        words = list(said)
        for _ in range(2):
            if words and words[-1] in g.determiners:
                words.pop()
        found = EnglishCases._preposition(words, g)
        if found is None and said and said[-1] in g.descriptor_heads:  # "led by Dutch chip equipment maker ASML"
            found = EnglishCases._before_description(said, g)
        if found is not None:
            return found
        if text[end:end + 2] in ("'s", "’s") or (text[end:end + 1] in ("'", "’") and text[end - 1:end] == "s"):
            return "genitive"
        return "bare"

    @staticmethod
    def _before_description(words: Sequence[str], g: Grammar) -> str | None:
        """The case of a preposition a few plain words before the description's
        head noun ("from US chip giant", "by Dutch equipment maker"); none
        across punctuation."""
        for k in range(2, min(DESCRIPTOR_WORDS, len(words)) + 1):
            if not words[-k].isalnum() and not words[-k].replace("-", "").isalnum():
                return None
            found = EnglishCases._preposition(words[:-k], g)
            if found is not None:
                return found
        return None

    @staticmethod
    def _preposition(words: Sequence[str], g: Grammar) -> str | None:
        """The case of the preposition ending ``words``, if they end in one."""
        tail = " ".join(words)
        for prep in sorted(g.prepositions, key=len, reverse=True):
            if tail == prep or tail.endswith(" " + prep):
                return g.prepositions[prep]
        return None

    @staticmethod
    def _list_goes_on(text: str, mentions: Sequence[Mention], prev: int, i: int) -> bool:
        """"Backed by Sequoia, Harvey raised": two names joined by a comma alone are a
        list only when the list goes on after the second ("A, B and C")."""
        if text[mentions[prev].end:mentions[i].start].strip() != ",":
            return True
        earlier_comma = prev > 0 and text[mentions[prev - 1].end:mentions[prev].start].strip() == ","
        return earlier_comma or _LIST_CONTINUES.match(text, mentions[i].end) is not None

    @staticmethod
    def _linked(gap: str, g: Grammar, serial: bool = False) -> bool:
        """Whether the text between two names is a list link (", ", " and "); a
        clause break (", and ") links only the last item of a running list."""
        if len(gap) > GAP_LIMIT or any(b.strip() not in ("", ",") and b.strip() in gap for b in g.clause_breaks):
            if not (serial and _SERIAL_LINK.fullmatch(gap)):
                return False
        s = re.sub(r"^\s*\([^()]*\)", "", gap).strip().lower()  # "New Enterprise Associates (NEA) and"
        for link in g.list_links:
            if s.startswith(link):
                rest = s[len(link):].split()
                if link == "," and rest:  # "Google, another Anthropic backer,": an aside, not a list
                    return False
                return len(rest) <= 2 and not any(w in g.prepositions for w in rest)
        return False

    def candidates(self, text: str, trigger: "Trigger", args: Sequence[Arg], case: str, g: Grammar) -> list[Arg]:
        """Subjects before the verb (the antecedent of "which" first, never a name
        inside an aside); objects after it; prepositional phrases after it, then
        before it within its clause."""
        lo = trigger.window[0]
        if case == "compound":  # "that Inflection round", "Intel common stock"
            return [a for a in args if a.case == "bare" and lo <= a.start < trigger.window[1]
                    and any(text[a.end:a.end + 20].lower().startswith(" " + h) for h in g.compound_heads)]
        if case == "next":  # "the $5.5 billion valuation Cohere fetched": the name right after the noun
            return [a for a in args if a.start >= trigger.end and _NEXT_GAP.fullmatch(text, trigger.end, a.start)][:1]
        if case == "nearest":  # "Pinecrest AI, a startup valued at": the noun the participle modifies
            before = _by_distance([a for a in args if a.case != "modifier"], trigger)[0][:1]
            return [a for a in before if _APPOSITION.fullmatch(text, a.end, trigger.start)]
        wanted = "bare" if case in ("subject", "object") else case
        before, after = _by_distance([a for a in args if a.case == wanted], trigger)
        if case in ("subject", "bare"):
            antecedent = self._antecedent(text, args, trigger.start, g) if case == "subject" else None
            plain = [a for a in before if not self._in_aside(text, a, trigger)]
            return ([antecedent] if antecedent else []) + plain
        if case == "object":
            return [a for a in after if not self._modifies_a_noun(text, a, g)]
        return after + [a for a in before if a.start >= lo]

    @staticmethod
    def _modifies_a_noun(text: str, a: Arg, g: Grammar) -> bool:
        """"bought Nvidia chips": a name followed by a common word is its modifier,
        not the object ("bought Poshmark for $1.2 billion", "bought it last year")."""
        m = re.match(r"\s+([a-z][a-z-]*)", text[a.end:a.end + 30])
        return bool(m) and m.group(1) not in g.prepositions and m.group(1) not in g.object_followers

    @staticmethod
    def _antecedent(text: str, args: Sequence[Arg], before: int, g: Grammar) -> Arg | None:
        """"OpenAI, which raised ...": the name right before a relative pronoun."""
        last = next((a for a in reversed(args) if a.end <= before), None)
        if last is None:
            return None
        gap = text[last.end:before].lstrip(" ,").lower()
        return last if any(gap.startswith(r + " ") for r in g.relatives) and len(gap.split()) <= 6 else None

    @staticmethod
    def _in_aside(text: str, a: Arg, trigger: "Trigger") -> bool:
        """"Naver, which bought Poshmark, is an investor", "CoreWeave, a provider that
        rents out Nvidia chips, …": a name inside such an aside is not the subject."""
        return any(m.start(1) <= a.start and a.end <= m.end(1) <= trigger.start
                   for m in _ASIDE.finditer(text, trigger.sentence_start, trigger.start))


READERS: dict[str, CaseReader] = {"ko": KoreanCases(), "en": EnglishCases()}


def reader_for(lang: str) -> CaseReader:
    return READERS.get(lang, READERS["en"])


def read_arguments(ctx: DocContext, sentence: Sentence, lexicons: Mapping[str, Any]) -> list[Arg]:
    """Every mention of ``sentence`` as an Arg with its case and coordination group
    (computed once per sentence and document)."""

    def compute() -> list[Arg]:
        text = ctx.document.text
        mentions = _heads(text, ctx.mentions_in(sentence))
        return reader_for(ctx.lang).read(text, sentence, mentions, Grammar.of(lexicons, ctx.lang))

    return ctx.memo(("arguments", sentence.index), compute)
