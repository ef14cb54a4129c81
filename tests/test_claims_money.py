"""Investment, acquisition and valuation claims, Korean and English, from sentences
built by hand (names, money and dates marked), and on the dev corpus."""

from __future__ import annotations

import pytest

from fixtures.claims.docs import make_context
from warchest.claims import money
from warchest.claims.lexicon import load_lexicons
from warchest.config import data_dir

B = 1_000_000_000


@pytest.fixture(scope="module")
def lexicons():
    return load_lexicons(data_dir() / "lexicons")


def extract(lexicons, text, lang, names, amounts=None, dates=None):
    """The money claims as compact tuples: (type, args, amount, date, attrs)."""
    ctx = make_context(text, lang, names, amounts, dates)
    out = []
    for c in money.extract(ctx, lexicons):
        args = {r: (tuple(x.name for x in v) if isinstance(v, tuple) else v.name) for r, v in c.args.items()}
        amount = (int(c.amount.value), c.amount.currency) if c.amount else None
        out.append((c.type, args, amount, c.date.value if c.date else None, dict(c.attrs)))
    return out


# ---------------------------------------------------------------- investment, Korean


def test_ko_investor_frame_with_announced_status(lexicons):
    got = extract(lexicons, "네이버가 프랑스 AI 스타트업 미스트랄AI에 1000억 원을 투자한다고 5일 밝혔다.", "ko",
                  {"네이버": "Naver", "미스트랄AI": "Mistral AI"}, {"1000억 원": (100 * B, "KRW")}, {"5일": "2024-08-05"})
    assert got == [("investment", {"investors": ("Naver",), "investee": "Mistral AI"}, (100 * B, "KRW"), "2024-08-05",
                    {"status": "announced", "scope": "single"})]


def test_ko_investee_frame_with_sources_round_and_valuation(lexicons):
    got = extract(lexicons, "리벨리온은 KT와 한국산업은행으로부터 900억 원의 시리즈C 투자를 유치하며 1조5000억 원의 기업가치를 인정받았다.", "ko",
                  {"리벨리온": "Rebellions", "KT": "KT", "한국산업은행": "KDB"},
                  {"900억 원": (90 * B, "KRW"), "1조5000억 원": (1500 * B, "KRW")})
    investment, valuation = got
    assert investment[1] == {"investee": "Rebellions", "investors": ("KT", "KDB")}
    assert investment[2] == (90 * B, "KRW") and investment[4]["round"] == "series_c" and investment[4]["status"] == "completed"
    assert valuation[:3] == ("valuation", {"company": "Rebellions"}, (1500 * B, "KRW"))


def test_ko_coordinated_clauses_share_their_roles(lexicons):
    got = extract(lexicons, "카카오는 지난해 5월 업스테이지에 최대 300억 원을 투자하기로 하고 100억 원을 먼저 집행했다.", "ko",
                  {"카카오": "Kakao", "업스테이지": "Upstage"},
                  {"최대 300억 원": (30 * B, "KRW", {"bound": "up_to"}), "100억 원": (10 * B, "KRW")}, {"지난해 5월": "2023-05"})
    assert [(g[1], g[2], g[3], g[4].get("scope")) for g in got] == [
        ({"investors": ("Kakao",), "investee": "Upstage"}, (30 * B, "KRW"), "2023-05", "commitment"),
        ({"investors": ("Kakao",), "investee": "Upstage"}, (10 * B, "KRW"), "2023-05", "single"),
    ]


def test_ko_respectively_pairs_investors_with_figures(lexicons):
    got = extract(lexicons, "코히어는 오라클과 엔비디아로부터 각각 2억 달러, 1억 달러를 투자받았다.", "ko",
                  {"코히어": "Cohere", "오라클": "Oracle", "엔비디아": "Nvidia"},
                  {"2억 달러": (200_000_000, "USD"), "1억 달러": (100_000_000, "USD")})
    assert [(g[1]["investors"], g[2][0]) for g in got] == [(("Oracle",), 200_000_000), (("Nvidia",), 100_000_000)]


def test_ko_one_claim_per_listed_investee(lexicons):
    got = extract(lexicons, "소프트뱅크는 지난해 코히어, 퍼플렉시티 등에 잇따라 투자했다.", "ko",
                  {"소프트뱅크": "SoftBank", "코히어": "Cohere", "퍼플렉시티": "Perplexity"}, dates={"지난해": "2023"})
    assert sorted(g[1]["investee"] for g in got) == ["Cohere", "Perplexity"]
    assert all(g[1]["investors"] == ("SoftBank",) and g[3] == "2023" for g in got)


def test_ko_this_round_takes_the_investee_named_before(lexicons):
    text = "업스테이지는 500억 원 규모의 투자를 유치했다. 한국투자파트너스 등이 이번 투자에 참여했다."
    got = extract(lexicons, text, "ko", {"업스테이지": "Upstage", "한국투자파트너스": "Korea Investment Partners"},
                  {"500억 원": (50 * B, "KRW")})
    assert got[1][1] == {"investors": ("Korea Investment Partners",), "investee": "Upstage"}
    assert got[1][2] is None  # a participant's sentence names no sum of its own


def test_ko_negated_denied_and_hedged(lexicons):
    names = {"LG": "LG", "오픈AI": "OpenAI", "SK": "SK", "앤스로픽": "Anthropic", "카카오": "Kakao", "업스테이지": "Upstage"}
    assert extract(lexicons, "LG는 오픈AI에 투자하지 않았다.", "ko", names) == []
    denied = extract(lexicons, "SK가 앤스로픽에 1조 원을 투자할 것이라는 관측에 대해 SK는 “사실무근”이라고 밝혔다.", "ko", names,
                     {"1조 원": (1000 * B, "KRW")})
    assert [g[4]["status"] for g in denied] == ["denied"]
    hedged = extract(lexicons, "업계에서는 카카오가 업스테이지에 300억 원을 투자한 것으로 보고 있다.", "ko", names,
                     {"300억 원": (30 * B, "KRW")})
    assert hedged and all(g[4].get("status") != "completed" for g in hedged)


def test_ko_quoted_old_deal_keeps_its_own_date(lexicons):
    text = "김 대표는 “오픈AI는 지난달 66억 달러를 투자받았다”고 말했다."
    got = extract(lexicons, text, "ko", {"오픈AI": "OpenAI"}, {"66억 달러": (6600 * 10**6, "USD")}, {"지난달": "2024-10"})
    assert got[0][1] == {"investee": "OpenAI"} and got[0][3] == "2024-10"


def test_ko_loan_is_not_an_investment(lexicons):
    assert extract(lexicons, "업스테이지는 산업은행에서 100억 원의 대출을 받았다.", "ko",
                   {"업스테이지": "Upstage", "산업은행": "KDB"}, {"100억 원": (10 * B, "KRW")}) == []


# ---------------------------------------------------------------- investment, English


def test_en_raise_led_by_at_valuation(lexicons):
    text = "Cohere said on Wednesday it had raised $500 million in a Series D round led by PSP Investments, valuing the startup at $5.5 billion."
    got = extract(lexicons, text, "en", {"Cohere": "Cohere", "PSP Investments": "PSP Investments"},
                  {"$500 million": (500_000_000, "USD"), "$5.5 billion": (5_500_000_000, "USD")}, {"Wednesday": "2024-08-14"})
    investment, valuation = got
    assert investment[1] == {"investee": "Cohere", "investors": ("PSP Investments",)}
    assert investment[4] == {"status": "completed", "scope": "single", "round": "series_d"}
    assert valuation[1:4] == ({"company": "Cohere"}, (5_500_000_000, "USD"), "2024-08-14")


def test_en_participants_and_alongside(lexicons):
    text = "Microsoft and Nvidia led that Inflection round, alongside Reid Hoffman and Bill Gates."
    got = extract(lexicons, text, "en", {"Microsoft": "Microsoft", "Nvidia": "Nvidia", "Inflection": "Inflection AI",
                                         "Reid Hoffman": ("Reid Hoffman", "person"), "Bill Gates": ("Bill Gates", "person")})
    assert got[0][1] == {"investors": ("Microsoft", "Nvidia", "Reid Hoffman", "Bill Gates"), "investee": "Inflection AI"}


def test_en_rumored_denied_and_negated(lexicons):
    names = {"Meta": "Meta", "Scale AI": "Scale AI", "Google": "Google", "Snowflake": "Snowflake", "MosaicML": "MosaicML"}
    rumored = extract(lexicons, "Meta is in talks to invest about $1 billion in Scale AI, according to people familiar with the matter.",
                      "en", names, {"about $1 billion": (B, "USD")})
    assert [g[4]["status"] for g in rumored] == ["rumored"]
    assert extract(lexicons, "Snowflake did not acquire MosaicML.", "en", names) == []


def test_en_credit_facility_is_not_an_investment(lexicons):
    assert extract(lexicons, "OpenAI also secured a $4 billion revolving credit facility from JPMorgan.", "en",
                   {"OpenAI": "OpenAI", "JPMorgan": "JPMorgan"}, {"$4 billion": (4 * B, "USD")}) == []


