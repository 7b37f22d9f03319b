"""Traditional characters read as simplified ones.

Hong Kong and Taiwan coverage, and re-posts run through a converter, print 營業收入 for 营业收入
and 責任編輯 for 责任编辑. Every word table in the product is written once, in simplified
characters; text is read through ``simplified`` before it is matched against them. The
conversion is character for character, so offsets into the printed text stay valid.
"""

from __future__ import annotations

import opencc

_TO_SIMPLIFIED = opencc.OpenCC("t2s")


class _SimplifiedCharacters(dict):
    """A ``str.translate`` table from each traditional character to its simplified one, filled
    in as characters are met: one OpenCC call per distinct character, the rest in C."""

    def __missing__(self, code: int) -> str:
        character = chr(code)
        converted = _TO_SIMPLIFIED.convert(character)
        self[code] = converted if len(converted) == 1 else character
        return self[code]


_SIMPLIFIED_CHARACTERS = _SimplifiedCharacters()


def simplified(text: str) -> str:
    """``text`` with each traditional character read as its simplified one; same length."""
    if text.isascii():
        return text
    return text.translate(_SIMPLIFIED_CHARACTERS)
