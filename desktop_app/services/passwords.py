"""User names, passwords and their hashing (argon2id, via argon2-cffi)."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from registry.issues import Code, Issue

_HASHER = PasswordHasher()
MIN_PASSWORD_LENGTH = 10
USERNAME = re.compile(r"[a-z][a-z0-9._-]{1,31}")


def username_issues(username: str) -> list[Issue]:
    """2–32 lower-case letters, digits, '.', '_' or '-', starting with a letter."""
    return [] if USERNAME.fullmatch(username) else [Issue(Code.USERNAME_FORMAT, "username")]


def password_issues(password: str) -> list[Issue]:
    if len(password) >= MIN_PASSWORD_LENGTH:
        return []
    return [Issue(Code.PASSWORD_TOO_SHORT, "password", params={"min": MIN_PASSWORD_LENGTH})]


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _HASHER.check_needs_rehash(password_hash)