def test_en_cumulative_total(lexicons):
    got = extract(lexicons, "Microsoft has invested about $13 billion in OpenAI.", "en",
                  {"Microsoft": "Microsoft", "OpenAI": "OpenAI"}, {"about $13 billion": (13 * B, "USD")})
    assert got[0][4]["scope"] == "cumulative"


# ---------------------------------------------------------------- acquisition


def test_ko_acquisition_active_and_passive(lexicons):
    names = {"구글": "Google", "딥마인드": "DeepMind", "MS": "Microsoft", "액티비전": "Activision Blizzard"}
    passive = extract(lexicons, "딥마인드는 2014년 구글에 인수됐다.", "ko", names, dates={"2014년": "2014"})
    assert passive[0][:2] == ("acquisition", {"target": "DeepMind", "acquirer": "Google"}) and passive[0][3] == "2014"
    active = extract(lexicons, "MS는 액티비전을 687억 달러에 인수했다.", "ko", names, {"687억 달러": (68_700_000_000, "USD")})
    assert active[0][1:3] == ({"acquirer": "Microsoft", "target": "Activision Blizzard"}, (68_700_000_000, "USD"))
    assert active[0][4] == {"status": "completed"}


def test_en_acquisition_and_pronoun_object(lexicons):
    names = {"Databricks": "Databricks", "MosaicML": "MosaicML", "Google": "Google", "DeepMind": "DeepMind",
             "Suleyman": ("Mustafa Suleyman", "person")}
    got = extract(lexicons, "Databricks agreed to acquire MosaicML for $1.3 billion.", "en", names, {"$1.3 billion": (1_300_000_000, "USD")})
    assert got == [("acquisition", {"acquirer": "Databricks", "target": "MosaicML"}, (1_300_000_000, "USD"), None, {"status": "announced"})]
    pronoun = extract(lexicons, "Suleyman co-founded DeepMind before Google bought it in 2014.", "en", names, dates={"2014": "2014"})
    assert pronoun[0][1] == {"acquirer": "Google", "target": "DeepMind"}


def test_rejected_offer_has_no_status(lexicons):
    got = extract(lexicons, "FuriosaAI has turned down an acquisition offer from Meta worth about $800 million.", "en",
                  {"FuriosaAI": "FuriosaAI", "Meta": "Meta"}, {"about $800 million": (800_000_000, "USD")})
    assert got == [("acquisition", {"target": "FuriosaAI", "acquirer": "Meta"}, (800_000_000, "USD"), None, {})]


# ---------------------------------------------------------------- valuation


def test_ko_valuation_with_previous_figure(lexicons):
    got = extract(lexicons, "이 거래로 스케일AI의 기업가치는 지난해 138억 달러에서 290억 달러로 뛰었다.", "ko", {"스케일AI": "Scale AI"},
                  {"138억 달러": (13_800_000_000, "USD"), "290억 달러": (29 * B, "USD")})
    assert len(got) == 1
    kind, args, amount, _, attrs = got[0]
    assert (kind, args, amount) == ("valuation", {"company": "Scale AI"}, (29 * B, "USD"))
    assert attrs["previous"].value == 13_800_000_000


def test_ko_earlier_valuation_clause_becomes_previous(lexicons):
    text = "올해 초 약 184억 달러로 평가받았던 앤스로픽의 기업가치가 최근 400억 달러로 거론된다."
    got = extract(lexicons, text, "ko", {"앤스로픽": "Anthropic"}, {"약 184억 달러": (18_400_000_000, "USD"), "400억 달러": (40 * B, "USD")})
    assert [(g[2], g[4]["previous"].value) for g in got] == [((40 * B, "USD"), 18_400_000_000)]


def test_pre_and_post_money_basis(lexicons):
    ko = extract(lexicons, "xAI의 투자 전 기업가치는 180억달러다.", "ko", {"xAI": "xAI"}, {"180억달러": (18 * B, "USD")})
    en = extract(lexicons, "OpenAI raised $6.6 billion at a post-money valuation of $157 billion.", "en", {"OpenAI": "OpenAI"},
                 {"$6.6 billion": (6_600_000_000, "USD"), "$157 billion": (157 * B, "USD")})
    assert ko[0][4] == {"basis": "pre"}
    assert [g for g in en if g[0] == "valuation"][0][4] == {"basis": "post"}


def test_en_previous_valuation_in_the_same_sentence(lexicons):
    text = "The round values Mistral at €5.8 billion, roughly tripling the valuation of about $2 billion it fetched in December."
    got = extract(lexicons, text, "en", {"Mistral": "Mistral AI"}, {"€5.8 billion": (5_800_000_000, "EUR"), "about $2 billion": (2 * B, "USD")})
    assert len(got) == 1 and got[0][2] == (5_800_000_000, "EUR") and got[0][4]["previous"].value == 2 * B


def test_a_multiple_without_an_amount_is_no_valuation(lexicons):
    assert extract(lexicons, "스케일AI의 기업가치는 두 배 넘게 뛰었다.", "ko", {"스케일AI": "Scale AI"}) == []


# ---------------------------------------------------------------- the dev corpus


def test_off_topic_documents_give_no_money_claims(dev_corpus, resources):
    from warchest.pipeline import analyze
    from warchest.sources import read_path

    for name in ("027_ko_cabbage_prices", "028_ko_insurance_premium_change", "029_en_tennis_result", "030_ko_typhoon_weather"):
        claims = analyze(read_path(str(dev_corpus / f"{name}.txt"))[0], resources).claims
        assert [c for c in claims if c.type in ("investment", "acquisition", "valuation")] == [], name


def test_dev_corpus_money_figures(dev_corpus, resources):
    from warchest.evaluate import evaluate, pipeline_extractor

    report = evaluate(dev_corpus, pipeline_extractor(), types=("investment", "acquisition", "valuation"))
    for kind, counts in report.by_type.items():
        assert counts.f1 >= 0.85, (kind, counts)
    assert report.overall.f1 >= 0.9


def test_procurement_revenue_and_chip_purchases_are_no_deals(lexicons):
    names = {"삼성전자": "Samsung Electronics", "TSMC": "TSMC", "Apple": "Apple", "Microsoft": "Microsoft", "Nvidia": "Nvidia"}
    assert extract(lexicons, "삼성전자는 TSMC로부터 1조 원 규모의 부품을 조달했다.", "ko", names, {"1조 원": (1000 * B, "KRW")}) == []
    assert extract(lexicons, "Apple raised its revenue forecast to $100 billion.", "en", names, {"$100 billion": (100 * B, "USD")}) == []
    assert extract(lexicons, "Microsoft bought Nvidia chips worth $10 billion.", "en", names, {"$10 billion": (10 * B, "USD")}) == []


def test_holding_a_stake_is_no_deal(lexicons):
    assert extract(lexicons, "Microsoft holds a 49% stake in OpenAI.", "en", {"Microsoft": "Microsoft", "OpenAI": "OpenAI"}) == []


# ---------------------------------------------------------------- unseen wordings
# New sentences (invented and real companies), one pattern each, with the claims
# they must give; ``attrs`` lists only the keys asserted.

M = 1_000_000


def assert_claims(got, expected):
    """Each expected (type, args, amount, date, attrs subset) matches the claim at its place."""
    assert len(got) == len(expected), got
    for (t, a, m, d, attrs), (et, ea, em, ed, eattrs) in zip(got, expected):
        assert (t, a, m, d) == (et, ea, em, ed), (t, a, m, d)
        assert {k: attrs.get(k) for k in eattrs} == eattrs, attrs


