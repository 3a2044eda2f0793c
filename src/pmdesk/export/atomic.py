"""Writing a file so that a crash leaves either the old file or the complete new one.

The text goes to a private temporary file in the target's own folder, is synced, then renamed
over the target: `os.replace` swaps a symlink at the target for the file, never writes through it.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from pmdesk.domain.errors import PmdeskError


def write_atomic(target: Path, data: bytes) -> None:
    """Replace `target` with `data` atomically; the file is created 0600."""
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir() and not target.is_symlink():  # a link, even to a folder, is replaced
        raise PmdeskError("cannot_write", path=str(target), errno=errno.EISDIR)
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name[:60]}.", dir=folder)
    except OSError as error:
        raise PmdeskError("cannot_write", path=str(target), errno=error.errno or -1) from error
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise PmdeskError("cannot_write", path=str(target), errno=error.errno or -1) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
