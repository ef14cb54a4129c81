"""Talent claims (position, hire, layoff, compensation) on real news sentences.

Each test builds the document by hand: the names a gazetteer would find are given
as mentions, quantities and morphemes come from the real analysers, so what is
tested is the claim logic itself, in Korean and English.
"""

from __future__ import annotations

import re

import pytest

from warchest.claims import talent
from warchest.claims.context import DocContext
from warchest.claims.lexicon import load_lexicons
from warchest.config import data_dir
from warchest.model import Document, Entity, Mention
from warchest.quantities import find_quantities
from warchest.text import split_sentences
from warchest.text.morph import shared_morphology

LEXICONS = load_lexicons(data_dir() / "lexicons")


def slug(name: str) -> str:
    return re.sub(r"\W+", "-", name.lower()).strip("-")


def context(text: str, lang: str, names: dict[str, tuple], published: str = "2025-01-15") -> DocContext:
    """A DocContext whose mentions are every occurrence of the given surfaces
    (surface -> (canonical name, kind[, parent name])), longest surface first."""
    taken: list[Mention] = []
    for surface in sorted(names, key=len, reverse=True):
        name, kind, *parent = names[surface]
        entity = Entity(id=slug(name), name=name, kind=kind, parent=slug(parent[0]) if parent else None)
        for m in re.finditer(re.escape(surface), text):
            if not any(t.start < m.end() and m.start() < t.end for t in taken):
                taken.append(Mention(m.start(), m.end(), surface, entity))
    doc = Document(id="sha256:test", source="test", text=text, lang=lang, published=published)
    morphology = shared_morphology() if lang == "ko" else None
    return DocContext(doc, split_sentences(text), find_quantities(text, published), sorted(taken, key=lambda m: m.start),
                      morphology)


def claims(module, text: str, lang: str, names: dict[str, tuple], published: str = "2025-01-15",
           type: str | None = None) -> list[dict]:
    """The claims ``module`` extracts, as compact dicts: type, role -> name(s), attrs, date."""
    out = []
    for c in module.extract(context(text, lang, names, published), LEXICONS):
        if type and c.type != type:
            continue
        args = {r: (tuple(x.name for x in v) if isinstance(v, tuple) else v.name) for r, v in c.args.items()}
        out.append({"type": c.type, "args": args, "attrs": dict(c.attrs),
                    "date": c.date.value if c.date else None,
                    "amount": (int(c.amount.value), c.amount.currency, c.amount.bound) if c.amount else None})
    return out


P, O = "person", "org"


# ---------------------------------------------------------------- position


def test_korean_title_phrases_give_positions_with_spelled_out_titles():
    text = ("다리오 아모데이 앤스로픽 최고경영자(CEO)는 “협력이 토대가 될 것”이라고 말했다. "
            "유영상 SK텔레콤 대표는 “경쟁하겠다”고 말했다.")
    found = claims(talent, text, "ko", {"다리오 아모데이": ("Dario Amodei", P), "앤스로픽": ("Anthropic", O),
                                         "유영상": ("Ryu Young-sang", P), "SK텔레콤": ("SK Telecom", O)}, type="position")
    assert found[0]["args"] == {"person": "Dario Amodei", "org": "Anthropic"}
    assert found[0]["attrs"] == {"title": "CEO"}
    assert found[1]["args"] == {"person": "Ryu Young-sang", "org": "SK Telecom"}
    assert found[1]["attrs"] == {"title": "대표"}


def test_korean_former_roles_are_not_positions_but_appointments_are():
    text = ("하정우 전 네이버클라우드 AI이노베이션센터장은 지난 6월 대통령실 AI미래기획수석에 임명됐다. "
            "깃허브 CEO를 지낸 냇 프리드먼도 메타에 합류했다.")
    found = claims(talent, text, "ko", {"하정우": ("Ha Jung-woo", P), "네이버클라우드": ("Naver Cloud", O),
                                         "대통령실": ("Presidential Office", O), "깃허브": ("GitHub", O),
                                         "냇 프리드먼": ("Nat Friedman", P), "메타": ("Meta", O)},
                   published="2025-08-20", type="position")
    assert [c["args"] for c in found] == [{"person": "Ha Jung-woo", "org": "Presidential Office"}]
    assert found[0]["date"] == "2025-06"


def test_korean_title_without_org_takes_the_persons_known_org_or_the_topic():
    text = ("김성훈 업스테이지 대표는 투자 계획을 밝혔다. "
            "김성훈 대표는 2020년 10월 이활석 최고기술책임자(CTO)와 함께 업스테이지를 세웠다. "
            "핵심 인력이 빠져나간 인플렉션AI는 새 CEO에 션 화이트를 선임했다.")
    found = claims(talent, text, "ko", {"김성훈": ("Kim Sung-hoon", P), "업스테이지": ("Upstage", O),
                                         "이활석": ("Lee Hwal-seok", P), "인플렉션AI": ("Inflection AI", O),
                                         "션 화이트": ("Sean White", P)}, type="position")
    pairs = {(c["args"]["person"], c["args"]["org"], c["attrs"].get("title")) for c in found}
    assert pairs == {("Kim Sung-hoon", "Upstage", "대표"), ("Lee Hwal-seok", "Upstage", "CTO"),
                     ("Sean White", "Inflection AI", "CEO")}


def test_confidence_is_lower_when_the_org_is_inferred():
    text = "김성훈 업스테이지 대표는 말했다. 김성훈 대표는 웃었다."
    ctx = context(text, "ko", {"김성훈": ("Kim Sung-hoon", P), "업스테이지": ("Upstage", O)})
    named, inferred = [c for c in talent.extract(ctx, LEXICONS) if c.type == "position"]
    assert named.args["org"].id == inferred.args["org"].id == "upstage"
    assert named.confidence > inferred.confidence


def test_english_title_before_and_after_the_name():
    text = ("Anthropic Chief Executive Dario Amodei said the companies work together. "
            "Andrew Bosworth, Meta's chief technology officer, told employees so. "
            "“We are excited,” said Tiffany Luck, Partner at NEA. "
            "Meta also hired former GitHub chief executive Nat Friedman.")
    found = claims(talent, text, "en", {"Anthropic": ("Anthropic", O), "Dario Amodei": ("Dario Amodei", P),
                                         "Andrew Bosworth": ("Andrew Bosworth", P), "Meta": ("Meta", O),
                                         "Tiffany Luck": ("Tiffany Luck", P), "NEA": ("NEA", O),
                                         "GitHub": ("GitHub", O), "Nat Friedman": ("Nat Friedman", P)}, type="position")
    assert [(c["args"]["person"], c["args"]["org"], c["attrs"].get("title")) for c in found] == [
        ("Dario Amodei", "Anthropic", "CEO"), ("Andrew Bosworth", "Meta", "CTO"), ("Tiffany Luck", "NEA", "Partner")]


def test_english_current_role_after_a_former_one():
    text = ("Mistral was founded in April 2023 by Arthur Mensch, a former Google DeepMind researcher who is now "
            "chief executive, and Guillaume Lample. Yoon Kim, formerly Chief Technology Officer of SK Telecom, "
            "has joined Twelve Labs as President and Chief Strategy Officer.")
    found = claims(talent, text, "en", {"Mistral": ("Mistral AI", O), "Arthur Mensch": ("Arthur Mensch", P),
                                         "Google DeepMind": ("Google DeepMind", O), "Guillaume Lample": ("Guillaume Lample", P),
                                         "Yoon Kim": ("Yoon Kim", P), "SK Telecom": ("SK Telecom", O),
                                         "Twelve Labs": ("Twelve Labs", O)}, type="position")
    assert [(c["args"]["person"], c["args"]["org"]) for c in found] == [
        ("Arthur Mensch", "Mistral AI"), ("Yoon Kim", "Twelve Labs")]


