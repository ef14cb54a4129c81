"""What the entity layer needs to know about written Korean: syllables, the particles
glued to names, and the family names that open personal names."""

from __future__ import annotations

from functools import lru_cache

# Particles, copula endings and the few bound nouns news glues to a company name.
# They are parsed as a chain, so 과의, 에서는 and 이라는 need no entries of their own.
KOREAN_TAIL = frozenset(
    """은 는 이 가 을 를 의 에 에서 에게 에겐 께 께서 한테 와 과 로 으로 도 만 까지 부터 처럼 보다
    나 이나 랑 이랑 하고 라는 이라는 란 이란 라고 이라고 라며 이라며 라면 이라면 다 이다 였다 이었다
    였던 이었던 며 이며 자 이자 고 이고 엔 에선 측 사 등 만큼 뿐 조차 마저 인 로서 으로서 로써 으로써
    로부터 으로부터 마다 든 이든 야 이야 요 이요 였고 이었고 였으며 이었으며 발 표 계열 산하 진영 쪽 씨
    는데 인데 이라 라 와는 과는 로는 으로는 에게서 에서도""".split()
)
_TAIL_MAX = max(len(t) for t in KOREAN_TAIL)

# The family names that lead most Korean personal names (김, 이, 박 ...).
KOREAN_SURNAMES = frozenset(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 "
    "주 우 구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 "
    "인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부".split()
)


def is_hangul(c: str) -> bool:
    return "\uac00" <= c <= "\ud7a3"


@lru_cache(maxsize=4096)
def is_particle_chain(tail: str) -> bool:
    """Whether a Hangul run splits entirely into particles and endings."""
    if not tail:
        return True
    return any(
        tail[:n] in KOREAN_TAIL and is_particle_chain(tail[n:]) for n in range(min(_TAIL_MAX, len(tail)), 0, -1)
    )


_SINO_FINALS = frozenset((0, 1, 4, 8, 16, 17, 21))  # none, ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ
_SINO_E_INITIALS = frozenset((0, 9, 12, 14))  # ㄱ ㅅ ㅈ ㅊ: 세, 제, 체, 게
_KIEUK, _E, _WO, _EU = 15, 5, 14, 18


def is_loan_syllable(c: str) -> bool:
    """A syllable no Sino-Korean word has, as in transliterated names (브, 드, 릿, 페, 쿼):
    a final other than ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ, an open ㅡ or ㅝ, an initial ㅋ, or ㅔ after most initials."""
    if not is_hangul(c):
        return False
    code = ord(c) - 0xAC00
    initial, medial, final = code // 588, (code % 588) // 28, code % 28
    if final not in _SINO_FINALS:
        return True
    if final == 0 and medial in (_EU, _WO):
        return True
    return (initial == _KIEUK and c != "쾌") or (medial == _E and initial not in _SINO_E_INITIALS)
