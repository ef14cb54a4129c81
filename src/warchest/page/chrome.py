"""Line-level chrome filter: what a page wraps around an article, recognised line by line.

Used on plain text that is a whole page saved as text, and on the lines the
HTML extractor returns, as a second net. Rules are about the *shape* of a line
(a dateline, a byline with an e-mail, a run of share buttons, a ticker quote, a
list heading) and sit side by side for Korean and English. Article prose (a
sentence that ends like one) is never touched by the shape rules, so a clean
article passes through unchanged.
"""

from __future__ import annotations

import re

SHORT = 120  # chrome lines are short; body paragraphs rarely are
PROSE_END = re.compile(r"[.!?。…][\"'”’」』)\]]*$")
_DATE = r"\d{4}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}\s*일?\.?"
_TIME = r"(?:\s*\(?[월화수목금토일]\)?)?(?:\s*(?:오전|오후)?\s*\d{1,2}:\d{2}(?::\d{2})?)?"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_EN_DATE = rf"(?:\w+day,?\s+)?{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}(?:,?\s*(?:at\s+)?\d{{1,2}}:\d{{2}}\s*(?:[AP]\.?M\.?)?\s*(?:[A-Z]{{2,4}})?)?"

# Whole-line shapes, any length up to SHORT.
LINE_RULES: dict[str, re.Pattern[str]] = {
    # ko: 입력 2024.11.23 05:31 | 수정 ...   en: Updated November 22, 2024 9:05 PM UTC
    "dateline": re.compile(
        rf"^(?:(?:입력|수정|승인|등록|발행|게재|송고|업데이트|기사\s*입력|최종\s*수정)\s*:?\s*{_DATE}{_TIME}\s*[|·/]?\s*)+$"
        rf"|^(?:(?:Updated|Published|Posted|Last updated|First published)\s*:?\s*{_EN_DATE}\s*[|·/]?\s*)+$",
        re.I,
    ),
    "date": re.compile(rf"^{_DATE}{_TIME}(?:\s*[월화수목금토일]요일)?$|^{_EN_DATE}$", re.I),
    # ko: 정민호 기자 mhjung@site   en: By Priya Raman
    "byline": re.compile(
        r"^[\w가-힣·\s]{0,30}?(?:기자|특파원|에디터|통신원)?\s*(?:구독하기\s*·?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"
        r"|^[가-힣]{2,4}\s*(?:기자|특파원|선임기자|에디터)$"
        r"|^(?:By|Written by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*$"
    ),
    "credit_line": re.compile(
        r"^(?:Reporting|Additional reporting|Writing|Editing|Compiled) by\b|^Our Standards:|^Sources?:\s", re.I
    ),
    "copyright": re.compile(r"ⓒ|©|^copyright\b|무단\s*전재|재배포\s*금지|all rights reserved", re.I),
    "font_size": re.compile(r"글자\s*크기|가장\s*작게|가장\s*크게|^text size\b|^A-+\s*A\b", re.I),
    "reactions": re.compile(
        r"(?:좋아요|훈훈해요|슬퍼요|화나요|놀라워요|추천해요|유익해요|어려워요|후속\s*기사\s*원해요)\s*\d+"
        r"|이 기사(?:를|에 대한)\s*(?:추천|반응)|^Was this article helpful|^[👍😮😢😡\s\d·]+$"
    ),
    "votes": re.compile(
        r"^(?:(?:추천|반대|비추천|공감|비공감|좋아요|싫어요)\s*\d+\s*[·|]?\s*)+$|^Like \(\d+\)|^▲\s*\d+\s*▼\s*\d+$|^♥\s*\d+$|^\W*\d+\s*$"
    ),
    "reading_time": re.compile(r"^읽는\s*시간\s*\d+\s*분$|^\d+\s*min(?:ute)?s?\s+read$", re.I),
    "skip_link": re.compile(r"^(?:본문\s*바로\s*가기|skip to (?:main )?content)$", re.I),
    "tags": re.compile(r"^#\S+(?:\s+#\S+)+$"),
    "breadcrumb": re.compile(r"^(?:홈|Home)?\s*(?:>\s*)?[^\s>][^>]{0,20}(?:\s+>\s+[^>]{1,20})+$", re.I),
    "photo_credit": re.compile(
        r"(?:[.)]\s*|^)(?:\S+\s?DB|\S*자료\s?사진|사진\s?[=:]\s?\S+|\S+\s제공|File photo|"
        r"(?:Photo|Image|Credit|Picture)s?:\s*[^.]{1,60}|(?:Reuters|AP|AFP|Getty Images|Bloomberg)(?:/[\w ]+)?)\.?$",
        re.I,
    ),
    "ticker": re.compile(r"[+\-−]\d+(?:\.\d+)?%|[▲▼△▽]\s?\d"),
}