INVESTOR_LISTS = [
    ("뤼튼테크놀로지스는 300억 원 규모의 시리즈B 투자를 유치했다. 이번 투자는 알토스벤처스가 주도했으며 카카오벤처스, 본엔젤스 등이 참여했다.", "ko",
     {"뤼튼테크놀로지스": "Wrtn", "알토스벤처스": "Altos", "카카오벤처스": "Kakao Ventures", "본엔젤스": "Bon Angels"},
     {"300억 원": (30 * B, "KRW")}, None,
     [("investment", {"investee": "Wrtn"}, (30 * B, "KRW"), None, {"round": "series_b", "status": "completed"}),
      ("investment", {"investors": ("Altos", "Kakao Ventures", "Bon Angels"), "investee": "Wrtn"}, None, None, {"scope": "single"})]),
    ("업스테이지는 지난달 1000억 원 규모의 시리즈C 투자를 받았다. 이번 펀딩은 한국투자파트너스가 주도했고, 인터베스트와 LB인베스트먼트도 참여했다.", "ko",
     {"업스테이지": "Upstage", "한국투자파트너스": "KIP", "인터베스트": "Intervest", "LB인베스트먼트": "LB"},
     {"1000억 원": (100 * B, "KRW")}, {"지난달": "2024-10"},
     [("investment", {"investee": "Upstage"}, (100 * B, "KRW"), "2024-10", {"round": "series_c"}),
      ("investment", {"investors": ("KIP", "Intervest", "LB"), "investee": "Upstage"}, None, None, {})]),
    ("딥브레인은 작년 시리즈A를 마쳤다. 시리즈A는 스톤브릿지가 주도했다.", "ko", {"딥브레인": "DeepBrain", "스톤브릿지": "Stonebridge"}, None, None,
     [("investment", {"investors": ("Stonebridge",), "investee": "DeepBrain"}, None, None, {"round": "series_a"})]),
    ("Acme AI raised $30 million in a Series B led by Index Ventures, with participation from Accel, Greylock and Kleiner Perkins.", "en",
     {"Acme AI": "Acme AI", "Index Ventures": "Index", "Accel": "Accel", "Greylock": "Greylock", "Kleiner Perkins": "Kleiner"},
     {"$30 million": (30 * M, "USD")}, None,
     [("investment", {"investee": "Acme AI", "investors": ("Index", "Accel", "Greylock", "Kleiner")}, (30 * M, "USD"), None,
       {"round": "series_b", "status": "completed", "scope": "single"})]),
    ("Nimbus Robotics raised $50 million. Sequoia and Benchmark co-led the round.", "en",
     {"Nimbus Robotics": "Nimbus", "Sequoia": "Sequoia", "Benchmark": "Benchmark"}, {"$50 million": (50 * M, "USD")}, None,
     [("investment", {"investee": "Nimbus"}, (50 * M, "USD"), None, {}),
      ("investment", {"investors": ("Sequoia", "Benchmark"), "investee": "Nimbus"}, None, None, {})]),
    ("Tessera closed a $45 million Series C. The financing was led by General Catalyst, with participation from Lux Capital "
     "and existing investors 8VC and Founders Fund.", "en",
     {"Tessera": "Tessera", "General Catalyst": "GC", "Lux Capital": "Lux", "8VC": "8VC", "Founders Fund": "Founders Fund"},
     {"$45 million": (45 * M, "USD")}, None,
     [("investment", {"investee": "Tessera", "investors": ("GC", "Lux", "8VC", "Founders Fund")}, (45 * M, "USD"), None,
       {"round": "series_c"})]),
    ("Figure AI raised $675 million at a $2.6 billion valuation from investors including Microsoft, OpenAI and Nvidia.", "en",
     {"Figure AI": "Figure AI", "Microsoft": "Microsoft", "OpenAI": "OpenAI", "Nvidia": "Nvidia"},
     {"$675 million": (675 * M, "USD"), "$2.6 billion": (2_600 * M, "USD")}, None,
     [("investment", {"investee": "Figure AI", "investors": ("Microsoft", "OpenAI", "Nvidia")}, (675 * M, "USD"), None, {}),
      ("valuation", {"company": "Figure AI"}, (2_600 * M, "USD"), None, {})]),
    ("Backed by Sequoia, Harvey raised $100 million.", "en", {"Sequoia": "Sequoia", "Harvey": "Harvey"},
     {"$100 million": (100 * M, "USD")}, None,
     [("investment", {"investee": "Harvey", "investors": ("Sequoia",)}, (100 * M, "USD"), None, {})]),
    ("Sierra raised $175 million. Investors in the round included Greenoaks and Thrive Capital.", "en",
     {"Sierra": "Sierra", "Greenoaks": "Greenoaks", "Thrive Capital": "Thrive"}, {"$175 million": (175 * M, "USD")}, None,
     [("investment", {"investee": "Sierra"}, (175 * M, "USD"), None, {}),
      ("investment", {"investors": ("Greenoaks", "Thrive"), "investee": "Sierra"}, None, None, {})]),
    ("$200 million was invested in Glean by General Catalyst.", "en", {"Glean": "Glean", "General Catalyst": "GC"},
     {"$200 million": (200 * M, "USD")}, None,
     [("investment", {"investors": ("GC",), "investee": "Glean"}, (200 * M, "USD"), None, {})]),
    ("트웰브랩스에는 엔비디아와 인텔이 투자자로 참여했다.", "ko", {"트웰브랩스": "Twelve Labs", "엔비디아": "Nvidia", "인텔": "Intel"}, None, None,
     [("investment", {"investors": ("Nvidia", "Intel"), "investee": "Twelve Labs"}, None, None, {})]),
    ("라이트스피드와 세쿼이아가 공동 주도한 이번 라운드에는 구글의 벤처 조직 그래디언트도 참여했다.", "ko",
     {"라이트스피드": "Lightspeed", "세쿼이아": "Sequoia", "구글": "Google", "그래디언트": "Gradient", "헬리오스": "Helios"}, None, None,
     []),
]


@pytest.mark.parametrize("text, lang, names, amounts, dates, expected", INVESTOR_LISTS, ids=[c[0][:24] for c in INVESTOR_LISTS])
def test_every_investor_of_a_round_is_listed(lexicons, text, lang, names, amounts, dates, expected):
    assert_claims(extract(lexicons, text, lang, names, amounts, dates), expected)


def test_a_possessor_inside_the_participants_is_no_party(lexicons):
    text = "헬리오스는 500억 원을 유치했다. 라이트스피드와 세쿼이아가 공동 주도한 이번 라운드에는 구글의 벤처 조직 그래디언트도 참여했다."
    names = {"라이트스피드": "Lightspeed", "세쿼이아": "Sequoia", "구글": "Google", "그래디언트": "Gradient", "헬리오스": "Helios"}
    got = extract(lexicons, text, "ko", names, {"500억 원": (50 * B, "KRW")})
    assert got[1][1] == {"investors": ("Gradient", "Lightspeed", "Sequoia"), "investee": "Helios"}


WRONG_PARTY = [
    # the previous sentence's investor is never carried in as the invested-in company
    ("카카오벤처스는 올해 20여 개 스타트업에 투자했다. 누적 투자금은 500억 원이다.", "ko", {"카카오벤처스": "Kakao Ventures"},
     {"500억 원": (50 * B, "KRW")}),
    # a sentence with a subject of its own (an unrecognised name) takes none from before
    ("네이버는 클로바를 출시했다. 링구아랩은 지난해 120억 원을 유치했다.", "ko", {"네이버": "Naver"}, {"120억 원": (12 * B, "KRW")}),
    # the investee is not named at all
    ("한화는 지난해 미국 AI 스타트업에 2000억 원 규모의 투자를 단행했다.", "ko", {"한화": "Hanwha"}, {"2000억 원": (200 * B, "KRW")}),
    ("1650억 원 규모의 이번 투자에는 KT와 한국산업은행이 참여했다.", "ko", {"KT": "KT", "한국산업은행": "KDB"}, {"1650억 원": (165 * B, "KRW")}),
    # a person's company is not bought by that person: no buyer is named
    ("조니 아이브의 디자인 스타트업 'io' 인수 완료", "ko", {"조니 아이브": ("Jony Ive", "person"), "io": "io"}, None),
    # joint ventures, site spending and licences are not investments
    ("SK텔레콤과 AWS는 울산에 AI 데이터센터를 짓는 합작법인을 세우고 7조 원을 투입하기로 했다.", "ko",
     {"SK텔레콤": "SK Telecom", "AWS": "AWS"}, {"7조 원": (7000 * B, "KRW")}),
    ("SoftBank and OpenAI formed a joint venture, SB OpenAI Japan, and will spend $3 billion a year on OpenAI products.", "en",
     {"SoftBank": "SoftBank", "OpenAI": "OpenAI", "SB OpenAI Japan": "SB OpenAI Japan"}, {"$3 billion": (3 * B, "USD")}),
    ("구글은 캐릭터닷에이아이와 27억 달러 규모의 기술 라이선스 계약을 맺었다.", "ko", {"구글": "Google", "캐릭터닷에이아이": "Character.AI"},
     {"27억 달러": (2_700 * M, "USD")}),
    ("삼성전자는 평택 공장에 30조 원을 투자한다고 밝혔다.", "ko", {"삼성전자": "Samsung Electronics"}, {"30조 원": (30_000 * B, "KRW")}),
    ("The company said revenue rose to $40 million last year, and it invested heavily in new data centers.", "en", {},
     {"$40 million": (40 * M, "USD")}),
    ("Anthropic, the maker of Claude, said its annualized revenue reached $1 billion.", "en", {"Anthropic": "Anthropic"},
     {"$1 billion": (B, "USD")}),
    ("Microsoft did not buy Inflection, but it paid $650 million to license its models.", "en",
     {"Microsoft": "Microsoft", "Inflection": "Inflection"}, {"$650 million": (650 * M, "USD")}),
    ("네이버는 라인야후 지분을 매각하지 않기로 했다.", "ko", {"네이버": "Naver", "라인야후": "LY Corp"}, None),
    ("OpenAI, whose backers include Microsoft, is weighing a restructuring.", "en", {"OpenAI": "OpenAI", "Microsoft": "Microsoft"}, None),
    # joining, leading and participating outside a funding round
    ("그는 2019년 구글에 합류했다.", "ko", {"구글": "Google"}, None),
    ("카카오는 이번 투자 설명회에 참여했다.", "ko", {"카카오": "Kakao"}, None),
    ("삼성전자가 주도하는 AI 반도체 컨소시엄에 네이버도 참여했다.", "ko", {"삼성전자": "Samsung", "네이버": "Naver"}, None),
    ("OpenAI led the industry in revenue growth last year.", "en", {"OpenAI": "OpenAI"}, None),
    ("Shares of Nvidia rose 3% after the company said it would invest in new factories.", "en", {"Nvidia": "Nvidia"}, None),
]