def test_title_before_the_name_and_appointments_by_name():
    text = ("오픈AI의 CEO인 샘 올트먼은 서울을 찾았다. "
            "OpenAI named Sarah Friar as chief financial officer in June. "
            "OpenAI's former chief scientist Ilya Sutskever left.")
    ko = claims(talent, text.split(". ")[0] + ".", "ko", {"오픈AI": ("OpenAI", O), "샘 올트먼": ("Sam Altman", P)},
                type="position")
    assert [(c["args"], c["attrs"]) for c in ko] == [({"person": "Sam Altman", "org": "OpenAI"}, {"title": "CEO"})]
    en = claims(talent, text.split(". ", 1)[1], "en", {"OpenAI": ("OpenAI", O), "Sarah Friar": ("Sarah Friar", P),
                                                         "Ilya Sutskever": ("Ilya Sutskever", P)},
                published="2024-07-01", type="position")
    assert [(c["args"], c["attrs"], c["date"]) for c in en] == [
        ({"person": "Sarah Friar", "org": "OpenAI"}, {"title": "CFO"}, "2024-06")]


def test_korean_roles_stated_by_verbs_and_orgs_before_the_name():
    text = ("칩메이트는 2020년 삼성전자 시스템LSI사업부 출신 엔지니어들이 설립했으며, 이성민 대표가 이끌고 있다. "
            "KT 김영섭 대표는 말했다. "
            "헬릭스랩스의 최고재무책임자(CFO)에는 모더나 재무 담당 임원을 지낸 제임스 박이 선임됐다.")
    names = {"칩메이트": ("Chipmate", O), "삼성전자": ("Samsung Electronics", O), "이성민": ("Lee Sung-min", P),
             "KT": ("KT", O), "김영섭": ("Kim Young-shub", P), "헬릭스랩스": ("Helix Labs", O), "모더나": ("Moderna", O),
             "제임스 박": ("James Park", P)}
    found = claims(talent, text, "ko", names, type="position")
    assert [(c["args"]["person"], c["args"]["org"], c["attrs"].get("title")) for c in found] == [
        ("Lee Sung-min", "Chipmate", "대표"), ("Kim Young-shub", "KT", "대표"), ("James Park", "Helix Labs", "CFO")]


def test_english_appointments_without_as_and_heads_named_after_the_org():
    text = ("Nimbus AI, a Toronto-based developer of legal AI, named Sarah Cho chief executive on Monday. "
            "Upstage, the Korean LLM startup led by Sung Kim, grew fast.")
    names = {"Nimbus AI": ("Nimbus AI", O), "Sarah Cho": ("Sarah Cho", P), "Upstage": ("Upstage", O),
             "Sung Kim": ("Sung Kim", P)}
    found = claims(talent, text, "en", names, published="2025-03-12", type="position")
    assert [(c["args"]["person"], c["args"]["org"], c["attrs"].get("title"), c["date"]) for c in found] == [
        ("Sarah Cho", "Nimbus AI", "CEO", "2025-03-10"), ("Sung Kim", "Upstage", None, None)]


# ---------------------------------------------------------------- hire


def test_korean_hires_with_kind_from_and_to():
    text = ("마이크로소프트(MS)가 19일(현지시간) 인플렉션AI의 핵심 인물인 무스타파 술레이만과 카렌 시모니안을 영입했다고 발표했다. "
            "두 사람과 함께 인플렉션AI 직원 대부분도 MS로 자리를 옮긴다. "
            "메타는 애플에서 AI 기반 모델 개발을 이끌던 루밍 팡도 빼 왔다. "
            "오픈AI에서 챗GPT 개발에 참여한 연구원 셩자 자오도 메타로 옮겼다.")
    names = {"마이크로소프트": ("Microsoft", O), "MS": ("Microsoft", O), "인플렉션AI": ("Inflection AI", O),
             "무스타파 술레이만": ("Mustafa Suleyman", P), "카렌 시모니안": ("Karen Simonyan", P), "메타": ("Meta", O),
             "애플": ("Apple", O), "루밍 팡": ("Ruoming Pang", P), "오픈AI": ("OpenAI", O), "셩자 자오": ("Shengjia Zhao", P)}
    found = claims(talent, text, "ko", names, published="2024-03-20", type="hire")
    got = [(c["args"].get("person"), c["args"].get("from"), c["args"].get("to"), c["attrs"].get("kind")) for c in found]
    assert got == [("Mustafa Suleyman", "Inflection AI", "Microsoft", "hired"),
                   ("Karen Simonyan", "Inflection AI", "Microsoft", "hired"),
                   (None, "Inflection AI", "Microsoft", "team"),
                   ("Ruoming Pang", "Apple", "Meta", "poached"),
                   ("Shengjia Zhao", "OpenAI", "Meta", None)]
    assert found[0]["date"] == "2024-03-19"


def test_english_hires_departures_and_groups():
    text = ("Chief Technology Officer Mira Murati said last week she was leaving OpenAI, and co-founder "
            "John Schulman departed for rival Anthropic in August. "
            "At least seven OpenAI researchers have since left for Meta, including Shengjia Zhao. "
            "In November, after OpenAI's board briefly ousted Sam Altman, Microsoft offered him a job.")
    names = {"Mira Murati": ("Mira Murati", P), "OpenAI": ("OpenAI", O), "John Schulman": ("John Schulman", P),
             "Anthropic": ("Anthropic", O), "Meta": ("Meta", O), "Shengjia Zhao": ("Shengjia Zhao", P),
             "Sam Altman": ("Sam Altman", P), "Microsoft": ("Microsoft", O)}
    found = claims(talent, text, "en", names, published="2024-10-03", type="hire")
    got = [(c["args"].get("person"), c["args"].get("from"), c["args"].get("to"), c["attrs"].get("kind"), c["date"])
           for c in found]
    assert got == [("Mira Murati", "OpenAI", None, "departed", "2024-09"),
                   ("John Schulman", "OpenAI", "Anthropic", "departed", "2024-08"),
                   (None, "OpenAI", "Meta", None, None),
                   ("Shengjia Zhao", "OpenAI", "Meta", None, None),
                   ("Sam Altman", "OpenAI", None, "departed", "2023-11"),
                   ("Sam Altman", None, "Microsoft", "offered", "2023-11")]


def test_the_org_before_a_job_word_is_where_a_hire_comes_from():
    names = {"Meta": ("Meta", O), "OpenAI": ("OpenAI", O), "Lucas Beyer": ("Lucas Beyer", P),
             "메타": ("Meta", O), "오픈AI": ("OpenAI", O), "셩자 자오": ("Shengjia Zhao", P)}
    en = claims(talent, "Meta hired OpenAI researcher Lucas Beyer last month.", "en", names, type="hire")
    ko = claims(talent, "메타는 오픈AI 연구원 셩자 자오를 영입했다.", "ko", names, type="hire")
    assert [(c["args"], c["attrs"]) for c in en + ko] == [
        ({"person": "Lucas Beyer", "from": "OpenAI", "to": "Meta"}, {"kind": "hired"}),
        ({"person": "Shengjia Zhao", "from": "OpenAI", "to": "Meta"}, {"kind": "hired"})]


def test_negated_and_planned_hires_are_not_claims():
    text = "메타는 루밍 팡을 영입하지 않았다. 메타는 루밍 팡을 영입할 계획이다. Meta did not hire Ruoming Pang."
    names = {"메타": ("Meta", O), "루밍 팡": ("Ruoming Pang", P)}
    assert claims(talent, text, "ko", names, type="hire") == []
    assert claims(talent, "Meta did not hire Ruoming Pang.", "en",
                  {"Meta": ("Meta", O), "Ruoming Pang": ("Ruoming Pang", P)}, type="hire") == []


# ---------------------------------------------------------------- layoff


