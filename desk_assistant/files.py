"""The one way the product writes a file: exclusive temporary file, write, check, rename.

Every output (exports, slips, sheets, reports, backups, pack exports, a patron's data)
goes through :func:`replacing`:

1. the target is refused if it is a folder, a device, or a database's own file;
2. a temporary file is created *exclusively* beside the target (``O_EXCL``, never
   following an existing name or link), readable by its owner only;
3. the caller writes it; it is flushed to disk and checked (a PDF must be complete);
4. it is renamed over the target in one step.

Anything else — an error, a cancel, a kill — leaves whatever was at the target as it was.
Temporary files carry the writing process's id, so the ones a killed process left behind
are recognised and removed the next time anything is written in that folder.

Writers that need scratch space (XlsxWriter's constant-memory sheets, chart images) get a
private folder from :func:`work_folder`, emptied when they finish or fail, and swept at
the next start if the process was killed (:func:`sweep_work_folders`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from desk_assistant.errors import FileWriteError
from desk_assistant.i18n import Message

PART_SUFFIX = ".da-part"
SQLITE_HEADER = b"SQLite format 3\x00"
_DATABASE_SIDE_FILES = ("-wal", "-shm", "-journal")


# --- processes ---------------------------------------------------------------------------


def process_alive(pid: int) -> bool:
    """Is process ``pid`` still running? (Unsure answers say yes: nothing is removed.)"""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return bool(code.value == 259)  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _owner_pid(name: str) -> int:
    """The process id in a name made by this module (``….<pid>-<token>[.da-part]``), else 0."""
    last = name.removesuffix(PART_SUFFIX).rsplit(".", 1)[-1]
    head, _, token = last.partition("-")
    return int(head) if head.isdigit() and token else 0


# --- what may be written -----------------------------------------------------------------


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False


def is_database_side_file(path: Path) -> bool:
    """``desk.db-wal`` and its kind: part of a database, never an output."""
    for suffix in _DATABASE_SIDE_FILES:
        base = path.name.removesuffix(suffix)
        if base != path.name and base and is_sqlite_file(path.with_name(base)):
            return True
    return False


def refuse_target(
    target: Path, protected: Iterable[Path] = (), may_replace: Callable[[Path], bool] | None = None
) -> None:
    """Raise :class:`FileWriteError` if ``target`` must not be written.

    Refused: a folder, a device (``/dev/full``, a pipe…), a database's own file (the
    database, its ``-wal``/``-shm``), any path in ``protected``, and an existing SQLite
    file unless ``may_replace`` says it may go (a backup replacing an older backup).
    """
    reason: str | None = None
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise FileWriteError.from_os_error(target, exc) from exc
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            reason = "export.is_folder"
        elif not stat.S_ISREG(info.st_mode):
            reason = "file.is_device"
    for guarded in protected:
        candidates = [guarded, *(guarded.with_name(guarded.name + s) for s in _DATABASE_SIDE_FILES)]
        for candidate in candidates:
            with contextlib.suppress(OSError):
                if candidate.exists() and target.exists() and os.path.samefile(candidate, target):
                    reason = "file.is_database"
            if reason is None and _same_name(candidate, target):
                reason = "file.is_database"
    if reason is None and is_database_side_file(target):
        reason = "file.is_database"
    if (
        reason is None
        and info is not None
        and is_sqlite_file(target)
        and not (may_replace is not None and may_replace(target))
    ):
        reason = "file.is_database"
    if reason is not None:
        raise FileWriteError("file.refused", path=target, reason=Message(reason))


def _same_name(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


# --- the writer --------------------------------------------------------------------------


def _create_exclusive(target: Path) -> Path:
    """A new, empty file beside ``target`` that no one else made (and no link leads to)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_BINARY", 0)
    for _ in range(16):
        tmp = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}{PART_SUFFIX}")
        try:
            fd = os.open(tmp, flags, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return tmp
    raise FileWriteError.from_os_error(target, OSError(errno.EEXIST, "temporary name taken"))


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where folders can be opened: not on Windows)."""
    if os.name == "nt":  # pragma: no cover - folders cannot be opened on Windows
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def sweep_parts(folder: Path) -> list[Path]:
    """Remove temporary files of ours in ``folder`` whose writing process is gone."""
    removed = []
    with contextlib.suppress(OSError):
        for path in folder.glob(f".*{PART_SUFFIX}"):
            if not process_alive(_owner_pid(path.name)):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed


@contextlib.contextmanager
def replacing(
    target: Path,
    *,
    check: Callable[[Path], None] | None = None,
    protected: Iterable[Path] = (),
    may_replace: Callable[[Path], bool] | None = None,
) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target`` in one step.

    ``check`` runs on the finished temporary file and raises if it is not right. On any
    exception (cancel included) the temporary file is removed and ``target`` is as it was.
    A refused target raises :class:`FileWriteError`; the OS's errors pass through as they
    are, for the caller to say in its own words (``errors.os_reason``).
    """
    target = Path(target)
    guarded = list(protected)
    refuse_target(target, guarded, may_replace)
    sweep_parts(target.parent)
    tmp = _create_exclusive(target)  # an OSError (no such folder…) goes to the caller
    try:
        yield tmp
        _fsync_file(tmp)
        if check is not None:
            check(tmp)
        refuse_target(target, guarded, may_replace)
        os.replace(tmp, target)
        fsync_folder(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_bytes(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` safely (see :func:`replacing`); an OS error becomes a
    :class:`FileWriteError` that says why in the user's words."""
    try:
        with replacing(target) as tmp:
            tmp.write_bytes(data)
    except OSError as exc:
        raise FileWriteError.from_os_error(target, exc) from exc


@contextlib.contextmanager
def file_errors(path: Path, error: type[FileWriteError] = FileWriteError) -> Iterator[None]:
    """An OS error while writing ``path`` becomes ``error``, said in the user's words."""
    try:
        yield
    except OSError as exc:
        raise error.from_os_error(path, exc) from exc


def write_text(target: Path, text: str) -> None:
    write_bytes(target, text.encode("utf-8"))


def check_pdf(path: Path) -> None:
    """A PDF is complete when it starts as one and ends with its end-of-file marker."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(5)
        handle.seek(max(0, size - 1024))
        tail = handle.read()
    if head != b"%PDF-" or b"%%EOF" not in tail:
        # Qt does not say why its writes failed: a nearly full drive is the usual reason.
        if shutil.disk_usage(path.parent).free < 1024 * 1024:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        raise OSError(errno.EIO, "the PDF was not written completely")


# --- private scratch folders -------------------------------------------------------------


def _work_base() -> Path:
    """``<temp>/desk-assistant-<user>``, ours alone (mode 0700), made when first needed."""
    try:
        user = str(os.getuid())  # type: ignore[attr-defined,unused-ignore]
    except AttributeError:  # pragma: no cover - Windows
        user = os.environ.get("USERNAME", "user")
    base = Path(tempfile.gettempdir()) / f"desk-assistant-{user}"
    base.mkdir(mode=0o700, exist_ok=True)
    info = base.lstat()
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise OSError(errno.EEXIST, f"{base} is not a folder of ours")
    if os.name != "nt":
        if info.st_uid != os.getuid():  # type: ignore[attr-defined,unused-ignore]
            raise OSError(errno.EPERM, f"{base} belongs to someone else")
        if info.st_mode & 0o077:
            base.chmod(0o700)
    return base


@contextlib.contextmanager
def work_folder() -> Iterator[Path]:
    """A private scratch folder, removed with everything in it when the block ends."""
    folder = Path(tempfile.mkdtemp(prefix=f"work.{os.getpid()}-", dir=_work_base()))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def sweep_work_folders() -> list[Path]:
    """Remove scratch folders left by processes that were killed (run at every start)."""
    removed: list[Path] = []
    try:
        base = _work_base()
    except OSError:
        return removed
    for folder in base.glob("work.*"):
        if not process_alive(_owner_pid(folder.name)):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed
