"""argparse in Dutch: its usage errors and help headings, for `emp-cli --lang nl`.

argparse looks its texts up through `gettext` at the moment it needs them, by the module's
own name `_`, and Python ships no Dutch catalogue for it; so while the command line is
parsed, `_` is this table (texts it does not know pass unchanged).
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

DUTCH = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "positional arguments": "argumenten",
    "show this help message and exit": "toon deze hulp en stop",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "invalid %(type)s value: %(value)r": "ongeldige waarde %(value)r (verwacht: %(type)s)",
    "expected one argument": "hier hoort één waarde bij",
    "expected at most one argument": "hier hoort hooguit één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "expected %s argument": "hier horen %s waarden bij",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
    "not allowed with argument %s": "niet samen met argument %s",
    "ignored explicit argument %r": "genegeerde waarde %r",
    "ambiguous option: %(option)s could match %(matches)s":
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
}


@contextlib.contextmanager
def dutch_usage(lang: str) -> Iterator[None]:
    if lang != "nl":
        yield
        return
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda text: DUTCH.get(text, text)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]
