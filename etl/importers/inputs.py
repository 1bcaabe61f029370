"""What an import reads: local files or URLs (downloaded with a deadline), and per-file outcomes.

Every importer follows the build's nothing-lost rule per input file: rows read = rows loaded +
rows quarantined (a `FileResult` in the report and a `load_log` row), and a failed row is kept in
`quarantine` with its row number, field and reason.
"""

from __future__ import annotations

import hashlib
import re
import sys
import tempfile
import unicodedata
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlparse, urlsplit, urlunsplit

from tqdm import tqdm

from etl.core.report import InputFileError

DOWNLOAD_TIMEOUT_S = 20


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


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


_SECRET_PARAMS = {"key", "api_key", "apikey", "token", "access_token", "password", "secret",
                  "email"}


def public_url(url: str) -> str:
    """`url` safe to store and show: credentials in it (user:password@, key=, token=, email=,
    as in ACLED API URLs) are replaced by ***."""
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)[-1]
    if "@" in parts.netloc:
        netloc = "***@" + netloc
    query = urlencode(
        [(k, "***" if k.lower() in _SECRET_PARAMS else v)
         for k, v in parse_qsl(parts.query, keep_blank_values=True)],
        safe="*",
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def slug(text: str, sep: str = "-") -> str:
    """ASCII slug of a name (accents dropped); empty when nothing ASCII is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", sep, ascii_text.lower()).strip(sep)


def short_hash(text: str, n: int = 12) -> str:
    return hashlib.md5(text.encode("utf-8")).hexdigest()[:n]


# --------------------------------------------------------------------------------------------
# Download
# --------------------------------------------------------------------------------------------


def download(url: str, dest_dir: Path, show_progress: bool = True) -> Path:
    """Download `url` into `dest_dir` with a progress bar on stderr; ImportInputError if it fails.

    One-line messages: offline, refused, timed out, HTTP status, truncated body.
    """
    shown = public_url(url)
    name = Path(urlparse(url).path).name or "download"
    dest = dest_dir / re.sub(r"[^A-Za-z0-9._-]+", "_", name)
    req = urllib.request.Request(url, headers={"User-Agent": "claims-desk-etl/1"})
    got = 0
    try:
        with urllib.request.urlopen(req, timeout=DOWNLOAD_TIMEOUT_S) as resp:
            length = resp.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            with (
                dest.open("wb") as out,
                tqdm(total=total, unit="B", unit_scale=True, desc=name, file=sys.stderr,
                     disable=not show_progress, leave=False) as bar,
            ):
                while chunk := resp.read(1 << 16):
                    out.write(chunk)
                    got += len(chunk)
                    bar.update(len(chunk))
    except urllib.error.HTTPError as exc:
        raise ImportInputError(f"cannot download {shown}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise ImportInputError(
            f"cannot download {shown}: {exc.reason} (offline or unreachable?)"
        ) from None
    except (TimeoutError, OSError) as exc:
        raise ImportInputError(
            f"cannot download {shown}: {exc or type(exc).__name__} (offline or unreachable?)"
        ) from None
    if total is not None and got < total:
        raise ImportInputError(f"cannot download {shown}: got {got} of {total} bytes")
    return dest


def new_tempdir() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="claimsdesk-import-")
