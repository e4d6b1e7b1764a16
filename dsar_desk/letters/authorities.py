"""Supervisory authorities named in letters (rule book §3.0): verified postal addresses."""

from __future__ import annotations

from dataclasses import dataclass

from dsar_desk.domain.vocabulary import Country


@dataclass(frozen=True)
class Authority:
    country: Country
    names: dict[str, str]  # by letter language; "en" is the fallback
    addresses: dict[str, str]

    def name(self, language: str) -> str:
        return self.names.get(language, self.names["en"])

    def address(self, language: str) -> str:
        return self.addresses.get(language, self.addresses["en"])


AUTHORITIES: dict[Country, Authority] = {
    Country.NO: Authority(
        Country.NO,
        {
            "nb": "Datatilsynet",
            "nn": "Datatilsynet",
            "sv": "Datatilsynet (Norges dataskyddsmyndighet)",
            "da": "Datatilsynet (Norges databeskyttelsesmyndighed)",
            "fi": "Datatilsynet (Norjan tietosuojaviranomainen)",
            "en": "Datatilsynet (the Norwegian Data Protection Authority)",
        },
        {"en": "Postboks 458 Sentrum, 0105 Oslo, Norway", "nb": "Postboks 458 Sentrum, 0105 Oslo"},
    ),
    Country.SE: Authority(
        Country.SE,
        {
            "sv": "Integritetsskyddsmyndigheten (IMY)",
            "nb": "Integritetsskyddsmyndigheten (IMY), Sveriges personvernmyndighet",
            "da": "Integritetsskyddsmyndigheten (IMY), Sveriges databeskyttelsesmyndighed",
            "fi": "Integritetsskyddsmyndigheten (IMY), Ruotsin tietosuojaviranomainen",
            "en": "Integritetsskyddsmyndigheten (IMY), the Swedish Authority for Privacy Protection",
        },
        {"en": "Box 8114, 104 20 Stockholm, Sweden", "sv": "Box 8114, 104 20 Stockholm"},
    ),
    Country.FI: Authority(
        Country.FI,
        {
            "fi": "Tietosuojavaltuutetun toimisto",
            "sv": "Dataombudsmannens byrå",
            "nb": "Tietosuojavaltuutetun toimisto (Finlands datatilsyn)",
            "da": "Tietosuojavaltuutetun toimisto (Finlands datatilsyn)",
            "en": "Tietosuojavaltuutetun toimisto (Office of the Data Protection Ombudsman)",
        },
        {
            "fi": "PL 800, 00531 Helsinki",
            "sv": "PB 800, 00531 Helsingfors",
            "en": "PL 800, 00531 Helsinki, Finland",
        },
    ),
    Country.DK: Authority(
        Country.DK,
        {
            "da": "Datatilsynet",
            "nb": "Datatilsynet (Danmarks datatilsyn)",
            "sv": "Datatilsynet (Danmarks dataskyddsmyndighet)",
            "fi": "Datatilsynet (Tanskan tietosuojaviranomainen)",
            "en": "Datatilsynet (the Danish Data Protection Agency)",
        },
        {"en": "Carl Jacobsens Vej 35, 2500 Valby, Denmark", "da": "Carl Jacobsens Vej 35, 2500 Valby"},
    ),
}
