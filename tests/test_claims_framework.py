"""The shared claims machinery: cases from particles and prepositions, triggers,
cues, carry-over, claim building and within-document merging."""

from __future__ import annotations

from decimal import Decimal

import pytest

from fixtures.claims.docs import make_context
from warchest.claims import FAMILIES
from warchest.claims.args import CARRY, COREF, DIRECT, Arg
from warchest.claims.build import confidence_for, make_claim
from warchest.claims.carry import carried_date, carried_subject, states_own_subject
from warchest.claims.cues import is_negated, local_status, own_clause, scope_of, status_of
from warchest.claims.frames import fill_roles, find_triggers, load_frames, read_arguments
from warchest.claims.lexicon import load_lexicons
from warchest.claims.merge import merge_restatements
from warchest.config import data_dir
from warchest.model import Amount, Entity, Mention, When


@pytest.fixture(scope="module")
def lexicons():
    return load_lexicons(data_dir() / "lexicons")


def cases(ctx, lexicons, index=0):
    return [(a.mention.text, a.case) for a in read_arguments(ctx, ctx.sentences[index], lexicons)]


def groups(ctx, lexicons, index=0):
    args = read_arguments(ctx, ctx.sentences[index], lexicons)
    return {a.mention.text: a.group for a in args}


# ---------------------------------------------------------------- Korean cases


def test_korean_particles_give_cases(lexicons):
    ctx = make_context("아마존이 앤스로픽에 40억 달러를 투자했고 구글은 딥마인드를 인수했다.", "ko",
                       {"아마존": "Amazon", "앤스로픽": "Anthropic", "구글": "Google", "딥마인드": "DeepMind"})
    assert cases(ctx, lexicons) == [("아마존", "subject"), ("앤스로픽", "dative"), ("구글", "topic"), ("딥마인드", "object")]


def test_korean_coordination_takes_the_last_case(lexicons):
    ctx = make_context("인플렉션AI는 MS와 엔비디아 등으로부터 13억 달러를 투자받았다.", "ko",
                       {"인플렉션AI": "Inflection AI", "MS": "Microsoft", "엔비디아": "Nvidia"})
    assert cases(ctx, lexicons) == [("인플렉션AI", "topic"), ("MS", "source"), ("엔비디아", "source")]
    g = groups(ctx, lexicons)
    assert g["MS"] == g["엔비디아"] != g["인플렉션AI"]


def test_korean_comma_list_and_bracketed_alias(lexicons):
    ctx = make_context("라이트스피드와 앤드리슨 호로위츠(a16z)를 비롯해 엔비디아, IBM 등이 참여했다.", "ko",
                       {"라이트스피드": "Lightspeed", "앤드리슨 호로위츠": "Andreessen Horowitz", "a16z": "Andreessen Horowitz",
                        "엔비디아": "Nvidia", "IBM": "IBM"})
    got = cases(ctx, lexicons)
    assert [name for name, _ in got] == ["라이트스피드", "앤드리슨 호로위츠", "엔비디아", "IBM"]  # alias dropped
    assert {case for _, case in got} == {"subject"}


def test_korean_comitative_without_partner_is_with(lexicons):
    ctx = make_context("리벨리온은 사피온코리아와 합병을 마무리했다.", "ko", {"리벨리온": "Rebellions", "사피온코리아": "Sapeon"})
    assert cases(ctx, lexicons) == [("리벨리온", "topic"), ("사피온코리아", "with")]


def test_korean_lead_investor_and_headline_topic(lexicons):
    ctx = make_context("미스트랄AI, 제너럴 캐털리스트 주도로 투자 유치", "ko",
                       {"미스트랄AI": "Mistral AI", "제너럴 캐털리스트": "General Catalyst"})
    assert cases(ctx, lexicons) == [("미스트랄AI", "topic"), ("제너럴 캐털리스트", "lead")]


# ---------------------------------------------------------------- English cases


