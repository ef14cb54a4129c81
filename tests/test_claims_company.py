"""Company claims (launch, founding, partnership) on real news sentences, with the
mentions given by hand (see ``test_claims_talent.context``)."""

from __future__ import annotations

from dataclasses import replace

from test_claims_talent import LEXICONS, claims, context

from warchest.claims import company
from warchest.claims.merge import merge_restatements

O, P, R = "org", "person", "product"


def summary(found: list[dict]) -> list[tuple]:
    return [(c["type"], c["args"], c["date"]) for c in found]


# ---------------------------------------------------------------- launch


def test_korean_launches_each_product_with_its_own_date():
    text = ("미스트랄AI는 올해 2월 최상위 모델 ‘미스트랄 라지’와 챗봇 ‘르 샤’를 공개했고, "
            "지난달에는 코드 생성 모델 ‘코드스트랄’을 내놨다.")
    names = {"미스트랄AI": ("Mistral AI", O), "미스트랄 라지": ("Mistral Large", R), "르 샤": ("Le Chat", R),
             "코드스트랄": ("Codestral", R)}
    assert summary(claims(company, text, "ko", names, published="2024-06-12")) == [
        ("launch", {"org": "Mistral AI", "product": "Mistral Large"}, "2024-02"),
        ("launch", {"org": "Mistral AI", "product": "Le Chat"}, "2024-02"),
        ("launch", {"org": "Mistral AI", "product": "Codestral"}, "2024-05"),
    ]


def test_english_launch_dates_sit_after_the_product_too():
    text = ("Anthropic released its Claude 3 family of models in March and has since launched Claude 3.5 Sonnet. "
            "Mistral's first model, Mistral 7B, came out last September.")
    names = {"Anthropic": ("Anthropic", O), "Claude 3": ("Claude 3", R), "Claude 3.5 Sonnet": ("Claude 3.5 Sonnet", R),
             "Mistral 7B": ("Mistral 7B", R), "Mistral": ("Mistral AI", O)}
    found = summary(claims(company, text, "en", names, published="2024-06-12"))
    assert found[0] == ("launch", {"org": "Anthropic", "product": "Claude 3"}, "2024-03")
    assert found[1][1] == {"org": "Anthropic", "product": "Claude 3.5 Sonnet"}
    assert found[2] == ("launch", {"org": "Mistral AI", "product": "Mistral 7B"}, "2023-09")


def test_planned_launches_and_products_of_another_clause_are_not_launches():
    text = ("LG AI연구원은 내년에 ‘엑사원 4.0’을 출시할 예정이다. "
            "앤트로픽은 지난달 차세대 모델 ‘클로드2’를 내놓으며 오픈AI의 챗GPT를 위협할 대항마로 떠올랐다.")
    names = {"LG AI연구원": ("LG AI Research", O), "엑사원 4.0": ("Exaone 4.0", R), "앤트로픽": ("Anthropic", O),
             "클로드2": ("Claude 2", R), "오픈AI": ("OpenAI", O), "챗GPT": ("ChatGPT", R)}
    assert summary(claims(company, text, "ko", names, published="2023-08-10")) == [
        ("launch", {"org": "Anthropic", "product": "Claude 2"}, "2023-07")]


# ---------------------------------------------------------------- founding


def test_korean_foundings_with_founders_and_appositive_founders():
    text = ("2021년 설립된 앤스로픽은 오픈AI의 대항마로 꼽힌다. "
            "아르튀르 망슈 최고경영자(CEO)와 기욤 랑플, 티모테 라크루아는 지난해 4월 미스트랄AI를 공동 창업했다. "
            "스케일AI 창업자인 알렉산더 왕은 메타로 자리를 옮겼다.")
    names = {"앤스로픽": ("Anthropic", O), "오픈AI": ("OpenAI", O), "아르튀르 망슈": ("Arthur Mensch", P),
             "기욤 랑플": ("Guillaume Lample", P), "티모테 라크루아": ("Timothee Lacroix", P), "미스트랄AI": ("Mistral AI", O),
             "스케일AI": ("Scale AI", O), "알렉산더 왕": ("Alexandr Wang", P), "메타": ("Meta", O)}
    assert summary(claims(company, text, "ko", names, published="2024-06-12")) == [
        ("founding", {"org": "Anthropic"}, "2021"),
        ("founding", {"org": "Mistral AI", "founders": ("Arthur Mensch", "Guillaume Lample", "Timothee Lacroix")}, "2023-04"),
        ("founding", {"org": "Scale AI", "founders": ("Alexandr Wang",)}, None),
    ]


def test_english_foundings_passive_participle_and_relative():
    text = ("Founded in 2017 by June Paik, a former Samsung Electronics and AMD engineer who is now its chief "
            "executive, FuriosaAI unveiled its RNGD chip. "
            "Hoffman, who co-founded Inflection with Suleyman and Simonyan in 2022, also sits on Microsoft's board.")
    names = {"June Paik": ("June Paik", P), "Samsung Electronics": ("Samsung Electronics", O), "AMD": ("AMD", O),
             "FuriosaAI": ("FuriosaAI", O), "RNGD": ("RNGD", R), "Hoffman": ("Reid Hoffman", P),
             "Inflection": ("Inflection AI", O), "Suleyman": ("Mustafa Suleyman", P), "Simonyan": ("Karen Simonyan", P),
             "Microsoft": ("Microsoft", O)}
    found = [c for c in claims(company, text, "en", names, published="2025-03-20") if c["type"] == "founding"]
    assert summary(found) == [
        ("founding", {"org": "FuriosaAI", "founders": ("June Paik",)}, "2017"),
        ("founding", {"org": "Inflection AI", "founders": ("Reid Hoffman", "Mustafa Suleyman", "Karen Simonyan")}, "2022"),
    ]


