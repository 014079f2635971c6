"""Filling translated texts: `fill(self.tr("Updated %1"), when)`.

Keep the `self.tr("...")` / `QCoreApplication.translate("Context", "...")` call literal
inside `fill(...)`: lupdate only finds texts written out in such calls. `%n` plural
forms stay with tr/translate (their third argument); `fill` only knows %1, %2, ..."""

from __future__ import annotations

import re

_MARKER = re.compile(r"%(\d+)")


def fill(text: str, *values: object) -> str:
    """`text` with %1 replaced by the first value, %2 by the second, and so on.

    One pass over the text: %10 is the tenth value, never %1 followed by a 0, and a value
    that itself contains "%2" is left as it is. A marker without a value stays."""

    def value(match: re.Match) -> str:
        n = int(match.group(1))
        return str(values[n - 1]) if 1 <= n <= len(values) else match.group(0)

    return _MARKER.sub(value, text)