def test_korean_layoffs_one_per_count_each_with_its_own_date():
    text = ("마이크로소프트(MS)는 지난 5월 약 6000명을 감원한 데 이어 7월에도 약 9000명을 추가로 내보냈다. "
            "메타는 지난 2월 전체 직원의 약 5%인 3600여 명을 내보냈고, 구글도 수백 명 규모의 감원을 진행했다.")
    names = {"마이크로소프트": ("Microsoft", O), "MS": ("Microsoft", O), "메타": ("Meta", O), "구글": ("Google", O)}
    found = claims(talent, text, "ko", names, published="2025-08-10", type="layoff")
    assert [(c["args"]["org"], c["attrs"].get("count"), c["date"]) for c in found] == [
        ("Microsoft", 6000, "2025-05"), ("Microsoft", 9000, "2025-07"), ("Meta", 3600, "2025-02"), ("Google", None, None)]


def test_english_nested_layoff_counts_and_weak_triggers():
    text = ("Microsoft eliminated 10,000 positions in January 2023 and cut about 1,900 jobs in its gaming division "
            "in January 2024. A filing showed that 1,985 of the affected jobs were in the state, including 1,510 "
            "at Microsoft's headquarters. Apple cut prices in China. Amazon said it would cut 14,000 corporate jobs.")
    found = claims(talent, text, "en", {"Microsoft": ("Microsoft", O), "Apple": ("Apple", O), "Amazon": ("Amazon", O)},
                   published="2025-05-14", type="layoff")
    assert [(c["args"]["org"], c["attrs"].get("count"), c["date"]) for c in found] == [
        ("Microsoft", 10000, "2023-01"), ("Microsoft", 1900, "2024-01"), ("Microsoft", 1985, None),
        ("Microsoft", 1510, None), ("Amazon", 14000, None)]


# ---------------------------------------------------------------- compensation


def test_pay_with_amounts_and_offers_to_another_orgs_people():
    text = ("샘 올트먼 오픈AI CEO는 “메타가 우리 연구자들에게 1억 달러의 사이닝 보너스를 제시했다”고 주장했다. "
            "국내에서도 박사급 LLM 연구자 연봉이 3억 원 이상으로 올랐다. "
            "메타는 지난 6월 스케일AI에 143억 달러를 투자했다.")
    names = {"샘 올트먼": ("Sam Altman", P), "오픈AI": ("OpenAI", O), "메타": ("Meta", O), "스케일AI": ("Scale AI", O)}
    found = claims(talent, text, "ko", names)
    pay = [c for c in found if c["type"] == "compensation"]
    assert [(c["args"].get("employer"), c["amount"]) for c in pay] == [
        ("Meta", (100000000, "USD", None)), (None, (300000000, "KRW", "at_least"))]
    offers = [c for c in found if c["type"] == "hire"]
    assert [(c["args"], c["attrs"]) for c in offers] == [({"to": "Meta", "from": "OpenAI"}, {"kind": "offered"})]


def test_pay_and_layoffs_say_who_and_for_how_long_in_words():
    text = ("국내 주요 AI 기업들은 박사급 AI 연구자의 초봉을 1억5000만 원 안팎으로 올렸다. "
            "메타는 한 스타트업 공동창업자에게 6년간 최대 15억 달러의 보상을 제시했다. "
            "xAI는 지난 13일 데이터 주석팀 직원 약 500명을 해고했다.")
    found = claims(talent, text, "ko", {"메타": ("Meta", O), "xAI": ("xAI", O)}, published="2025-09-20")
    assert [(c["type"], c["attrs"]) for c in found if c["type"] != "hire"] == [
        ("compensation", {"population": "박사급 AI 연구자"}),
        ("compensation", {"period": "6년간"}),
        ("layoff", {"count": 500, "population": "데이터 주석팀 직원"})]


def test_a_bonus_for_ones_own_staff_is_pay_but_no_hire():
    text = ("OpenAI has offered some researchers retention bonuses of up to $2 million. "
            "Meta offered rival researchers signing bonuses of $100 million.")
    found = claims(talent, text, "en", {"OpenAI": ("OpenAI", O), "Meta": ("Meta", O)})
    assert [(c["type"], c["args"]) for c in found] == [
        ("compensation", {"employer": "OpenAI"}), ("compensation", {"employer": "Meta"}),
        ("hire", {"to": "Meta"})]


def test_english_pay_package_names_its_employer():
    text = "Pang's pay package at Meta is worth more than $200 million over several years, two of the people said."
    found = claims(talent, text, "en", {"Pang": ("Ruoming Pang", P), "Meta": ("Meta", O)}, type="compensation")
    assert [(c["args"], c["amount"]) for c in found] == [({"employer": "Meta"}, (200000000, "USD", "over"))]


# ---------------------------------------------------------------- unseen wordings (invented firms and people)

KO_NAMES = {"루나소프트": ("Lunasoft", O), "김도현": ("Kim Do-hyun", P), "네이버": ("Naver", O), "카카오": ("Kakao", O),
            "박서연": ("Park Seo-yeon", P), "이준호": ("Lee Jun-ho", P), "삼성전자": ("Samsung Electronics", O),
            "브레인웍스": ("Brainworks", O), "구글": ("Google", O)}
EN_NAMES = {"Kestrel Labs": ("Kestrel Labs", O), "Kestrel": ("Kestrel Labs", O), "Sarah Cho": ("Sarah Cho", P),
            "Google": ("Google", O), "Meta": ("Meta", O), "Tom Reyes": ("Tom Reyes", P), "Anthropic": ("Anthropic", O),
            "Nadia Petrova": ("Nadia Petrova", P), "Stripe": ("Stripe", O), "Orbis": ("Orbis", O)}


def _one(text: str, lang: str, type: str) -> list[tuple]:
    """Each claim of ``type`` in one sentence, as (args, title or kind or count)."""
    names = KO_NAMES if lang == "ko" else EN_NAMES
    found = claims(talent, text, lang, names, published="2025-06-20", type=type)
    return [(c["args"], c["attrs"].get("title") or c["attrs"].get("kind") or c["attrs"].get("count")) for c in found]


@pytest.mark.parametrize("text, title", [
    ("루나소프트 김도현 대표는 “올해 흑자를 낼 것”이라고 말했다.", "대표"),
    ("루나소프트(대표 김도현)는 20일 새 서비스를 공개했다.", "대표"),
    ("루나소프트의 김도현 최고경영자(CEO)는 간담회에서 이같이 밝혔다.", "CEO"),
    ("루나소프트는 김도현 대표가 CEO를 맡고 있다.", "대표"),
    ("루나소프트를 이끄는 김도현 대표는 상장 계획을 밝혔다.", "대표"),
    ("김도현 루나소프트 공동창업자 겸 CEO는 말했다.", "CEO"),
    ("루나소프트는 네이버 출신의 김도현 대표가 이끌고 있다.", "대표"),
])
def test_korean_current_roles_in_their_common_shapes(text, title):
    assert _one(text, "ko", "position") == [({"person": "Kim Do-hyun", "org": "Lunasoft"}, title)]


@pytest.mark.parametrize("text", [
    "김도현 전 루나소프트 대표는 새 회사를 차렸다.",
    "루나소프트 대표를 지낸 김도현 씨는 말했다.",
    "루나소프트 CTO였던 김도현은 말을 아꼈다.",
    "루나소프트 출신 김도현 연구원은 말했다.",
])
def test_korean_past_roles_are_not_positions(text):
    assert _one(text, "ko", "position") == []


@pytest.mark.parametrize("text, person, title", [
    ("루나소프트는 박서연 부사장을 신임 CEO로 선임했다.", "Park Seo-yeon", "CEO"),
    ("루나소프트 신임 최고재무책임자(CFO)에 이준호 전무가 선임됐다.", "Lee Jun-ho", "CFO"),
    ("루나소프트는 지난 3일 이준호를 최고기술책임자(CTO)로 임명했다.", "Lee Jun-ho", "CTO"),
])
def test_korean_appointments_are_positions_and_no_hire(text, person, title):
    assert _one(text, "ko", "position") == [({"person": person, "org": "Lunasoft"}, title)]
    assert _one(text, "ko", "hire") == []