def test_appositive_founders_before_an_org():
    text = "The late Steve Jobs, Apple's co-founder, introduced the iPhone in 2007."
    found = claims(company, text, "en", {"Steve Jobs": ("Steve Jobs", P), "Apple": ("Apple", O), "iPhone": ("iPhone", R)},
                   type="founding")
    assert summary(found) == [("founding", {"org": "Apple", "founders": ("Steve Jobs",)}, None)]
    found = claims(company, "김범수 카카오 창업자는 경영 일선에서 물러났다.", "ko",
                   {"김범수": ("Kim Beom-su", P), "카카오": ("Kakao", O)}, type="founding")
    assert summary(found) == [("founding", {"org": "Kakao", "founders": ("Kim Beom-su",)}, None)]


def test_korean_founding_of_a_topicalised_object_but_not_of_a_lab_set_up():
    text = "퀀텀로보는 현대차 연구원 출신인 민경호 대표가 2021년 세웠다. 삼성전자는 AI 연구소를 설립했다."
    names = {"퀀텀로보": ("Quantum Robo", O), "현대차": ("Hyundai Motor", O), "민경호": ("Min Kyung-ho", P),
             "삼성전자": ("Samsung Electronics", O)}
    assert summary(claims(company, text, "ko", names, type="founding")) == [
        ("founding", {"org": "Quantum Robo", "founders": ("Min Kyung-ho",)}, "2021")]


def test_joint_venture_founders_are_its_parent_orgs():
    text = "오픈AI와 소프트뱅크그룹은 지난 3일 일본 도쿄에서 기업용 AI 합작사 ‘SB 오픈AI 재팬’을 설립한다고 발표했다."
    names = {"오픈AI": ("OpenAI", O), "소프트뱅크그룹": ("SoftBank Group", O), "SB 오픈AI 재팬": ("SB OpenAI Japan", O)}
    found = [c for c in claims(company, text, "ko", names, published="2025-02-05") if c["type"] == "founding"]
    assert summary(found) == [("founding", {"org": "SB OpenAI Japan", "founders": ("OpenAI", "SoftBank Group")},
                               "2025-02-03")]


# ---------------------------------------------------------------- partnership


def test_korean_partnerships_need_two_orgs_and_more_than_talk():
    text = ("SK텔레콤은 지난해 8월 앤스로픽에 1억 달러를 투자했고, 올해 6월에는 퍼플렉시티에 1000만 달러를 투자하며 "
            "협력 관계를 맺었다. 최수연 네이버 대표는 젠슨 황 엔비디아 CEO를 만나 소버린 AI 협력을 논의했다.")
    names = {"SK텔레콤": ("SK Telecom", O), "앤스로픽": ("Anthropic", O), "퍼플렉시티": ("Perplexity", O),
             "최수연": ("Choi Soo-yeon", P), "네이버": ("Naver", O), "젠슨 황": ("Jensen Huang", P), "엔비디아": ("Nvidia", O)}
    assert summary(claims(company, text, "ko", names, published="2024-09-30")) == [
        ("partnership", {"orgs": ("SK Telecom", "Perplexity")}, "2024-06")]


def test_a_distribution_deal_is_with_the_other_company_not_ones_own_cloud():
    text = "MS는 지난달 미스트랄AI에 투자하고, 자사 클라우드 ‘애저’를 통해 미스트랄AI의 모델을 공급하기로 했다."
    names = {"MS": ("Microsoft", O), "미스트랄AI": ("Mistral AI", O), "애저": ("Azure", O, "Microsoft")}
    assert summary(claims(company, text, "ko", names, published="2024-03-10")) == [
        ("partnership", {"orgs": ("Microsoft", "Mistral AI")}, "2024-02")]


def test_a_deal_with_another_company_is_a_partnership_unless_it_buys_it():
    text = ("SK Telecom and Amazon Web Services signed a deal last month to build an AI data center. "
            "Helios Data signed an agreement with Corvid Analytics to acquire it.")
    names = {"SK Telecom": ("SK Telecom", O), "Amazon Web Services": ("Amazon Web Services", O),
             "Helios Data": ("Helios Data", O), "Corvid Analytics": ("Corvid Analytics", O)}
    assert [c["args"] for c in claims(company, text, "en", names)] == [
        {"orgs": ("SK Telecom", "Amazon Web Services")}]


def test_english_partnerships():
    text = ("Rebellions is working with Samsung Electronics, which manufactures its chips, on a processor. "
            "As part of the deal, Anthropic named Amazon Web Services its primary training partner. "
            "Nvidia and Intel discussed working with each other.")
    names = {"Rebellions": ("Rebellions", O), "Samsung Electronics": ("Samsung Electronics", O),
             "Anthropic": ("Anthropic", O), "Amazon Web Services": ("Amazon Web Services", O),
             "Nvidia": ("Nvidia", O), "Intel": ("Intel", O)}
    assert [c["args"] for c in claims(company, text, "en", names)] == [
        {"orgs": ("Rebellions", "Samsung Electronics")}, {"orgs": ("Anthropic", "Amazon Web Services")}]


# ---------------------------------------------------------------- unknown names, read from syntax
# The names left out of ``names`` below are ones no gazetteer knows: the frames
# must find them from their slot (topic, subject, object, "with", quotes).


def test_launch_of_an_unknown_quoted_product_by_an_unknown_topic():
    found = claims(company, "스텔라랩은 지난 2월 영상 생성 모델 '스텔라 V2'를 공개했다.", "ko", {},
                   published="2025-06-10")
    assert summary(found) == [("launch", {"org": "스텔라랩", "product": "스텔라 V2"}, "2025-02")]


