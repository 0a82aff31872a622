"""Writing output files: whole or not at all, never by replacing something that is not a file, under
names that are safe on Linux, macOS and Windows."""

from __future__ import annotations

import os
import re
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


# Temporary files are named after the output and the writing process, `.NAME.unres-PID-XXXX.tmp`,
# so that a later run can tell the leftovers of a process killed mid-write (kill -9, power loss)
# from the files of a run still writing, and remove them.
_TEMPORARY = re.compile(r"\..+\.unres-(?P<pid>[0-9]+)-[A-Za-z0-9_]+\.tmp")
_cleaned: set[Path] = set()


def write_atomic(path: Path, data: bytes) -> None:
    """Writes data to path so that a reader never sees a half-written file."""
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.unres-{os.getpid()}-", suffix=".tmp", dir=path.parent)
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


def remove_leftovers(folder: Path) -> list[Path]:
    """Removes (once per folder and process) the temporary files of unres processes that are gone."""
    if folder in _cleaned:
        return []
    _cleaned.add(folder)
    removed = []
    try:
        entries = [e for e in os.scandir(folder) if e.name.startswith(".") and e.name.endswith(".tmp")]
    except OSError:
        return []
    for entry in entries:
        m = _TEMPORARY.fullmatch(entry.name)
        if m is None or not entry.is_file(follow_symlinks=False) or not _gone(int(m["pid"]), entry):
            continue
        try:
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


LEFTOVER_AGE_SECONDS = 24 * 3600


def _gone(pid: int, entry: os.DirEntry[str]) -> bool:
    if pid == os.getpid():
        return False
    if os.name != "posix":  # no harmless way to ask whether a process lives: a day-old file is a leftover
        import time

        return time.time() - entry.stat(follow_symlinks=False).st_mtime > LEFTOVER_AGE_SECONDS
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, another user's
        return False
    return False


# -- names -------------------------------------------------------------------------------------------
# What a name may hold: letters and digits of any script, "_", "-" and ".": no separator of any
# system (/ \\ :), no control or invisible character (a newline would also break every listing).
_UNSAFE_RUN = re.compile(r"[^\w.-]+")
_DOTS = re.compile(r"\.{2,}")
# Windows refuses these as a name's first part, whatever follows ("CON.en.html").
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}
MAX_NAME_BYTES = 200  # under the 255 of every common file system, with room for the temporary file's


def safe_name(base: str, suffix: str, fallback: str = "resolution") -> str:
    """base + suffix made safe as one file name everywhere: unsafe characters become "_", runs of
    dots one dot; no leading dot (hidden) or dash (read as an option), no trailing dot (dropped by
    Windows), no reserved device name, at most MAX_NAME_BYTES."""
    name = _DOTS.sub(".", _UNSAFE_RUN.sub("_", base)).lstrip(".-").rstrip(".")
    if not name:
        name = fallback
    if name.split(".")[0].upper() in _RESERVED:
        name = "_" + name
    limit = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    name = name.encode("utf-8")[:limit].decode("utf-8", "ignore").rstrip(".")
    return name + suffix