def test_english_prepositions_and_lists(lexicons):
    ctx = make_context("Mistral raised €600 million in a round led by General Catalyst, alongside Nvidia and Cisco.", "en",
                       {"Mistral": "Mistral AI", "General Catalyst": "General Catalyst", "Nvidia": "Nvidia", "Cisco": "Cisco"})
    assert cases(ctx, lexicons) == [("Mistral", "bare"), ("General Catalyst", "lead"), ("Nvidia", "alongside"), ("Cisco", "alongside")]


def test_english_possessor_modifies_the_next_name(lexicons):
    ctx = make_context("The round was co-led by NEA and NVIDIA's NVentures.", "en",
                       {"NEA": "NEA", "NVIDIA": "Nvidia", "NVentures": "NVentures"})
    got = dict(cases(ctx, lexicons))
    assert got["NEA"] == got["NVentures"] == "lead"
    assert got["NVIDIA"] == "modifier"


@pytest.mark.parametrize("text,first,second", [
    ("Google, another Anthropic backer, agreed to invest.", "Google", "Anthropic"),
    ("Alder Ventures invested in Quillon, and Birch Partners passed.", "Quillon", "Birch Partners"),  # a clause, no item
])
def test_english_aside_or_next_clause_is_no_list(lexicons, text, first, second):
    ctx = make_context(text, "en", {n: n for n in ("Google", "Anthropic", "Alder Ventures", "Quillon", "Birch Partners")})
    g = groups(ctx, lexicons)
    assert g[first] != g[second]


@pytest.mark.parametrize("text", [
    "Alder Ventures, Birch Partners, and Cedar Fund invested in Quillon.",
    "The round drew Alder Ventures, Birch Partners, and the Cedar Fund.",
    "Quillon counts Alder Ventures, Birch Partners, or Cedar Fund among its backers.",
])
def test_english_serial_comma_keeps_the_last_item(lexicons, text):
    names = {"Alder Ventures": "Alder Ventures", "Birch Partners": "Birch Partners", "Cedar Fund": "Cedar Fund",
             "Quillon": "Quillon"}
    g = groups(make_context(text, "en", names), lexicons)
    assert g["Alder Ventures"] == g["Birch Partners"] == g["Cedar Fund"] != g.get("Quillon")


@pytest.mark.parametrize("text", [
    "Dana Ruiz will join Meridian once the merger closes.",
    "Dana Ruiz joins Meridian if regulators approve the deal.",
    "Dana Ruiz moved to Meridian following the acquisition.",
])
def test_english_object_before_a_subordinate_clause(lexicons, text):
    ctx = make_context(text, "en", {"Meridian": "Meridian"})
    frames = load_frames({"frames": [{"type": "hire", "trigger": "join|joins|moved to", "roles": {"org": ["object", "to"]}}]}, "en")
    sentence = ctx.sentences[0]
    args = read_arguments(ctx, sentence, lexicons)
    filled = fill_roles(ctx, find_triggers(sentence, frames)[0], args, lexicons)
    assert [a.mention.text for a in filled["org"]] == ["Meridian"]


# ---------------------------------------------------------------- triggers and roles


def test_longest_trigger_wins_and_windows_split_the_sentence(lexicons):
    frames = load_frames({"frames": [
        {"type": "investment", "trigger": "투자(?=하|했)", "roles": {"investors": ["subject"], "investee": ["dative"]}},
        {"type": "investment", "trigger": "투자(?:를 )?받", "roles": {"investee": ["topic"], "investors": ["source"]}},
    ]}, "ko")
    ctx = make_context("A는 B로부터 투자를 받았고 C가 D에 투자했다.", "ko", {})
    found = find_triggers(ctx.sentences[0], frames)
    assert [t.text for t in found] == ["투자를 받", "투자"]
    assert found[0].window[1] == found[1].start and found[1].window[0] == found[0].end