def test_launch_of_an_unquoted_versioned_model_after_a_product_noun():
    found = claims(company, "업스테이지가 새 언어모델 솔라 프로 2를 선보였다.", "ko", {"업스테이지": ("Upstage", O)})
    assert summary(found) == [("launch", {"org": "Upstage", "product": "솔라 프로 2"}, None)]


def test_a_longer_quoted_name_replaces_the_known_product_inside_it():
    found = claims(company, "네이버클라우드는 경량 모델 ‘하이퍼클로바X 시드’를 공개했다.", "ko",
                   {"네이버클라우드": ("Naver Cloud", O), "하이퍼클로바X": ("HyperCLOVA X", R)})
    assert [c["args"] for c in found] == [{"org": "Naver Cloud", "product": "하이퍼클로바X 시드"}]


def test_english_launch_objects_the_gazetteer_lacks():
    text = ("Nomi Labs rolled out Atlas-2, its new reasoning model, on Tuesday. "
            "Vanta Robotics introduced its first humanoid, Kite, in January.")
    assert summary(claims(company, text, "en", {}, published="2025-06-10")) == [
        ("launch", {"org": "Nomi Labs", "product": "Atlas-2"}, "2025-06-10"),
        ("launch", {"org": "Vanta Robotics", "product": "Kite"}, "2025-01")]


def test_mentions_and_plans_are_not_launches():
    ko = "LG전자는 내년 상반기 새 로봇 '클로이 X'를 출시할 계획이다. 카카오의 '카나나' 이용자는 100만 명을 넘었다."
    assert claims(company, ko, "ko", {"LG전자": ("LG Electronics", O), "카카오": ("Kakao", O)}) == []
    en = ("Orbital plans to launch its first chip, Halo 1, next year. "
          "Vireo released a statement on Monday denying the report.")
    assert claims(company, en, "en", {}) == []


def test_the_company_launches_what_the_earlier_topic_of_its_paragraph_founded():
    text = ("닥터노트는 2022년 설립됐다. 병원 진료 기록을 자동으로 정리해 준다. "
            "회사는 지난달 의료 음성인식 서비스 '노트온'을 출시했다.")
    found = claims(company, text, "ko", {}, published="2025-06-10", type="launch")
    assert summary(found) == [("launch", {"org": "닥터노트", "product": "노트온"}, "2025-05")]


def test_a_launch_is_dated_outside_the_founding_clause_before_it():
    text = "김도현 대표가 2021년 세운 딥스케치는 지난달 이미지 생성 모델 '스케치젠 3'를 출시했다."
    names = {"김도현": ("Kim Do-hyun", P), "딥스케치": ("딥스케치", O)}  # the entity layer reads 세운 X는
    assert summary(claims(company, text, "ko", names, published="2025-06-10")) == [
        ("launch", {"org": "딥스케치", "product": "스케치젠 3"}, "2025-05"),
        ("founding", {"org": "딥스케치", "founders": ("Kim Do-hyun",)}, "2021")]


def test_korean_foundings_of_unknown_companies():
    text = ("바이오넥스는 2019년 이수진 대표와 박준호 CTO가 공동 창업한 회사다. "
            "로봇 스타트업 아이언핸드는 2020년 설립됐다.")
    found = claims(company, text, "ko", {"이수진": ("Lee Su-jin", P), "박준호": ("Park Jun-ho", P)})
    assert summary(found) == [
        ("founding", {"org": "바이오넥스", "founders": ("Lee Su-jin", "Park Jun-ho")}, "2019"),
        ("founding", {"org": "아이언핸드"}, "2020")]


def test_english_founder_lists_relatives_and_appositives_with_unknown_names():
    text = ("Brightloom was started in 2019 by Ana Souza, Kenji Ito and Lars Berg, three former Google engineers. "
            "Dana Reyes, who co-founded Tessera in 2018, left the company last year. "
            "Cohere co-founder Aidan Gomez said the company would expand.")
    found = claims(company, text, "en", {"Cohere": ("Cohere", O)})
    assert summary(found) == [
        ("founding", {"org": "Brightloom", "founders": ("Ana Souza", "Kenji Ito", "Lars Berg")}, "2019"),
        ("founding", {"org": "Tessera", "founders": ("Dana Reyes",)}, "2018"),
        ("founding", {"org": "Cohere", "founders": ("Aidan Gomez",)}, None)]


def test_one_founder_founds_every_company_joined_to_the_object():
    text = "Hassabis co-founded DeepMind and, later, Isomorphic Labs."
    names = {"Hassabis": ("Demis Hassabis", P), "DeepMind": ("DeepMind", O), "Isomorphic Labs": ("Isomorphic Labs", O)}
    assert [c["args"] for c in claims(company, text, "en", names)] == [
        {"org": "DeepMind", "founders": ("Demis Hassabis",)},
        {"org": "Isomorphic Labs", "founders": ("Demis Hassabis",)}]


def test_a_fuller_founding_absorbs_the_appositive_one_and_an_opening_participle_finds_its_head():
    text = ("“Close is broken,” said Lena Ruiz, co-founder and CEO of Ledgerly. "
            "Founded in 2020 by Lena Ruiz and Tom Hale, Ledgerly is based in Austin. "
            "Founded in 1998, Northwind has backed 300 companies.")
    found = company.extract(context(text, "en", {"Lena Ruiz": ("Lena Ruiz", P), "Ledgerly": ("Ledgerly", O)}), LEXICONS)
    assert [(c.args["org"].name, len(c.args.get("founders", ()))) for c in found] == [
        ("Ledgerly", 1), ("Ledgerly", 2), ("Northwind", 0)]
    kept = merge_restatements(found)
    assert [(c.args["org"].name, tuple(f.name for f in c.args.get("founders", ())), c.date.value) for c in kept] == [
        ("Ledgerly", ("Lena Ruiz", "Tom Hale"), "2020"), ("Northwind", (), "1998")]


