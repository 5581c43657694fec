"""PLACEHOLDER — helper B replaces this module."""
from __future__ import annotations

from sitrep.records import IncidentDate


def incident_date(doc, sentences, pub_date):
    return IncidentDate()