def test_fill_roles_keeps_roles_in_their_clause(lexicons):
    frames = load_frames({"frames": [
        {"type": "investment", "trigger": "투자(?=하|했)", "roles": {"investors": ["subject", "topic"], "investee": ["dative"]}},
    ]}, "ko")
    ctx = make_context("SK텔레콤은 앤스로픽에 1억 달러를 투자했고, 퍼플렉시티에 1000만 달러를 투자했다.", "ko",
                       {"SK텔레콤": "SK Telecom", "앤스로픽": "Anthropic", "퍼플렉시티": "Perplexity"})
    sentence = ctx.sentences[0]
    args = read_arguments(ctx, sentence, lexicons)
    filled = [fill_roles(ctx, t, args, lexicons) for t in find_triggers(sentence, frames)]
    assert [[a.mention.text for a in f["investee"]] for f in filled] == [["앤스로픽"], ["퍼플렉시티"]]
    assert all(f["investors"][0].mention.text == "SK텔레콤" for f in filled)  # the topic reaches across clauses


# ---------------------------------------------------------------- cues


def _first_trigger(ctx, lexicons, pattern="투자|invest|인수|acquire"):
    frames = load_frames({"frames": [{"type": "investment", "trigger": pattern, "roles": {}}]}, ctx.lang)
    sentence = ctx.sentences[0]
    return sentence, find_triggers(sentence, frames)[0]


@pytest.mark.parametrize("text,lang,status", [
    ("아마존이 앤스로픽에 40억 달러를 투자한다고 밝혔다.", "ko", "announced"),
    ("아마존은 앤스로픽에 27억 달러를 투자했다.", "ko", "completed"),
    ("퓨리오사AI는 2000억원 규모의 투자 유치를 추진하고 있다.", "ko", "planned"),
    ("테슬라도 xAI 투자 방안을 검토 중이다.", "ko", "considering"),
    ("구글이 약 3억 달러를 투자한 것으로 알려졌다.", "ko", "rumored"),
    ("SK는 추가 투자설에 대해 “사실무근”이라고 밝혔다.", "ko", "denied"),
    ("Amazon said on Friday it would invest $4 billion.", "en", "announced"),
    ("Thrive invested $1.25 billion, according to people familiar with the matter.", "en", "rumored"),
    ("Nvidia's first $10 billion is expected to invest when the first gigawatt comes online.", "en", "planned"),
    ("Musk denied a report that xAI would invest $10 billion.", "en", "denied"),
])
def test_status_from_cues(lexicons, text, lang, status):
    ctx = make_context(text, lang, {})
    sentence, trigger = _first_trigger(ctx, lexicons)
    assert status_of(ctx, lexicons, sentence, trigger) == status


def test_hedged_or_rejected_is_never_completed(lexicons):
    hedged = make_context("업계에서는 카카오가 300억 원을 투자한 것으로 보고 있다.", "ko", {})
    sentence, trigger = _first_trigger(hedged, lexicons)
    assert status_of(hedged, lexicons, sentence, trigger) == "rumored"
    rejected = make_context("FuriosaAI has turned down an offer from Meta to acquire it.", "en", {})
    sentence, trigger = _first_trigger(rejected, lexicons)
    assert status_of(rejected, lexicons, sentence, trigger) is None


@pytest.mark.parametrize("text,lang,negated", [
    ("지분 투자는 이번 협약에 포함되지 않았다.", "ko", True),
    ("LG는 오픈AI에 투자하지 않았다.", "ko", True),
    ("LG는 오픈AI에 투자했다.", "ko", False),
    ("Microsoft did not acquire Inflection.", "en", True),
    ("Microsoft agreed to acquire Inflection.", "en", False),
])
def test_negation(lexicons, text, lang, negated):
    ctx = make_context(text, lang, {})
    _, trigger = _first_trigger(ctx, lexicons)
    assert is_negated(ctx, lexicons, trigger) is negated


