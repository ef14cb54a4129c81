"""Line-level chrome filter: what a page wraps around an article, recognised line by line.

Used on plain text that is a whole page saved as text, and on the lines the
HTML extractor returns, as a second net. Rules are about the *shape* of a line
(a dateline, a byline with an e-mail, a run of share buttons, a ticker quote, a
list heading) and sit side by side for Korean and English. Rules that could
also fit a sentence skip article prose (a line that ends like a sentence), and
a clean article passes through unchanged.

Beyond single lines, the filter knows the layout of a page: the lines above the
first paragraph hold one headline among the chrome; a "most read" heading is
followed by a list of headlines; comments, and after the copyright notice
anything that is not prose, come after the article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quantities.datemath import EN_MONTH

SHORT = 120  # chrome lines are short; body paragraphs rarely are
PROSE_END = re.compile(r"[.!?。…][\"'”’」』)\]]*$")
_DATE = r"\d{4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*일?\.?"
_TIME = r"(?:\s*\(?[월화수목금토일]\)?)?(?:\s*(?:오전|오후)?\s*\d{1,2}:\d{2}(?::\d{2})?)?"
_EN_DATE = rf"(?:\w+day,?\s+)?{EN_MONTH}\s+\d{{1,2}},?\s+\d{{4}}(?:,?\s*(?:at\s+)?\d{{1,2}}:\d{{2}}\s*(?:[AP]\.?M\.?)?\s*(?:[A-Z]{{2,4}})?)?"
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"

# Whole-line shapes. Rules named in PROSE_SAFE never fire on a prose line.
LINE_RULES: dict[str, re.Pattern[str]] = {
    # ko: 입력 2024.11.23 05:31 | 수정 ...   en: Updated November 22, 2024 9:05 PM UTC
    "dateline": re.compile(
        rf"^(?:(?:입력|수정|승인|등록|발행|게재|송고|업데이트|기사\s*입력|최종\s*수정)\s*:?\s*{_DATE}{_TIME}\s*[|·/]?\s*)+$"
        rf"|^(?:(?:Updated|Published|Posted|Last updated|First published)\s*:?\s*{_EN_DATE}\s*[|·/]?\s*)+$",
        re.I,
    ),
    "date": re.compile(rf"^{_DATE}{_TIME}(?:\s*[월화수목금토일]요일)?$|^{_EN_DATE}$", re.I),
    # ko: 정민호 기자 mhjung@site 입력 ...   en: By Priya Raman / Marcus Velez / July 10, 2025
    "byline": re.compile(
        rf"^[^.!?:]{{0,40}}{_EMAIL}"
        r"|^[가-힣]{2,4}\s*(?:기자|특파원|선임기자|에디터)$|^(?:글|글·사진|사진)\s+[가-힣]{2,4}(?:\s*[·|/].{0,40})?$"
        rf"|^(?:By|Written by)\s+{_NAME}(?:\s*(?:,|and)\s*{_NAME})*$"
        rf"|^{_NAME}\s*[/|·,]?\s*{_EN_DATE}$"
    ),
    "author_bio": re.compile(rf"^{_NAME} (?:covers|writes about|reports on|is an? (?:senior )?(?:reporter|correspondent|editor|writer))\b"),
    "promo": re.compile(
        r"구독하세요|뉴스레터를?\s*(?:구독|신청)|\bsubscribe (?:to|now|for free)\b|^subscribe\b|\breader-supported\b|"
        r"becoming a (?:free or )?paid subscriber|sign up for (?:our|the) newsletter",
        re.I,
    ),
    "credit_line": re.compile(
        r"^(?:Reporting|Additional reporting|Writing|Editing|Compiled) by\b|^Our Standards:|^Sources?:\s"
        r"|^(?-i:SOURCE)\s+[\w&.,'’ -]{2,60}$",  # a release wire's sign-off: SOURCE Acme Robotics
        re.I,
    ),
    "copyright": re.compile(r"ⓒ|©|^copyright\b|무단\s*전재|재배포\s*금지|all rights reserved", re.I),
    "imprint": re.compile(
        r"대표\s*전화|사업자\s*등록\s*번호|등록\s*번호\s*[:：]?\s*\S*\d|발행\s*·?\s*편집\s*인|등록\s*일\s*[:：]?\s*\d{4}[.\-/]|"
        r"[가-힣]{2}\s*[아다라바]\s*\d{5}\b|"  # a periodical's registration: 서울 아 00001
        r"\bSuite \d+|\b[A-Z]{2} \d{5}(?:-\d{4})?\b|Mailing address:|quotes? (?:are )?delayed|시세는 .{0,10}지연"
    ),
    "footer": re.compile(r"청소년\s*보호\s*정책|개인정보\s*처리\s*방침|Privacy Policy|Terms of (?:use|service)", re.I),
    "font_size": re.compile(r"글자\s*크기|가장\s*작게|가장\s*크게|^text\s*size|^A-+\s*A\b|smallest\s*smaller", re.I),
    "reactions": re.compile(
        r"(?:좋아요|훈훈해요|슬퍼요|화나요|놀라워요|추천해요|유익해요|어려워요|후속\s*기사\s*원해요)\s*\d+"
        r"|이 기사(?:를|에 대한)\s*(?:추천|반응)|^Was this article helpful"
    ),
    "votes": re.compile(
        r"^(?:(?:추천|반대|비추천|공감|비공감|좋아요|싫어요)\s*\d+\s*[·|]?\s*)+$|^Like \(\d+\)|^▲\s*\d+\s*▼\s*\d+$"
    ),
    "reading_time": re.compile(r"읽는\s*시간\s*\d+\s*분|\b\d+\s*min(?:ute)?s?\s+read\b", re.I),
    "teaser": re.compile(
        r"^[▶☞►]|^(?:Read more|Related|See also|Also read|More on this|Watch)\s*:|^(?:관련\s*기사|함께\s*보면\s*좋은\s*기사)\s*[:：]|^[\[【]관련\s*기사[\]】]",
        re.I,
    ),
    # a pull quote: a line all in quotation marks that does not end a sentence
    "pull_quote": re.compile(r'^[“"「『‘][^“”"」』]{4,80}[^.!?。…,\s][”"」』’]$'),
    # ko/en: 원문 보기: https://...   Logo - https://...
    "link_line": re.compile(r"^(?:[^.!?:]{0,60}[:\-–]\s*)?https?://\S+$"),
    "skip_link": re.compile(r"^(?:본문\s*바로\s*가기|skip to (?:main )?content)$", re.I),
    "tags": re.compile(r"^#\S+(?:\s+#\S+)*$|^(?i:Tags?|Tagged|Topics|Filed under|Categories|태그|키워드)\s*[:：]\s*\S.{0,80}$"),
    "advert": re.compile(
        r"^(?:advertisement|광고|sponsored(?: content)?|story continues below(?: this)? advertisement|"
        r"scroll to continue(?: with content)?)$",
        re.I,
    ),
    "breadcrumb": re.compile(r"^(?:홈|Home)?\s*(?:>\s*)?[^\s>][^>]{0,20}(?:\s+>\s+[^>]{1,20})+$", re.I),
    "photo_credit": re.compile(
        r"(?:[.)]\s*|^)(?:(?:[\w가-힣]+\s?){1,2}(?:DB|자료\s?사진|제공|촬영)|\(?사진\s?(?:제공)?\s?[=:]\s?[^)]+\)?|"
        r"File photo|(?:Photo|Image|Credit|Picture|Photographer)s?:\s*[^.]{1,60}|"
        r"(?:Reuters|AP|AFP|Getty Images|Bloomberg)(?:/[\w ]+)?)\.?$"
        r"|/\s?(?:\S+\s)?(?:연합뉴스|뉴스1|뉴시스|AP|AFP|로이터|EPA)$",
        re.I,
    ),
    "ticker": re.compile(r"[+\-−]\d+(?:\.\d+)?%|[▲▼△▽]\s?\d|^[A-Z]{2,5}$"),
}
PROSE_SAFE = ("ticker", "breadcrumb", "votes", "date", "footer", "teaser")
LONG_OK = ("author_bio", "promo", "imprint", "footer")  # may fire on lines up to twice SHORT

# Words that make up menus, button rows and section bars: a short line of
# nothing else (spaced, separated or run together) is chrome.
UI_WORDS = {
    "ko": "로그인 로그아웃 회원가입 구독 유료구독 구독신청 사이트맵 검색 전체메뉴 메뉴 페이스북 트위터 X(트위터) "
    "카카오톡 카카오스토리 밴드 네이버블로그 링크 링크복사 링크드인 복사 URL URL복사 인쇄 공유 스크랩 기사저장 "
    "목록 이전기사 다음기사 맨위로 지면보기 전체기사 기사제보 제보하기 닫기 더보기 "
    "홈 정치 경제 사회 국제 세계 문화 스포츠 연예 IT IT·과학 과학 테크 오피니언 사설 칼럼 금융 증권 산업 부동산 "
    "글로벌 포토 영상 생활 건강 전국 지역 사람들 라이프 뉴스 전체 해설 인터뷰 데이터 뉴스레터 반도체 모바일 "
    "클라우드 스타트업 게임 정책 머니 AI 기사 공유하기 구독하기 기사공유 댓글쓰기 본문듣기 듣기",
    "en": "sign in log in login sign up register subscribe share print email copy link facebook twitter x linkedin "
    "reddit whatsapp post menu search home close next previous more newsletter newsletters "
    "news world business markets technology tech politics sports opinion culture science health "
    "entertainment lifestyle video podcasts sustainability commentary venture chips policy events ai reply follow listen",
}
_UI = frozenset(w.lower() for words in UI_WORDS.values() for w in words.split())
_UI_LONGEST = max(map(len, _UI))

# Headings of the lists and sections around an article.
LIST_HEADING = re.compile(
    r"^(?:관련\s*(?:기사|뉴스)|많이\s*(?:본|읽은)\s*(?:뉴스|기사|글)?|주요\s*(?:뉴스|기사)|실시간\s*(?:인기\s*)?(?:기사|뉴스)|"
    r"인기\s*(?:기사|뉴스)|최신\s*(?:기사|뉴스)|추천\s*(?:기사|뉴스)|이\s*시각\s*(?:주요|인기|많이\s*본)?\s*(?:뉴스|기사)|"
    r"기자의\s*다른\s*기사|오늘의\s*(?:핫이슈|주요\s*뉴스|인기\s*기사)|에디터\s*(?:추천|픽)|함께\s*보면\s*좋은\s*기사|오늘의\s*시세|증시\s*·?\s*시세|"
    r"Related(?:\s+(?:articles|stories|posts|coverage))?|Most\s+(?:read|popular|viewed)|Top stories|Recent posts|"
    r"Trending(?: now)?|More from [\w &]+|You may also like|Recommended|Read more|Latest(?: news)?|Markets|"
    r"Share this(?: (?:article|story|post|page))?|Editor'?s\s+picks?|Read next|More stories|Further reading|"
    r"Popular(?: now| stories| posts)?|Don'?t miss|In case you missed it)\s*:?$",
    re.I,
)
END_HEADING = re.compile(
    r"^(?:댓글\s*\(?\d*\)?\s*개?|독자\s*의견\s*\(?\d*\)?|\d+\s*개의?\s*댓글|"
    r"\d*\s*Comments?(?:\s*\(\d+\))?|Discussion(?: about this (?:post|article))?|Leave a (?:comment|reply))\s*:?$",
    re.I,
)
# Lines after which the article is over (once most of its prose is behind
# them): the copyright notice, the reaction bar, a wire's reporting credits.
TAIL_RULES = ("copyright", "reactions", "credit_line")
TAIL_SHARE = 0.6


def is_prose(line: str) -> bool:
    """A line that reads as article prose: long enough and ending like a sentence."""
    return len(line) >= 30 and bool(PROSE_END.search(line))


@lru_cache(maxsize=4096)
def _ui_run(text: str) -> bool:
    """``text`` is one or more UI words run together (``페이스북X링크복사``)."""
    if not text:
        return True
    return any(
        text[:n] in _UI and _ui_run(text[n:]) for n in range(min(len(text), _UI_LONGEST), 0, -1)
    )


def _is_ui_row(line: str) -> bool:
    """A short line made only of menu, button and section words."""
    parts = [p.rstrip(":") for p in re.split(r"[\s|·/:]+", line.lower()) if p]
    return bool(parts) and all(p in _UI or _ui_run(p) for p in parts)


def _is_symbols(line: str) -> bool:
    """Counters, prices and icons: a short line with hardly any letters."""
    letters = sum(ch.isalpha() for ch in line)
    return len(line) <= 60 and letters <= len(line.replace(" ", "")) // 4


def chrome_rule(line: str) -> str | None:
    """The name of the rule that marks ``line`` as page chrome, or None."""
    line = line.strip()
    if not line or len(line) > SHORT * 2:
        return None
    if LIST_HEADING.match(line) or END_HEADING.match(line):
        return "heading"
    if _is_ui_row(line):
        return "ui"
    prose = is_prose(line)
    for name, rule in LINE_RULES.items():
        if (prose and name in PROSE_SAFE) or (len(line) > SHORT * 1.5 and name not in LONG_OK):
            continue
        if rule.search(line):
            return name
    return "symbols" if _is_symbols(line) else None


def _keep_flags(lines: list[str]) -> tuple[list[bool], list[bool]]:
    """Per line: whether it is kept, and whether it was judged chrome."""
    weights = [len(s) if is_prose(s) else 0 for s in (line.strip() for line in lines)]
    total, before = sum(weights), 0
    keep, chrome = [False] * len(lines), [False] * len(lines)
    in_list = in_tail = False
    for i, (line, weight) in enumerate(zip(lines, weights)):
        stripped = line.strip()
        past_article = before >= TAIL_SHARE * total
        before += weight
        if END_HEADING.match(stripped) and past_article:
            chrome[i:] = [True] * (len(lines) - i)
            break
        rule = chrome_rule(stripped)
        if rule is not None:
            chrome[i] = True
            in_list = rule == "heading" and LIST_HEADING.match(stripped) is not None
            in_tail = in_tail or (rule in TAIL_RULES and past_article)
            continue
        if stripped and not weight and (in_list or in_tail):
            chrome[i] = True
            continue
        if weight:
            in_list = False
        keep[i] = True
    return keep, chrome


def _headline_only(lines: list[str], keep: list[bool], chrome: list[bool]) -> None:
    """Above the first paragraph of a page, keep only its headline: the longest
    line that is not chrome. Text without chrome up there is left alone."""
    first = next((i for i, line in enumerate(lines) if is_prose(line.strip())), len(lines))
    if not any(chrome[:first]):
        return
    candidates = [i for i in range(first) if keep[i] and lines[i].strip()]
    if candidates:
        best = max(candidates, key=lambda i: (len(lines[i].strip()), -i))
        for i in candidates:
            keep[i] = i == best


def filter_lines(lines: list[str], headline: bool = True) -> list[str]:
    """The lines that are not chrome, in order. ``headline`` says the lines
    carry the page's headline (a page saved as text), so that above the first
    paragraph only it is kept."""
    keep, chrome = _keep_flags(lines)
    if headline:
        _headline_only(lines, keep, chrome)
    return [line for line, k in zip(lines, keep) if k]


def strip_chrome(text: str) -> str:
    """``text`` without its chrome lines; unchanged when it has none."""
    lines = text.split("\n")
    kept = filter_lines(lines)
    if len(kept) == len(lines):
        return text
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")