@pytest.mark.parametrize("text, args, kind", [
    ("루나소프트는 네이버에서 김도현 박사를 영입했다.", {"person": "Kim Do-hyun", "from": "Naver", "to": "Lunasoft"}, "hired"),
    ("김도현 박사가 지난달 루나소프트에 합류했다.", {"person": "Kim Do-hyun", "to": "Lunasoft"}, "hired"),
    ("박서연 박사는 카카오의 최고기술책임자(CTO)로 합류했다.", {"person": "Park Seo-yeon", "to": "Kakao"}, "hired"),
    ("이준호 연구원은 네이버를 떠나 루나소프트로 자리를 옮겼다.", {"person": "Lee Jun-ho", "to": "Lunasoft", "from": "Naver"},
     None),
    ("김도현은 지난 5월 카카오에서 루나소프트로 이직했다.", {"person": "Kim Do-hyun", "from": "Kakao", "to": "Lunasoft"}, None),
    ("루나소프트는 박서연을 스카우트했다.", {"person": "Park Seo-yeon", "to": "Lunasoft"}, None),
    ("브레인웍스는 삼성전자에서 연구원 10여 명을 빼 왔다.", {"from": "Samsung Electronics", "to": "Brainworks"}, "poached"),
    ("김도현 대표는 지난달 루나소프트를 떠났다.", {"person": "Kim Do-hyun", "from": "Lunasoft"}, "departed"),
])
def test_korean_moves_with_kind_from_and_to(text, args, kind):
    assert _one(text, "ko", "hire") == [(args, kind)]


@pytest.mark.parametrize("text", [
    "루나소프트는 김도현 박사 영입을 검토하고 있다.",
    "루나소프트는 김도현 박사를 영입하지 않았다.",
    "루나소프트는 구글 출신 연구자를 스카우트했다.",  # one unnamed person: no group, and 출신 is no source
])
def test_korean_hedged_negated_or_unnamed_moves_are_not_hires(text):
    assert _one(text, "ko", "hire") == []


def test_korean_hire_into_a_role_is_a_hire_and_a_position_but_출신_is_no_source():
    text = "루나소프트는 네이버 출신 김도현 박사를 최고기술책임자(CTO)로 영입했다."
    assert _one(text, "ko", "hire") == [({"person": "Kim Do-hyun", "to": "Lunasoft"}, "hired")]
    assert _one(text, "ko", "position") == [({"person": "Kim Do-hyun", "org": "Lunasoft"}, "CTO")]


@pytest.mark.parametrize("text, org, count", [
    ("루나소프트는 직원 120명을 감원했다.", "Lunasoft", 120),
    ("루나소프트는 전체 인력의 10%를 줄이기로 했다.", "Lunasoft", None),
    ("브레인웍스는 지난달 구조조정을 단행해 직원 30여 명을 내보냈다.", "Brainworks", 30),
    ("루나소프트는 약 45명을 해고했다.", "Lunasoft", 45),
    ("루나소프트는 이달 초 희망퇴직을 실시해 20명이 회사를 떠났다.", "Lunasoft", 20),
])
def test_korean_layoffs_with_counts_or_shares(text, org, count):
    assert _one(text, "ko", "layoff") == [({"org": org}, count)]


def test_korean_layoff_ruled_out_and_a_population_without_verbs():
    assert _one("루나소프트는 인력 감축을 하지 않겠다고 밝혔다.", "ko", "layoff") == []
    found = claims(talent, "브레인웍스는 구조조정을 단행해 직원 30여 명을 내보냈다.", "ko", KO_NAMES, type="layoff")
    assert found[0]["attrs"]["population"] == "직원"


def test_korean_pay_offered_to_a_named_person_is_also_an_offer():
    text = "루나소프트는 김도현 박사에게 연봉 10억 원과 스톡옵션을 제시한 것으로 알려졌다."
    assert _one(text, "ko", "hire") == [({"person": "Kim Do-hyun", "to": "Lunasoft"}, "offered")]
    pay = claims(talent, text, "ko", KO_NAMES, type="compensation")
    assert [(c["args"], c["amount"]) for c in pay] == [({"employer": "Lunasoft"}, (1000000000, "KRW", None))]


@pytest.mark.parametrize("text, title", [
    ("Sarah Cho, Kestrel's chief executive, said the deal closed.", "CEO"),
    ("Kestrel CEO Sarah Cho said the deal closed.", "CEO"),
    ("Sarah Cho, who heads Kestrel, said the deal closed.", None),
    ("Sarah Cho, who runs Kestrel Labs, declined to comment.", None),
    ("Kestrel named Sarah Cho chief executive on Monday.", "CEO"),
    ("\"We are growing,\" said Sarah Cho, co-founder and CEO of Kestrel Labs.", "CEO"),
    ("Kestrel Labs is led by Sarah Cho.", None),
    ("Kestrel Labs, which is run by Sarah Cho, makes chips.", None),
    ("Sarah Cho is the chief executive of Kestrel Labs.", "CEO"),
    ("Sarah Cho, a former Google executive, now leads Kestrel Labs.", None),
])
def test_english_current_roles_in_their_common_shapes(text, title):
    assert _one(text, "en", "position") == [({"person": "Sarah Cho", "org": "Kestrel Labs"}, title)]


@pytest.mark.parametrize("text", [
    "Former Kestrel CEO Sarah Cho said so.",
    "Sarah Cho, who previously ran Kestrel, said so.",
    "Sarah Cho, formerly CTO at Google, said so.",
])
def test_english_past_roles_are_not_positions(text):
    assert _one(text, "en", "position") == []


@pytest.mark.parametrize("text, title", [
    ("Kestrel Labs hired Tom Reyes as head of engineering.", "head of engineering"),
    ("Kestrel Labs brought in Tom Reyes, a former Stripe vice president, as chief AI officer.", "CAIO"),
    ("Kestrel Labs has hired Tom Reyes, previously a director at Stripe, as its CFO.", "CFO"),
])
def test_english_hire_into_a_role_is_a_hire_and_a_position_but_previously_at_is_no_source(text, title):
    assert _one(text, "en", "hire") == [({"person": "Tom Reyes", "to": "Kestrel Labs"}, "hired")]
    assert _one(text, "en", "position") == [({"person": "Tom Reyes", "org": "Kestrel Labs"}, title)]


@pytest.mark.parametrize("text, args, kind", [
    ("Kestrel hired Sarah Cho from Google in March.", {"person": "Sarah Cho", "from": "Google", "to": "Kestrel Labs"},
     "hired"),
    ("Sarah Cho left Google for Kestrel Labs last month.", {"person": "Sarah Cho", "from": "Google", "to": "Kestrel Labs"},
     None),
    ("Kestrel Labs poached three engineers from Meta.", {"from": "Meta", "to": "Kestrel Labs"}, "poached"),
    ("Tom Reyes left Kestrel Labs in March.", {"person": "Tom Reyes", "from": "Kestrel Labs"}, "departed"),
    ("Tom Reyes left Kestrel Labs for personal reasons.", {"person": "Tom Reyes", "from": "Kestrel Labs"}, "departed"),
])
def test_english_moves_with_kind_from_and_to(text, args, kind):
    assert _one(text, "en", "hire") == [(args, kind)]


@pytest.mark.parametrize("text", [
    "Sarah Cho joined Kestrel Labs from Google as CTO.",
    "Kestrel Labs hired Sarah Cho from Google as its chief technology officer in April.",
])
def test_a_move_from_an_org_into_a_title_holds_the_role_at_the_org_joined(text):
    assert _one(text, "en", "position") == [({"person": "Sarah Cho", "org": "Kestrel Labs"}, "CTO")]
    assert _one(text, "en", "hire") == [({"person": "Sarah Cho", "from": "Google", "to": "Kestrel Labs"}, "hired")]


