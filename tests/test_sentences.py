from warchest.text import detect_lang, split_sentences


def test_korean_sentences_keep_exact_offsets():
    text = "아마존이 투자한다고 밝혔다. 이번 투자로 80억 달러가 됐다.\n\n다음 문단이다."
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["아마존이 투자한다고 밝혔다.", "이번 투자로 80억 달러가 됐다.", "다음 문단이다."]
    assert all(text[s.start : s.end] == s.text for s in sents)


def test_english_abbreviations_and_decimals_do_not_split():
    text = "Amazon Inc. invested $2.75 billion in the U.S. startup. Mr. Smith said so."
    assert [s.text for s in split_sentences(text)] == [
        "Amazon Inc. invested $2.75 billion in the U.S. startup.",
        "Mr. Smith said so.",
    ]


def test_closing_quote_stays_with_its_sentence():
    text = "그는 “좋다.” 그리고 떠났다."
    assert split_sentences(text)[0].text == "그는 “좋다.”"


def test_language_detection():
    assert detect_lang("마이크로소프트(MS)가 오픈AI에 130억 달러를 투자했다") == "ko"
    assert detect_lang("Microsoft invested $13 billion in OpenAI") == "en"
