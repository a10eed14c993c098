"""Tokens, enrolment codes and passwords: what the server keeps is never the secret.

Device tokens and enrolment codes are kept as their SHA-256; passwords as argon2id
hashes in the format the desk reads (argon2-cffi's PHC string), since a central user
logs in offline at any desk of the office with the hash the desk pulled.
"""

from __future__ import annotations

import hashlib
import re
import secrets

from argon2 import PasswordHasher

TOKEN_BYTES = 32
# Crockford's alphabet: no I, L, O, U, so a code read aloud or copied by hand survives.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_GROUPS = 3
CODE_GROUP_LENGTH = 4
MIN_PASSWORD_LENGTH = 10
USERNAME = re.compile(r"[a-z][a-z0-9._-]{1,31}")
ARGON2ID_PREFIX = "$argon2id$"

_HASHER = PasswordHasher()


def new_token() -> str:
    """A device token: 32 random bytes, URL-safe base64."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_enrol_code() -> str:
    """A one-time code as shown to the administrator: ``7K2Q-M9XD-4HTB`` (60 bits)."""
    groups = (
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LENGTH))
        for _ in range(CODE_GROUPS)
    )
    return "-".join(groups)


def code_digest(code: str) -> str:
    """The digest a code is kept under, however it was typed (case, dashes, spaces)."""
    return digest(re.sub(r"[\s-]", "", code).upper())


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def is_argon2id_hash(text: str) -> bool:
    return text.startswith(ARGON2ID_PREFIX) and len(text) <= 200


def username_valid(username: str) -> bool:
    """2–32 lower-case letters, digits, '.', '_' or '-', starting with a letter (the
    desk's rule, so every user made here can log in there)."""
    return USERNAME.fullmatch(username) is not None
