"""Legal grounds a refusal or partial refusal can cite (rule book §3.11 and §5).

Codes are stable identifiers stored on the case; the label is the citation printed in
letters and exports. National exemptions are offered only for the entity's country.
"""

from __future__ import annotations

from dataclasses import dataclass

from dsar_desk.domain.vocabulary import Country, Right


@dataclass(frozen=True, slots=True)
class LegalGround:
    code: str
    citation: str
    summary: str
    country: Country | None = None  # None: applies everywhere (GDPR itself)
    rights: frozenset[Right] | None = None  # None: any right


_ACCESS = frozenset({Right.ACCESS})
_ERASURE = frozenset({Right.ERASURE})

GROUNDS: tuple[LegalGround, ...] = (
    LegalGround("art-12-5", "GDPR Art. 12(5)", "manifestly unfounded or excessive request"),
    LegalGround("art-11-2", "GDPR Art. 11(2), 12(2)", "the requester could not be identified"),
    LegalGround(
        "art-15-4", "GDPR Art. 15(4)", "the copy would adversely affect others' rights", rights=_ACCESS
    ),
    LegalGround("art-17-3-a", "GDPR Art. 17(3)(a)", "freedom of expression and information", rights=_ERASURE),
    LegalGround("art-17-3-b", "GDPR Art. 17(3)(b)", "a legal obligation requires the data", rights=_ERASURE),
    LegalGround("art-17-3-c", "GDPR Art. 17(3)(c)", "public interest in public health", rights=_ERASURE),
    LegalGround("art-17-3-d", "GDPR Art. 17(3)(d)", "archiving, research or statistics", rights=_ERASURE),
    LegalGround(
        "art-17-3-e",
        "GDPR Art. 17(3)(e)",
        "establishment, exercise or defence of legal claims",
        rights=_ERASURE,
    ),
    LegalGround(
        "art-20-1",
        "GDPR Art. 20(1)",
        "processing not based on consent or contract, or not automated",
        rights=frozenset({Right.PORTABILITY}),
    ),
    LegalGround(
        "art-21-1",
        "GDPR Art. 21(1)",
        "compelling legitimate grounds or legal claims",
        rights=frozenset({Right.OBJECTION}),
    ),
    LegalGround(
        "art-16-accurate",
        "GDPR Art. 16",
        "the data are accurate or a recorded opinion",
        rights=frozenset({Right.RECTIFICATION}),
    ),
    LegalGround(
        "art-18-1",
        "GDPR Art. 18(1)",
        "none of the conditions for restriction applies",
        rights=frozenset({Right.RESTRICTION}),
    ),
    LegalGround(
        "no-popplyl-16-c",
        "personopplysningsloven § 16 første ledd bokstav c",
        "inadvisable for health or family reasons",
        Country.NO,
        _ACCESS,
    ),
    LegalGround(
        "no-popplyl-16-d",
        "personopplysningsloven § 16 første ledd bokstav d",
        "subject to a statutory duty of confidentiality",
        Country.NO,
        _ACCESS,
    ),
    LegalGround(
        "no-popplyl-16-e",
        "personopplysningsloven § 16 første ledd bokstav e",
        "internal case preparation only",
        Country.NO,
        _ACCESS,
    ),
    LegalGround(
        "no-inkassoloven-28",
        "inkassoloven § 28, personopplysningsloven § 16 d",
        "debt collectors' duty of confidentiality (third-party data)",
        Country.NO,
        _ACCESS,
    ),
    LegalGround(
        "no-bokforingsloven-13",
        "bokføringsloven § 13, GDPR Art. 17(3)(b)",
        "bookkeeping records must be kept",
        Country.NO,
        _ERASURE,
    ),
    LegalGround(
        "se-dsl-5-1", "dataskyddslagen (2018:218) 5 kap. 1 §", "statutory secrecy", Country.SE, _ACCESS
    ),
    LegalGround(
        "se-dsl-5-2",
        "dataskyddslagen (2018:218) 5 kap. 2 §",
        "running text not finalised",
        Country.SE,
        _ACCESS,
    ),
    LegalGround(
        "se-bfl-7-2",
        "bokföringslagen (1999:1078) 7 kap. 2 §, GDPR Art. 17(3)(b)",
        "bookkeeping records must be kept",
        Country.SE,
        _ERASURE,
    ),
    LegalGround(
        "fi-tsl-34",
        "tietosuojalaki (1050/2018) 34 §",
        "national restriction of the right of access",
        Country.FI,
        _ACCESS,
    ),
    LegalGround(
        "fi-kpl-2-10",
        "kirjanpitolaki (1336/1997) 2 luku 10 §, GDPR Art. 17(3)(b)",
        "bookkeeping records must be kept",
        Country.FI,
        _ERASURE,
    ),
    LegalGround("dk-dbl-22", "databeskyttelsesloven § 22", "decisive private interests", Country.DK, _ACCESS),
    LegalGround(
        "dk-bfl-12",
        "bogføringsloven § 12, GDPR Art. 17(3)(b)",
        "bookkeeping records must be kept",
        Country.DK,
        _ERASURE,
    ),
)

_BY_CODE = {ground.code: ground for ground in GROUNDS}


def ground_by_code(code: str) -> LegalGround | None:
    return _BY_CODE.get(code.strip().lower())


def grounds_for(country: Country, right: Right | None = None) -> list[LegalGround]:
    """Grounds that can be cited by an entity in `country`, optionally for one right."""
    return [
        ground
        for ground in GROUNDS
        if ground.country in (None, country)
        and (right is None or ground.rights is None or right in ground.rights)
    ]
