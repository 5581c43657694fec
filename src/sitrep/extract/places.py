"""PLACEHOLDER — helper B replaces this module."""
from __future__ import annotations


def incident_place(doc, sentences, gazetteer, outlet=None):
    return None
