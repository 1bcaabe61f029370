"""What an import reads: local files or URLs (downloaded with a deadline), and per-file outcomes.

Every importer follows the build's nothing-lost rule per input file: rows read = rows loaded +
rows quarantined (a `FileResult` in the report and a `load_log` row), and a failed row is kept in
`quarantine` with its row number, field and reason.

A download has three limits, all configurable:

- a per-read timeout (20 s): a server that goes silent fails fast;
- an overall deadline, `CLAIMS_DESK_DOWNLOAD_DEADLINE` seconds (default 600), or
  `download_deadline_s` in a `data/sources/*.toml` declaration: a server that drips one byte at a
  time is cut at the deadline, however steadily it drips;
- a size cap, `CLAIMS_DESK_DOWNLOAD_MAX_MB` megabytes (default 1024), or `download_max_mb` in a
  declaration: a body announced (Content-Length) or found to be larger is refused.

Downloads go to a temporary folder named `claimsdesk-import-<pid>-*` in the system temp folder.
It is removed when the import ends, however it ends except a kill; the next import removes the
folders whose process no longer runs.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import re
import sys
import tempfile
import time
import unicodedata
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlparse, urlsplit, urlunsplit

from tqdm import tqdm

from etl.core import tempdirs
from etl.core.deadline import Deadline
from etl.core.report import InputFileError

DEADLINE_ENV = "CLAIMS_DESK_DOWNLOAD_DEADLINE"
MAX_MB_ENV = "CLAIMS_DESK_DOWNLOAD_MAX_MB"
DEFAULT_DEADLINE_S = 600.0
DEFAULT_MAX_MB = 1024.0
READ_TIMEOUT_S = 20.0
DOWNLOAD_TIMEOUT_S = READ_TIMEOUT_S  # per read; the whole download: `DownloadLimits`
TMP_PREFIX = "claimsdesk-import-"  # + pid + "-": `etl.core.tempdirs`


class ImportInputError(InputFileError):
    """An input that cannot be imported at all (missing, unreadable, wrong shape, offline)."""


@dataclass(frozen=True)
class SourceFile:
    """One input file: where it is on disk, its stable label, and where it came from."""

    path: Path
    label: str  # load_log.source_file: the file name, or the URL it was downloaded from
    location: str  # the path or URL as given


@dataclass
class Outcome:
    """What an importer did with one file, beyond the FileResult counts."""

    label: str
    source: str
    location: str
    sha256: str
    rows_new: int = 0  # rows inserted or replaced (0 when the same file is imported again)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DownloadLimits:
    """How long a whole download may take and how large its body may be."""

    deadline_s: float = DEFAULT_DEADLINE_S
    max_bytes: int = int(DEFAULT_MAX_MB * 1_000_000)

    @property
    def max_mb(self) -> float:
        return self.max_bytes / 1_000_000


def _positive(raw: object, where: str) -> float:
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise InputFileError(f"{where}: {raw!r} is not a number")
    try:
        value = float(raw)
    except ValueError:
        raise InputFileError(f"{where}: {raw!r} is not a number") from None
    if value <= 0:
        raise InputFileError(f"{where}: must be greater than 0, got {raw!r}")
    return value


def download_limits(deadline_s: object = None, max_mb: object = None) -> DownloadLimits:
    """Limits from the arguments (a declaration's fields), else the environment, else defaults."""
    if deadline_s is None:
        env = os.environ.get(DEADLINE_ENV, "").strip()
        deadline = _positive(env, DEADLINE_ENV) if env else DEFAULT_DEADLINE_S
    else:
        deadline = _positive(deadline_s, "download_deadline_s")
    if max_mb is None:
        env = os.environ.get(MAX_MB_ENV, "").strip()
        mb = _positive(env, MAX_MB_ENV) if env else DEFAULT_MAX_MB
    else:
        mb = _positive(max_mb, "download_max_mb")
    return DownloadLimits(deadline_s=deadline, max_bytes=int(mb * 1_000_000))


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


_SECRET_PARAMS = {"key", "api_key", "apikey", "token", "access_token", "password", "secret", "email"}


def public_url(url: str) -> str:
    """`url` safe to store and show: credentials in it (user:password@, key=, token=, email=,
    as in ACLED API URLs) are replaced by ***."""
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)[-1]
    if "@" in parts.netloc:
        netloc = "***@" + netloc
    query = urlencode(
        [
            (k, "***" if k.lower() in _SECRET_PARAMS else v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
        ],
        safe="*",
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 22), b""):
            h.update(chunk)
    return h.hexdigest()


