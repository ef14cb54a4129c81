"""Later references to entities named earlier (surname + title, a known company's short
form, 회사는 and "the company" opening a sentence) and the discovery cues that name
the parties of hires, launches and partnerships, on sentences written for these tests."""

from __future__ import annotations

from warchest.model import Document, Mention
from warchest.text import split_sentences


def _mentions(resources, text: str, lang: str) -> list[Mention]:
    doc = Document(id="t", source="t", text=text, lang=lang)
    return resources.entities.mentions(doc, split_sentences(text), resources.morphology)


def _refs(resources, text: str, lang: str, how: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity.name) for m in _mentions(resources, text, lang) if m.how == how]


def _names(resources, text: str, lang: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity.name, m.entity.kind) for m in _mentions(resources, text, lang)}


# ---------------------------------------------------------------- surname + title


def test_a_korean_surname_with_a_title_refers_back_to_the_person(resources):
    text = (
        "핀테크 스타트업 루멘페이는 윤다경 최고기술책임자(CTO)를 새로 선임했다. 윤 CTO는 카카오 출신이다. "
        "회사를 세운 배지훈 대표도 참석했다. 배 대표는 \"채용을 늘리겠다\"고 말했다. 이후 배 신임 의장이 발표했다."
    )
    assert _refs(resources, text, "ko", "alias") == [("윤", "윤다경"), ("배", "배지훈"), ("배", "배지훈")]


def test_a_surname_two_people_share_or_a_former_title_after_a_name_stays_unresolved(resources):
    shared = "김서윤 대표와 김도훈 CTO가 회사를 세웠다. 김 대표는 말했다."
    assert _refs(resources, shared, "ko", "alias") == []
    former = "전민재 CTO가 합류했다. 조현우 전 대표는 자문을 맡는다."
    assert _refs(resources, former, "ko", "alias") == []  # 전 here means "former"


def test_a_foreign_name_with_a_korean_family_name_refers_back_too(resources):
    text = "회사는 구글 출신 로버트 한을 최고기술책임자(CTO)로 영입했다. 한 CTO는 연구를 총괄한다."
    assert ("한", "로버트 한") in _refs(resources, text, "ko", "alias")


def test_english_titles_before_a_family_name_refer_back(resources):
    text = "Nadia Okoro joined Cohere from Nvidia in May. Dr. Okoro will run research, and Ms. Okoro reports to the CEO."
    assert _refs(resources, text, "en", "alias") == [("Okoro", "Nadia Okoro"), ("Okoro", "Nadia Okoro")]


def test_a_name_kiwi_cuts_before_a_title_is_still_a_person(resources):
    text = "후임 대표에는 류하나 최고운영책임자(COO)가 선임됐다. 한국이 대표 선수로 나섰다."
    names = _names(resources, text, "ko")
    assert names["류하나"] == ("류하나", "person")
    assert "한국이" not in names


# ---------------------------------------------------------------- short forms


def test_a_known_company_shortened_to_its_distinctive_word(resources):
    text = "Sakana AI raised money in Tokyo. Investors said Sakana had grown fast."
    assert _refs(resources, text, "en", "alias") == [("Sakana", "Sakana AI")]


def test_an_unknown_investor_shortened_after_its_full_name(resources):
    text = "Rootline raised $9 million from Marlow Creek Capital Partners. Founded in 2015, Marlow Creek manages two funds."
    names = _names(resources, text, "en")
    assert names["Marlow Creek"] == ("Marlow Creek Capital Partners", "org")


# ---------------------------------------------------------------- Korean names


def test_a_transliterated_name_kiwi_splits_into_common_nouns_after_a_class_noun(resources):
    text = (
        "결제 기업 페이온은 시리즈A를 유치했다. 교육 스타트업 마인드브릿지가 문을 열었다. "
        "기업 가치평가가 올랐고 회사 구조조정도 이어졌다. AI 기업 클라우드서비스 수요도 늘었다."
    )
    unknown = {m.text for m in _mentions(resources, text, "ko") if not m.entity.known}
    assert unknown == {"페이온", "마인드브릿지"}


def test_a_weak_latin_name_inside_korean_text_is_the_company(resources):
    text = "이번 라운드에는 영국 반도체 기업 Arm과 미래에셋이 참여했다."
    assert _names(resources, text, "ko")["Arm"] == ("Arm", "org")
    english = "Arm in arm, the founders walked out."
    assert "Arm" not in _names(resources, english, "en")


def test_a_quoted_product_that_extends_a_known_name_is_a_new_product(resources):
    text = "리벨리온은 AI 칩 ‘리벨 옥타’를 공개했다. 인플렉션AI는 챗봇 ‘파이(Pi)’를 내놨다."
    names = _names(resources, text, "ko")
    assert names["리벨 옥타"] == ("리벨 옥타", "product")
    assert names["파이"] == ("Pi", "product")  # the gloss is no part of the name


# ---------------------------------------------------------------- English cues


def test_products_launched_before_a_class_noun_and_after_an_apposition(resources):
    text = "Lumeo launched Atrium, a platform for support teams, in May and released its Quill Pro model in June."
    names = _names(resources, text, "en")
    assert names["Atrium"] == ("Atrium", "product")
    assert names["Quill Pro"] == ("Quill Pro", "product")


def test_people_who_join_from_a_company_and_orgs_behind_a_class_noun(resources):
    text = (
        "Halvard said Priya Nandakumar has joined from Boschwerk Mobility as chief operating officer. "
        "It signed a deal with freight operator Kestrel Haulage. Greyfield, Altman's family office, invested."
    )
    names = _names(resources, text, "en")
    assert names["Priya Nandakumar"] == ("Priya Nandakumar", "person")
    for org in ("Boschwerk Mobility", "Kestrel Haulage", "Greyfield"):
        assert names[org] == (org, "org")