def test_korean_partnerships_of_unknown_parties():
    text = ("토스와 하나은행이 지난달 전략적 제휴를 체결했다. "
            "KT가 물류 스타트업 '로지아이'와 배송 로봇 공동 개발을 위한 업무협약을 체결했다고 2일 밝혔다. "
            "딥브레인AI는 지난해 7월 LG유플러스, KT와 3자 업무협약(MOU)을 체결했다.")
    found = claims(company, text, "ko", {"KT": ("KT", O), "LG유플러스": ("LG Uplus", O)}, published="2025-06-10")
    assert summary(found) == [
        ("partnership", {"orgs": ("토스", "하나은행")}, "2025-05"),
        ("partnership", {"orgs": ("KT", "로지아이")}, "2025-06-02"),
        ("partnership", {"orgs": ("딥브레인AI", "LG Uplus", "KT")}, "2024-07")]


def test_english_partnerships_with_unknown_partners_and_an_aside_founding():
    text = ("Quanta teamed up with Arcwise and Fieldline to build an inspection platform. "
            "Lumen Robotics signed a memorandum of understanding with Hyundai Motor Group last month. "
            "Fernwood Robotics, which Ana Petrovic started in 2019, teamed up with Siemens in March.")
    found = claims(company, text, "en", {"Hyundai Motor Group": ("Hyundai Motor Group", O), "Siemens": ("Siemens", O)},
                   published="2025-06-10")
    assert summary(found) == [
        ("partnership", {"orgs": ("Quanta", "Arcwise", "Fieldline")}, None),
        ("partnership", {"orgs": ("Lumen Robotics", "Hyundai Motor Group")}, "2025-05"),
        ("founding", {"org": "Fernwood Robotics", "founders": ("Ana Petrovic",)}, "2019"),
        ("partnership", {"orgs": ("Fernwood Robotics", "Siemens")}, "2025-03")]


def test_planned_talked_of_and_stock_price_partnerships_are_none():
    ko = ("모비젠은 SK텔레콤과 제휴를 추진할 예정이다. 셀바스AI는 삼성서울병원과 협력 방안을 논의했다. "
          "카카오 주가는 제휴 소식이 전해진 뒤 강세를 보였다.")
    assert claims(company, ko, "ko", {"SK텔레콤": ("SK Telecom", O), "카카오": ("Kakao", O)}) == []
    en = ("Pelagic is in talks to partner with Oceanix, people familiar said. "
          "Maple Compute plans to partner with Dell next year.")
    assert claims(company, en, "en", {"Dell": ("Dell", O)}) == []


def test_results_and_kinds_of_product_are_not_launched_products():
    en = "Nvidia released Q3 results on Wednesday. Baidu released 2024 earnings."
    assert claims(company, en, "en", {"Nvidia": ("Nvidia", O), "Baidu": ("Baidu", O)}) == []
    ko = "삼성SDS는 기업용 'AI 에이전트'를 공개했다. 오픈AI와 MS는 협력 관계를 재정비하기 위한 협상을 벌이고 있다."
    assert claims(company, ko, "ko", {"삼성SDS": ("Samsung SDS", O), "오픈AI": ("OpenAI", O), "MS": ("Microsoft", O)}) == []


def test_a_speaker_is_no_party_to_the_partnership_he_describes():
    text = "In a blog post, Kevin Scott said the partnership with Mistral would continue."
    assert claims(company, text, "en", {"Mistral": ("Mistral AI", O)}) == []


def test_a_lone_partner_joins_the_subject_the_sentence_refers_back_to():
    text = ("Cadence launched its first product in 2022.\n\nIt also struck a distribution agreement with Twilio in "
            "January. Analysts said the partnership with Twilio would help.")
    names = {"Cadence": ("Cadence", O), "It": ("Cadence", O), "Twilio": ("Twilio", O)}  # "It": the entity layer's coref
    found = claims(company, text, "en", names, published="2025-06-10", type="partnership")
    assert summary(found) == [("partnership", {"orgs": ("Cadence", "Twilio")}, "2025-01")]


def test_a_dropped_korean_subject_is_a_party_but_a_deal_only_talked_about_is_not():
    text = ("클래스메이트는 2021년 설립됐다. 지난해 11월 교원그룹과 콘텐츠 공동 개발을 위한 파트너십을 맺었다. "
            "증권가에서는 이번 파트너십이 교원그룹의 성장에 기여할 것으로 내다봤다.")
    found = claims(company, text, "ko", {"교원그룹": ("Kyowon Group", O)}, published="2025-06-10", type="partnership")
    assert summary(found) == [("partnership", {"orgs": ("클래스메이트", "Kyowon Group")}, "2024-11")]


# ---------------------------------------------------------------- round 2: unseen wordings


def compact(found) -> list[tuple]:
    """Claims straight from ``company.extract``, as (type, args, date)."""
    def names(v):
        return tuple(x.name for x in v) if isinstance(v, tuple) else v.name
    return [(c.type, {r: names(v) for r, v in c.args.items()}, c.date.value if c.date else None) for c in found]


def with_coref(text: str, lang: str, names: dict[str, tuple], anaphor: str, published: str = "2025-06-10"):
    """A context whose ``anaphor`` mentions came from the entity layer's coreference."""
    ctx = context(text, lang, names, published)
    mentions = [replace(m, how="coref") if m.text == anaphor else m for m in ctx.mentions]
    return type(ctx)(ctx.document, ctx.sentences, ctx.quantities, mentions, ctx.morphology)


