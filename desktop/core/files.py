"""Writing the person's files: whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``.

    A failure (full disk, no permission, a file where a folder should be) raises ``OSError``
    and leaves neither a partial file nor the temporary one; an older file stays untouched.
    """
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".vigie-", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