def source_file_hashes(data_dir: Path) -> dict[str, str]:
    """The content hash of every file under `data_dir/sources/`, keyed by its path relative to
    `data_dir`: what a build records in `build_inputs`, and what an import checks against it."""
    folder = data_dir / "sources"
    return {
        p.relative_to(data_dir).as_posix(): sha256_file(p)
        for p in (sorted(folder.rglob("*")) if folder.is_dir() else [])
        if p.is_file()
    }


def slug(text: str, sep: str = "-") -> str:
    """ASCII slug of a name (accents dropped); empty when nothing ASCII is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", sep, ascii_text.lower()).strip(sep)


def short_hash(text: str, n: int = 12) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()[:n]


# --------------------------------------------------------------------------------------------
# Download
# --------------------------------------------------------------------------------------------


def download(
    url: str, dest_dir: Path, show_progress: bool = True, limits: DownloadLimits | None = None
) -> Path:
    """Download `url` into `dest_dir` with a progress bar on stderr; ImportInputError if it fails.

    One-line messages: offline, refused, timed out, HTTP status, truncated body, over the
    deadline or the size cap (`DownloadLimits`). A failed download leaves no file behind.
    """
    lim = limits or download_limits()
    shown = public_url(url)
    name = Path(urlparse(url).path).name or "download"
    dest = dest_dir / re.sub(r"[^A-Za-z0-9._-]+", "_", name)
    req = urllib.request.Request(url, headers={"User-Agent": "claims-desk-etl/1"})
    got = 0
    started = time.monotonic()
    # (round 42) the deadline holds for the headers too: a socket timeout bounds each read only
    watch = Deadline(lim.deadline_s)
    try:
        with watch, watch.open(req, timeout=min(READ_TIMEOUT_S, lim.deadline_s)) as resp:
            length = resp.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            if total is not None and total > lim.max_bytes:
                raise ImportInputError(
                    f"cannot download {shown}: {total:,} bytes is over the size cap of "
                    f"{lim.max_mb:g} MB ({MAX_MB_ENV} or download_max_mb)"
                )
            with (
                dest.open("wb") as out,
                tqdm(
                    total=total,
                    unit="B",
                    unit_scale=True,
                    desc=name,
                    file=sys.stderr,
                    disable=not show_progress,
                    leave=False,
                ) as bar,
            ):
                while True:
                    left = lim.deadline_s - (time.monotonic() - started)
                    if left <= 0:
                        raise TimeoutError("deadline")
                    _set_read_timeout(resp, min(READ_TIMEOUT_S, left))
                    chunk = resp.read1(1 << 16)
                    if watch.expired:
                        raise TimeoutError("deadline")  # the socket was shut: no end of the body
                    if not chunk:
                        break
                    out.write(chunk)
                    got += len(chunk)
                    bar.update(len(chunk))
                    if got > lim.max_bytes:
                        raise ImportInputError(
                            f"cannot download {shown}: the body is over the size cap of "
                            f"{lim.max_mb:g} MB ({MAX_MB_ENV} or download_max_mb)"
                        )
    except ImportInputError:
        dest.unlink(missing_ok=True)
        raise
    except urllib.error.HTTPError as exc:
        dest.unlink(missing_ok=True)
        raise ImportInputError(f"cannot download {shown}: HTTP {exc.code} {exc.reason}") from None
    except (TimeoutError, OSError, http.client.HTTPException) as exc:
        dest.unlink(missing_ok=True)
        took = time.monotonic() - started
        if watch.expired or took >= lim.deadline_s - 0.05:
            raise ImportInputError(
                f"cannot download {shown}: not finished after {lim.deadline_s:g} s, got "
                f"{got:,} bytes ({DEADLINE_ENV} or download_deadline_s)"
            ) from None
        reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
        raise ImportInputError(
            f"cannot download {shown}: {reason or type(exc).__name__} (offline or unreachable?)"
        ) from None
    if total is not None and got < total:
        dest.unlink(missing_ok=True)
        raise ImportInputError(f"cannot download {shown}: got {got} of {total} bytes")
    return dest


def _set_read_timeout(resp: object, seconds: float) -> None:
    """Bound the next socket read by `seconds` (so the overall deadline holds within a read)."""
    raw = getattr(getattr(resp, "fp", None), "raw", None)
    sock = getattr(raw, "_sock", None)
    if sock is not None:
        sock.settimeout(max(0.05, seconds))


def new_tempdir() -> tempfile.TemporaryDirectory[str]:
    """A temporary folder for one import, named with this pid; stale ones are removed first."""
    return tempdirs.new("import")