def test_nationality_adjectives_before_a_lead_investor_are_not_names(resources):
    text = "Vantor said it raised $50 million in a round led by Swedish investment group Kinnevik and Dutch fund Prosus."
    names = _names(resources, text, "en")
    assert "Swedish" not in names and "Dutch" not in names


# ---------------------------------------------------------------- coreference


def test_korean_hoesa_opening_a_sentence_means_the_company_not_its_investor(resources):
    text = (
        "물류 스타트업 로지파인이 시리즈A를 유치했다. 이번 라운드는 한빛인베스트먼트가 이끌었다.\n\n"
        "회사는 내년 일본에 진출한다. 투자 회사 관계자는 말을 아꼈다."
    )
    assert _refs(resources, text, "ko", "coref") == [("회사", "로지파인")]


def test_the_company_opening_a_sentence_continues_the_previous_subject(resources):
    text = (
        "Scale AI cut 200 jobs this week.\n\n"
        "In Oslo, Nordlys AI raised a 20 million euro seed round co-led by Fjell Ventures and Creandum. "
        "The company was founded last year."
    )
    assert _refs(resources, text, "en", "coref") == [("The company", "Nordlys AI")]


def test_the_startup_prefers_the_startup_to_the_big_company_beside_it(resources):
    text = "Stripe agreed to buy Pelican Labs, a payments startup. The startup was founded in 2021."
    assert _refs(resources, text, "en", "coref") == [("The startup", "Pelican Labs")]


def test_a_relative_clause_ties_the_company_to_the_persons_employer(resources):
    text = "Trellis chief executive Maya Ortiz, who founded the company in 2019, will join Salesforce."
    assert _refs(resources, text, "en", "coref") == [("the company", "Trellis")]


def test_a_described_company_is_the_topic_of_its_own_paragraph(resources):
    text = (
        "Scale AI cut 200 jobs on Monday.\n\n"
        "Perplexity closed a $100 million round. The deal values the AI search company at $18 billion. "
        "Its parent company declined to comment."
    )
    assert _refs(resources, text, "en", "coref") == [("the AI search company", "Perplexity")]


def test_the_company_after_a_clause_break_is_the_company_the_sentence_opens_with(resources):
    text = (
        "Nvidia invested in Kestrel last year. A Kestrel spokesperson denied a report that Nvidia had agreed "
        "to buy a stake in the company. Meta lost a researcher: Jane Doe, who led its safety team, left the company."
    )
    assert _refs(resources, text, "en", "coref") == [("the company", "Kestrel"), ("the company", "Meta")]


def test_the_company_in_its_subjects_own_clause_means_another_company(resources):
    text = "Google invested in Lumen. Microsoft invested in the company too."
    assert _refs(resources, text, "en", "coref") == [("the company", "Lumen")]


def test_a_later_the_company_continues_the_previous_sentences_subject(resources):
    text = (
        "OpenAI closed a $40 billion round on Monday.\n\nTessellate, a Boston vision startup, cut 48 jobs. "
        "Its chief executive, Ana Ruiz, told staff the company had cash for a year."
    )
    assert _refs(resources, text, "en", "coref") == [("the company", "Tessellate")]


def test_an_apposed_description_binds_to_the_name_before_it(resources):
    text = "Vellum, the startup behind the Quill editor, raised $30 million. Google backed Orbis, the French startup."
    assert _refs(resources, text, "en", "coref") == [("the startup", "Vellum"), ("the French startup", "Orbis")]


def test_a_description_right_before_a_name_is_no_anaphor(resources):
    text = "Mistral hired two engineers. Its rival, the facial-recognition company SenseTime, declined to comment."
    assert _refs(resources, text, "en", "coref") == []


def test_capitalised_class_words_and_korean_generic_nouns_are_not_names(resources):
    names = _names(resources, "Rival Stability AI raised $101 million. Rivals Cohere and Mistral raised more.", "en")
    assert "Rival Stability AI" not in names and names["Stability AI"] == ("Stability AI", "org")
    assert _names(resources, "처음 보는 물건도 로봇 팔이 집을 수 있게 하는 모델을 만듭니다.", "ko") == {}


def test_an_anaphor_opening_a_paragraph_continues_the_previous_paragraphs_topic(resources):
    text = (
        "Stripe said on Monday it would buy Pelican Labs.\n\n"
        "Pelican Labs had raised $20 million. The price Stripe is paying is four times that.\n\n"
        "The company has been growing fast."
    )
    assert _refs(resources, text, "en", "coref") == [("The company", "Pelican Labs")]


def test_korean_hiring_verbs_name_the_hiring_company_and_the_one_left(resources):
    text = "블루밸리는 몽키랩에서 김태오 박사를 최고기술책임자(CTO)로 영입했다. 정민지 연구원은 헤이즐소프트에서 자리를 옮겼다."
    names = _names(resources, text, "ko")
    for org in ("블루밸리", "몽키랩", "헤이즐소프트"):
        assert names[org] == (org, "org")
    assert "서울" not in _names(resources, "그는 서울에서 합류했다.", "ko")


def test_a_known_persons_family_name_before_a_title_stays_that_person(resources):
    text = "다리오 아모데이 CEO가 회사를 세웠다. 연구 부사장을 지낸 아모데이 CEO는 말했다."
    assert [(m.text, m.entity.name) for m in _mentions(resources, text, "ko") if m.text == "아모데이"] == [
        ("아모데이", "Dario Amodei")
    ]