@pytest.mark.parametrize("text,lang,scope", [
    ("이로써 아마존이 앤스로픽에 투자한 금액은 누적 80억 달러다.", "ko", "cumulative"),
    ("MS는 2019년 이후 오픈AI에 130억 달러를 투자했다.", "ko", "cumulative"),
    ("구글은 앤스로픽에 최대 20억 달러를 투자하기로 했다.", "ko", "commitment"),
    ("아마존은 앤스로픽에 40억 달러를 추가로 투자했다.", "ko", None),
    ("Nvidia will invest up to $100 billion in OpenAI.", "en", "commitment"),
    ("Microsoft has invested about $13 billion in OpenAI.", "en", "cumulative"),
])
def test_scope(lexicons, text, lang, scope):
    ctx = make_context(text, lang, {})
    _, trigger = _first_trigger(ctx, lexicons)
    assert scope_of(ctx, lexicons, trigger) == scope


# ---------------------------------------------------------------- carry-over


def test_dropped_subject_carries_from_the_previous_sentence(lexicons):
    ctx = make_context("트웰브랩스는 영상 AI를 만든다. 지난해 1000만 달러를 유치했다.", "ko", {"트웰브랩스": "Twelve Labs"})
    carried = carried_subject(ctx, ctx.sentences[1], lexicons)
    assert carried.mention.text == "트웰브랩스" and carried.how == CARRY


def test_no_carry_across_paragraphs(lexicons):
    ctx = make_context("트웰브랩스는 영상 AI를 만든다.\n\n지난해 1000만 달러를 유치했다.", "ko", {"트웰브랩스": "Twelve Labs"})
    assert carried_subject(ctx, ctx.sentences[1], lexicons) is None


def test_anaphoric_date_points_back(lexicons):
    ctx = make_context("xAI는 지난 3월 X를 인수했다. 당시 xAI의 기업가치는 800억 달러였다.", "ko", {}, dates={"지난 3월": "2025-03"})
    assert carried_date(ctx, lexicons, ctx.sentences[1]).value == "2025-03"
    assert carried_date(ctx, lexicons, ctx.sentences[0]) is None


# ---------------------------------------------------------------- building and merging


def _arg(text: str, how: str = DIRECT) -> Arg:
    return Arg(Mention(0, len(text), text, Entity(id=text.lower(), name=text, kind="org")), "subject", -1, how)


def test_confidence_follows_how_roles_were_filled():
    direct = confidence_for({"investors": [_arg("A")], "investee": _arg("B")})
    coref = confidence_for({"investors": [_arg("A")], "investee": _arg("B", COREF)})
    carry = confidence_for({"investors": [_arg("A", CARRY)], "investee": _arg("B", COREF)})
    assert direct > coref > carry


def _claim(ctx, index, amount=None, date=None, attrs=None, investors=("Amazon",)):
    args = {"investors": [_arg(i) for i in investors], "investee": _arg("Anthropic")}
    return make_claim(ctx, "investment", ctx.sentences[index], args, amount, date, attrs or {})


def _usd(value: int, start: int = 0) -> Amount:
    return Amount(Decimal(value), "USD", str(value), start, start + 1)


def test_restatements_fold_and_keep_every_evidence_span():
    ctx = make_context("One here. Two here. Three here.", "en", {})
    first = _claim(ctx, 0, amount=_usd(4_000_000_000), attrs={"scope": "single"})
    again = _claim(ctx, 1, attrs={"scope": "single"})
    other = _claim(ctx, 2, amount=_usd(8_000_000_000))
    merged = merge_restatements([first, again, other])
    assert len(merged) == 2
    folded = merged[0]
    assert folded.amount.value == 4_000_000_000 and folded.attrs == {"scope": "single"}
    assert {folded.evidence, *folded.more_evidence} == {ctx.sentences[0].span, ctx.sentences[1].span}


def test_conflicting_restatements_stay_apart():
    ctx = make_context("One here. Two here.", "en", {})
    rumored = _claim(ctx, 0, attrs={"status": "rumored"})
    denied = _claim(ctx, 1, attrs={"status": "denied"})
    assert len(merge_restatements([rumored, denied])) == 2


