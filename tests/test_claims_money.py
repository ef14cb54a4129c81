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
