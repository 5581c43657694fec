"""sitrep: conflict news in, evidence-linked incidents out.

Library first: `sitrep.ingest`, `sitrep.extract`, `sitrep.link`, `sitrep.reconcile`,
`sitrep.store`, `sitrep.export`; `sitrep.pipeline` runs them over a store; `sitrep.cli` is a thin
door over the pipeline. Importing this package loads nothing heavy (no spaCy, no SQLAlchemy).
"""
__version__ = "0.1.0"