def test_a_headline_without_the_lead_investor_folds_only_with_the_same_figure():
    ctx = make_context("One here. Two here. Three here.", "en", {})
    full = _claim(ctx, 1, amount=_usd(600), investors=("GC",))
    headline = make_claim(ctx, "investment", ctx.sentences[0], {"investee": _arg("Anthropic")}, _usd(600))
    participants = make_claim(ctx, "investment", ctx.sentences[2], {"investors": [_arg("Nvidia")], "investee": _arg("Anthropic")})
    merged = merge_restatements([headline, full, participants])
    assert len(merged) == 2
    assert merged[0].evidence == ctx.sentences[1].span and merged[0].more_evidence == (ctx.sentences[0].span,)


def test_all_families_are_registered():
    assert [f.__name__.rsplit(".", 1)[1] for f in FAMILIES] == ["money", "talent", "company"]


def test_a_longer_word_after_a_name_is_no_particle(lexicons):
    ctx = make_context("LG이노텍이 공장을 지었고 LG에서는 투자를 늘렸다.", "ko", {"LG": "LG"})
    assert cases(ctx, lexicons) == [("LG", "bare"), ("LG", "source")]


# ---------------------------------------------------------------- reading unseen names and phrases


def test_korean_particle_after_a_closing_quote(lexicons):
    ctx = make_context("AI 스타트업 '메디플로우'가 '뉴로코어'를 인수했다.", "ko", {"메디플로우": "Mediflow", "뉴로코어": "Neurocore"})
    assert cases(ctx, lexicons) == [("메디플로우", "subject"), ("뉴로코어", "object")]


def test_korean_possessor_of_a_described_name_fills_no_role(lexicons):
    ctx = make_context("엔비디아의 벤처투자 조직 엔벤처스도 참여했다.", "ko", {"엔비디아": "Nvidia", "엔벤처스": "NVentures"})
    assert cases(ctx, lexicons) == [("엔비디아", "modifier"), ("엔벤처스", "also")]
    ctx = make_context("아마존의 앤트로픽 누적 투자액은 80억 달러다.", "ko", {"아마존": "Amazon", "앤트로픽": "Anthropic"})
    assert cases(ctx, lexicons) == [("아마존", "genitive"), ("앤트로픽", "bare")]  # investor and investee


def test_english_two_names_split_by_a_comma_are_a_list_only_if_it_goes_on(lexicons):
    ctx = make_context("Backed by Sequoia, Harvey raised money.", "en", {"Sequoia": "Sequoia", "Harvey": "Harvey"})
    assert groups(ctx, lexicons)["Sequoia"] != groups(ctx, lexicons)["Harvey"]
    ctx = make_context("It raised money from Sequoia, Index and Accel.", "en", {"Sequoia": "Sequoia", "Index": "Index", "Accel": "Accel"})
    assert len(set(groups(ctx, lexicons).values())) == 1


def test_korean_time_words_do_not_end_a_clause(lexicons):
    ctx = make_context("SK텔레콤은 지난해 앤트로픽에 1억 달러를 투자한 데 이어 올해 제휴를 맺었다.", "ko", {},
                       dates={"지난해": "2023", "올해": "2024"})
    _, trigger = _first_trigger(ctx, lexicons)
    lo, _ = own_clause(ctx, lexicons, trigger)
    assert lo == ctx.sentences[0].start  # the clause starts with the sentence, not after 지난해


def test_a_vetoed_trigger_leaves_its_figure_to_the_deal(lexicons):
    frames = load_frames(lexicons["money.en"], "en")
    ctx = make_context("It agreed to acquire Corvex in a deal valued at $1 billion. Corvex, valued at $1 billion, grew.", "en", {})
    first, second = (find_triggers(s, frames) for s in ctx.sentences)
    assert [t.frame.type for t in first] == ["acquisition"] and first[0].window[1] == ctx.sentences[0].end
    assert [t.frame.type for t in second] == ["valuation"]


