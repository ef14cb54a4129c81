"""Discovery of names the gazetteer lacks, on sentences written for these tests: each
cue pattern of Korean and English deal news, one id per name across its mentions, and
the near-misses (generic nouns, places, round names, capitalised common words) that must
stay unnamed."""

from __future__ import annotations

from warchest.model import Document, Mention
from warchest.text import split_sentences


def _mentions(resources, text: str, lang: str) -> list[Mention]:
    doc = Document(id="t", source="t", text=text, lang=lang)
    return resources.entities.mentions(doc, split_sentences(text), resources.morphology)


def _unknown(resources, text: str, lang: str = "ko") -> dict[str, tuple[str, str]]:
    """Surface -> (entity name, kind) for every discovered mention."""
    return {
        m.text: (m.entity.name, m.entity.kind)
        for m in _mentions(resources, text, lang)
        if not m.entity.known and m.how in ("discovered", "alias")
    }


# ---------------------------------------------------------------- Korean


def test_a_quoted_name_after_a_class_noun_is_an_org_or_a_product(resources):
    text = (
        "물류 로봇 스타트업 '카고웨일'이 시리즈A 투자를 마무리했다. 카고웨일은 2022년 설립됐고, "
        "카고웨일의 직원은 40명이다. 회사는 산업용 로봇 '웨일암 X2'를 공개했다."
    )
    mentions = [m for m in _mentions(resources, text, "ko") if not m.entity.known]
    assert [(m.text, m.entity.kind) for m in mentions] == [
        ("카고웨일", "org"), ("카고웨일", "org"), ("카고웨일", "org"), ("회사", "org"), ("웨일암 X2", "product"),
    ]
    assert mentions[3].how == "coref" and mentions[3].entity.id == "카고웨일"
    assert {m.entity.id for m in mentions[:3]} == {"카고웨일"}  # one id, particles left outside


def test_organisation_heads_make_investor_names_but_not_industry_nouns(resources):
    text = (
        "이번 라운드에는 한빛인베스트먼트와 누리벤처스, 소담파트너스가 참여했다. "
        "디지털헬스케어 시장과 핀테크 업계, 벤처캐피털 업계도 주목했다."
    )
    assert _unknown(resources, text) == {
        "한빛인베스트먼트": ("한빛인베스트먼트", "org"),
        "누리벤처스": ("누리벤처스", "org"),
        "소담파트너스": ("소담파트너스", "org"),
    }


def test_the_slots_of_korean_deal_verbs_hold_organisations(resources):
    text = "아토믹스는 지난달 메이플테크놀로지스를 인수했다. 이 회사는 연말 상장을 준비한다."
    found = _unknown(resources, text)
    assert found == {"아토믹스": ("아토믹스", "org"), "메이플테크놀로지스": ("메이플테크놀로지스", "org")}
    coref = [(m.text, m.entity.name) for m in _mentions(resources, text, "ko") if m.how == "coref"]
    assert coref == [("이 회사", "아토믹스")]


def test_korean_and_foreign_people_next_to_titles_and_hiring_verbs(resources):
    text = (
        "강민호 대표는 2020년 회사를 세웠다. 회사는 구글 출신 마이클 오웬을 최고기술책임자(CTO)로 영입했다. "
        "공동 창업자인 윤서아 최고운영책임자(COO)는 해외 영업을 맡는다. 대표 한지우는 말했다."
    )
    assert _unknown(resources, text) == {
        "강민호": ("강민호", "person"),
        "마이클 오웬": ("마이클 오웬", "person"),
        "윤서아": ("윤서아", "person"),
        "한지우": ("한지우", "person"),
    }


def test_generic_korean_nouns_places_and_rounds_are_not_names(resources):
    text = (
        "업계 관계자는 정부가 서울에 투자를 늘린다고 말했다. 투자사 관계자는 미국 시장을 본다. "
        "회사는 시리즈B에 투자한 기관을 밝히지 않았다."
    )
    assert _unknown(resources, text) == {}


# ---------------------------------------------------------------- English


def test_a_raiser_its_lead_and_participants_are_discovered(resources):
    text = (
        "Brightloom Robotics, a Denver-based maker of warehouse arms, raised $25 million in a round led by "
        "Harbor Lane Capital, with participation from Cobalt Ridge Ventures and Mosaic Fund. "
        "Brightloom said the money would fund hiring."
    )
    found = _unknown(resources, text, "en")
    assert found == {
        "Brightloom Robotics": ("Brightloom Robotics", "org"),
        "Harbor Lane Capital": ("Harbor Lane Capital", "org"),
        "Cobalt Ridge Ventures": ("Cobalt Ridge Ventures", "org"),
        "Mosaic Fund": ("Mosaic Fund", "org"),
        "Brightloom": ("Brightloom Robotics", "org"),  # the short form is the same company
    }


def test_both_sides_of_an_acquisition_and_the_targets_chief(resources):
    text = (
        "Veritas Health agreed to acquire Tallgrass Bio for $300 million. "
        "Tallgrass chief executive Nora Whitcombe will join Veritas."
    )
    found = _unknown(resources, text, "en")
    assert found["Veritas Health"] == found["Veritas"] == ("Veritas Health", "org")
    assert found["Tallgrass Bio"] == found["Tallgrass"] == ("Tallgrass Bio", "org")
    assert found["Nora Whitcombe"] == ("Nora Whitcombe", "person")


