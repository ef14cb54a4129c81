"""An argument candidate: an entity mention with the grammatical case that ties it
to a predicate, and how it came to fill a role (which sets a claim's confidence)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import EntityRef, Mention

DIRECT, CARRY, COREF = "direct", "carry", "coref"

# Cases that can name the agent of a Korean predicate (이/가, 은/는, 도) or the
# English subject; families ask for them together.
SUBJECT_CASES = ("subject", "topic", "also")


@dataclass(frozen=True)
class Arg:
    """A mention read as an argument.

    ``case`` is grammatical, not a claim role: Korean cases come from particles
    (subject, topic, also, object, dative, source, genitive, conj, with,
    instrument, lead, copula, bare), English ones from position and preposition
    (subject, object, in, source, by, lead, of, with, for, to, genitive, bare).
    ``group`` numbers coordinated mentions (A와 B로부터, "A, B and C") alike, so a
    list role takes the whole group. ``how`` is direct, carry or coref.
    """

    mention: Mention
    case: str
    group: int = -1
    how: str = DIRECT

    @property
    def start(self) -> int:
        return self.mention.start

    @property
    def end(self) -> int:
        return self.mention.end

    @property
    def entity_id(self) -> str:
        return self.mention.entity.id

    @property
    def kind(self) -> str:
        return self.mention.entity.kind

    def ref(self) -> EntityRef:
        return EntityRef.of(self.mention)

    def carried(self) -> "Arg":
        """This argument as carried over from elsewhere (keeps coref as coref)."""
        return replace(self, how=self.how if self.how == COREF else CARRY)


def arg_of(mention: Mention, case: str = "bare", group: int = -1) -> Arg:
    """An Arg for a mention; a coreference mention ("이 회사", "the company") is marked so."""
    return Arg(mention, case, group, COREF if mention.how == "coref" else DIRECT)