def test_an_adjunct_does_not_bound_the_clause_around_it(lexicons):
    frames = load_frames(lexicons["money.en"], "en")
    ctx = make_context("Figure raised $675 million at a $2.6 billion valuation from Microsoft.", "en", {})
    raised, valuation = find_triggers(ctx.sentences[0], frames)
    assert raised.window[1] == ctx.sentences[0].end and valuation.window[1] == ctx.sentences[0].end
    assert valuation.window[0] == raised.end


def test_local_status_ignores_sentence_wide_cues(lexicons):
    ctx = make_context("Anysphere is said to be weighing a new round.", "en", {})
    sentence, trigger = _first_trigger(ctx, lexicons, "round")
    assert (status_of(ctx, lexicons, sentence, trigger), local_status(ctx, lexicons, trigger)) == ("rumored", "considering")


# ---------------------------------------------------------------- carry-over limits


def test_no_carry_into_a_sentence_with_its_own_subject(lexicons):
    ctx = make_context("네이버는 클로바를 출시했다. 링구아랩은 120억 원을 유치했다.", "ko", {"네이버": "Naver"})
    s = ctx.sentences[1]
    assert states_own_subject(ctx, s, lexicons, s.end)
    assert carried_subject(ctx, s, lexicons, upto=s.end) is None
    assert carried_subject(ctx, s, lexicons) is not None  # without ``upto`` the old reading stays


def test_an_anaphoric_subject_still_takes_the_previous_one(lexicons):
    ctx = make_context("리프트AI는 2023년 설립됐다. 회사는 350억 원을 유치했다.", "ko", {"리프트AI": "Lift AI"}, dates={"2023년": "2023"})
    s = ctx.sentences[1]
    assert not states_own_subject(ctx, s, lexicons, s.end)
    assert carried_subject(ctx, s, lexicons, upto=s.end).mention.text == "리프트AI"


# ---------------------------------------------------------------- merging


def test_a_coarser_date_restates_a_precise_one():
    ctx = make_context("One here. Two here.", "en", {})
    headline = _claim(ctx, 0, amount=_usd(10), date=When("2024", "year", "2024", 0, 4))
    body = _claim(ctx, 1, amount=_usd(10), date=When("2024-12-17", "day", "Tuesday", 10, 17), attrs={"status": "completed"})
    merged = merge_restatements([headline, body])
    assert len(merged) == 1 and merged[0].date.value == "2024-12-17" and merged[0].attrs == {"status": "completed"}


def test_different_dates_amounts_or_rounds_stay_apart():
    ctx = make_context("One here. Two here.", "en", {})
    may, june = (When(v, "month", v, 0, 3) for v in ("2024-05", "2024-06"))
    assert len(merge_restatements([_claim(ctx, 0, date=may), _claim(ctx, 1, date=june)])) == 2
    assert len(merge_restatements([_claim(ctx, 0, amount=_usd(10)), _claim(ctx, 1, amount=_usd(20))])) == 2
    a, b = _claim(ctx, 0, attrs={"round": "series_a"}), _claim(ctx, 1, attrs={"round": "series_b"})
    assert len(merge_restatements([a, b])) == 2


def test_two_statements_that_each_add_something_stay_apart():
    ctx = make_context("One here. Two here.", "en", {})
    with_amount = _claim(ctx, 0, amount=_usd(10))
    with_status = _claim(ctx, 1, attrs={"status": "completed"})
    assert len(merge_restatements([with_amount, with_status])) == 2


def test_a_folded_claim_keeps_the_roles_only_the_restatement_names():
    ctx = make_context("One here. Two here.", "en", {})
    headline = make_claim(ctx, "compensation", ctx.sentences[0], {}, _usd(10), attrs={"population": "AI talent"})
    full = make_claim(ctx, "compensation", ctx.sentences[1], {"employer": _arg("Lift AI")}, _usd(10))
    merged = merge_restatements([headline, full])
    assert len(merged) == 1 and merged[0].args["employer"].name == "Lift AI"