def test_a_subject_pronoun_is_the_previous_subject_not_an_org_of_an_opening_phrase():
    text = ("Unlike Google and Amazon, Helix Labs has avoided consumer apps. It launched Orbit, a tool for lawyers, "
            "in May and released its Vega model in June. Last month it partnered with Telenor.")
    names = {"Google": ("Google", O), "Amazon": ("Amazon", O), "Helix Labs": ("Helix Labs", O),
             "Telenor": ("Telenor", O)}
    assert summary(claims(company, text, "en", names, published="2025-08-20")) == [
        ("launch", {"org": "Helix Labs", "product": "Orbit"}, "2025-05"),
        ("launch", {"org": "Helix Labs", "product": "Vega"}, "2025-06"),
        ("partnership", {"orgs": ("Helix Labs", "Telenor")}, "2025-07")]


def test_a_korean_anaphor_skips_a_sentence_about_a_person_and_a_university():
    text = ("퓨리오사AI는 2017년 백준호 대표가 세운 회사다. 미국 카네기멜런대 출신인 백 대표는 AMD를 거쳤다.\n\n"
            "회사는 지난 5월 AI 칩 ‘레니게이드 S’를 공개했다.")
    names = {"퓨리오사AI": ("FuriosaAI", O), "백준호": ("June Paik", P), "백 대표": ("June Paik", P),
             "카네기멜런대": ("Carnegie Mellon University", O), "AMD": ("AMD", O)}
    found = claims(company, text, "ko", names, published="2025-08-20", type="launch")
    assert summary(found) == [("launch", {"org": "FuriosaAI", "product": "레니게이드 S"}, "2025-05")]


def test_an_opening_anaphor_takes_the_previous_subject_over_a_salient_org():
    text = ("Perplexity raised money this week. In Bergen, Tideline Labs closed a seed round led by Index Ventures. "
            "The company was founded last year by Sigrid Holm and Petter Aas, two former Opera engineers.")
    names = {"Perplexity": ("Perplexity", O), "Tideline Labs": ("Tideline Labs", O),
             "Index Ventures": ("Index Ventures", O), "The company": ("Perplexity", O),
             "Sigrid Holm": ("Sigrid Holm", P), "Petter Aas": ("Petter Aas", P), "Opera": ("Opera", O)}
    ctx = with_coref(text, "en", names, "The company")
    assert compact(company.extract(ctx, LEXICONS)) == [
        ("founding", {"org": "Tideline Labs", "founders": ("Sigrid Holm", "Petter Aas")}, "2024")]


def test_english_founding_relatives_reduced_and_which_clauses():
    text = ("Last year it bought Kestrel, the drone startup co-founded by former Tesla engineer Mara Quinn, for "
            "$200 million. Pinecrest, which Omar Haddad and Lucy Tran set up in 2021, raised $10 million. "
            "Sales of the phone, which Apple started in 2020, fell. "
            "Vellum hired Brightside's co-founders Ravi Shah and Lena Park in March. "
            "Vantora, which is based in Paris, was founded in 2020 by Lea Martin.")
    names = {"Tesla": ("Tesla", O), "Apple": ("Apple", O), "Vellum": ("Vellum", O), "Brightside": ("Brightside", O)}
    assert summary(claims(company, text, "en", names, published="2025-06-10")) == [
        ("founding", {"org": "Kestrel", "founders": ("Mara Quinn",)}, None),
        ("founding", {"org": "Pinecrest", "founders": ("Omar Haddad", "Lucy Tran")}, "2021"),
        ("founding", {"org": "Brightside", "founders": ("Ravi Shah", "Lena Park")}, None),
        ("founding", {"org": "Vantora", "founders": ("Lea Martin",)}, "2020")]


def test_korean_founders_heading_a_relative_clause():
    text = ("2019년 로지웨이브를 세운 최민호 대표를 판교 사무실에서 만났다. "
            "스캐터랩은 경영진을 교체했다. 2011년 회사를 창업한 김종윤 대표는 이사회 의장으로 물러났다. "
            "2020년 설립한 회사를 매각한 이 대표는 새 회사를 차렸다.")
    names = {"최민호": ("Choi Min-ho", P), "스캐터랩": ("Scatter Lab", O), "김종윤": ("Kim Jong-yoon", P)}
    assert summary(claims(company, text, "ko", names, published="2025-06-10")) == [
        ("founding", {"org": "로지웨이브", "founders": ("Choi Min-ho",)}, "2019"),
        ("founding", {"org": "Scatter Lab", "founders": ("Kim Jong-yoon",)}, "2011")]


def test_an_unknown_person_is_a_founder_not_a_party():
    text = ("Priya Nair founded Lumen Labs in 2021 with Tom Reyes. "
            "Maya Lindqvist teamed up with Telenor on a chatbot. "
            "Jonas Berg launched Quill in 2023. "
            "Orbital partnered with Telenor, Maya Lindqvist said.")
    found = claims(company, text, "en", {"Telenor": ("Telenor", O)}, published="2025-06-10")
    assert summary(found) == [
        ("founding", {"org": "Lumen Labs", "founders": ("Priya Nair", "Tom Reyes")}, "2021"),
        ("partnership", {"orgs": ("Orbital", "Telenor")}, None)]


def test_english_launches_of_coordinated_new_products():
    text = ("Kontra Labs rolled out Atlas and Beacon, two coding assistants. "
            "Nvidia introduced its Blackwell chips and the Grace CPU. "
            "Kontra Labs launched Atlas and said Beacon would follow. "
            "Kontra Labs launched Comet and Tessa Grant joined as its chief technology officer.")
    found = summary(claims(company, text, "en", {"Kontra Labs": ("Kontra Labs", O), "Nvidia": ("Nvidia", O)}))
    assert [c[1]["product"] for c in found] == ["Atlas", "Beacon", "Blackwell", "Grace CPU", "Atlas", "Comet"]


