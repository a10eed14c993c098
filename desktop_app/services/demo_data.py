"""Synthetic artisans for demonstrations and benchmarks (``hirfa seed-demo``).

:class:`DemoGenerator` is pure and deterministic: the same seed, rule context and
supervisor numbers give the same drafts, so a seeding run can be repeated. Every draft
passes :func:`registry.validation.validate_draft` for the context it was made for, and
looks like what clerks type: both scripts or only one, other Latin spellings, now and
then a dropped hamza, a tatweel or vowel marks, CINs in lower case, phones in several
layouts.

The vocabulary (names in both scripts, population weights, CIN prefixes, streets...)
is data, in ``resources/demo/names.json``. Generation is hot when a benchmark builds a
store of a million records: every choice is a table look-up with ``random()``, and
phone numbers use mobile prefixes that ``phonenumbers`` accepts (a test checks them)
instead of being parsed per row.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from bisect import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import accumulate
from math import gcd
from pathlib import Path
from typing import Any, NamedTuple

from desktop_app.resources import resources_dir
from registry.artisan import ArtisanDraft, Category, Status
from registry.validation import EXPERIENCE_YEARS, MIN_COOPERATIVE_MEMBERS, RuleContext

REGISTRATION_YEARS = 7  # registrations spread from 1 January seven years ago to today
MALE_SHARE = 0.58
BOTH_SCRIPTS = 0.85  # share of records with names in both scripts; then Arabic only...
ARABIC_ONLY = 0.08  # ...and the rest (7 %) with Latin names only
MOBILE_PREFIXES = (
    "60", "61", "62", "63", "64", "65", "66", "67", "69", "70", "71", "76", "77", "78",
)  # fmt: skip
CIN_LOW = 1_000  # CIN digits run from 1000 to 999999: no implausibly short numbers
CIN_SPAN = 1_000_000 - CIN_LOW
ICE_SPAN = 1_000_000_000  # the nine digits that identify an enterprise

# Category codes as plain strings: enum members cost an attribute look-up per use.
_EXPERIENCE = Category.ARTISAN_EXPERIENCE.value
_MASTER = Category.MASTER_ARTISAN.value
_DIPLOMA = Category.ARTISAN_DIPLOMA.value
_COOPERATIVE = Category.COOPERATIVE.value
_ENTERPRISE = Category.ENTERPRISE.value
_CATEGORIES = (
    (_EXPERIENCE, 62),
    (_MASTER, 18),
    (_DIPLOMA, 12),
    (_COOPERATIVE, 5),
    (_ENTERPRISE, 3),
)
_YEARS_NEEDED = {category.value: years for category, years in EXPERIENCE_YEARS.items()}
_STATUSES = (
    (Status.REGISTERED, 900),
    (Status.PENDING_REVIEW, 50),
    (Status.SUSPENDED, 25),
    (Status.STRUCK_OFF, 25),
)
_WORKPLACES = ("own_workshop",) * 9 + ("home",) * 6 + ("cooperative", "cooperative", "itinerant")
_AMO = ("enrolled",) * 11 + ("not_enrolled", "not_enrolled", "suspended")
_FISCAL = ("cpu",) * 6 + ("auto_entrepreneur",) * 4 + ("simplified_accounting", "none", "none")
# Letters after which a tatweel can stretch the joint to the next letter.
_RIGHT_JOINING = frozenset("اأإآٱدذرزوؤةىء")
_INITIAL_HAMZA = re.compile("(^| )(ال)?[أإآ]")


class Pair(NamedTuple):
    """A text in French and in Arabic."""

    fr: str
    ar: str


@dataclass(frozen=True)
class Name:
    """A name as the civil status writes it and as clerks also type it."""

    fr: str
    ar: str
    fr_variants: tuple[str, ...]  # other Latin spellings (Mohammed for Mohamed)
    ar_typed: tuple[str, ...]  # also typed: without initial hamza, with tatweel, vowel marks
    email: str  # ASCII, for e-mail addresses


@dataclass(frozen=True)
class DemoVocabulary:
    male: tuple[Name, ...]  # repeated by weight: a uniform pick follows real frequencies
    female: tuple[Name, ...]
    family: tuple[Name, ...]
    province_weights: Mapping[str, int]
    cin_prefixes: Mapping[str, tuple[str, ...]]
    email_domains: tuple[str, ...]
    streets: tuple[Pair, ...]
    diplomas: tuple[Pair, ...]
    schools: tuple[Pair, ...]
    cooperative_names: tuple[Pair, ...]
    enterprise_forms: tuple[Pair, ...]


@dataclass(frozen=True)
class DemoArtisan:
    """A draft and the status to save it with."""

    draft: ArtisanDraft
    status: Status


def with_tatweel(text: str) -> str:
    """``text`` with one tatweel (ـ) at the joint nearest its middle, if it has one."""
    middle = len(text) // 2
    joints = [
        i
        for i in range(1, len(text))
        if text[i - 1] not in _RIGHT_JOINING
        and " " not in text[i - 1 : i + 1]
        and not (text[i - 1] == "ل" and text[i] in "اأإآ")  # keep the lam-alef ligature
    ]
    if not joints:
        return text
    at = min(joints, key=lambda i: abs(i - middle))
    return text[:at] + "\u0640" + text[at:]


def without_hamza(text: str) -> str:
    """``text`` with the hamza left off word-initial alefs (أحمد typed احمد, الإله الاله)."""
    return _INITIAL_HAMZA.sub(r"\1\2ا", text)


def _name(entry: Mapping[str, Any]) -> Name:
    fr, ar = entry["fr"], entry["ar"]
    ascii_fr = unicodedata.normalize("NFKD", fr.lower()).encode("ascii", "ignore").decode()
    email = "".join(ch for ch in ascii_fr if "a" <= ch <= "z")
    typed = (without_hamza(ar), with_tatweel(ar), entry.get("ar_vowelled", ar))
    variants = tuple(t for t in dict.fromkeys(typed) if t != ar)
    return Name(fr, ar, tuple(entry.get("fr_variants", ())), variants, email)


def _names(entries: Sequence[Mapping[str, Any]]) -> tuple[Name, ...]:
    return tuple(name for e in entries for name in [_name(e)] * int(e.get("weight", 1)))


def _pairs(entries: Sequence[Mapping[str, str]]) -> tuple[Pair, ...]:
    return tuple(Pair(e["fr"], e["ar"]) for e in entries)


def vocabulary_path() -> Path:
    return resources_dir() / "demo" / "names.json"


def load_vocabulary(path: Path | None = None) -> DemoVocabulary:
    doc = json.loads((path or vocabulary_path()).read_text(encoding="utf-8"))
    return DemoVocabulary(
        male=_names(doc["male_first_names"]),
        female=_names(doc["female_first_names"]),
        family=_names(doc["family_names"]),
        province_weights={
            code: int(weight)
            for provinces in doc["province_population_thousands"].values()
            for code, weight in provinces.items()
        },
        cin_prefixes={region: tuple(p) for region, p in doc["cin_prefixes"].items()},
        email_domains=tuple(doc["email_domains"]),
        streets=_pairs(doc["streets"]),
        diplomas=_pairs(doc["diplomas"]),
        schools=_pairs(doc["schools"]),
        cooperative_names=_pairs(doc["cooperative_names"]),
        enterprise_forms=_pairs(doc["enterprise_forms"]),
    )


class _Place(NamedTuple):
    code: str
    name: Pair
    cin_prefixes: tuple[str, ...]


class _Permutation:
    """Distinct numbers in ``[0, span)``, in an order fixed by the seed: ``a·k + b mod span``."""

    def __init__(self, rng: random.Random, span: int) -> None:
        self.span = span
        self.step = rng.randrange(1, span)
        while gcd(self.step, span) != 1:
            self.step = rng.randrange(1, span)
        self.offset = rng.randrange(span)
        self.used = 0

    def next(self) -> int:
        if self.used == self.span:
            raise ValueError("demo numbering exhausted")
        value = (self.step * self.used + self.offset) % self.span
        self.used += 1
        return value


class DemoGenerator:
    """Synthetic artisans, chunk after chunk, all different people."""

    def __init__(
        self, ctx: RuleContext, seed: int, vocabulary: DemoVocabulary | None = None
    ) -> None:
        self.vocabulary = vocabulary or load_vocabulary()
        self._seed = seed
        self._rng = random.Random(seed)
        self._first_day = date(ctx.today.year - REGISTRATION_YEARS, 1, 1).toordinal()
        self._days = ctx.today.toordinal() - self._first_day + 1
        every_prefix = tuple(
            sorted({p for ps in self.vocabulary.cin_prefixes.values() for p in ps})
        )
        provinces = sorted(ctx.geography.provinces.values(), key=lambda p: p.code)
        self._places = tuple(
            _Place(
                p.code,
                Pair(p.name_fr, p.name_ar),
                self.vocabulary.cin_prefixes.get(p.region_code, every_prefix),
            )
            for p in provinces
        )
        # Provinces missing from the weight table count as an average one.
        weights = self.vocabulary.province_weights
        average = sum(weights.values()) // max(len(weights), 1) or 1
        self._place_cumulative = list(accumulate(weights.get(p.code, average) for p in provinces))
        self._activities = tuple(ctx.activities.active.activities.values())
        self._category_cumulative = list(accumulate(w for _, w in _CATEGORIES))
        self._status_cumulative = list(accumulate(w for _, w in _STATUSES))
        self._cins: dict[str, _Permutation] = {}
        self._ices = _Permutation(random.Random(f"{seed}:ice"), ICE_SPAN)

    def chunk(self, size: int, supervisors: Sequence[str]) -> list[DemoArtisan]:
        """The next ``size`` artisans.

        ``supervisors`` are registration numbers of registered individual artisans;
        each enterprise names one of them. With none, no enterprise is made.
        """
        return [self._artisan(supervisors) for _ in range(size)]

    def _pick(self, cumulative: list[int]) -> int:
        """An index drawn with the weights whose running sums are ``cumulative``."""
        return bisect(cumulative, self._rng.random() * cumulative[-1])

    def _artisan(self, supervisors: Sequence[str]) -> DemoArtisan:
        r = self._rng.random
        category = _CATEGORIES[self._pick(self._category_cumulative)][0]
        if category == _ENTERPRISE and not supervisors:
            category = _EXPERIENCE
        status = _STATUSES[self._pick(self._status_cumulative)][0]
        place = self._places[self._pick(self._place_cumulative)]
        activity = self._activities[int(r() * len(self._activities))]

        registered = date.fromordinal(self._first_day + int(r() * self._days))
        age = self._age()
        if category == _MASTER and age < 30:
            age += 12
        born = date.fromordinal(registered.toordinal() - int((age + r()) * 365.2425))

        fields = self._person(place, born)
        fields["registered_on"] = registered.isoformat()
        fields["province"] = place.code
        fields["category"] = category
        fields["activity"] = activity.code
        fields["activity_since"] = self._since(category, born.year, registered.year)
        if category == _DIPLOMA:
            level = self.vocabulary.diplomas[int(r() * len(self.vocabulary.diplomas))]
            school = self.vocabulary.schools[int(r() * len(self.vocabulary.schools))]
            if r() < 0.75:
                fields["diploma"] = f"{level.fr} – {activity.name_fr}"
                fields["diploma_school"] = school.fr
            else:
                fields["diploma"] = f"{level.ar} – {activity.name_ar}"
                fields["diploma_school"] = school.ar
        if category == _COOPERATIVE:
            fields.update(self._cooperative(place, registered.year))
        elif category == _ENTERPRISE:
            fields.update(self._enterprise(place, supervisors))
        else:
            fields.update(self._social())
        return DemoArtisan(ArtisanDraft(**fields), status)  # type: ignore[arg-type]

    def _age(self) -> int:
        """Age at registration: mostly 25–65, some 18–24, some 66–85."""
        r = self._rng.random
        u = r()
        if u < 0.08:
            return 18 + int(r() * 7)
        if u < 0.93:
            return 25 + int(r() * 41)
        return 66 + int(r() * 20)

    def _person(self, place: _Place, born: date) -> dict[str, str]:
        r = self._rng.random
        v = self.vocabulary
        male = r() < MALE_SHARE
        firsts = v.male if male else v.female
        first = firsts[int(r() * len(firsts))]
        last = v.family[int(r() * len(v.family))]
        day_first = f"{born.day:02d}/{born.month:02d}/{born.year}"  # as on paper forms
        fields = {
            "cin": self._cin(place),
            "sex": "M" if male else "F",
            "birth_date": born.isoformat() if r() < 0.9 else day_first,
        }
        scripts = r()
        if scripts < BOTH_SCRIPTS + ARABIC_ONLY:
            fields["first_name_ar"] = self._arabic(first)
            fields["last_name_ar"] = self._arabic(last)
        if not BOTH_SCRIPTS <= scripts < BOTH_SCRIPTS + ARABIC_ONLY:
            latin = (self._latin(first), self._latin(last))
            if r() < 0.05:  # typed in capitals
                latin = (latin[0].upper(), latin[1].upper())
            fields["first_name_fr"], fields["last_name_fr"] = latin
        if r() < 0.7:
            home = place if r() < 0.8 else self._places[int(r() * len(self._places))]
            fields["birth_place"] = home.name.fr if r() < 0.8 else home.name.ar
        if r() < 0.88:
            fields["phone"] = self._phone()
        if r() < 0.15:
            domain = v.email_domains[int(r() * len(v.email_domains))]
            suffix = str(born.year) if r() < 0.5 else str(int(r() * 100))
            fields["email"] = f"{first.email}.{last.email}{suffix}@{domain}"
        u = r()
        if u < 0.6:
            street = v.streets[int(r() * len(v.streets))]
            number = 1 + int(r() * 180)
            if u < 0.5:
                fields["address_fr"] = f"{number}, {street.fr}, {place.name.fr}"
            if u >= 0.1:
                fields["address_ar"] = f"{number}، {street.ar}، {place.name.ar}"
        return fields

    def _arabic(self, name: Name) -> str:
        if name.ar_typed and self._rng.random() < 0.06:
            return name.ar_typed[int(self._rng.random() * len(name.ar_typed))]
        return name.ar

    def _latin(self, name: Name) -> str:
        if name.fr_variants and self._rng.random() < 0.15:
            return name.fr_variants[int(self._rng.random() * len(name.fr_variants))]
        return name.fr

    def _cin(self, place: _Place) -> str:
        r = self._rng.random
        prefixes = place.cin_prefixes
        if r() < 0.1:  # a card issued elsewhere in the country
            prefixes = self._places[int(r() * len(self._places))].cin_prefixes
        prefix = prefixes[int(r() * len(prefixes))]
        numbers = self._cins.get(prefix)
        if numbers is None:
            numbers = self._cins[prefix] = _Permutation(
                random.Random(f"{self._seed}:cin:{prefix}"), CIN_SPAN
            )
        cin = f"{prefix}{CIN_LOW + numbers.next()}"
        u = r()
        return cin if u < 0.95 else cin.lower() if u < 0.98 else f"{prefix} {cin[len(prefix) :]}"

    def _phone(self) -> str:
        r = self._rng.random
        digits = f"{MOBILE_PREFIXES[int(r() * len(MOBILE_PREFIXES))]}{int(r() * 10_000_000):07d}"
        u = r()
        if u < 0.8:
            return f"0{digits}"
        if u < 0.9:
            return f"0{digits[0]} {digits[1:3]} {digits[3:5]} {digits[5:7]} {digits[7:]}"
        return f"+212{digits}"

    def _since(self, category: str, born: int, registered: int) -> str:
        """The first year of practice, consistent with the category's experience rule."""
        r = self._rng.random
        needed = _YEARS_NEEDED.get(category)
        if needed is not None:
            latest = registered - needed
            earliest = min(born + 14, latest)
        elif r() < 0.5:
            latest = registered
            earliest = min(born + 18, latest)
        else:
            return ""
        return str(earliest + int(r() * (latest - earliest + 1)))

    def _social(self) -> dict[str, str]:
        r = self._rng.random
        fields: dict[str, str] = {}
        if r() < 0.9:
            fields["workplace"] = _WORKPLACES[int(r() * len(_WORKPLACES))]
        if r() < 0.7:
            amo = _AMO[int(r() * len(_AMO))]
            fields["amo_status"] = amo
            if amo != "not_enrolled":
                fields["cnss_number"] = str(100_000_000 + int(r() * 900_000_000))
        if r() < 0.6:
            fields["fiscal_regime"] = _FISCAL[int(r() * len(_FISCAL))]
        return fields

    def _ice(self) -> str:
        # What stdnum.ma.ice (and so the register) accepts: the 15 digits are a
        # multiple of 97, not the ISO 7064 remainder of 1.
        body = f"{self._ices.next():09d}0000"
        return f"{body}{-int(body) * 100 % 97:02d}"

    def _cooperative(self, place: _Place, registered: int) -> dict[str, str]:
        r = self._rng.random
        word = self.vocabulary.cooperative_names[int(r() * len(self.vocabulary.cooperative_names))]
        if r() < 0.5:  # named after its place
            word = Pair(f"{word.fr} {place.name.fr}", f"{word.ar} {place.name.ar}")
        fields = {
            "entity_name_fr": f"Coopérative {word.fr}",
            "entity_name_ar": f"تعاونية {word.ar}",
            "odco_number": f"{registered - int(r() * 15)}/{1 + int(r() * 9000)}",
            "members": str(MIN_COOPERATIVE_MEMBERS + int(r() ** 2 * 75)),
            "workplace": "cooperative",
        }
        if r() < 0.3:
            fields["ice"] = self._ice()
        return fields

    def _enterprise(self, place: _Place, supervisors: Sequence[str]) -> dict[str, str]:
        r = self._rng.random
        owner = self.vocabulary.family[int(r() * len(self.vocabulary.family))]
        form = self.vocabulary.enterprise_forms[int(r() * len(self.vocabulary.enterprise_forms))]
        return {
            "entity_name_fr": form.fr.format(name=owner.fr),
            "entity_name_ar": form.ar.format(name=owner.ar),
            "ice": self._ice(),
            "rc_court": place.name.fr,
            "rc_number": str(1 + int(r() * 250_000)),
            "tax_id": str(10_000_000 + int(r() * 90_000_000)),
            "supervisor_number": supervisors[int(r() * len(supervisors))],
            "workplace": "own_workshop",
            "fiscal_regime": "simplified_accounting",
        }