def test_english_a_lured_away_persons_old_title_is_no_position_and_the_package_is_pay():
    text = "Anthropic lured away Nadia Petrova, Meta's head of research, with a package worth $10 million a year."
    found = claims(talent, text, "en", EN_NAMES)
    assert [(c["type"], c["args"]) for c in found] == [
        ("hire", {"person": "Nadia Petrova", "from": "Meta", "to": "Anthropic"}),
        ("compensation", {"employer": "Anthropic"})]


def test_english_pay_offered_to_a_person_and_hedged_moves():
    found = claims(talent, "Meta offered Nadia Petrova a $1 million package.", "en", EN_NAMES)
    assert [(c["type"], c["args"], c["amount"]) for c in found] == [
        ("compensation", {"employer": "Meta"}, (1000000, "USD", None)),
        ("hire", {"person": "Nadia Petrova", "to": "Meta"}, None)]
    assert _one("Sarah Cho is expected to join Kestrel Labs.", "en", "hire") == []


@pytest.mark.parametrize("text, count", [
    ("Kestrel Labs cut 5% of its workforce.", None),
    ("Kestrel Labs laid off about 45 employees on Tuesday.", 45),
    ("Kestrel Labs said it had cut 18 jobs, about 12% of its staff, earlier this year.", 18),
    ("Kestrel Labs is cutting roughly 200 jobs.", 200),
    ("Kestrel Labs eliminated 120 positions in May.", 120),
])
def test_english_layoffs_with_counts_or_shares(text, count):
    assert _one(text, "en", "layoff") == [({"org": "Kestrel Labs"}, count)]


def test_korean_scouting_into_a_role_names_the_role_and_no_past_employer():
    text = "삼성전자는 지난 4일 구글 출신 AI 연구자 김도현을 루나소프트 AI센터장으로 스카우트했다."
    assert _one(text, "ko", "hire") == [({"person": "Kim Do-hyun", "to": "Samsung Electronics"}, None)]
    assert _one(text, "ko", "position") == [({"person": "Kim Do-hyun", "org": "Lunasoft"}, "AI센터장")]


@pytest.mark.parametrize("text, lang, person, org", [
    ("김도현 루나소프트 대표는 지난달 사임했다.", "ko", "Kim Do-hyun", "Lunasoft"),
    ("루나소프트는 김도현 대표가 물러나고 박서연 부사장이 새 대표를 맡는다고 밝혔다.", "ko", "Kim Do-hyun", "Lunasoft"),
    ("Sarah Cho stepped down as chief executive of Kestrel Labs on Friday.", "en", "Sarah Cho", "Kestrel Labs"),
])
def test_a_role_the_sentence_ends_is_a_departure_not_a_position(text, lang, person, org):
    assert _one(text, lang, "hire") == [({"person": person, "from": org}, "departed")]
    assert all(args["person"] != person for args, _ in _one(text, lang, "position"))


def test_the_org_a_name_belongs_to_is_where_it_moves_from():
    assert _one("네이버의 박서연 연구원이 루나소프트로 옮겼다.", "ko", "hire") == [
        ({"person": "Park Seo-yeon", "from": "Naver", "to": "Lunasoft"}, None)]
    assert _one("Meta's Tom Reyes joined Anthropic last month.", "en", "hire") == [
        ({"person": "Tom Reyes", "from": "Meta", "to": "Anthropic"}, "hired")]


def test_a_planned_korean_cut_given_as_a_share_is_a_layoff_without_count():
    assert _one("루나소프트는 올해 인력의 15%를 감축할 계획이다.", "ko", "layoff") == [({"org": "Lunasoft"}, None)]


def test_a_count_of_the_whole_staff_is_not_the_count_cut():
    assert _one("브레인웍스는 지난해 말 직원 200명 가운데 50명을 내보냈다.", "ko", "layoff") == [({"org": "Brainworks"}, 50)]
    assert _one("Orbis laid off 90 of its 1,200 employees.", "en", "layoff") == [({"org": "Orbis"}, 90)]


def test_leaving_to_join_is_one_move_and_hired_away_is_a_poach():
    assert _one("Stripe's Tom Reyes is leaving to join Orbis as CFO.", "en", "hire") == [
        ({"person": "Tom Reyes", "from": "Stripe", "to": "Orbis"}, "hired")]
    assert _one("Orbis hired away Tom Reyes from Stripe.", "en", "hire") == [
        ({"person": "Tom Reyes", "from": "Stripe", "to": "Orbis"}, "poached")]
    assert _one("Tom Reyes will join the board of Orbis.", "en", "hire") == []


def test_korean_title_before_and_after_a_name_takes_the_titled_org():
    assert _one("루나소프트 최고경영자(CEO)인 김도현 대표는 말했다.", "ko", "position") == [
        ({"person": "Kim Do-hyun", "org": "Lunasoft"}, "CEO")]


@pytest.mark.parametrize("text, lang", [
    ("김도현 루나소프트 대표는 정우성 박사가 CTO로 합류했다고 말했다.", "ko"),
    ("루나소프트 김도현 대표는 정우성 박사를 CTO로 영입했다.", "ko"),
    ("루나소프트 김도현 대표는 정우성을 영입했다.", "ko"),
    ("김도현 대표가 이끄는 루나소프트는 정우성 전무를 CFO로 선임했다.", "ko"),
    ("Sarah Cho said Dan Brown joined Kestrel Labs as CTO.", "en"),
    ("Kestrel Labs named Dan Brown, a Google veteran, chief executive, replacing Sarah Cho.", "en"),
])
def test_a_name_the_entity_layer_missed_is_not_replaced_by_the_nearest_known_one(text, lang):
    """정우성 and Dan Brown are not among the known names: no hire and no new role
    goes to the speaker or the head of the company instead."""
    assert _one(text, lang, "hire") == []
    held = {"ko": ("Kim Do-hyun", "대표"), "en": ("Sarah Cho", "CEO")}[lang]
    assert all(args["person"] != held[0] or title in (held[1], None) for args, title in _one(text, lang, "position"))


def test_a_past_employer_is_neither_a_titles_org_nor_a_payer():
    """The hirer is unnamed here (회사는, an unknown Helios): the org a person came
    from does not take its place."""
    ko = "회사는 구글에서 10년간 근무한 김도현을 최고기술책임자(CTO)로 영입했다."
    assert _one(ko, "ko", "position") == []
    en = "Helios lured away Nadia Petrova, Meta's head of research, with a package worth $5 million a year."
    assert [c["args"] for c in claims(talent, en, "en", EN_NAMES, type="compensation")] == [{}]
    assert [c["args"] for c in claims(talent, "Meta's pay package for Nadia Petrova is worth $30 million.", "en",
                                      EN_NAMES, type="compensation")] == [{"employer": "Meta"}]


@pytest.mark.parametrize("text, lang, person, org, title", [
    ("김도현 전 카카오 부사장이 루나소프트 대표로 선임됐다.", "ko", "Kim Do-hyun", "Lunasoft", "대표"),
    ("루나소프트는 김도현 박사를 수석 과학자로 맞았다.", "ko", "Kim Do-hyun", "Lunasoft", "수석 과학자"),
    ("Kestrel Labs has promoted Tom Reyes to chief operating officer.", "en", "Tom Reyes", "Kestrel Labs", "COO"),
])
def test_more_appointment_verbs_and_a_former_role_beside_the_new_one(text, lang, person, org, title):
    assert _one(text, lang, "position") == [({"person": person, "org": org}, title)]


def test_a_move_into_a_titled_role_at_a_named_org_goes_there():
    text = "카카오 출신 김도현 씨가 루나소프트 CTO로 자리를 옮겼다."
    assert _one(text, "ko", "hire") == [({"person": "Kim Do-hyun", "to": "Lunasoft"}, None)]
    assert _one(text, "ko", "position") == [({"person": "Kim Do-hyun", "org": "Lunasoft"}, "CTO")]


