"""English discovery cues: the argument slots and appositions deal news puts names in.

Each cue is a pattern whose named groups say what they hold: ``o``/``o2`` an
organisation, ``p``/``p2`` a person, ``ol`` a list of organisations, ``pl`` a
clause in which every "Firstname Lastname" is a person. Sentence-initial and other
capitalised common words (The, Monday, Series, Korean) are trimmed off candidates.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..model import Sentence
from .candidates import Candidate, Scope

_CAP = r"[A-Z](?:[\w&.-]|['’](?![sS]\b))*"
_ORG = rf"(?<![\w&'’.-]){_CAP}(?: (?:{_CAP}|AI|&))*"
_ORG_LIST = rf"{_ORG}(?:(?:, and |, | and | & ){_ORG})*"
_NAME = r"[A-Z][a-zà-ÿ]+(?:[-'’](?![sS]\b)[A-Za-zà-ÿ]+|[A-Z][a-z]+)*"
_PERSON = rf"(?<![\w'’-]){_NAME}(?: [A-Z]\.)?(?: {_NAME}){{1,2}}"
_LIST_ITEM = re.compile(rf"{_ORG}")

_ROLE = (
    r"(?:co-?founder|founder|chief executive(?: officer)?|chief [a-z]+ officer|chief scientist|CEO|CTO|CFO|COO|CSO|"
    r"president|chairman|chairwoman|chair|head|managing director|general partner|managing partner|partner|"
    r"vice president|director|analyst|researcher|scientist|engineer|executive|professor|spokesperson|"
    r"spokeswoman|spokesman|investor|veteran|officer|manager)"
)
_CLASS = (
    r"(?:startup|start-up|company|firm|lab|unicorn|chipmaker|developer|maker|rival|provider|investor|"
    r"specialist|operator|supplier|designer|builder|venture firm|venture capital firm|fund|bank|subsidiary|unit|"
    r"spinout|spin-off|group|insurer|retailer|manufacturer|studio|outfit|family office)"
)
_ACQUIRE = (
    r"(?:has |had |will |would )?(?:agreed to |agrees to |plans to |is set to |moved to |is weighing a bid for |"
    r"to )?(?:acquire|acquired|acquires|acquiring|buy|buys|bought|purchase|purchased|snapped up|took over|takes over)"
)
_HIRE = (
    r"(?:named|appointed|hired|tapped|promoted|recruited|poached|brought in|lured away|picked|elected|"
    r"welcomed|added|chose|names|appoints|hires|taps|promotes)"
)
_APPOSITION = r"(?:(?:which|that|a|an|the) [^.]{0,100}?, )?"
_RAISE = r"(?:raised|raises|has raised|had raised|closed|secured|landed|lands|is raising|is in talks to raise)"
_MONEY_NEXT = r"(?:an? |its |new |fresh )?(?:[$€£¥₩]|\d|Series|seed|funding|financing)"
_LAUNCH = r"(?:released|releases|launched|launches|unveiled|unveils|introduced|debuted|rolled out|shipped)"
_PRODUCT_CLASS = (
    r"(?:product|model|app|tool|agent|chip|assistant|platform|service|robot|humanoid|chatbot|alternative|version)"
)
_HEADS = (
    r"(?:Labs?|AI|Inc\.?|Corp\.?|Technologies|Robotics|Capital|Ventures|Partners|Holdings|Analytics|Systems|Data|"
    r"Therapeutics|Bio|Biosciences|Health|Dynamics|Semiconductor|Networks|Investments?|Fund|Software|Security|"
    r"Motors|Pharmaceuticals|Logistics|Computing|Intelligence|Ltd|LLC|GmbH|SAS|AG)"
)

_CUES = tuple(
    re.compile(p)
    for p in (
        # organisations
        rf"\b{_CLASS}\s+(?:called\s+|named\s+)?(?P<o>{_ORG})",
        # a quoted one-word name, lower case included: the startup "io", a firm called 'xpander'
        rf"\b{_CLASS},?\s+(?:called\s+|named\s+)?[\"“‘'](?P<q>[\w.-]{{2,25}})[\"”’']",
        rf"(?P<o>{_ORG}),? (?:which |that )?{_ACQUIRE} (?P<o2>{_ORG})",
        rf"\b(?:acquisition of|takeover of|purchase of|merger with|bid for|deal for|stake in|invested in|invests in|"
        rf"investing in|investment in|partnership with|partnered with|deal with|agreement with|contract with|"
        rf"teamed up with|joined|joins|joining|left|leaves|acquired by|bought by|spun out of|"
        rf"(?:joined|joins|joining|came|comes|moved|moves|arrived|arrives|hired|poached|recruited) from|"
        rf"(?:{_ROLE}|worked|research|engineering|previously|formerly|years|decade|stint|tenure|career) at) "
        rf"(?P<o>{_ORG})",
        rf"(?P<o>{_ORG}),? {_APPOSITION}(?:previously |also |recently |today |"
        rf"on \w+ )?{_RAISE} {_MONEY_NEXT}",
        rf"(?P<o>{_ORG}),? {_APPOSITION}(?:today |on \w+ )?(?:said|announced|confirmed)\b[^.]{{0,40}}\bit (?:has |had |would |will )?"
        rf"(?:raised|closed|secured|acquired|acquire|bought|buy)\b",
        rf"\b(?:values|valued|valuing|valuation of) (?P<o>{_ORG}) at\b",
        rf"\b(?:co-?founded|founded|started|set up) (?P<o>{_ORG})",
        rf"(?P<o>{_ORG}), (?:a|an|the|[\w.]+['’]s) [^,.]{{0,60}}?\b{_CLASS}\b(?!['’])",
        rf"(?P<o>{_ORG})['’]s (?:{_ROLE}|board|investors|valuation|shares|stake|funding|Series)\b",
        rf"\b{_ROLE},? (?:and (?:{_ROLE}) )?(?:of|at) (?P<o>{_ORG})",
        rf"\b(?:round|funding|financing|investment|raise|Series [A-Z]|seed)\b[^.;]{{0,60}}?\b(?:co-)?led by (?P<ol>{_ORG_LIST})",
        rf"\b(?:participation from|[Ii]nvestors including|[Bb]ackers including|backed by|investors|backers) "
        rf"(?:such as |like |existing investors |existing backers |new investors )?(?P<ol>{_ORG_LIST})",
        rf"\b{_RAISE} [^.;]{{0,50}}? from (?:investors |backers )?(?:including |such as )?(?P<ol>{_ORG_LIST})",
        rf"\b(?P<o>(?:{_CAP} ){{1,3}}{_HEADS})(?![\w-])",
        # products
        rf"\b{_LAUNCH} (?:its |a |an |the )?(?:[a-z-]+ ){{0,2}}{_PRODUCT_CLASS},? (?P<r>{_ORG})",
        rf"\b{_LAUNCH} (?P<r>{_ORG}), (?:an?|its) [^,.]{{0,30}}?\b{_PRODUCT_CLASS}\b",
        rf"\b{_LAUNCH} (?:its |a |an |the )?(?:first |new |latest |flagship )?(?P<rx>{_ORG}) (?:model|chip|agent|assistant|chatbot|robot|humanoid)s?\b",
        # people
        rf"(?P<o>{_ORG}) (?:{_ROLE}) (?P<p>{_PERSON})",
        rf"\b(?i:co-?founded|founded|started|set up)\b[^.;:]{{0,40}}?\b(?:by|with) (?P<pl>[^.;:,]{{0,100}})",
        rf"\b(?i:(?:co-?)?founders?),? (?P<p>{_PERSON})(?:,? and (?P<p2>{_PERSON}))?",
        rf"\b(?i:{_ROLE})(?:,)?\s+(?:Dr\.? |Mr\.? |Ms\.? )?(?P<p>{_PERSON})",
        rf"(?P<p>{_PERSON}),\s+(?:a |an |the |its |[\w.]+['’]s )?(?:former |ex-|then-|longtime |veteran )?"
        rf"[^,.]{{0,50}}?\b(?i:{_ROLE})\b",
        rf"\b{_HIRE} (?:former [^,.]{{0,40}}? )?(?P<p>{_PERSON})",
        rf"(?P<p>{_PERSON}),? (?:who |previously |formerly |most recently )",
        rf"(?P<p>{_PERSON}) (?:has been|had been|was|will be|is being|is) (?:named|appointed|promoted|hired|tapped|elected)",
        rf"(?P<p>{_PERSON}) (?:has joined|had joined|joined|will join|is joining|joins) (?:[^.,;]{{0,40}} )?(?:from|as)\b",
        rf"(?P<p>{_PERSON}) (?:will succeed|succeeds|replaces|will replace|stepped down|steps down|resigned)\b",
    )
)
_PERSON_RE = re.compile(_PERSON)
_GROUP_KINDS = {"o": "org", "p": "person", "r": "product", "q": "org"}
_MODIFIER = re.compile(r"-(?:based|backed|owned|listed|language|born|led|focused|native|headquartered|funded)$")
_NOT_NAMES_EN = frozenset(
    """The A An In On At By For From With This That These Those It Its He She They We His Her Their Our
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Jan Feb Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec
    CEO CTO CFO COO US U.S. U.S UK U.K EU Series Chief Executive President Chairman Million Billion Founder Co-founder
    Korean Korea American Chinese French Seoul Paris London Beijing Tokyo Silicon Valley San Francisco New York
    Former Earlier Later Meanwhile Also Both After Before During Since While When Under Last Next Other Some Many
    Most All Now Then But And Or If As Why How What Who Where Even Still Yet Such Each Every Several
    Interim Acting Incoming Outgoing Then-CEO Today Yesterday Tomorrow Analysts Investors Sources About Like Over According Including Despite Although""".split()
)


def english_candidates(scope: Scope, span: Sentence) -> Iterator[Candidate]:
    """Every candidate the English cues propose in one sentence, people first."""
    found: list[Candidate] = []
    for pattern in _CUES:
        for m in pattern.finditer(scope.text, span.start, span.end):
            found.extend(_from_match(m, scope.non_names))
    found.sort(key=lambda c: c.kind != "person")  # a person cue is the surer sign
    return iter(found)


def _from_match(m: re.Match, non_names: frozenset[str]) -> Iterator[Candidate]:
    groups = m.groupdict()
    for key in ("o", "o2", "p", "p2", "r", "rx", "q"):
        if groups.get(key):
            # "its Command A model": verb and class noun (or quotes) bound the name, which may hold a known one
            cand = _english_name(m.group(key), m.start(key), _GROUP_KINDS[key[0]], non_names, key in ("rx", "q"))
            if cand:
                yield cand
    if groups.get("ol"):
        for item in _LIST_ITEM.finditer(m.group("ol")):
            cand = _english_name(item.group(0), m.start("ol") + item.start(), "org", non_names)
            if cand:
                yield cand
    if groups.get("pl"):
        for item in _PERSON_RE.finditer(m.group("pl")):
            cand = _english_name(item.group(0), m.start("pl") + item.start(), "person", non_names)
            if cand:
                yield cand


def _english_name(
    surface: str, start: int, kind: str, non_names: frozenset[str], bounded: bool = False
) -> Candidate | None:
    """The candidate without leading or trailing words that are not names (The, Monday)."""
    words = surface.rstrip(".,'’").split(" ")
    modifiers = [i for i, w in enumerate(words) if _MODIFIER.search(w)]
    if modifiers:  # "Tel Aviv-based Corvid": the name follows its modifier
        words = words[modifiers[-1] + 1 :]
    while words and words[0] in _NOT_NAMES_EN | non_names:
        words.pop(0)
    while words and not bounded and (words[-1] in _NOT_NAMES_EN or words[-1] == "&"):
        words.pop()
    if not words or all(w in non_names for w in words) or " ".join(words) in non_names:
        return None
    if kind == "person" and (len(words) < 2 or re.fullmatch(_HEADS, words[-1])):
        return None  # Pace Capital is no person, whatever the cue
    if re.fullmatch(_HEADS, words[0]):  # a head alone (Capital, Labs) is no name
        return None
    if kind == "product" and len(words) == 1 and words[0].isupper() and len(words[0]) <= 3:
        return None  # "its AI model", "a new LLM app": a term, not a product's name
    begin = start + surface.find(words[0])
    end = begin + len(" ".join(words))
    extends = len(words) > 1 and (bounded or (kind == "org" and bool(re.fullmatch(_HEADS, words[-1]))))
    return Candidate(begin, end, kind, extends)
