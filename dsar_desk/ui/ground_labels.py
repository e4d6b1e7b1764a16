"""Translated one-line summaries of the legal grounds catalogue.

The domain keeps English summaries for the command line and exports; the window shows
these instead so a refusal picker reads in the user's language. A ground missing here
falls back to the domain's English text (a test keeps the table complete).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dsar_desk.domain.legal_grounds import LegalGround

translate = QCoreApplication.translate


def _summaries() -> dict[str, str]:
    return {
        "art-12-5": translate("Grounds", "manifestly unfounded or excessive request"),
        "art-11-2": translate("Grounds", "the requester could not be identified"),
        "art-15-4": translate("Grounds", "the copy would adversely affect others' rights"),
        "art-17-3-a": translate("Grounds", "freedom of expression and information"),
        "art-17-3-b": translate("Grounds", "a legal obligation requires the data"),
        "art-17-3-c": translate("Grounds", "public interest in public health"),
        "art-17-3-d": translate("Grounds", "archiving, research or statistics"),
        "art-17-3-e": translate("Grounds", "establishment, exercise or defence of legal claims"),
        "art-20-1": translate("Grounds", "processing not based on consent or contract, or not automated"),
        "art-21-1": translate("Grounds", "compelling legitimate grounds or legal claims"),
        "art-16-accurate": translate("Grounds", "the data are accurate or a recorded opinion"),
        "art-18-1": translate("Grounds", "none of the conditions for restriction applies"),
        "no-popplyl-16-c": translate("Grounds", "inadvisable for health or family reasons"),
        "no-popplyl-16-d": translate("Grounds", "subject to a statutory duty of confidentiality"),
        "no-popplyl-16-e": translate("Grounds", "internal case preparation only"),
        "no-inkassoloven-28": translate(
            "Grounds", "debt collectors' duty of confidentiality (third-party data)"
        ),
        "no-bokforingsloven-13": translate("Grounds", "bookkeeping records must be kept"),
        "se-dsl-5-1": translate("Grounds", "statutory secrecy"),
        "se-dsl-5-2": translate("Grounds", "running text not finalised"),
        "se-bfl-7-2": translate("Grounds", "bookkeeping records must be kept"),
        "fi-tsl-34": translate("Grounds", "national restriction of the right of access"),
        "fi-kpl-2-10": translate("Grounds", "bookkeeping records must be kept"),
        "dk-dbl-22": translate("Grounds", "decisive private interests"),
        "dk-bfl-12": translate("Grounds", "bookkeeping records must be kept"),
    }


def ground_summary(ground: LegalGround) -> str:
    return _summaries().get(ground.code, ground.summary)


def known_codes() -> frozenset[str]:
    return frozenset(_summaries())