# Words that make up menus and button rows: a short line of nothing else is chrome.
UI_WORDS = {
    "ko": "로그인 로그아웃 회원가입 구독 구독신청 사이트맵 검색 전체메뉴 메뉴 페이스북 트위터 X(트위터) 카카오톡 카카오스토리 "
    "카카오톡 공유 페이스북 공유 X 공유 밴드 네이버블로그 링크복사 링크 복사 URL복사 URL 복사 인쇄 공유 스크랩 "
    "기사저장 목록 이전기사 다음기사 맨위로 지면보기 전체기사 기사제보 제보하기 닫기 더보기 "
    "홈 정치 경제 사회 국제 세계 문화 스포츠 연예 IT IT·과학 과학 테크 오피니언 사설 칼럼 금융 증권 산업 부동산 "
    "글로벌 포토 영상 생활 건강 전국 지역 사람들 라이프 뉴스 전체",
    "en": "sign in log in login sign up register subscribe share print email copy link facebook twitter x linkedin "
    "reddit whatsapp post menu search home close next previous more newsletter "
    "news world business markets technology tech politics sports opinion culture science health "
    "entertainment lifestyle video podcasts",
}
_UI = {w.lower() for words in UI_WORDS.values() for w in words.split()}

# Headings of the lists and sections that follow an article.
LIST_HEADING = re.compile(
    r"^(?:관련\s*(?:기사|뉴스)|많이\s*(?:본|읽은)\s*(?:뉴스|기사|글)?|주요\s*(?:뉴스|기사)|실시간\s*(?:인기\s*)?(?:기사|뉴스)|"
    r"인기\s*(?:기사|뉴스)|최신\s*(?:기사|뉴스)|추천\s*기사|함께\s*보면\s*좋은\s*기사|오늘의\s*시세|증시\s*·?\s*시세|"
    r"Related(?:\s+(?:articles|stories|posts|coverage))?|Most\s+(?:read|popular|viewed)|Top stories|Recent posts|"
    r"Trending(?: now)?|More from [\w &]+|You may also like|Recommended|Read more|Latest(?: news)?)\s*:?$",
    re.I,
)
END_HEADING = re.compile(
    r"^(?:댓글\s*\(?\d*\)?\s*개?|독자\s*의견\s*\(?\d*\)?|\d+\s*개의?\s*댓글|"
    r"\d*\s*Comments?(?:\s*\(\d+\))?|Discussion(?: about this (?:post|article))?|Leave a (?:comment|reply))\s*:?$",
    re.I,
)


def is_prose(line: str) -> bool:
    """A line that reads as article prose: long enough and ending like a sentence."""
    return len(line) >= 30 and bool(PROSE_END.search(line))


def _is_ui_row(line: str) -> bool:
    """A short line made only of menu and button words (share rows, log-in bars)."""
    words = [w for w in re.split(r"[\s|·/]+", line.lower()) if w and w != ":"]
    return bool(words) and all(w.rstrip(":") in _UI for w in words)


def chrome_rule(line: str) -> str | None:
    """The name of the rule that marks ``line`` as page chrome, or None."""
    line = line.strip()
    if not line:
        return None
    if len(line) > SHORT * 2:
        return None
    if LIST_HEADING.match(line) or END_HEADING.match(line):
        return "heading"
    if _is_ui_row(line):
        return "ui"
    prose = is_prose(line)
    for name, rule in LINE_RULES.items():
        if name in ("copyright", "photo_credit") and len(line) > SHORT * 1.5:
            continue
        if name in ("ticker", "breadcrumb", "votes", "date") and prose:
            continue
        if name in ("ticker",) and len(line) > SHORT:
            continue
        if rule.search(line):
            return name
    return None


def _prose_weight(lines: list[str]) -> int:
    return sum(len(line) for line in lines if is_prose(line))


def filter_lines(lines: list[str]) -> list[str]:
    """The lines that are not chrome.

    Besides single chrome lines, two kinds of runs go: the headline list under
    a list heading (related, most read: the lines until the next prose line),
    and everything after a comments heading once the article is behind it.
    """
    kept: list[str] = []
    in_list = False
    total = _prose_weight(lines)
    for i, line in enumerate(lines):
        stripped = line.strip()
        if END_HEADING.match(stripped) and _prose_weight(lines[:i]) >= 0.6 * total:
            break
        if LIST_HEADING.match(stripped):
            in_list = True
            continue
        if in_list and stripped and not is_prose(stripped):
            continue
        if stripped:
            in_list = False
        if chrome_rule(stripped) is None:
            kept.append(line)
    return kept


def strip_chrome(text: str) -> str:
    """``text`` without its chrome lines; unchanged when it has none."""
    lines = text.split("\n")
    kept = filter_lines(lines)
    if len(kept) == len(lines):
        return text
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")