@pytest.mark.parametrize("text, lang, names, amounts", WRONG_PARTY, ids=[c[0][:24] for c in WRONG_PARTY])
def test_no_party_fits_so_no_wrong_claim(lexicons, text, lang, names, amounts):
    assert extract(lexicons, text, lang, names, amounts) == []


def test_a_deal_valued_at_is_the_price_not_a_valuation(lexicons):
    got = extract(lexicons, "Helios agreed to acquire Corvex in an all-stock deal valued at about $1.1 billion.", "en",
                  {"Helios": "Helios", "Corvex": "Corvex"}, {"about $1.1 billion": (1_100 * M, "USD")})
    assert got == [("acquisition", {"acquirer": "Helios", "target": "Corvex"}, (1_100 * M, "USD"), None, {"status": "announced"})]


def test_possessives_are_not_parties(lexicons):
    io = extract(lexicons, "오픈AI는 조니 아이브의 'io'를 65억 달러에 인수했다.", "ko",
                 {"오픈AI": "OpenAI", "조니 아이브": ("Jony Ive", "person"), "io": "io"}, {"65억 달러": (6_500 * M, "USD")})
    assert io == [("acquisition", {"acquirer": "OpenAI", "target": "io"}, (6_500 * M, "USD"), None, {"status": "completed"})]
    xai = extract(lexicons, "Elon Musk's xAI raised $6 billion from Sequoia and Valor.", "en",
                  {"Elon Musk": ("Elon Musk", "person"), "xAI": "xAI", "Sequoia": "Sequoia", "Valor": "Valor"}, {"$6 billion": (6 * B, "USD")})
    assert xai[0][1] == {"investee": "xAI", "investors": ("Sequoia", "Valor")}


WORDINGS = [
    # stake purchases are investments; the whole stake is an acquisition
    ("삼성전자는 지난 3월 로봇 기업 레인보우로보틱스 지분 14.7%를 868억 원에 취득했다.", "ko",
     {"삼성전자": "Samsung", "레인보우로보틱스": "Rainbow Robotics"}, {"868억 원": (86_800 * M, "KRW")}, {"지난 3월": "2024-03"},
     [("investment", {"investee": "Rainbow Robotics", "investors": ("Samsung",)}, (86_800 * M, "KRW"), "2024-03",
       {"status": "completed", "scope": "single"})]),
    ("네이버는 웹툰 스타트업 '툰스퀘어'의 지분 30%를 120억 원에 매입했다.", "ko", {"네이버": "Naver", "툰스퀘어": "Toonsquare"},
     {"120억 원": (12 * B, "KRW")}, None,
     [("investment", {"investee": "Toonsquare", "investors": ("Naver",)}, (12 * B, "KRW"), None, {"status": "completed"})]),
    ("카카오는 AI 스타트업 '비전랩'의 지분 전량을 300억 원에 사들였다.", "ko", {"카카오": "Kakao", "비전랩": "Visionlab"},
     {"300억 원": (30 * B, "KRW")}, None,
     [("acquisition", {"acquirer": "Kakao", "target": "Visionlab"}, (30 * B, "KRW"), None, {"status": "completed"})]),
    ("Microsoft bought a 49% stake in Inflection for $650 million.", "en", {"Microsoft": "Microsoft", "Inflection": "Inflection"},
     {"$650 million": (650 * M, "USD")}, None,
     [("investment", {"investors": ("Microsoft",), "investee": "Inflection"}, (650 * M, "USD"), None, {"status": "completed"})]),
    ("SoftBank has taken a 10% stake in Perplexity.", "en", {"SoftBank": "SoftBank", "Perplexity": "Perplexity"}, None, None,
     [("investment", {"investors": ("SoftBank",), "investee": "Perplexity"}, None, None, {"status": "completed"})]),
    # pledges, talks, reports
    ("Google has pledged up to $2 billion to Anthropic.", "en", {"Google": "Google", "Anthropic": "Anthropic"},
     {"up to $2 billion": (2 * B, "USD", {"bound": "up_to"})}, None,
     [("investment", {"investors": ("Google",), "investee": "Anthropic"}, (2 * B, "USD"), None, {"scope": "commitment"})]),
    ("Mistral is in talks to raise about $1 billion from investors including Microsoft.", "en", {"Mistral": "Mistral", "Microsoft": "Microsoft"},
     {"about $1 billion": (B, "USD", {"approx": True})}, None,
     [("investment", {"investee": "Mistral", "investors": ("Microsoft",)}, (B, "USD"), None, {"status": "planned"})]),
    ("Cohere is said to be raising $500 million at a $5.5 billion valuation.", "en", {"Cohere": "Cohere"},
     {"$500 million": (500 * M, "USD"), "$5.5 billion": (5_500 * M, "USD")}, None,
     [("investment", {"investee": "Cohere"}, (500 * M, "USD"), None, {"status": "rumored"}),
      ("valuation", {"company": "Cohere"}, (5_500 * M, "USD"), None, {})]),
    ("Anysphere is reportedly weighing a new round.", "en", {"Anysphere": "Anysphere"}, None, None,
     [("investment", {"investee": "Anysphere"}, None, None, {"status": "rumored"})]),
    # Korean verbs of investing and raising
    ("LG는 올해 초 캐나다 AI 기업 엘리먼트AI에 500억 원의 투자를 집행했다.", "ko", {"LG": "LG", "엘리먼트AI": "Element AI"},
     {"500억 원": (50 * B, "KRW")}, {"올해 초": "2024"},
     [("investment", {"investors": ("LG",), "investee": "Element AI"}, (50 * B, "KRW"), "2024", {"status": "completed"})]),
    ("스타트업 '딥노이드'는 시드 투자에서 20억 원을 끌어모았다.", "ko", {"딥노이드": "Deepnoid"}, {"20억 원": (2 * B, "KRW")}, None,
     [("investment", {"investee": "Deepnoid"}, (2 * B, "KRW"), None, {"status": "completed", "round": "seed"})]),
    ("지난해 12월 크래프톤으로부터 200억 원을 투자받은 몰로코는 올해 흑자 전환했다.", "ko", {"크래프톤": "Krafton", "몰로코": "Moloco"},
     {"200억 원": (20 * B, "KRW")}, {"지난해 12월": "2023-12"},
     [("investment", {"investee": "Moloco", "investors": ("Krafton",)}, (20 * B, "KRW"), "2023-12", {"status": "completed"})]),
    # rounds: standard names only
    ("마음AI는 2023년 프리A 라운드에서 신한벤처투자와 우리벤처파트너스로부터 40억 원을 투자받았다.", "ko",
     {"마음AI": "Maum AI", "신한벤처투자": "Shinhan", "우리벤처파트너스": "Woori"}, {"40억 원": (4 * B, "KRW")}, {"2023년": "2023"},
     [("investment", {"investee": "Maum AI", "investors": ("Shinhan", "Woori")}, (4 * B, "KRW"), "2023", {"round": None})]),
    ("바이오너는 120억 원 규모의 시리즈B 브릿지 투자를 유치했다.", "ko", {"바이오너": "Bioner"}, {"120억 원": (12 * B, "KRW")}, None,
     [("investment", {"investee": "Bioner"}, (12 * B, "KRW"), None, {"round": None, "status": "completed"})]),
    ("Orchard Health pulled in $18 million in a seed-extension round backed by Greenoaks.", "en",
     {"Orchard Health": "Orchard", "Greenoaks": "Greenoaks"}, {"$18 million": (18 * M, "USD")}, None,
     [("investment", {"investee": "Orchard", "investors": ("Greenoaks",)}, (18 * M, "USD"), None, {"round": None})]),
    ("Abridge secured $150 million in Series H funding led by Lightspeed and Redpoint.", "en",
     {"Abridge": "Abridge", "Lightspeed": "Lightspeed", "Redpoint": "Redpoint"}, {"$150 million": (150 * M, "USD")}, None,
     [("investment", {"investee": "Abridge", "investors": ("Lightspeed", "Redpoint")}, (150 * M, "USD"), None,
       {"round": "series_h", "status": "completed"})]),
    # acquisitions
    ("엔씨소프트가 AI 자회사 '엔씨AI'를 흡수합병하기로 했다.", "ko", {"엔씨소프트": "NCSoft", "엔씨AI": "NC AI"}, None, None,
     [("acquisition", {"acquirer": "NCSoft", "target": "NC AI"}, None, None, {"status": "announced"})]),
    ("한컴은 AI 스타트업 '마인드랩'을 약 90억 원에 인수합병(M&A)했다.", "ko", {"한컴": "Hancom", "마인드랩": "Mindlab"},
     {"약 90억 원": (9 * B, "KRW", {"approx": True})}, None,
     [("acquisition", {"acquirer": "Hancom", "target": "Mindlab"}, (9 * B, "KRW"), None, {"status": "completed"})]),
    ("Nvidia agreed to buy Run:ai for about $700 million.", "en", {"Nvidia": "Nvidia", "Run:ai": "Run:ai"},
     {"about $700 million": (700 * M, "USD", {"approx": True})}, None,
     [("acquisition", {"acquirer": "Nvidia", "target": "Run:ai"}, (700 * M, "USD"), None, {"status": "announced"})]),
    ("ServiceNow snapped up Moveworks, an AI assistant maker, for $2.85 billion on Monday.", "en",
     {"ServiceNow": "ServiceNow", "Moveworks": "Moveworks"}, {"$2.85 billion": (2_850 * M, "USD")}, {"Monday": "2025-03-10"},
     [("acquisition", {"acquirer": "ServiceNow", "target": "Moveworks"}, (2_850 * M, "USD"), "2025-03-10", {"status": "completed"})]),
    ("Cisco will take over Splunk in a $28 billion deal.", "en", {"Cisco": "Cisco", "Splunk": "Splunk"}, {"$28 billion": (28 * B, "USD")}, None,
     [("acquisition", {"acquirer": "Cisco", "target": "Splunk"}, (28 * B, "USD"), None, {"status": "announced"})]),
    # valuations
    ("The deal values Harvey at $3 billion post-money.", "en", {"Harvey": "Harvey"}, {"$3 billion": (3 * B, "USD")}, None,
     [("valuation", {"company": "Harvey"}, (3 * B, "USD"), None, {"basis": "post"})]),
    ("Glean, valued at $4.6 billion, hired a new CFO.", "en", {"Glean": "Glean"}, {"$4.6 billion": (4_600 * M, "USD")}, None,
     [("valuation", {"company": "Glean"}, (4_600 * M, "USD"), None, {})]),
    ("Orbital is weighing a bid for Pinecone, a vector-database startup valued at $750 million.", "en",
     {"Orbital": "Orbital", "Pinecone": "Pinecone"}, {"$750 million": (750 * M, "USD")}, None,
     [("acquisition", {"acquirer": "Orbital", "target": "Pinecone"}, None, None, {"status": "considering"}),
      ("valuation", {"company": "Pinecone"}, (750 * M, "USD"), None, {})]),
    ("뤼튼의 몸값은 2000억 원 수준으로 평가된다.", "ko", {"뤼튼": "Wrtn"}, {"2000억 원": (200 * B, "KRW")}, None,
     [("valuation", {"company": "Wrtn"}, (200 * B, "KRW"), None, {})]),
    ("퓨리오사AI는 투자 전 기업가치 8000억 원을 인정받았다.", "ko", {"퓨리오사AI": "FuriosaAI"}, {"8000억 원": (800 * B, "KRW")}, None,
     [("valuation", {"company": "FuriosaAI"}, (800 * B, "KRW"), None, {"basis": "pre"})]),
]


