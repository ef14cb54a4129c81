"""Company claims (launch, founding, partnership) on real news sentences, with the
mentions given by hand (see ``test_claims_talent.context``)."""

from __future__ import annotations

from test_claims_talent import claims

from warchest.claims import company

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
