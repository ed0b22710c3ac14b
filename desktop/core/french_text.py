"""French typography for what is shown or printed: no line break inside « … » or before ? ! : ;"""

from __future__ import annotations

import re

NBSP = "\u00a0"  # the bundled font has no narrow no-break space (U+202F)


def french_spacing(text: str) -> str:
    text = re.sub(r"« +", "«" + NBSP, text)
    text = re.sub(r" +([»?!:;%])", NBSP + r"\1", text)
    return text
