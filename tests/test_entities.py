"""The entity layer on real sentences: recognition, resolution, discovery, coreference."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from warchest.config import data_dir
from warchest.entities import EntityLayer, slugify
from warchest.entities.resolve import is_variant, jamo_distance
from warchest.model import Document, Mention
from warchest.text import split_sentences

FIXTURES = Path(__file__).parent / "fixtures" / "entities"


@pytest.fixture(scope="module")
def layer() -> EntityLayer:
    return EntityLayer.load(data_dir())


def _doc(text: str, lang: str = "ko") -> Document:
    return Document(id="test", source="test", text=text, lang=lang)


def _mentions(layer: EntityLayer, text: str, lang: str = "ko", morphology=None) -> list[Mention]:
    return layer.mentions(_doc(text, lang), split_sentences(text), morphology)


def _found(layer, text, lang="ko", morphology=None) -> list[tuple[str, str, str]]:
    return [(m.text, m.entity.id, m.how) for m in _mentions(layer, text, lang, morphology)]


# ---------------------------------------------------------------- recognition


def test_korean_particles_stay_outside_the_span(layer):
    found = _found(layer, "앤스로픽에는 오픈AI의 투자자가 없고, 앤스로픽과의 협력은 MS가 맡는다.")
    assert [(t, i) for t, i, _ in found] == [
        ("앤스로픽", "anthropic"), ("오픈AI", "openai"), ("앤스로픽", "anthropic"), ("MS", "microsoft"),
    ]


def test_a_name_and_its_bracketed_abbreviation_are_two_mentions(layer):
    found = _found(layer, "앤스로픽은 아마존웹서비스(AWS)를 핵심 클라우드로 삼았다.")
    assert found[1:] == [("아마존웹서비스", "amazon-web-services", "name"), ("AWS", "amazon-web-services", "alias")]


def test_a_name_is_never_found_inside_another_word(layer):
    assert _found(layer, "메타버스와 애플리케이션, 인텔리전스를 다룬다.") == []
    assert _found(layer, "Metaverse bets and Applebee's menus and XAIDEN.", "en") == []


def test_english_possessives_and_longest_match(layer):
    found = _found(layer, "OpenAI's board met Google DeepMind's chief at Amazon Web Services.", "en")
    assert [(t, i) for t, i, _ in found] == [
        ("OpenAI", "openai"), ("Google DeepMind", "google-deepmind"), ("Amazon Web Services", "amazon-web-services"),
    ]


def test_korean_spacing_variants_match(layer):
    assert _found(layer, "구글딥마인드와 구글 딥마인드")[0][1] == "google-deepmind"
    assert _found(layer, "구글딥마인드와 구글 딥마인드")[1][1] == "google-deepmind"


def test_weak_names_need_the_document_to_support_them(layer):
    assert _found(layer, "파이는 맛있다. 스케일이 크다.") == []
    found = _found(layer, "인플렉션AI는 챗봇 '파이(Pi)'를 내놨다.")
    assert [(t, i) for t, i, _ in found] == [("인플렉션AI", "inflection-ai"), ("파이", "pi"), ("Pi", "pi")]


def test_media_outlets_are_found_and_marked(layer):
    mentions = _mentions(layer, "WSJ에 따르면 블룸버그통신도 같은 내용을 보도했다.")
    assert [(m.entity.id, m.entity.subkind) for m in mentions] == [
        ("wall-street-journal", "media"), ("bloomberg", "media"),
    ]


def test_mentions_are_sorted_exact_and_do_not_overlap(layer, dev_corpus):
    for path in sorted(dev_corpus.glob("*.txt")) + sorted(FIXTURES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        mentions = _mentions(layer, text, "en" if "_en" in path.name else "ko")
        assert mentions == sorted(mentions, key=lambda m: m.start), path.name
        assert all(text[m.start : m.end] == m.text for m in mentions), path.name
        assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:])), path.name
    assert _mentions(layer, text) == _mentions(layer, text)  # deterministic


# ---------------------------------------------------------------- resolution


@pytest.mark.parametrize(
    "variant, name",
    [("엔스로픽", "앤스로픽"), ("앤트로픽", "앤스로픽"), ("앤쓰로픽", "앤스로픽"), ("리벨리언", "리벨리온"),
     ("업스태이지", "업스테이지"), ("마이크로서프트", "마이크로소프트"), ("저커바그", "저커버그"), ("데이타브릭스", "데이터브릭스"), ("세레브러스", "세레브라스")],
)
def test_real_transliteration_variants_merge(variant, name):
    assert is_variant(variant, name)


@pytest.mark.parametrize(
    "word, name",
    [("네이비", "네이버"), ("삼성전기", "삼성전자"), ("베타", "메타"), ("구굴", "구글"), ("엔비디오", "엔비디아"),
     ("카카우", "카카오"), ("앤스로피", "앤스로픽"), ("미스트롤", "미스트랄"), ("오라클스", "오라클")],
)
def test_near_misses_do_not_merge(word, name):
    assert not is_variant(word, name)


def test_jamo_distance_weights_confusable_pairs():
    assert jamo_distance("엔스로픽", "앤스로픽") == 0.5
    assert jamo_distance("네이비", "네이버") == 1.0


def test_variants_the_gazetteer_lacks_resolve_in_text(layer):
    found = _found(layer, "리벨리언은 마이크로서프트와 손잡았다.")
    assert found == [("리벨리언", "rebellions", "variant"), ("마이크로서프트", "microsoft", "variant")]


def test_new_versions_of_a_known_product_family_become_products(layer):
    text = "구글은 제미나이 2.5 프로를 공개했다. OpenAI released GPT-4.1 mini and Claude 3.5 Sonnet stayed."
    found = [(m.text, m.entity.name, m.entity.known, m.entity.parent) for m in _mentions(layer, text)
             if m.entity.kind == "product"]
    assert found == [
        ("제미나이 2.5 프로", "Gemini 2.5 Pro", False, "google"),
        ("GPT-4.1 mini", "GPT-4.1 mini", False, "openai"),
        ("Claude 3.5 Sonnet", "Claude 3.5 Sonnet", True, "anthropic"),
    ]


def test_an_abbreviation_the_document_defines_refers_back(layer):
    found = _found(layer, "트웰브랩스(TL)가 투자를 받았다. TL은 영상 모델을 만든다.")
    assert found[-1] == ("TL", "twelve-labs", "alias")


def test_lookup_get_and_parent_chain(layer):
    assert layer.lookup("앤트로픽").id == "anthropic"
    assert layer.lookup("AWS").id == "amazon-web-services"
    assert layer.lookup("엔스로픽").id == "anthropic"
    assert layer.lookup("앤스러픽").id == "anthropic"  # not written in the gazetteer: a jamo variant
    assert layer.lookup("앤스로픽과의").id == "anthropic"
    assert layer.lookup("no such company") is None
    assert layer.get("mistral-ai").name == "Mistral AI"
    assert [e.id for e in layer.parent_chain("google-deepmind")] == ["google", "alphabet"]


def test_user_words_are_korean_proper_nouns_without_weak_names(layer):
    words = dict(layer.user_words())
    assert words["오픈AI"] == "NNP" and "앤스로픽" in words
    assert "파이" not in words and all(" " not in w for w in words)


# ---------------------------------------------------------------- discovery


def test_unknown_korean_company_is_discovered(resources):
    text = (FIXTURES / "unknown_company_ko.txt").read_text(encoding="utf-8")
    mentions = _mentions(resources.entities, text, "ko", resources.morphology)
    novaris = [m for m in mentions if m.text == "노바리스"]
    assert len(novaris) == 5
    entity = novaris[0].entity
    assert (entity.known, entity.kind, entity.name, entity.id) == (False, "org", "Novaris", "novaris")
    person = [m.entity for m in mentions if m.text == "정해린"]
    assert person and person[0].kind == "person" and not person[0].known
    coref = [m for m in mentions if m.how == "coref"]
    assert [(m.text, m.entity.id) for m in coref] == [("이 회사", "novaris")]


def test_unknown_english_company_and_founders_are_discovered(layer):
    text = (FIXTURES / "unknown_company_en.txt").read_text(encoding="utf-8")
    mentions = _mentions(layer, text, "en")
    by_text = {m.text: m.entity for m in mentions if m.how == "discovered"}
    assert by_text["Lumora Labs"].kind == "org" and not by_text["Lumora Labs"].known
    assert by_text["Hana Cho"].kind == "person" and by_text["Minjun Seo"].kind == "person"
    coref = [(m.text, m.entity.id) for m in mentions if m.how == "coref"]
    assert coref == [("The company", "lumora-labs"), ("the startup", "lumora-labs"), ("She", "hana-cho"),
                     ("the firm", "lumora-labs")]
    assert (mentions[-1].text, mentions[-1].entity.id) == ("Seo", "minjun-seo")  # a surname alone


def _unknown(mentions: list[Mention]) -> dict[str, str]:
    return {m.text: m.entity.kind for m in mentions if not m.entity.known and m.how == "discovered"}


def test_korean_cues_find_investors_founders_and_foreign_names(resources):
    text = (FIXTURES / "discovery_ko.txt").read_text(encoding="utf-8")
    mentions = _mentions(resources.entities, text, "ko", resources.morphology)
    assert _unknown(mentions) == {
        "에이로봇": "org",  # 스타트업 X
        "퀀텀랩파트너스": "org",  # A, B, C 등이 참여
        "소피아 첸": "person",  # PERSON ORG CEO, a foreign name
        "오로라다이나믹스": "org",
        "박지훈": "person",  # X 씨
        "최민서": "person",  # X 연구원
    }
    # 이 회사 goes to the company the previous sentence is about, not to Nvidia, named later
    assert [(m.text, m.entity.name) for m in mentions if m.how == "coref"] == [("이 회사", "에이로봇")]


def test_english_cues_find_the_raiser_its_investors_and_its_chief(layer):
    text = (FIXTURES / "discovery_en.txt").read_text(encoding="utf-8")
    mentions = _mentions(layer, text, "en")
    assert _unknown(mentions) == {
        "Grainline AI": "org", "Northpeak Capital": "org", "Foxglove Partners": "org", "Priya Raman": "person",
        "Grainline": "org",  # the short form, same entity
    }
    assert {m.entity.id for m in mentions if m.text.startswith("Grainline")} == {"grainline-ai"}
    assert [(m.text, m.entity.id) for m in mentions if m.how == "coref"] == [("the company", "grainline-ai")]


def test_native_korean_person_names_need_their_organisation(layer):
    assert [m.entity.known for m in _mentions(layer, "김성훈 교수가 강연했다.")] == [False]
    assert ("김성훈", "kim-sung-hoon", "name") in _found(layer, "김성훈 업스테이지 대표가 강연했다.")


def test_places_and_common_nouns_are_not_discovered(resources):
    text = (
        "유럽 대표 AI 기업으로 꼽힌다. 업계 대표 주자인 미국 스타트업 업계도 주목했다. 기업 AI 도입이 늘면서 "
        "업체 관계자들은 놀랐다. 이번 투자로 기업 가치는 1조 원을 넘었다. 업체 GPU 확보 경쟁도 치열하다."
    )
    mentions = _mentions(resources.entities, text, "ko", resources.morphology)
    assert [m for m in mentions if not m.entity.known] == []


# ---------------------------------------------------------------- coreference


def test_korean_company_anaphor_goes_to_the_salient_company(layer):
    text = "퓨리오사AI, 신규 투자 유치\n\n퓨리오사AI가 투자를 받았다. 엔비디아도 관심을 보였다. 이 회사는 내년 상장을 추진한다."
    coref = [(m.text, m.entity.id) for m in _mentions(layer, text) if m.how == "coref"]
    assert coref == [("이 회사", "furiosaai")]


def test_the_startup_prefers_a_startup_over_a_big_company(layer):
    text = "Microsoft invested in Mistral AI. The startup said the money would fund research."
    coref = [(m.text, m.entity.id) for m in _mentions(layer, text, "en") if m.how == "coref"]
    assert coref == [("The startup", "mistral-ai")]


def test_pronouns_go_to_the_nearest_person(layer):
    text = "Satya Nadella praised Mustafa Suleyman. He will lead Microsoft AI."
    coref = [(m.text, m.entity.id) for m in _mentions(layer, text, "en") if m.how == "coref"]
    assert coref == [("He", "mustafa-suleyman")]
    assert [m for m in _mentions(layer, "그 회사와 그 사람") if m.how == "coref"] == []


# ---------------------------------------------------------------- the dev corpus bar


def _fold(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def gold_entity_recall(layer, corpus: Path, morphology) -> tuple[float, float]:
    """Share of gold claim entities named (by the scorer's rules) in the document, and in
    the evidence sentence itself."""
    total = in_doc = in_sentence = 0
    for gold_path in sorted(corpus.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
        mentions = _mentions(layer, text, gold["lang"], morphology)
        for claim in gold["claims"]:
            evidence = claim.get("evidence", "")
            at = text.find(evidence) if evidence else -1
            for value in claim["args"].values():
                for name in value if isinstance(value, list) else [value]:
                    alternatives = {_fold(a) for a in name.split("|")}
                    hits = [
                        m for m in mentions
                        if alternatives & {_fold(m.entity.name), _fold(m.entity.id), _fold(m.text)}
                        or m.entity.id == slugify(name.split("|")[0])
                    ]
                    total += 1
                    in_doc += bool(hits)
                    in_sentence += any(at <= m.start < at + len(evidence) for m in hits) if at >= 0 else bool(hits)
    return in_doc / total, in_sentence / total


def test_gold_entities_are_found_and_resolved(resources, dev_corpus):
    in_doc, in_sentence = gold_entity_recall(resources.entities, dev_corpus, resources.morphology)
    assert in_doc >= 0.97
    assert in_sentence >= 0.95