@pytest.mark.parametrize("text, lang, names, amounts, dates, expected", WORDINGS, ids=[c[0][:24] for c in WORDINGS])
def test_deal_wordings(lexicons, text, lang, names, amounts, dates, expected):
    assert_claims(extract(lexicons, text, lang, names, amounts, dates), expected)


STATUSES = [
    ("업계에 따르면 네이버는 프랑스 AI 스타트업 미스트랄AI에 1000억 원을 투자한 것으로 알려졌다.", "ko", "rumored"),
    ("네이버가 미스트랄AI 인수를 검토하고 있다.", "ko", "considering"),
    ("네이버는 미스트랄AI에 1000억 원 규모의 지분 투자를 추진하고 있다.", "ko", "planned"),
    ("네이버는 이번 협약과 함께 미스트랄AI에 1000억 원을 투자한다.", "ko", "announced"),
    ("네이버는 “미스트랄AI 투자설은 사실무근”이라고 밝혔다.", "ko", "denied"),
    ("Naver reportedly invested 100 billion won in Mistral.", "en", "rumored"),
    ("Naver is considering an investment in Mistral.", "en", "considering"),
    ("Naver plans to invest 100 billion won in Mistral.", "en", "planned"),
    ("Naver will take over Mistral.", "en", "announced"),
    ("Naver denied that it had invested 100 billion won in Mistral.", "en", "denied"),
    ("Naver has invested 100 billion won in Mistral, people familiar with the matter said.", "en", "rumored"),
]


@pytest.mark.parametrize("text, lang, status", STATUSES, ids=[c[0][:24] for c in STATUSES])
def test_status_cues(lexicons, text, lang, status):
    names = {"네이버": "Naver", "미스트랄AI": "Mistral AI", "Naver": "Naver", "Mistral": "Mistral AI"}
    amounts = {"1000억 원": (100 * B, "KRW"), "100 billion won": (100 * B, "KRW")}
    got = extract(lexicons, text, lang, names, amounts)
    assert [g[4].get("status") for g in got] == [status]
    assert got[0][1].get("investee", got[0][1].get("target")) == "Mistral AI"


def test_hedged_statement_never_completed(lexicons):
    got = extract(lexicons, "업계에서는 네이버가 미스트랄AI에 1000억 원을 투자한 것으로 추산한다.", "ko",
                  {"네이버": "Naver", "미스트랄AI": "Mistral AI"}, {"1000억 원": (100 * B, "KRW")})
    assert got and all(g[4].get("status") != "completed" for g in got)


def test_a_denial_answers_the_report_before_it(lexicons):
    text = "한 언론은 LG전자가 베어로보틱스를 인수한다고 보도했다. LG전자는 이를 부인했다."
    got = extract(lexicons, text, "ko", {"LG전자": "LG Electronics", "베어로보틱스": "Bear Robotics"})
    assert [(g[1]["target"], g[4]["status"]) for g in got] == [("Bear Robotics", "rumored"), ("Bear Robotics", "denied")]
    text = "Apple has held talks about acquiring Perplexity, according to people familiar with the matter. Apple denied the report on Friday."
    got = extract(lexicons, text, "en", {"Apple": "Apple", "Perplexity": "Perplexity"}, dates={"Friday": "2024-11-22"})
    assert [(g[4]["status"], g[3]) for g in got] == [("rumored", None), ("denied", "2024-11-22")]


def test_a_denial_of_something_else_answers_nothing(lexicons):
    text = "Apple has held talks about acquiring Perplexity, according to people familiar with the matter. Tim Cook denied wrongdoing."
    got = extract(lexicons, text, "en", {"Apple": "Apple", "Perplexity": "Perplexity", "Tim Cook": ("Tim Cook", "person")})
    assert [g[4]["status"] for g in got] == ["rumored"]


MORE_ORDERS = [
    ("Lumen has agreed to be acquired by Vertex for $300 million.", "en", {"Lumen": "Lumen", "Vertex": "Vertex"},
     {"$300 million": (300 * M, "USD")}, None,
     [("acquisition", {"target": "Lumen", "acquirer": "Vertex"}, (300 * M, "USD"), None, {"status": "announced"})]),
    ("Lumen, which was acquired by Vertex in 2023, makes chips.", "en", {"Lumen": "Lumen", "Vertex": "Vertex"}, None, {"2023": "2023"},
     [("acquisition", {"target": "Lumen", "acquirer": "Vertex"}, None, "2023", {"status": "completed"})]),
    ("In a deal announced Tuesday, Salesforce will buy Informatica for about $8 billion.", "en",
     {"Salesforce": "Salesforce", "Informatica": "Informatica"}, {"about $8 billion": (8 * B, "USD")}, {"Tuesday": "2025-05-27"},
     [("acquisition", {"acquirer": "Salesforce", "target": "Informatica"}, (8 * B, "USD"), "2025-05-27", {"status": "announced"})]),
    ("카카오는 AI 스타트업 '루닛'을 품었다.", "ko", {"카카오": "Kakao", "루닛": "Lunit"}, None, None,
     [("acquisition", {"acquirer": "Kakao", "target": "Lunit"}, None, None, {"status": "completed"})]),
    ("뉴로코어는 칩메이트에 약 450억 원에 매각됐다.", "ko", {"뉴로코어": "Neurocore", "칩메이트": "Chipmate"},
     {"약 450억 원": (45 * B, "KRW", {"approx": True})}, None,
     [("acquisition", {"target": "Neurocore", "acquirer": "Chipmate"}, (45 * B, "KRW"), None, {"status": "completed"})]),
    ("Runway raised $308 million in a round led by General Atlantic, the company said. Nvidia and SoftBank also participated.", "en",
     {"Runway": "Runway", "General Atlantic": "GA", "Nvidia": "Nvidia", "SoftBank": "SoftBank"}, {"$308 million": (308 * M, "USD")}, None,
     [("investment", {"investee": "Runway", "investors": ("GA",)}, (308 * M, "USD"), None, {"status": "completed"}),
      ("investment", {"investors": ("Nvidia", "SoftBank"), "investee": "Runway"}, None, None, {})]),
    ("리턴제로는 100억 원을 유치했다. 카카오벤처스도 참여했다.", "ko", {"리턴제로": "Returnzero", "카카오벤처스": "Kakao Ventures"},
     {"100억 원": (10 * B, "KRW")}, None,
     [("investment", {"investee": "Returnzero"}, (10 * B, "KRW"), None, {}),
      ("investment", {"investors": ("Kakao Ventures",), "investee": "Returnzero"}, None, None, {})]),
    ("The startup, which counts Nvidia and AMD among its backers, raised $80 million.", "en", {"Nvidia": "Nvidia", "AMD": "AMD"},
     {"$80 million": (80 * M, "USD")}, None, []),
    ("General Catalyst led the $40 million Series B for Hebbia, with Andreessen Horowitz and Index Ventures joining.", "en",
     {"General Catalyst": "GC", "Hebbia": "Hebbia", "Andreessen Horowitz": "a16z", "Index Ventures": "Index"},
     {"$40 million": (40 * M, "USD")}, None,
     [("investment", {"investee": "Hebbia", "investors": ("GC", "a16z", "Index")}, (40 * M, "USD"), None, {"round": "series_b"})]),
    ("스캐터랩에 따르면 이번 라운드에는 SK텔레콤, 스마일게이트, KB인베스트먼트가 참여했다.", "ko",
     {"스캐터랩": "Scatter Lab", "SK텔레콤": "SKT", "스마일게이트": "Smilegate", "KB인베스트먼트": "KB"}, None, None,
     []),  # the source of the news is no investee, and no round was named before
    ("Meta is weighing a $10 billion-plus investment in Scale AI, Bloomberg reported.", "en", {"Meta": "Meta", "Scale AI": "Scale AI"},
     {"$10 billion": (10 * B, "USD", {"bound": "over"})}, None,
     [("investment", {"investors": ("Meta",), "investee": "Scale AI"}, (10 * B, "USD"), None, {"status": "rumored"})]),
    ("The report said Apple had discussed buying Mistral, though talks were at an early stage.", "en",
     {"Apple": "Apple", "Mistral": "Mistral AI"}, None, None,
     [("acquisition", {"acquirer": "Apple", "target": "Mistral AI"}, None, None, {"status": "rumored"})]),
]