def test_korean_product_names_before_a_product_noun():
    text = ("SK하이닉스는 지난달 HBM3E 12단 제품을 공개했다. 삼성전자는 올해 3월 갤럭시 S25 시리즈를 출시했다. "
            "모레는 2분기에 AI 제품을 출시했다. LG전자는 CES 2025에서 AI 칩을 공개했다.")
    names = {"SK하이닉스": ("SK Hynix", O), "삼성전자": ("Samsung Electronics", O), "모레": ("Moreh", O),
             "LG전자": ("LG Electronics", O)}
    assert summary(claims(company, text, "ko", names, published="2025-06-10")) == [
        ("launch", {"org": "SK Hynix", "product": "HBM3E 12단"}, "2025-05"),
        ("launch", {"org": "Samsung Electronics", "product": "갤럭시 S25"}, "2025-03")]


def test_korean_partnerships_worded_as_designations_supply_and_joint_work():
    text = ("카카오는 지난해 3월 네이버클라우드를 주요 클라우드 인프라 파트너로 선정했다. "
            "모레는 지난 7월 삼성전자에 추론 칩을 공급하기로 계약했다. "
            "업스테이지는 올해 3월 법무법인 광장과 계약서 분석 모델을 함께 만들기로 협약을 맺었다. "
            "퓨리오사AI와 LG AI연구원은 지난 4월 AI 반도체 협력 체계를 구축했다. "
            "업스테이지는 올해 3월 AI와 로봇을 함께 만들기로 했다.")
    names = {"카카오": ("Kakao", O), "네이버클라우드": ("Naver Cloud", O), "모레": ("Moreh", O),
             "삼성전자": ("Samsung Electronics", O), "업스테이지": ("Upstage", O), "퓨리오사AI": ("FuriosaAI", O),
             "LG AI연구원": ("LG AI Research", O)}
    assert summary(claims(company, text, "ko", names, published="2025-06-10")) == [
        ("partnership", {"orgs": ("Kakao", "Naver Cloud")}, "2024-03"),
        ("partnership", {"orgs": ("Moreh", "Samsung Electronics")}, "2024-07"),
        ("partnership", {"orgs": ("Upstage", "광장")}, "2025-03"),
        ("partnership", {"orgs": ("FuriosaAI", "LG AI Research")}, "2025-04")]


def test_english_partnerships_worded_as_agreements_licences_and_designations():
    text = ("Nvidia also agreed with Foxconn to build an AI factory in Taiwan. "
            "LoveFrom remains independent but works on hardware across OpenAI under a separate agreement. "
            "Aleph Alpha named Oracle its preferred cloud partner in May. "
            "Nvidia agreed with the regulators to sell the unit. "
            "Days later, Intel stepped in. It said it would pay $900 million to license some of Enfabrica's "
            "technology.")
    names = {"Nvidia": ("Nvidia", O), "Foxconn": ("Foxconn", O), "LoveFrom": ("LoveFrom", O),
             "OpenAI": ("OpenAI", O), "Aleph Alpha": ("Aleph Alpha", O), "Oracle": ("Oracle", O),
             "Intel": ("Intel", O), "Enfabrica": ("Enfabrica", O)}
    assert summary(claims(company, text, "en", names, published="2025-06-10")) == [
        ("partnership", {"orgs": ("Nvidia", "Foxconn")}, None),
        ("partnership", {"orgs": ("LoveFrom", "OpenAI")}, None),
        ("partnership", {"orgs": ("Aleph Alpha", "Oracle")}, "2025-05"),
        ("partnership", {"orgs": ("Intel", "Enfabrica")}, None)]


def test_a_news_agency_is_a_partner_where_the_deal_takes_it_as_one():
    text = "In March, Cohere signed a deal with Reuters that lets its assistant cite news stories."
    names = {"Cohere": ("Cohere", O), "Reuters": ("Reuters", O)}
    ctx = context(text, "en", names, "2025-06-10")
    media = [replace(m, entity=replace(m.entity, subkind="media")) if m.text == "Reuters" else m for m in ctx.mentions]
    ctx = type(ctx)(ctx.document, ctx.sentences, ctx.quantities, media, ctx.morphology)
    assert compact(company.extract(ctx, LEXICONS)) == [("partnership", {"orgs": ("Cohere", "Reuters")}, "2025-03")]


def test_an_anaphor_in_apposition_is_no_second_founded_org():
    text = "Vantage rose. In June, it bought Kestrel, the drone startup co-founded by Mara Quinn, for $200 million."
    names = {"Vantage": ("Vantage", O), "Kestrel": ("Kestrel", O), "the drone startup": ("Vantage", O),
             "Mara Quinn": ("Mara Quinn", P)}
    ctx = with_coref(text, "en", names, "the drone startup")
    assert compact(company.extract(ctx, LEXICONS)) == [("founding", {"org": "Kestrel", "founders": ("Mara Quinn",)}, None)]


def test_a_passive_launch_takes_its_subject_as_the_product_and_its_agent_as_maker():
    text = ("Orbit, a contract review tool, was launched in May by Helix Labs. "
            "Results were released on Tuesday. "
            "Helix Labs has grown fast. Quill was launched in June.")
    found = claims(company, text, "en", {"Helix Labs": ("Helix Labs", O)}, published="2025-08-20")
    assert summary(found) == [("launch", {"org": "Helix Labs", "product": "Orbit"}, "2025-05")]