@pytest.mark.parametrize("text, count", [
    ("Orbis is shedding about 10% of its 2,000 employees.", None),
    ("The layoffs at Orbis, which affect 75 employees, were announced on Monday.", 75),
])
def test_english_layoff_wordings_that_name_the_org_after_the_noun(text, count):
    assert _one(text, "en", "layoff") == [({"org": "Orbis"}, count)]


def test_an_org_in_a_later_aside_is_not_the_one_cutting_staff_and_a_boards_company_pays():
    cuts = _one("Even as it trimmed staff, Orbis hired Tom Reyes; he previously worked at Stripe.", "en", "layoff")
    assert all(args["org"] != "Stripe" for args, _ in cuts)
    pay = claims(talent, "Orbis's board approved a $650,000 annual salary for Reyes.", "en", EN_NAMES,
                 type="compensation")
    assert [(c["args"], c["amount"]) for c in pay] == [({"employer": "Orbis"}, (650000, "USD", None))]


def test_english_announcements_of_an_appointment_or_a_hiring():
    appointed = "Kestrel Labs today announced the appointment of Sarah Cho as chief financial officer."
    assert _one(appointed, "en", "position") == [({"person": "Sarah Cho", "org": "Kestrel Labs"}, "CFO")]
    assert _one(appointed, "en", "hire") == []
    hired = "Kestrel Labs announced the hiring of Tom Reyes as head of research."
    assert _one(hired, "en", "hire") == [({"person": "Tom Reyes", "to": "Kestrel Labs"}, "hired")]


@pytest.mark.parametrize("text, lang", [
    ("루나소프트는 감원 계획이 없다고 밝혔다.", "ko"),
    ("루나소프트가 직원 50명을 감원한다는 보도는 사실무근이라고 밝혔다.", "ko"),
    ("Orbis denied reports that it would cut 200 jobs.", "en"),
    ("Orbis has no plans to lay off staff.", "en"),
    ("Kestrel Labs is considering layoffs.", "en"),
])
def test_cuts_ruled_out_denied_or_only_considered_are_not_layoffs(text, lang):
    assert _one(text, lang, "layoff") == []


@pytest.mark.parametrize("text, lang", [
    ("루나소프트가 김도현 박사 영입을 추진하고 있다.", "ko"),
    ("Kestrel Labs is in talks to hire Tom Reyes.", "en"),
    ("Kestrel Labs tried to hire Tom Reyes last year but failed.", "en"),
])
def test_moves_only_sought_are_not_hires(text, lang):
    assert _one(text, lang, "hire") == []


# ---------------------------------------------------------------- round 2: clauses, implied orgs, groups


def _all(text: str, lang: str, names: dict | None = None, published: str = "2025-06-20") -> list[tuple]:
    """Every talent claim of a text, as (type, args, kind/title/count, date)."""
    names = names or (KO_NAMES if lang == "ko" else EN_NAMES)
    return [(c["type"], c["args"], c["attrs"].get("kind") or c["attrs"].get("title") or c["attrs"].get("count"),
             c["date"]) for c in claims(talent, text, lang, names, published=published)]


@pytest.mark.parametrize("text, person, org", [
    ("김도현 박사는 이준호 대표가 지난해 직접 세운 루나소프트에 합류했다.", "Kim Do-hyun", "Lunasoft"),
    ("박서연은 김도현 CEO가 이끄는 카카오에 최근 합류했다.", "Park Seo-yeon", "Kakao"),
])
def test_a_subject_inside_a_relative_clause_is_not_the_one_who_moves(text, person, org):
    assert [(a, k) for t, a, k, _ in _all(text, "ko") if t == "hire"] == [({"person": person, "to": org}, "hired")]


@pytest.mark.parametrize("text, lang, args, date", [
    ("2019년 루나소프트를 창업한 김도현 대표가 회사를 떠났다.", "ko", {"person": "Kim Do-hyun", "from": "Lunasoft"}, None),
    ("루나소프트는 지난달 구글에서 10년간 근무한 박서연을 영입했다.", "ko", {"person": "Park Seo-yeon", "to": "Lunasoft"},
     "2025-05"),
    ("Kestrel Labs hired Sarah Cho, who ran Google's cloud unit until early 2023, as its CFO.", "en",
     {"person": "Sarah Cho", "to": "Kestrel Labs"}, None),
])
def test_a_date_or_past_job_in_a_clause_about_the_person_is_not_the_moves(text, lang, args, date):
    assert [(a, d) for t, a, _, d in _all(text, lang) if t == "hire"] == [(args, date)]


def test_a_role_verb_after_another_unnamed_subject_is_not_the_topics_role():
    text = "김도현 대표는 “앞으로 정우성이 카카오 CEO를 맡는다”고 말했다."
    assert [a for t, a, *_ in _all(text, "ko") if t == "position" and a["person"] == "Kim Do-hyun"] == []


def test_poaching_said_with_빼_가다_and_a_headline_퇴진():
    assert _one("지난해 카카오가 루나소프트 개발자 세 명을 빼 갔다.", "ko", "hire") == [
        ({"from": "Lunasoft", "to": "Kakao"}, "poached")]
    assert _one("루나소프트, 김도현 대표 퇴진", "ko", "hire") == [
        ({"person": "Kim Do-hyun", "from": "Lunasoft"}, "departed")]
    assert _one("루나소프트, 김도현 대표 퇴진", "ko", "position") == []
    assert _one("루나소프트 노조, 김도현 대표 퇴진 요구", "ko", "hire") == []


def test_the_speakers_company_in_a_quoted_interview_answer():
    text = ("루나소프트 김도현 대표를 만났다.\n\n―어려운 때도 있었죠.\n\n“저희는 지난해 큰 고객을 잃었습니다. "
            "직원 50명 가운데 12명을 내보냈습니다. 지금은 신입 연구원 초봉을 7000만 원으로 올렸습니다.”")
    ctx = context(text, "ko", KO_NAMES)
    ours = Mention(text.index("저희"), text.index("저희") + 2, "저희", Entity(id="lunasoft", name="Lunasoft", kind=O),
                   how="coref")
    ctx = DocContext(ctx.document, ctx.sentences, ctx.quantities, sorted([*ctx.mentions, ours], key=lambda m: m.start),
                     ctx.morphology)
    found = {(c.type, c.args[("org" if c.type == "layoff" else "employer")].name)
             for c in talent.extract(ctx, LEXICONS) if c.type in ("layoff", "compensation")}
    assert found == {("layoff", "Lunasoft"), ("compensation", "Lunasoft")}


def test_a_plain_quote_without_저희_gives_no_payer():
    pay = claims(talent, "“신입 연구원 초봉을 7000만 원으로 올렸습니다.”", "ko", KO_NAMES, type="compensation")
    assert [c["args"] for c in pay] == [{}]


@pytest.mark.parametrize("text, title", [
    ("루나소프트의 후임 최고경영자(CEO)에는 박서연 최고운영책임자(COO)가 선임됐다.", "CEO"),
    ("루나소프트는 이준호 부사장을 신임 CFO로 선임했다.", "CFO"),
])
def test_the_role_an_appointment_gives_beats_the_title_held_before(text, title):
    assert [k for t, _, k, _ in _all(text, "ko") if t == "position"] == [title]


def test_it_and_its_open_sentences_about_the_org_before():
    text = ("Kestrel Labs hired Sarah Cho as head of research. "
            "It also brought in Tom Reyes, previously at Stripe, as chief financial officer.")
    found = [(t, a, k) for t, a, k, _ in _all(text, "en") if "Tom Reyes" in a.values()]
    assert found == [("position", {"person": "Tom Reyes", "org": "Kestrel Labs"}, "CFO"),
                     ("hire", {"person": "Tom Reyes", "to": "Kestrel Labs"}, "hired")]
    text = "Orbis raised $30 million on Monday. Its chief executive, Nadia Petrova, said hiring would double."
    assert [(t, a) for t, a, *_ in _all(text, "en")] == [("position", {"person": "Nadia Petrova", "org": "Orbis"})]