@pytest.mark.parametrize("text, lang, names, amounts, dates, expected", MORE_ORDERS, ids=[c[0][:24] for c in MORE_ORDERS])
def test_word_orders_and_implicit_parties(lexicons, text, lang, names, amounts, dates, expected):
    assert_claims(extract(lexicons, text, lang, names, amounts, dates), expected)


def test_an_unnamed_round_is_only_the_one_just_named(lexicons):
    text = "리턴제로는 100억 원을 유치했다. 회사는 음성 AI를 만든다. 회사는 사무실을 넓혔다. 네이버도 참여했다."
    got = extract(lexicons, text, "ko", {"리턴제로": "Returnzero", "네이버": "Naver"}, {"100억 원": (10 * B, "KRW")})
    assert [g[1] for g in got] == [{"investee": "Returnzero"}]


def test_a_sentence_opening_with_the_round_names_its_participants(lexicons):
    names = {"메디플로우": "Mediflow", "하나벤처스": "Hana", "KB인베스트먼트": "KB", "산업은행": "KDB"}
    got = extract(lexicons, "메디플로우가 150억 원 규모의 투자를 유치했다고 밝혔다. 투자에는 하나벤처스, KB인베스트먼트, 산업은행이 참여했다.",
                  "ko", names, {"150억 원": (15 * B, "KRW")})
    assert got[1][1] == {"investors": ("Hana", "KB", "KDB"), "investee": "Mediflow"}
    got = extract(lexicons, "메디플로우가 150억 원 규모의 투자를 유치했다. 라운드는 하나벤처스가 이끌었다.", "ko", names,
                  {"150억 원": (15 * B, "KRW")})
    assert got[1][1] == {"investors": ("Hana",), "investee": "Mediflow"}


# ---------------------------------------------------------------- round 2: unseen-article families


def test_a_headline_restates_the_body_and_makes_no_claim(lexicons):
    text = "Kite raises $30 million from Accel\n\nKite said on Monday it had raised $30 million from Accel."
    got = extract(lexicons, text, "en", {"Kite": "Kite", "Accel": "Accel"}, {"$30 million": (30 * M, "USD")},
                  {"Monday": "2024-11-18"})
    assert [(g[1], g[3]) for g in got] == [({"investee": "Kite", "investors": ("Accel",)}, "2024-11-18")]


ROUND_MEMBERS = [
    ("로보틱스랩이 800억 원 규모의 시리즈B 투자를 유치했다. 투자 후 기업가치는 5000억 원이다. 엔비디아, 인텔 등도 투자자로 참여했다.",
     {"엔비디아": "Nvidia", "인텔": "Intel"}, ("Nvidia", "Intel")),
    ("로보틱스랩이 800억 원 규모의 시리즈B 투자를 유치했다. 삼성전자와 LG전자도 이 라운드에 참여한 것으로 알려졌다.",
     {"삼성전자": "Samsung", "LG전자": "LG"}, ("Samsung", "LG")),
    ("로보틱스랩이 800억 원 규모의 시리즈B 투자를 유치했다. 기존 투자자인 KT와 카카오도 추가로 자금을 댔다.",
     {"KT": "KT", "카카오": "Kakao"}, ("KT", "Kakao")),
]


@pytest.mark.parametrize("text, names, investors", ROUND_MEMBERS, ids=[r[2][0] for r in ROUND_MEMBERS])
def test_ko_later_participants_join_the_round_just_reported(lexicons, text, names, investors):
    got = extract(lexicons, text, "ko", {"로보틱스랩": "Robotics Lab", **names},
                  {"800억 원": (80 * B, "KRW"), "5000억 원": (500 * B, "KRW")})
    assert got[-1][:2] == ("investment", {"investors": investors, "investee": "Robotics Lab"})


def test_ko_an_also_subject_putting_money_in_names_no_investee_but_the_round(lexicons):
    text = "퀀텀웍스는 시리즈A로 300억 원을 유치했다. 구글도 50억 원 이상을 넣은 것으로 알려졌다."
    got = extract(lexicons, text, "ko", {"퀀텀웍스": "Quantum Works", "구글": "Google"},
                  {"300억 원": (30 * B, "KRW"), "50억 원 이상": (5 * B, "KRW", {"bound": "at_least"})})
    assert got[-1][1:3] == ({"investors": ("Google",), "investee": "Quantum Works"}, (5 * B, "KRW"))
    assert got[-1][4]["status"] == "rumored"


def test_ko_an_also_subject_far_from_any_round_makes_no_claim(lexicons):
    text = "퀀텀웍스는 시리즈A로 300억 원을 유치했다. 회사는 물류 로봇을 만든다. 구글도 50억 원을 넣었다."
    got = extract(lexicons, text, "ko", {"퀀텀웍스": "Quantum Works", "구글": "Google"},
                  {"300억 원": (30 * B, "KRW"), "50억 원": (5 * B, "KRW")})
    assert len(got) == 1


def test_ko_a_reported_round_and_its_denial_by_this_company(lexicons):
    text = ("한 매체는 에듀링크가 약 300억 원 규모의 시리즈B 투자를 추진하고 있다고 보도했다.\n\n"
            "에듀링크 측은 이에 대해 \"사실무근\"이라고 일축했다.")
    got = extract(lexicons, text, "ko", {"에듀링크": "Edulink"}, {"약 300억 원": (30 * B, "KRW", {"approx": True})})
    assert [(g[1], g[4]["status"]) for g in got] == [({"investee": "Edulink"}, "rumored"), ({"investee": "Edulink"}, "denied")]
    assert got[0][4]["round"] == "series_b"


def test_ko_a_dropped_subject_after_an_investor_sentence_is_the_raiser(lexicons):
    text = "딥노트는 지난 4월 소프트뱅크가 주도한 라운드에서 2억 달러(약 2700억 원)를 조달했다. 네이버도 이 라운드에 참여했다. 지난해 9월에는 KT 등으로부터 100억 원을 유치했다."
    got = extract(lexicons, text, "ko", {"딥노트": "Deepnote", "소프트뱅크": "SoftBank", "네이버": "Naver", "KT": "KT"},
                  {"2억 달러": (200 * M, "USD"), "100억 원": (10 * B, "KRW")}, {"지난 4월": "2024-04", "지난해 9월": "2023-09"})
    assert got[0][1:4] == ({"investee": "Deepnote", "investors": ("SoftBank",)}, (200 * M, "USD"), "2024-04")
    assert got[2][1:4] == ({"investors": ("KT",), "investee": "Deepnote"}, (10 * B, "KRW"), "2023-09")