def test_appointed_people_founders_and_a_surname_alone(resources):
    text = (
        "Pelican Labs named Elena Marquez chief executive on Tuesday. Marquez previously ran sales at a bank. "
        "The company was founded in 2021 by Omar Haddad and Lucy Tran, who still sit on its board. "
        "It also hired Kenji Watanabe, a former Sony engineer, as head of research."
    )
    found = _unknown(resources, text, "en")
    assert found["Pelican Labs"] == ("Pelican Labs", "org")
    for person in ("Elena Marquez", "Omar Haddad", "Lucy Tran", "Kenji Watanabe"):
        assert found[person] == (person, "person")
    assert found["Marquez"] == ("Elena Marquez", "person")


def test_a_known_name_extended_by_an_organisation_head_is_a_new_org(resources):
    text = "Driftwave raised $8 million from Nexon Ventures and Samsung Next."
    mentions = _mentions(resources, text, "en")
    assert [(m.text, m.entity.known) for m in mentions] == [
        ("Driftwave", False), ("Nexon Ventures", False), ("Samsung Next", True),
    ]


def test_capitalised_common_words_and_places_are_not_names(resources):
    text = (
        "The company said on Monday that Series B investors and Big Tech rivals were watching. "
        "Generative AI spending rose, and Korean startups raised more in Seoul. "
        "Venture Capital firms, a Paris-based fund said, were cautious."
    )
    assert _unknown(resources, text, "en") == {}


def test_legal_forms_latin_names_and_names_kiwi_has_never_seen(resources):
    text = (
        "주식회사 뉴럴웍스는 ㈜하늘데이터와 합병한다고 밝혔다. 로봇 스타트업 Lumina Labs가 50억 원을 유치했다. "
        "AI 반도체 팹리스 딥코어가 300억 원을 유치했다."
    )
    assert _unknown(resources, text) == {
        "뉴럴웍스": ("뉴럴웍스", "org"),
        "하늘데이터": ("하늘데이터", "org"),
        "Lumina Labs": ("Lumina Labs", "org"),
        "딥코어": ("딥코어", "org"),
    }


def test_investor_lists_valuations_and_founded_companies(resources):
    text = (
        "Investors including Greycroft, Lerer Hippeau and Pace Capital joined the round. "
        "The deal values Zenlytic at $1.2 billion. "
        "Former Google researcher Priya Natarajan co-founded Loomwork with Daniel Kwon in 2023."
    )
    found = _unknown(resources, text, "en")
    for org in ("Greycroft", "Lerer Hippeau", "Pace Capital", "Zenlytic", "Loomwork"):
        assert found[org] == (org, "org")
    assert found["Priya Natarajan"][1] == found["Daniel Kwon"][1] == "person"
    assert "Google" not in found and "Former Google" not in found


# ---------------------------------------------------------------- round 3: foreign names, units, quoted objects


def test_a_foreign_given_and_family_name_before_a_title_is_one_person(resources):
    found = _unknown(resources, "오노 키라 대표는 시장이 커진다고 말했다. 줄리안 모로 CTO도 같은 생각이다.")
    assert found["오노 키라"] == ("오노 키라", "person") and found["줄리안 모로"] == ("줄리안 모로", "person")
    assert "키라" not in found


def test_people_appointed_or_joining_in_a_role_several_words_long(resources):
    text = (
        "노바는 지난달 사친 카티를 최고기술책임자(CTO) 겸 최고AI책임자로 임명했다. "
        "아마존을 거친 이토 렌이 최고운영책임자(COO)로 합류했다. 구글 출신 에밀리 차가 최고제품책임자로 취임했다."
    )
    found = _unknown(resources, text)
    for name in ("사친 카티", "이토 렌", "에밀리 차"):
        assert found[name] == (name, "person")


def test_a_quoted_name_a_launch_verb_takes_is_a_product(resources):
    text = "루멘은 지난 3월 '코드메이트'를 출시했다. 이어 'AI 리뷰어'를 내놨다. 그는 \"끝까지 간다\"를 강조했다."
    found = _unknown(resources, text)
    assert found["코드메이트"] == ("코드메이트", "product") and found["AI 리뷰어"] == ("AI 리뷰어", "product")
    assert "끝까지 간다" not in found


def test_a_known_firm_followed_by_unit_words_is_a_unit_under_it(resources):
    text = "이번 투자에는 피델리티 매니지먼트 앤드 리서치와 골드만삭스 얼터너티브가 참여했다. 삼성은 빠졌다."
    units = {m.text: m.entity for m in _mentions(resources, text, "ko") if not m.entity.known}
    assert units["피델리티 매니지먼트 앤드 리서치"].parent == "fidelity"
    assert units["골드만삭스 얼터너티브"].parent == "goldman-sachs"


def test_listed_banks_and_acronyms_before_a_joined_round(resources):
    text = "하나금융그룹(HFG), 오리온은행 등 국내 은행과 KDDI, 엔비디아도 이번 라운드에 참여했다."
    found = _unknown(resources, text)
    assert found["오리온은행"][1] == "org" and found["KDDI"][1] == "org"
    assert _unknown(resources, "중앙은행은 금리를 올렸다. 투자은행 업계는 조용했다.") == {}


def test_english_founders_products_after_a_class_and_quoted_lowercase_names(resources):
    text = (
        "Vireo's founders, Dana Osei and Lukas Brandt, have joined Tessel. It shipped a compact model, Wren-3B, "
        "in May and launched Perchbot, an open-source alternative to Copilot. Tessel bought the hardware startup \"lumo\"."
    )
    found = _unknown(resources, text, "en")
    assert found["Dana Osei"][1] == found["Lukas Brandt"][1] == "person"
    assert found["Wren-3B"][1] == found["Perchbot"][1] == "product"
    assert found["lumo"] == ("lumo", "org")