def test_an_executive_title_alone_takes_the_previous_subject_but_a_plain_title_does_not():
    text = "Orbis raised $30 million on Monday. Chief executive Nadia Petrova said hiring would double."
    assert [a for t, a, *_ in _all(text, "en")] == [{"person": "Nadia Petrova", "org": "Orbis"}]
    text = "Orbis raised $30 million on Monday. Partner Nadia Petrova said hiring would double."
    assert _all(text, "en") == []


@pytest.mark.parametrize("text, args", [
    ("Orbis announced that Tom Reyes has joined from Stripe as chief technology officer.",
     {"person": "Tom Reyes", "from": "Stripe", "to": "Orbis"}),
    ("Anthropic hired three researchers, among them Tom Reyes, who joined from Stripe.",
     {"person": "Tom Reyes", "from": "Stripe", "to": "Anthropic"}),
])
def test_a_join_without_its_own_destination_goes_to_the_sentences_subject(text, args):
    assert [a for t, a, *_ in _all(text, "en") if t == "hire" and "person" in a] == [args]


def test_a_join_from_an_org_holds_the_new_role_at_the_subject_not_the_old_org():
    text = "Orbis announced that Tom Reyes has joined from Stripe as chief technology officer."
    assert [(a, k) for t, a, k, _ in _all(text, "en") if t == "position"] == [
        ({"person": "Tom Reyes", "org": "Orbis"}, "CTO")]


def test_taking_over_as_an_orgs_title_is_a_position_but_the_former_title_is_not():
    text = "Nadia Petrova, the former Stripe chief executive, took over as Orbis's chief operating officer in May."
    assert [(a, k) for t, a, k, _ in _all(text, "en") if t == "position"] == [
        ({"person": "Nadia Petrova", "org": "Orbis"}, "COO")]


def test_an_orgs_whole_staff_moving_is_a_team_hire_but_some_researchers_are_not():
    assert _one("Orbis's roughly 80 employees will join Anthropic.", "en", "hire") == [
        ({"from": "Orbis", "to": "Anthropic"}, "team")]
    assert _one("Three Orbis researchers joined Anthropic.", "en", "hire") == [
        ({"from": "Orbis", "to": "Anthropic"}, "hired")]


def test_a_counted_group_moving_to_an_org_is_a_hire_to_it():
    assert _one("핵심 개발자 7명은 이미 카카오로 자리를 옮겼다.", "ko", "hire") == [({"to": "Kakao"}, None)]
    assert _one("Anthropic hired 12 senior engineers last quarter.", "en", "hire") == [({"to": "Anthropic"}, "hired")]
    assert _one("카카오로 자리를 옮기는 개발자가 늘고 있다.", "ko", "hire") == []


def test_pay_offered_to_a_units_own_researchers_is_no_poaching():
    names = {"메타": ("Meta", O), "MSL": ("Meta Superintelligence Labs", O, "Meta"), "오픈AI": ("OpenAI", O)}
    own = claims(talent, "메타가 MSL 연구자들에게 최대 1억 달러의 보상을 제시했다.", "ko", names)
    assert [c["type"] for c in own] == ["compensation"]
    rival = claims(talent, "메타가 오픈AI 연구자들에게 최대 1억 달러의 보상을 제시했다.", "ko", names)
    assert [c["type"] for c in rival] == ["compensation", "hire"]


@pytest.mark.parametrize("text, args, kind", [
    ("Google struck a licensing deal with Orbis, bringing back co-founder Tom Reyes.",
     {"person": "Tom Reyes", "from": "Orbis", "to": "Google"}, None),
    ("Meta invested in Stripe and brought in Stripe's chief executive, Tom Reyes.",
     {"person": "Tom Reyes", "from": "Stripe", "to": "Meta"}, "hired"),
])
def test_bringing_back_and_bringing_in_an_orgs_titled_head(text, args, kind):
    assert _one(text, "en", "hire") == [(args, kind)]


def test_a_whole_staff_quantifier_is_not_part_of_who_was_cut():
    found = claims(talent, "루나소프트는 전체 직원 120명 가운데 30명을 내보냈다.", "ko", KO_NAMES, type="layoff")
    assert [(c["attrs"]["count"], c["attrs"]["population"]) for c in found] == [(30, "직원")]


def test_a_poaching_takes_the_person_from_the_job_told_in_the_aside():
    assert _one("Anthropic poached Tom Reyes, who led Stripe's payments team.", "en", "hire") == [
        ({"person": "Tom Reyes", "from": "Stripe", "to": "Anthropic"}, "poached")]


@pytest.mark.parametrize("text, title", [
    ("Sarah Cho, who became chief executive of Kestrel Labs in 2023, said the round closed.", "CEO"),
    ("Sarah Cho became chief financial officer of Kestrel Labs in March.", "CFO"),
    ("Sarah Cho took over as Kestrel's chief technology officer last year.", "CTO"),
])
def test_becoming_or_taking_over_a_title_is_a_position(text, title):
    assert _one(text, "en", "position") == [({"person": "Sarah Cho", "org": "Kestrel Labs"}, title)]


def test_a_title_held_until_a_past_date_is_no_position():
    assert _one("Sarah Cho, who was Kestrel's chief executive until 2022, said so.", "en", "position") == []


def test_contractors_let_go_count_as_a_layoff():
    text = "Kestrel Labs laid off 40 employees. It also cut 25 contractors on Friday."
    assert _one(text, "en", "layoff") == [({"org": "Kestrel Labs"}, 40), ({"org": "Kestrel Labs"}, 25)]


def test_an_appointment_may_describe_the_person_before_naming_them():
    text = "Kestrel Labs named former Google executive Sarah Cho as its new chief executive."
    assert _one(text, "en", "position") == [({"person": "Sarah Cho", "org": "Kestrel Labs"}, "CEO")]


@pytest.mark.parametrize("text", [
    "Sarah Cho will step down as chief executive of Kestrel Labs at the end of the month.",
    "Sarah Cho resigned as chief executive of Kestrel Labs on Friday.",
])
def test_the_title_one_steps_down_or_resigns_as_is_no_position(text):
    assert _one(text, "en", "position") == []


def test_a_new_nest_is_a_move():
    assert _one("김도현 전 카카오 CTO가 루나소프트에 새 둥지를 틀었다.", "ko", "hire") == [
        ({"person": "Kim Do-hyun", "to": "Lunasoft"}, None)]


@pytest.mark.parametrize("text", [
    "업계에 따르면 네이버는 루나소프트 개발자들을 영입하기 위해 접촉 중이다.",
    "카카오는 김도현 박사 영입을 위해 연봉 20억 원을 준비했다.",
])
def test_a_move_only_aimed_at_is_no_hire(text):
    assert _one(text, "ko", "hire") == []


def test_a_co_founder_named_as_the_subject_holds_the_role_the_verb_gives():
    assert _one("루나소프트는 김도현 공동창업자가 최고경영자(CEO)를 맡고 있다.", "ko", "position") == [
        ({"person": "Kim Do-hyun", "org": "Lunasoft"}, "CEO")]


def test_an_age_between_the_name_and_the_appointment():
    text = "Sarah Cho, 45, has been named chief executive of Kestrel Labs, succeeding Tom Reyes."
    assert _one(text, "en", "position") == [({"person": "Sarah Cho", "org": "Kestrel Labs"}, "CEO")]


def test_a_move_told_again_with_fewer_roles_is_one_claim():
    text = "Orbis hires Stripe's Tom Reyes\n\nOrbis hired Tom Reyes, who ran payments until May, as its chief operating officer."
    assert _one(text, "en", "hire") == [({"person": "Tom Reyes", "from": "Stripe", "to": "Orbis"}, "hired")]
    twice = "Tom Reyes left Stripe in 2023. Tom Reyes left Orbis for Anthropic last month."
    assert len(_one(twice, "en", "hire")) == 2


