"""Exact interval arithmetic for printed figures.

A printed figure is not a number but the set of numbers it could have been rounded from:
"22.1%" is anything in [22.05, 22.15]. Rules combine these sets and report a violation only
when the set of possible results misses the stated value entirely. Bounds are ``Fraction``s so
that no verdict ever depends on binary floating point; bounds are inclusive because newsrooms
round half up or half even, so a value exactly on the boundary may print either way; ``None``
is an open side (超过4500万
has no upper bound).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext
from fractions import Fraction

Number = Fraction | Decimal | int


def as_fraction(value: Number) -> Fraction:
    return value if isinstance(value, Fraction) else Fraction(value)


@dataclass(frozen=True, slots=True)
class Interval:
    lower: Fraction | None
    upper: Fraction | None

    @classmethod
    def of(cls, lower: Number | None, upper: Number | None) -> "Interval":
        return cls(
            None if lower is None else as_fraction(lower),
            None if upper is None else as_fraction(upper),
        )

    @classmethod
    def point(cls, value: Number) -> "Interval":
        exact = as_fraction(value)
        return cls(exact, exact)

    def __post_init__(self) -> None:
        if self.lower is not None and self.upper is not None and self.lower > self.upper:
            raise ValueError(f"empty interval [{self.lower}, {self.upper}]")

    @property
    def bounded(self) -> bool:
        return self.lower is not None and self.upper is not None

    def contains(self, value: Number) -> bool:
        exact = as_fraction(value)
        return (self.lower is None or self.lower <= exact) and (
            self.upper is None or exact <= self.upper
        )

    def intersects(self, other: "Interval") -> bool:
        below = self.upper is not None and other.lower is not None and self.upper < other.lower
        above = self.lower is not None and other.upper is not None and self.lower > other.upper
        return not (below or above)

    def __add__(self, other: "Interval") -> "Interval":
        return Interval(_add(self.lower, other.lower), _add(self.upper, other.upper))

    def __neg__(self) -> "Interval":
        return Interval(_neg(self.upper), _neg(self.lower))

    def __sub__(self, other: "Interval") -> "Interval":
        return self + (-other)

    def scale(self, factor: Number) -> "Interval":
        exact = as_fraction(factor)
        low, high = _mul(self.lower, exact), _mul(self.upper, exact)
        return Interval(low, high) if exact >= 0 else Interval(high, low)

    def __truediv__(self, other: "Interval") -> "Interval":
        """Quotient of two intervals of positive numbers (amounts, counts, totals)."""
        if not self.nonnegative or not other.positive:
            raise ValueError("interval division needs a non-negative dividend and a positive divisor")
        low = _div(self.lower, other.upper)
        high = None if self.upper is None else _div(self.upper, other.lower)
        return Interval(low if low is not None else Fraction(0), high)

    def __mul__(self, other: "Interval") -> "Interval":
        """Product of two intervals of non-negative numbers."""
        if not (self.nonnegative and other.nonnegative):
            raise ValueError("interval product needs non-negative factors")
        high = None if self.upper is None or other.upper is None else self.upper * other.upper
        return Interval(self.lower * other.lower, high)  # type: ignore[operator]

    @property
    def nonnegative(self) -> bool:
        return self.lower is not None and self.lower >= 0

    @property
    def positive(self) -> bool:
        return self.lower is not None and self.lower > 0

    def hull(self, other: "Interval") -> "Interval":
        lower = None if self.lower is None or other.lower is None else min(self.lower, other.lower)
        upper = None if self.upper is None or other.upper is None else max(self.upper, other.upper)
        return Interval(lower, upper)


def _add(a: Fraction | None, b: Fraction | None) -> Fraction | None:
    return None if a is None or b is None else a + b


def _neg(a: Fraction | None) -> Fraction | None:
    return None if a is None else -a


def _mul(a: Fraction | None, b: Fraction) -> Fraction | None:
    return None if a is None else a * b


def _div(a: Fraction | None, b: Fraction | None) -> Fraction | None:
    if a is None:
        return None
    if b is None:  # divided by something unboundedly large
        return Fraction(0)
    return a / b


def rounding_interval(printed: Decimal, unit_scale: Decimal = Decimal(1)) -> Interval:
    """The numbers that print as ``printed`` once rounded to its last shown digit.

    ``printed`` keeps its exponent from the text ("22.10" has two decimals, "22.1" one),
    which is why figures are carried as ``Decimal`` built from the printed string.
    """
    exponent = printed.as_tuple().exponent
    assert isinstance(exponent, int)
    half_step = Fraction(1, 2) * Fraction(10) ** exponent
    centre = Fraction(printed)
    scale = Fraction(unit_scale)
    return Interval((centre - half_step) * scale, (centre + half_step) * scale)


def _digits(value: Fraction) -> int:
    return len(str(abs(value.numerator))) + len(str(value.denominator))


def terminating_places(value: Fraction) -> int | None:
    """How many decimals write ``value`` exactly, or None when no number of them does."""
    denominator, twos, fives = value.denominator, 0, 0
    while denominator % 2 == 0:
        denominator, twos = denominator // 2, twos + 1
    while denominator % 5 == 0:
        denominator, fives = denominator // 5, fives + 1
    return max(twos, fives) if denominator == 1 else None


def fraction_to_decimal(value: Fraction, places: int | None = None) -> Decimal:
    """A fraction as a decimal: exact whenever it terminates (every bound of a printed figure
    does), else to ``places`` decimals (28 by default).

    The context is sized to the number, so that 1,000,000,000,000,000,000个 stays exact
    instead of overflowing the default 28 significant digits.
    """
    if places is None:
        places = terminating_places(value)
        places = 28 if places is None else places
    with localcontext() as context:
        context.prec = _digits(value) + places + 2
        quantum = Decimal(1).scaleb(-places)
        result = (Decimal(value.numerator) / Decimal(value.denominator)).quantize(quantum)
        return result.normalize() if result != 0 else Decimal(0)


def format_number(value: Fraction | None, places: int = 2) -> str:
    """A bound for people to read: rounded outward would mislead, so round to ``places``."""
    if value is None:
        return "∞"
    with localcontext() as context:
        context.prec = _digits(value) + places + 2
        shown = (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal(1).scaleb(-places))
    text = format(shown, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
