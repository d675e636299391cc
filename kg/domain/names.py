"""Personal names and roles: split, normalise and key them.

``E. van der Burg`` -> initials ``E.``, family name ``van der Burg``, key ``e-van-der-burg``;
``Ankie Broekers-Knol`` -> given name ``Ankie``, key ``a-broekers-knol``, so the two spellings
of one person meet. Roles are normalised the same way: ``minister voor Immigratie en Asiel``
and ``Minister voor Immigratie en Asiel`` are one post.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .keys import slug

PARTICLES = {"van", "der", "den", "de", "het", "ter", "ten", "te", "la", "le", "du", "op", "in", "'t", "d'",
             "von", "zu"}


@dataclass(frozen=True)
class PersonName:
    full: str
    family: str
    given: str | None = None
    initials: str | None = None

    @property
    def key(self) -> str:
        """Stable key: first initial and family name ('a-broekers-knol'), or the family name."""
        first = (self.initials or self.given or "")[:1]
        return slug(f"{first} {self.family}") if first else slug(self.family)

    @property
    def family_key(self) -> str:
        return slug(self.family)


def split_name(name: str) -> PersonName:
    """Split a written name into initials or given name, and family name with its particles."""
    tokens = _married_names_whole(re.sub(r"\s+", " ", name.strip().rstrip(",")).split(" "))
    initials: list[str] = []
    given: list[str] = []
    index = 0
    while index < len(tokens) - 1 and re.fullmatch(r"(?:[A-ZÀ-Ý][a-z]?\.)+", tokens[index]):
        initials.append(tokens[index])
        index += 1
    # else one given name (more are rare in letters), unless only particles follow it
    if not initials and len(tokens) > 1 and tokens[0][:1].isupper() and tokens[0].lower() not in PARTICLES \
            and not _rest_is_particles_only(tokens[1:]):
        given.append(tokens[0])
        index = 1
    family = " ".join(tokens[index:]) or name.strip()
    return PersonName(full=name.strip(), family=family, given=" ".join(given) or None,
                      initials=" ".join(initials) or None)


def _married_names_whole(tokens: list[str]) -> list[str]:
    """'Dekkers-van', 'Loon' -> 'Dekkers-van Loon': a family name joined after its hyphen by one whose
    particles are written apart ('Hamer-van der Meer') is one token of the family name."""
    joined: list[str] = []
    for token in tokens:
        if joined and _OPEN_HYPHEN.search(joined[-1]):
            joined[-1] += " " + token
        else:
            joined.append(token)
    return joined


_OPEN_HYPHEN = re.compile(r"-(?:[a-z]+ )*(?:van|von|de|den|der|ter|ten)$")  # 'Dekkers-van', 'Hamer-van der'


def _rest_is_particles_only(tokens: list[str]) -> bool:
    return all(token.lower() in PARTICLES for token in tokens)


def normalise_role(role: str) -> str:
    """'minister voor Immigratie en Asiel' -> 'Minister voor Immigratie en Asiel'."""
    role = re.sub(r"\s+", " ", role.strip().rstrip(","))
    return role[:1].upper() + role[1:]


def ministry_of_role(role: str) -> str | None:
    """'Staatssecretaris van Justitie en Veiligheid' -> 'Ministerie van Justitie en Veiligheid'."""
    match = re.match(r"^(?:[Mm]inister|[Ss]taatssecretaris)\s+van\s+(.+)$", role.strip())
    if not match:
        return None
    return f"Ministerie van {match.group(1).strip()}"