def test_a_later_short_title_is_the_full_one_said_before():
    text = "루나소프트는 박서연 박사를 AI연구센터장으로 영입했다. 박서연 센터장은 멀티모달 연구를 이끌게 된다."
    assert [k for t, _, k, _ in _all(text, "ko") if t == "position"] == ["AI연구센터장", "AI연구센터장"]


@pytest.mark.parametrize("text, count", [
    ("Orbis also ended its relationship with 300 contractors on Friday.", 300),
    ("Orbis terminated 45 employees after the merger.", 45),
])
def test_ending_contracts_or_terminating_staff_is_a_layoff(text, count):
    assert _one(text, "en", "layoff") == [({"org": "Orbis"}, count)]


def test_terminating_a_deal_is_no_layoff():
    assert _one("Orbis terminated its licensing agreement with Stripe.", "en", "layoff") == []


@pytest.mark.parametrize("text, lang", [
    ("브레인웍스 연구진 30명은 모두 네이버로 자리를 옮긴다.", "ko"),
    ("브레인웍스 임직원 전원이 카카오에 합류했다.", "ko"),
    ("브레인웍스 개발자들 대다수가 네이버에 합류하기로 했다.", "ko"),
    ("Stripe's entire team of 40 engineers will join Orbis.", "en"),
    ("All 85 employees of Stripe have joined Anthropic.", "en"),
    ("The whole Stripe research team joined Meta in March.", "en"),
])
def test_a_whole_staff_moving_is_a_team_move(text, lang):
    found = [k for t, _, k, _ in _all(text, lang) if t == "hire"]
    assert found == ["team"]


@pytest.mark.parametrize("text, org", [
    ("Stripe, based in Dublin, raised $50 million led by Google. Its chief executive, Tom Reyes, said the money "
     "would fund hiring.", "Stripe"),
    ("Orbis, a Seoul robotics startup, cut 20 jobs after talks with Meta ended. Its chief executive, Sarah Cho, "
     "called the cuts painful.", "Orbis"),
])
def test_its_refers_to_the_org_opening_the_previous_sentence(text, org):
    positions = [(a, k) for t, a, k, _ in _all(text, "en") if t == "position"]
    assert positions == [({"person": positions[0][0]["person"], "org": org}, "CEO")]


@pytest.mark.parametrize("text", [
    "루나소프트는 2021년 설립됐다. 삼성전자 출신 김도현 박사가 최고기술책임자(CTO)로 합류했다.",
    "루나소프트는 지난해 시리즈A를 마쳤다. 당시 몸값은 300억 원이었다. 올해는 네이버에서 김도현 박사를 CTO로 영입했다.",
    "루나소프트는 김도현 박사를 CTO로 영입했다고 밝혔다. 이어 구글 출신 박서연 박사도 최고운영책임자(COO)로 합류했다.",
])
def test_a_korean_hire_without_a_named_destination_goes_to_the_paragraph_topic(text):
    hires = [a for t, a, _, _ in _all(text, "ko") if t == "hire"]
    held = [a for t, a, _, _ in _all(text, "ko") if t == "position"]
    assert hires and all(a.get("to") == "Lunasoft" for a in hires)
    assert held and all(a["org"] == "Lunasoft" for a in held)


def test_a_korean_hire_in_a_new_paragraph_takes_no_old_topic():
    text = "루나소프트는 2021년 설립됐다.\n\n김도현 박사가 최고기술책임자(CTO)로 합류했다."
    assert [t for t, *_ in _all(text, "ko")] == []


@pytest.mark.parametrize("text", [
    "Orbis, a Seoul robotics startup, raised $30 million. Its chief executive, Sarah Cho, used to work at Google.",
    "Kestrel Labs, based in Austin, lost a contract with Meta. Its chief executive, Tom Reyes, is a former Stripe "
    "engineer.",
])
def test_its_title_takes_the_previous_subject_over_a_later_org(text):
    assert [a["org"] for t, a, _, _ in _all(text, "en") if t == "position"] == [text.split(",")[0]]


@pytest.mark.parametrize("text, moves", [
    ("Orbis told staff it had 14 months of cash left.", 0),
    ("Sarah Cho said Kestrel Labs had little money left; Tom Reyes disagreed.", 0),
    ("Tom Reyes left Stripe in March.", 1),
])
def test_left_as_remaining_is_no_departure(text, moves):
    assert len(_one(text, "en", "hire")) == moves


@pytest.mark.parametrize("text, movers", [
    ("Stripe's founders, Tom Reyes and Sarah Cho, have joined Meta's research team.", 2),
    ("Stripe's three co-founders, Tom Reyes, Sarah Cho and Nadia Petrova, joined Meta's superintelligence lab.", 3),
    ("Stripe's co-founder, Tom Reyes, has joined Meta's AI group.", 1),
])
def test_people_listed_under_an_orgs_job_word_move_from_it_to_the_unit_owner(text, movers):
    hires = [a for t, a, _, _ in _all(text, "en") if t == "hire"]
    assert len(hires) == movers and all(a["from"] == "Stripe" and a["to"] == "Meta" for a in hires)


@pytest.mark.parametrize("text", [
    "Tom Reyes, who led Stripe's fraud team, moved from Stripe to Orbis in May.",
    "Last year Tom Reyes jumped from Stripe to Orbis.",
    "Tom Reyes switched from Stripe to Orbis after eight years.",
])
def test_moving_from_one_org_to_another_is_a_hire_with_both_ends(text):
    assert [a for t, a, _, _ in _all(text, "en") if t == "hire"] == [
        {"person": "Tom Reyes", "from": "Stripe", "to": "Orbis"}]


@pytest.mark.parametrize("text, hired", [
    ("In March, Orbis hired Tom Reyes, who ran Stripe's fraud unit, and Sarah Cho, a research scientist, to build "
     "a payments team.", ["Tom Reyes", "Sarah Cho"]),
    ("Orbis hired Tom Reyes, a former banker, and Sarah Cho.", ["Tom Reyes", "Sarah Cho"]),
    ("Orbis hired Tom Reyes, who once worked with Sarah Cho.", ["Tom Reyes"]),
    ("Orbis hired Tom Reyes, and Sarah Cho said the move was smart.", ["Tom Reyes"]),
])
def test_a_second_hire_after_an_aside_is_still_hired(text, hired):
    assert [a["person"] for t, a, _, _ in _all(text, "en") if t == "hire"] == hired


@pytest.mark.parametrize("text, employer, amount", [
    ("Recruiters said Orbis's offers to senior Stripe engineers topped $2 million a year.", "Orbis", 2_000_000),
    ("Senior AI researchers in Seoul can earn more than $400,000 a year, headhunters say.", None, 400_000),
    ("Machine-learning engineers at Kestrel Labs command about $900,000 a year, two people said.", "Kestrel Labs",
     900_000),
])
def test_what_people_earn_a_year_is_compensation(text, employer, amount):
    found = [(a.get("employer"), m[0]) for t, a, m in
             ((c["type"], c["args"], c["amount"]) for c in claims(talent, text, "en", EN_NAMES)) if t == "compensation"]
    assert found == [(employer, amount)]


@pytest.mark.parametrize("text", [
    "Orbis earns $20 million a year from licensing.",
    "Orbis's offers to license Stripe's patents for $2 million a year were rejected.",
])
def test_revenue_a_year_is_no_compensation(text):
    assert _one(text, "en", "compensation") == []


@pytest.mark.parametrize("text, person, org", [
    ("He replaces Tom Reyes, who became Google's chief technologist.", "Tom Reyes", "Google"),
    ("Sarah Cho became Orbis's chief executive in 2022.", "Sarah Cho", "Orbis"),
    ("Nadia Petrova joined Stripe in May as executive vice president of sales.", "Nadia Petrova", "Stripe"),
])
def test_a_role_taken_at_an_org_named_before_the_title(text, person, org):
    assert [a for t, a, _, _ in _all(text, "en") if t == "position"] == [{"person": person, "org": org}]
