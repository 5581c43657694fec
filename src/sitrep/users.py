"""Analysts' accounts: names and argon2 password hashes (readers need no account; every write does).

    add_user(store, "rana", "a long passphrase")
    authenticate(store, "rana", "a long passphrase")   # True
"""
from __future__ import annotations

import re
from typing import Any

from sitrep.errors import SitrepError

USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
MIN_PASSWORD = 8


class UserError(SitrepError):
    """A bad user name or a password too short."""


def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()


def add_user(store: Any, username: str, password: str) -> bool:
    """Create an analyst or set a new password; True when the user is new."""
    if not USERNAME.match(username):
        raise UserError(f"bad user name {username!r}: letters, digits, '.', '_' or '-', at most 64")
    if len(password) < MIN_PASSWORD:
        raise UserError(f"password too short: at least {MIN_PASSWORD} characters")
    return store.set_user(username, _hasher().hash(password))


def authenticate(store: Any, username: str, password: str) -> bool:
    """True when the password is this user's. Unknown users cost a hash too (no timing oracle)."""
    from argon2.exceptions import VerificationError, InvalidHashError

    stored = store.password_hash(username) if USERNAME.match(username or "") else None
    hasher = _hasher()
    try:
        if stored is None:
            hasher.hash(password or "x")
            return False
        return hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
