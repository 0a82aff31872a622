"""Writing output files: whole or not at all, and never by replacing something that is not a file."""

from __future__ import annotations

import os
import stat
from pathlib import Path


def write_output(path: Path, data: bytes) -> None:
    """Writes data to path. A regular file (or a new one) is replaced atomically; a symbolic link
    is followed (its target is replaced, the link stays); a device, FIFO or terminal (-o /dev/stdout)
    is written to directly, since renaming a file over it would replace the node itself (as root,
    -o /dev/null would have replaced /dev/null)."""
    real = Path(os.path.realpath(path))
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise IsADirectoryError(21, "Is a directory", str(path))
    if mode is not None and not stat.S_ISREG(mode):
        with open(real, "wb") as fh:
            fh.write(data)
        return
    write_atomic(real, data)


def write_atomic(path: Path, data: bytes) -> None:
    """Writes data to path so that a reader never sees a half-written file."""
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp creates the file private; the output gets the permissions a new file would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