def test_a_korean_word_after_a_product_noun_is_a_product_unless_it_names_a_feature():
    text = ("네이버는 2020년 AI 음성 기록 서비스 클로바노트를 선보였다. 카카오는 챗봇 기능을 공개했다. "
            "토스는 지난달 송금 앱 출시를 발표했다.")
    names = {"네이버": ("Naver", O), "카카오": ("Kakao", O), "토스": ("Toss", O)}
    assert summary(claims(company, text, "ko", names, published="2025-06-10")) == [
        ("launch", {"org": "Naver", "product": "클로바노트"}, "2020")]


def test_english_joint_development_is_a_partnership_but_a_planned_one_is_not():
    text = ("Meta and Scale AI jointly developed a benchmark last year. "
            "Cohere co-developed a model with Fujitsu in 2024. "
            "Mistral plans to co-develop chips with Nvidia.")
    names = {"Meta": ("Meta", O), "Scale AI": ("Scale AI", O), "Cohere": ("Cohere", O), "Fujitsu": ("Fujitsu", O),
             "Mistral": ("Mistral AI", O), "Nvidia": ("Nvidia", O)}
    assert summary(claims(company, text, "en", names, published="2025-06-10")) == [
        ("partnership", {"orgs": ("Meta", "Scale AI")}, "2024"),
        ("partnership", {"orgs": ("Cohere", "Fujitsu")}, "2024")]


def test_a_partner_carried_from_the_sentence_before_past_a_time_phrase():
    en = "Hippocratic AI raised $141 million in January. Weeks later it teamed up with Nvidia."
    found = claims(company, en, "en", {"Hippocratic AI": ("Hippocratic AI", O), "Nvidia": ("Nvidia", O)})
    assert summary(found) == [("partnership", {"orgs": ("Hippocratic AI", "Nvidia")}, None)]
    ko = "루닛은 2013년 설립됐다. 회사는 올해 2월 GE헬스케어와 손잡았다."
    found = claims(company, ko, "ko", {"루닛": ("Lunit", O), "GE헬스케어": ("GE HealthCare", O)}, type="partnership")
    assert summary(found) == [("partnership", {"orgs": ("Lunit", "GE HealthCare")}, "2025-02")]


def test_the_plain_named_subject_of_an_active_founding_verb_is_its_founder():
    text = ("Kira Ono started Tessellate in 2022 after leaving Google. "
            "Marta Kowalczyk later co-founded Brightwave in 2020. "
            "Helix Labs founded Quantix in 2019. "
            "Blue Harbor was founded in 2018. "
            "The rally started Tuesday.")
    found = claims(company, text, "en", {"Google": ("Google", O)})
    assert summary(found) == [
        ("founding", {"org": "Tessellate", "founders": ("Kira Ono",)}, "2022"),
        ("founding", {"org": "Brightwave", "founders": ("Marta Kowalczyk",)}, "2020"),
        ("founding", {"org": "Quantix"}, "2019"),
        ("founding", {"org": "Blue Harbor"}, "2018")]


def test_a_korean_active_founding_founds_its_unknown_object():
    text = "오노 키라 대표는 2022년 테셀레이트를 창업했다. 박지훈 대표는 2019년 회사를 창업했다."
    found = claims(company, text, "ko", {"오노 키라": ("Ono Kira", P), "박지훈": ("Park Ji-hoon", P)})
    assert summary(found) == [("founding", {"org": "테셀레이트", "founders": ("Ono Kira",)}, "2022")]


def test_a_company_that_speaks_of_its_own_deal_is_a_party():
    text = ("Vantora said it would integrate Anthropic's Claude models under a new licensing agreement. "
            "Brisa Labs said that it had teamed up with Siemens. "
            "In a blog post, Kevin Scott said the partnership with Mistral would continue.")
    names = {"Anthropic": ("Anthropic", O), "Claude": ("Claude", R), "Siemens": ("Siemens", O),
             "Mistral": ("Mistral AI", O)}
    assert summary(claims(company, text, "en", names)) == [
        ("partnership", {"orgs": ("Vantora", "Anthropic")}, None),
        ("partnership", {"orgs": ("Brisa Labs", "Siemens")}, None)]


def test_a_quoted_answer_that_drops_its_subject_speaks_for_the_interviewee():
    text = ("뤼튼 이세영 대표를 만났다. 저희는 검색 회사입니다.\n\n―반응은 어떻습니까.\n\n"
            "“지난해 9월 학습 도우미 서비스 ‘뤼튼 튜터’를 출시했는데 반응이 좋습니다. "
            "올해 3월에는 법무법인 광장과 판례 검색 모델을 함께 만들기로 협약을 맺었습니다.”\n\n"
            "매출은 두 배로 늘었다. 지난달에는 제휴를 맺었다.")
    names = {"뤼튼": ("Wrtn", O), "이세영": ("Lee Se-young", P), "저희": ("Wrtn", O)}
    found = compact(company.extract(with_coref(text, "ko", names, "저희"), LEXICONS))
    assert found == [("launch", {"org": "Wrtn", "product": "뤼튼 튜터"}, "2024-09"),
                     ("partnership", {"orgs": ("Wrtn", "광장")}, "2025-03")]


def test_korean_agreement_documents_signed_are_partnerships():
    text = ("카카오는 24일 LG전자와 가전 AI 개발을 위한 양해각서(MOU)를 맺었다. "
            "KT는 지난달 AWS와 클라우드 협약서를 체결했다. "
            "네이버는 오라클과 데이터센터 공급에 관한 의향서를 이날 체결했다.")
    names = {"카카오": ("Kakao", O), "LG전자": ("LG Electronics", O), "KT": ("KT", O), "AWS": ("AWS", O),
             "네이버": ("Naver", O), "오라클": ("Oracle", O)}
    assert [c["args"]["orgs"] for c in claims(company, text, "ko", names)] == [
        ("Kakao", "LG Electronics"), ("KT", "AWS"), ("Naver", "Oracle")]