def test_the_source_of_the_news_is_no_dative(lexicons):
    ctx = make_context("스캐터랩에 따르면 KT가 참여했다.", "ko", {"스캐터랩": "Scatter Lab", "KT": "KT"})
    assert cases(ctx, lexicons) == [("스캐터랩", "according"), ("KT", "subject")]


def _founding(ctx, index, founders, org="Lift AI", date=None):
    args = {"org": _arg(org), "founders": [_arg(f) for f in founders]}
    return make_claim(ctx, "founding", ctx.sentences[index], args, None, date)


def test_a_founding_naming_some_founders_folds_into_the_one_naming_more():
    ctx = make_context("One here. Two here. Three here.", "en", {})
    y2021 = When("2021", "year", "2021", 0, 4)
    full = _founding(ctx, 0, ("Ana Ruiz", "Ben Cho"), date=y2021)
    merged = merge_restatements([_founding(ctx, 1, ("Ben Cho",)), full, _founding(ctx, 2, ())])
    assert len(merged) == 1
    assert [r.name for r in merged[0].args["founders"]] == ["Ana Ruiz", "Ben Cho"] and merged[0].date.value == "2021"


def test_foundings_with_other_founders_another_org_or_date_stay_apart():
    ctx = make_context("One here. Two here.", "en", {})
    assert len(merge_restatements([_founding(ctx, 0, ("Ana Ruiz",)), _founding(ctx, 1, ("Ben Cho",))])) == 2
    assert len(merge_restatements([_founding(ctx, 0, ("Ana Ruiz", "Ben Cho")), _founding(ctx, 1, ("Ana Ruiz",), org="Kite")])) == 2
    may = When("2020", "year", "2020", 0, 4)
    assert len(merge_restatements([_founding(ctx, 0, ("Ana Ruiz", "Ben Cho")), _founding(ctx, 1, ("Ana Ruiz",), date=may)])) == 2


def test_an_investor_list_is_no_closed_set():
    ctx = make_context("One here. Two here.", "en", {})
    both = _claim(ctx, 0, investors=("Amazon", "Google"))
    assert len(merge_restatements([both, _claim(ctx, 1, investors=("Google",))])) == 2


def test_a_body_list_after_a_comma_is_no_headline_topic(lexicons):
    ctx = make_context("엔비디아, 인텔 등도 투자자로 참여했다.", "ko", {"엔비디아": "Nvidia", "인텔": "Intel"})
    assert cases(ctx, lexicons) == [("엔비디아", "also"), ("인텔", "also")]
    ctx = make_context("아마존, 앤스로픽에 40억 달러 추가 투자", "ko", {"아마존": "Amazon", "앤스로픽": "Anthropic"})
    assert cases(ctx, lexicons)[0] == ("아마존", "topic")


@pytest.mark.parametrize("text, case", [
    ("Orbitly raised $10 million from Korean internet company Naver.", "source"),
    ("The round was led by Dutch chipmaking equipment maker ASML.", "lead"),
    ("Kite was bought by US search giant Google.", "by"),
    ("In a separate deal, data-labelling company Tagstream snapped up Lumo.", "bare"),
])
def test_a_description_between_preposition_and_name_keeps_the_case(lexicons, text, case):
    names = {n: n for n in ("Naver", "ASML", "Google", "Tagstream", "Orbitly", "Kite", "Lumo")}
    got = dict(cases(make_context(text, "en", names), lexicons))
    name = next(n for n in ("Naver", "ASML", "Google", "Tagstream") if n in got)
    assert got[name] == case


def test_it_opening_a_sentence_takes_the_name_before_when_no_subject_is_named(lexicons):
    ctx = make_context("The valuation is a big step up for Kite. It was valued at $5 billion.", "en", {"Kite": "Kite"})
    assert carried_subject(ctx, ctx.sentences[1], lexicons).mention.text == "Kite"
    ctx = make_context("The valuation is a big step up for Kite. Analysts were valued at nothing.", "en", {"Kite": "Kite"})
    assert carried_subject(ctx, ctx.sentences[1], lexicons) is None