def test_ko_valuation_with_its_earlier_figure_in_a_relative_clause(lexicons):
    text = "루미랩이 500억 원 투자를 유치했다. 네이버도 참여했다.\n\n투자 후 기업가치는 4000억 원으로, 지난해 인정받은 1500억 원에서 크게 뛰었다."
    got = extract(lexicons, text, "ko", {"루미랩": "Lumi Lab", "네이버": "Naver"},
                  {"500억 원": (50 * B, "KRW"), "4000억 원": (400 * B, "KRW"), "1500억 원": (150 * B, "KRW")},
                  {"지난해": "2023"})
    valuation = got[-1]
    assert valuation[:4] == ("valuation", {"company": "Lumi Lab"}, (400 * B, "KRW"), None)
    assert valuation[4]["basis"] == "post" and int(valuation[4]["previous"].value) == 150 * B


@pytest.mark.parametrize("text, company", [
    ("카카오는 기업가치 5000억 원으로 평가받는 업스테이지에 300억 원을 투자했다.", "Upstage"),
    ("네이버는 몸값이 5000억 원에 달하는 AI 스타트업 업스테이지를 인수했다.", "Upstage"),
    ("업스테이지의 기업가치는 5000억 원으로 평가받았고 카카오는 투자를 검토하고 있다.", "Upstage"),
])
def test_ko_a_valuation_belongs_to_the_company_its_clause_describes(lexicons, text, company):
    got = extract(lexicons, text, "ko", {"카카오": "Kakao", "네이버": "Naver", "업스테이지": "Upstage"},
                  {"5000억 원": (500 * B, "KRW"), "300억 원": (30 * B, "KRW")})
    valuations = [g for g in got if g[0] == "valuation"]
    assert [(g[1]["company"], g[2]) for g in valuations] == [(company, (500 * B, "KRW"))]
    assert all(g[2] != (500 * B, "KRW") for g in got if g[0] != "valuation")


def test_en_valuation_up_from_an_earlier_figure_keeps_that_figures_date_apart(lexicons):
    text = "The deal values Brightloom at $18 billion, up from $14 billion only two months ago, people familiar said."
    got = extract(lexicons, text, "en", {"Brightloom": "Brightloom"},
                  {"$18 billion": (18 * B, "USD"), "$14 billion": (14 * B, "USD")}, {"two months ago": "2024-09"})
    assert got[0][:4] == ("valuation", {"company": "Brightloom"}, (18 * B, "USD"), None)
    assert int(got[0][4]["previous"].value) == 14 * B


def test_en_valuation_named_after_its_noun_and_after_the_investment(lexicons):
    text = "That is a rise from the $900 million valuation Kite fetched in July. The round values Kite at $2 billion after the investment."
    got = extract(lexicons, text, "en", {"Kite": "Kite"},
                  {"$900 million": (900 * M, "USD"), "$2 billion": (2 * B, "USD")}, {"July": "2024-07"})
    assert [(g[1], g[2], g[3], g[4].get("basis")) for g in got] == [
        ({"company": "Kite"}, (900 * M, "USD"), "2024-07", None), ({"company": "Kite"}, (2 * B, "USD"), None, "post")]


def test_en_a_date_inside_a_relative_aside_is_not_the_main_clauses(lexicons):
    text = "Anthropic, which was valued at $60 billion in March, agreed to buy Humanloop, which was last valued at $125 million."
    got = extract(lexicons, text, "en", {"Anthropic": "Anthropic", "Humanloop": "Humanloop"},
                  {"$60 billion": (60 * B, "USD"), "$125 million": (125 * M, "USD")}, {"March": "2024-03"})
    assert sorted((g[0], tuple(g[1].values()), g[3]) for g in got) == [
        ("acquisition", ("Anthropic", "Humanloop"), None),
        ("valuation", ("Anthropic",), "2024-03"), ("valuation", ("Humanloop",), None)]


def test_en_a_takeover_approach_reported_then_denied(lexicons):
    text = ("The Information reported that Oracle had approached Fernhill about a takeover. "
            "Fernhill's chief executive denied that Oracle had made an approach.")
    got = extract(lexicons, text, "en", {"The Information": ("The Information", "org"), "Oracle": "Oracle", "Fernhill": "Fernhill"})
    assert [(g[0], g[1], g[4].get("status")) for g in got] == [
        ("acquisition", {"acquirer": "Oracle", "target": "Fernhill"}, "rumored"),
        ("acquisition", {"acquirer": "Oracle", "target": "Fernhill"}, "denied")]


@pytest.mark.parametrize("text", [
    "Kite employees will join Google once the deal closes, the companies said, adding 150 staff.",
    "Kite was valued at close to $4 billion in 2024.",
])
def test_en_closing_a_deal_or_close_to_a_figure_is_no_raise(lexicons, text):
    got = extract(lexicons, text, "en", {"Kite": "Kite", "Google": "Google"}, {"close to $4 billion": (4 * B, "USD")},
                  {"2024": "2024"})
    assert [g[0] for g in got] in ([], ["valuation"])


@pytest.mark.parametrize("text, scope", [
    ("Halden has raised about $90 million from investors including Accel and Index Ventures.", "cumulative"),
    ("Halden has raised $90 million in a Series B round led by Accel.", "single"),
    ("Halden has raised $90 million in new funding from Accel.", "single"),
    ("Halden had raised $90 million in March from Accel.", "single"),
])
def test_en_a_perfect_raise_without_round_or_date_is_a_total(lexicons, text, scope):
    got = extract(lexicons, text, "en", {"Halden": "Halden", "Accel": "Accel", "Index Ventures": "Index"},
                  {"about $90 million": (90 * M, "USD"), "$90 million": (90 * M, "USD")}, {"March": "2024-03"})
    assert got[0][4]["scope"] == scope


def test_en_that_round_takes_the_date_of_the_round_reported(lexicons):
    text = "Orbitly raised $100 million in May, led by Accel. That round valued Orbitly at $1.1 billion. That funding round also drew Founders Fund."
    got = extract(lexicons, text, "en", {"Orbitly": "Orbitly", "Accel": "Accel"},
                  {"$100 million": (100 * M, "USD"), "$1.1 billion": (1100 * M, "USD")}, {"May": "2024-05"})
    assert [(g[0], g[3]) for g in got] == [("investment", "2024-05"), ("valuation", "2024-05")]


def test_en_investors_of_a_named_company_include(lexicons):
    got = extract(lexicons, "Orbitly investors include Sequoia Capital and Madrona, which led its early rounds.", "en",
                  {"Orbitly": "Orbitly", "Sequoia Capital": "Sequoia", "Madrona": "Madrona"})
    assert got[0][:2] == ("investment", {"investors": ("Sequoia", "Madrona"), "investee": "Orbitly"})


@pytest.mark.parametrize("text, lang, converted", [
    ("삼성전자는 5000만 달러, 우리 돈으로 약 700억 원을 퓨리오사AI에 투자했다.", "ko", "약 700억 원"),
    ("Samsung invested $50 million, or about 70 billion won, in FuriosaAI.", "en", "about 70 billion won"),
])
def test_a_conversion_stated_after_a_comma_belongs_to_the_figure_before(lexicons, text, lang, converted):
    ctx = make_context(text, lang, {"삼성전자": "Samsung", "Samsung": "Samsung", "퓨리오사AI": "FuriosaAI", "FuriosaAI": "FuriosaAI"},
                       {"5000만 달러": (50 * M, "USD"), "$50 million": (50 * M, "USD"), converted: (70 * B, "KRW")})
    (claim,) = money.extract(ctx, lexicons)
    assert (int(claim.amount.value), claim.amount.currency, claim.amount.converted.text) == (50 * M, "USD", converted)


def test_en_a_date_after_the_earlier_figure_dates_neither_the_round_nor_its_valuation(lexicons):
    text = "Kite raised $40 million from Accel at a valuation of $300 million, up from $120 million last year."
    got = extract(lexicons, text, "en", {"Kite": "Kite", "Accel": "Accel"},
                  {"$40 million": (40 * M, "USD"), "$300 million": (300 * M, "USD"), "$120 million": (120 * M, "USD")},
                  {"last year": "2023"})
    assert [(g[0], g[2], g[3]) for g in got] == [("investment", (40 * M, "USD"), None), ("valuation", (300 * M, "USD"), None)]


def test_ko_a_total_to_date_has_no_date_and_a_decided_purchase_is_announced(lexicons):
    text = "보이스핏은 2020년 설립된 회사로, 그동안 알토스벤처스 등으로부터 모두 350억 원을 투자받았다. 카카오는 보이스핏 지분 100%를 사들이기로 했다."
    got = extract(lexicons, text, "ko", {"보이스핏": "Voicefit", "알토스벤처스": "Altos", "카카오": "Kakao"},
                  {"350억 원": (35 * B, "KRW")}, {"2020년": "2020"})
    assert [(g[0], g[3], g[4].get("scope"), g[4].get("status")) for g in got] == [
        ("investment", None, "cumulative", "completed"), ("acquisition", None, None, "announced")]


def test_en_a_valuation_puts_its_round_in_view_for_that_round(lexicons):
    text = "Rivet is no small buyer. Rivet was valued at $4 billion in March. That funding round was led by Founders Fund."
    got = extract(lexicons, text, "en", {"Rivet": "Rivet", "Founders Fund": "Founders Fund"},
                  {"$4 billion": (4 * B, "USD")}, {"March": "2024-03"})
    assert got[-1][:4] == ("investment", {"investors": ("Founders Fund",), "investee": "Rivet"}, None, "2024-03")