def test_korean_subjects_that_each_sign_make_one_deal_apiece():
    text = ("현대차와 기아는 이날 엔비디아와 칩 공급 의향서(LOI)를 각각 체결했다. "
            "LG와 SK는 오픈AI와 데이터센터를 함께 개발하기로 했다.")
    names = {"현대차": ("Hyundai", O), "기아": ("Kia", O), "엔비디아": ("Nvidia", O), "LG": ("LG", O),
             "SK": ("SK", O), "오픈AI": ("OpenAI", O)}
    assert [c["args"]["orgs"] for c in claims(company, text, "ko", names)] == [
        ("Hyundai", "Nvidia"), ("Kia", "Nvidia"), ("LG", "SK", "OpenAI")]


def test_korean_names_joined_by_a_middle_dot_are_each_a_party():
    text = ("포스코·한빛제철은 마이크로소프트와 제철 AI를 공동 개발하기로 했다. "
            "대성물산·동원해운은 구글과 손잡았다.")
    names = {"포스코": ("POSCO", O), "마이크로소프트": ("Microsoft", O), "구글": ("Google", O)}
    assert [c["args"]["orgs"] for c in claims(company, text, "ko", names)] == [
        ("POSCO", "한빛제철", "Microsoft"), ("대성물산", "동원해운", "Google")]


def test_a_korean_topic_founded_by_subjects_with_relative_clauses_of_their_own():
    text = ("루미랩스는 2021년 네이버 검색팀을 이끌었던 김도윤과 서울대 교수인 박지현이 함께 세웠다. "
            "카이로봇은 물류 로봇을 만들던 최서준 대표가 2019년 설립했다. "
            "한결AI는 배달 앱을 운영하는 회사를 세웠다.")
    names = {"루미랩스": ("Lumi Labs", O), "네이버": ("Naver", O), "김도윤": ("Kim Do-yoon", P),
             "박지현": ("Park Ji-hyun", P), "카이로봇": ("Kai Robot", O), "최서준": ("Choi Seo-jun", P),
             "한결AI": ("Hangyeol AI", O)}
    assert summary(claims(company, text, "ko", names)) == [
        ("founding", {"org": "Lumi Labs", "founders": ("Kim Do-yoon", "Park Ji-hyun")}, "2021"),
        ("founding", {"org": "Kai Robot", "founders": ("Choi Seo-jun",)}, "2019")]


def test_a_straight_quoted_answer_speaks_for_the_interviewee_not_an_earlier_noun():
    text = ("로보웨이 한지우 대표를 만났다. 저희는 물류 로봇 회사입니다.\n\n―제품은요.\n\n"
            "\"작은 부품도 로봇이 옮길 수 있게 하는 모델을 만듭니다. 올해 3월에는 첫 모델 '웨이-2'를 공개했어요. "
            "롯데로지스와 지난 5월 창고 자동화 실증 협약을 맺었습니다.\"")
    names = {"로보웨이": ("Roboway", O), "한지우": ("Han Ji-woo", P), "저희": ("Roboway", O),
             "롯데로지스": ("Lotte Logis", O)}
    found = compact(company.extract(with_coref(text, "ko", names, "저희"), LEXICONS))
    assert found == [("launch", {"org": "Roboway", "product": "웨이-2"}, "2025-03"),
                     ("partnership", {"orgs": ("Roboway", "Lotte Logis")}, "2025-05")]


def test_a_lowercase_pronoun_after_an_opening_phrase_refers_across_the_paragraph():
    text = ("Oracle is expanding its AI business.\n\n"
            "Earlier this year it agreed with Adobe to resell its design tools. "
            "Last month the company quietly signed a cloud agreement with Cohere.")
    names = {"Oracle": ("Oracle", O), "Adobe": ("Adobe", O), "Cohere": ("Cohere", O)}
    assert [c["args"]["orgs"] for c in claims(company, text, "en", names)] == [
        ("Oracle", "Adobe"), ("Oracle", "Cohere")]


def test_the_month_may_is_no_modal_of_mere_talk():
    text = ("Oracle is hedging its bets. In May it agreed with Cohere to host its models. "
            "Adobe may partner with Canva next year.")
    names = {"Oracle": ("Oracle", O), "Cohere": ("Cohere", O), "Adobe": ("Adobe", O), "Canva": ("Canva", O)}
    assert summary(claims(company, text, "en", names, published="2025-08-01")) == [
        ("partnership", {"orgs": ("Oracle", "Cohere")}, "2025-05")]


def test_an_owned_name_and_a_list_set_aside_are_no_partners():
    text = ("Microsoft agreed with xAI to host Grok on its Azure cloud, alongside models from Meta and Mistral. "
            "Adobe signed a licensing deal with Getty Images for its Firefly models, including photos from Shutterstock.")
    names = {"Microsoft": ("Microsoft", O), "xAI": ("xAI", O), "Grok": ("Grok", R, "xAI"),
             "Azure": ("Azure", O, "Microsoft"), "Meta": ("Meta", O), "Mistral": ("Mistral AI", O),
             "Adobe": ("Adobe", O), "Getty Images": ("Getty Images", O), "Firefly": ("Firefly", O),
             "Shutterstock": ("Shutterstock", O)}
    assert [c["args"]["orgs"] for c in claims(company, text, "en", names)] == [
        ("Microsoft", "xAI"), ("Adobe", "Getty Images")]