def test_en_a_second_clause_keeps_its_own_figure_and_decimals_do_not_end_a_lookahead(lexicons):
    text = "Google buys Kite, Meta bets $1.1 billion on Scale AI. Amazon poured $2.5 billion into Anthropic."
    got = extract(lexicons, text, "en", {n: n for n in ("Google", "Kite", "Meta", "Scale AI", "Amazon", "Anthropic")},
                  {"$1.1 billion": (1100 * M, "USD"), "$2.5 billion": (2500 * M, "USD")})
    assert [(g[0], tuple(g[1].values()), g[2]) for g in got] == [
        ("acquisition", ("Google", "Kite"), None),
        ("investment", (("Meta",), "Scale AI"), (1100 * M, "USD")),
        ("investment", (("Amazon",), "Anthropic"), (2500 * M, "USD"))]


# ---------------------------------------------------------------- round 3: general families


_R3 = {"Tallis": "Tallis", "Orbit Capital": "Orbit Capital", "Mesa Partners": "Mesa Partners", "Quarry": "Quarry",
       "Fenwick": "Fenwick", "Lodestar": "Lodestar", "The Ledger": "The Ledger", "탈리스": "Tallis",
       "오르빗캐피탈": "Orbit Capital", "메사파트너스": "Mesa Partners", "쿼리벤처스": "Quarry Ventures",
       "알파은행": "Alpha Bank", "베타증권": "Beta Securities", "KT": "KT", "LG": "LG", "카카오": "Kakao"}


@pytest.mark.parametrize("text,lang,investors", [
    ("Tallis raised $9 million from Orbit Capital, Mesa Partners, and Fenwick.", "en",
     ("Orbit Capital", "Mesa Partners", "Fenwick")),
    ("Orbit Capital, Mesa Partners, and Lodestar invested $9 million in Tallis.", "en",
     ("Orbit Capital", "Mesa Partners", "Lodestar")),
    ("탈리스가 시리즈A 투자를 유치했다. 이번 투자는 오르빗캐피탈이 주도했고 메사파트너스와 쿼리벤처스가 함께했다.", "ko",
     ("Orbit Capital", "Mesa Partners", "Quarry Ventures")),
    ("탈리스가 시리즈A 투자를 유치했다. 오르빗캐피탈이 라운드를 이끌었으며 메사파트너스, 쿼리벤처스가 동참했다.", "ko",
     ("Orbit Capital", "Mesa Partners", "Quarry Ventures")),
    ("탈리스가 시리즈B 투자를 유치했다. 알파은행, 베타증권 등 국내 금융사와 KT, LG, 카카오도 이번 라운드에 참여했다.", "ko",
     ("Alpha Bank", "Beta Securities", "KT", "LG", "Kakao")),
    ("탈리스가 시리즈B 투자를 유치했다. 알파은행, 베타증권, 카카오 등 투자사들이 이번 라운드에 참여했다.", "ko",
     ("Alpha Bank", "Beta Securities", "Kakao")),
])
def test_every_member_of_a_list_or_co_investor_clause_is_an_investor(lexicons, text, lang, investors):
    got = extract(lexicons, text, lang, _R3, {"$9 million": (9_000_000, "USD")})
    assert [g[1].get("investors") for g in got if g[1].get("investors")] == [investors]
    assert all(g[1]["investee"] == "Tallis" for g in got)


@pytest.mark.parametrize("text,lang,status,scope", [
    ("Orbit Capital and Mesa Partners are putting $9 million into Tallis, people familiar with the matter said.", "en",
     "rumored", "single"),
    ("Quarry agreed on Friday to acquire Tallis for $9 million.", "en", "announced", None),
    ("Quarry agreed last week to buy Tallis.", "en", "announced", None),
    ("The Ledger reported in June that Tallis was in talks to raise $9 million.", "en", "rumored", "single"),
    ("Orbit Capital has committed a further $9 million to Tallis.", "en", None, "commitment"),
    ("업계에서는 탈리스가 내년 시리즈C에서 90억 원을 조달할 것으로 보고 있다.", "ko", "rumored", "single"),
    ("시장에서는 오르빗캐피탈이 탈리스에 90억 원을 투자할 것으로 보고 있다.", "ko", "rumored", "single"),
])
def test_status_and_scope_of_unseen_wordings(lexicons, text, lang, status, scope):
    got = extract(lexicons, text, lang, _R3, {"$9 million": (9_000_000, "USD"), "90억 원": (9 * B, "KRW")})
    assert len(got) == 1
    assert got[0][4].get("status") == status and got[0][4].get("scope") == scope


@pytest.mark.parametrize("second", [
    "2021년 시리즈A에서는 오르빗캐피탈이 단독으로 50억 원을 투자했다.",
    "2021년 시리즈A 당시에는 오르빗캐피탈이 50억 원을 넣었다.",
    "앞서 오르빗캐피탈은 2021년 시리즈A 때 50억 원을 투자했다.",
])
def test_ko_an_earlier_round_of_the_same_company_takes_it_as_investee(lexicons, second):
    got = extract(lexicons, "탈리스가 200억 원 규모의 시리즈B 투자를 유치했다. " + second, "ko", _R3,
                  {"200억 원": (20 * B, "KRW"), "50억 원": (5 * B, "KRW")}, {"2021년": "2021"})
    assert got[-1][:4] == ("investment", {"investors": ("Orbit Capital",), "investee": "Tallis"}, (5 * B, "KRW"), "2021")
    assert got[-1][4]["round"] == "series_a" and got[-1][4]["status"] == "completed"


@pytest.mark.parametrize("second", [
    "지난해 오르빗캐피탈로부터 50억 원을 투자받은 지 1년 만이다.",
    "엔비디아는 당시 탈리스에 지분 투자를 하면서 연구 협력 관계를 맺었다.",
])
def test_ko_a_past_deal_in_a_subordinate_clause_is_completed(lexicons, second):
    names = dict(_R3, 엔비디아="Nvidia")
    got = extract(lexicons, "탈리스가 200억 원 규모의 시리즈B 투자를 유치했다. " + second, "ko", names,
                  {"200억 원": (20 * B, "KRW"), "50억 원": (5 * B, "KRW")})
    assert got[-1][1]["investee"] == "Tallis" and got[-1][4].get("status") == "completed"


@pytest.mark.parametrize("text,expected", [
    ("Tallis raised $30 million in a round led by Orbit Capital. In addition, Orbit Capital has committed a further "
     "$10 million, to be released when Tallis hits sales targets.", "Tallis"),
    ("Tallis raised $30 million in a round led by Orbit Capital. The company will hire engineers. Orbit Capital also "
     "pledged another $10 million over the next two years.", "Tallis"),
    ("Tallis raised $30 million from Orbit Capital. Mesa Partners, which sold its stake last year, invested $10 million.",
     None),
])
def test_en_a_backer_of_the_round_putting_in_more_backs_the_same_company(lexicons, text, expected):
    got = extract(lexicons, text, "en", _R3, {"$30 million": (30_000_000, "USD"), "$10 million": (10_000_000, "USD")})
    second = [g for g in got if g[2] == (10_000_000, "USD")]
    assert [g[1].get("investee") for g in second] == ([expected] if expected else [])


def test_en_a_backer_investing_in_a_field_without_a_figure_makes_no_claim(lexicons):
    got = extract(lexicons, "Tallis raised $30 million from Orbit Capital. Orbit Capital said it would keep investing in "
                  "robotics.", "en", _R3, {"$30 million": (30_000_000, "USD")})
    assert [g[1]["investee"] for g in got] == ["Tallis"]


@pytest.mark.parametrize("text", [
    "이로써 탈리스가 설립 이후 끌어모은 자금은 모두 약 500억 원으로 늘었다.",
    "탈리스가 창업 이후 확보한 투자금은 총 500억 원에 달한다.",
    "탈리스가 지금까지 조달한 자금은 500억 원이다.",
])
def test_ko_a_relative_clause_of_raising_states_the_total(lexicons, text):
    got = extract(lexicons, text, "ko", _R3, {"약 500억 원": (50 * B, "KRW"), "500억 원": (50 * B, "KRW")})
    assert [(g[1], g[2], g[4].get("scope")) for g in got] == [({"investee": "Tallis"}, (50 * B, "KRW"), "cumulative")]


def test_ko_spending_the_money_raised_is_no_new_claim(lexicons):
    assert extract(lexicons, "탈리스는 이번에 확보한 자금으로 연구 인력을 늘릴 계획이다.", "ko", _R3) == []


def test_en_a_figure_committed_since_a_year_is_no_new_commitment(lexicons):
    got = extract(lexicons, "Mesa Partners put $2 million into Quarry, while Orbit Capital added $1 million to the "
                  "roughly $9 million it has committed to Tallis since 2021.", "en", _R3,
                  {"$2 million": (2_000_000, "USD"), "$1 million": (1_000_000, "USD"), "$9 million": (9_000_000, "USD")})
    assert "commitment" not in [g[4].get("scope") for g in got]
