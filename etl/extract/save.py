"""Write accepted claims into the analyst-edited dataset without disturbing what is there.

`data/*.csv` is reviewed in git, so saving must be surgical: untouched rows stay byte-identical
(no re-quoting, same line endings), each file is replaced atomically (temp file in the same
folder, then `os.replace`) so a crash never leaves half a file, and a claim already in
`claims.csv` (same identity, data/README.md "De-duplication") gains the new document as a
report instead of becoming a second row.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from etl.core.contract import CLAIMS_INPUT, DOCUMENTS_INPUT, actor_id, claim_id
from etl.extract import rx
from etl.extract.reference import Gazetteer, load_reference

#: The claims.csv and documents.csv columns, as the contract declares them.
CLAIMS_HEADER: tuple[str, ...] = tuple(CLAIMS_INPUT)
DOCUMENTS_HEADER: tuple[str, ...] = tuple(DOCUMENTS_INPUT)


@dataclass(frozen=True)
class SaveResult:
    """What a save did: the document used, and how many claims were appended or merged."""

    doc_id: str
    document_added: bool
    added: int
    merged: int
    unchanged: int = 0
    #: proposal claim_id -> the claims.csv `ref` of the row now holding it (for responses).
    refs: dict[str, str] = field(default_factory=dict)
    #: (QA pass 28) rows this document's earlier save wrote whose figure this save corrects.
    corrected: int = 0
    #: (QA pass 41 #5) the documents.csv and claims.csv rows this save wrote or changed.
    written: Written = field(default_factory=list)


@dataclass
class _Record:
    fields: list[str]
    raw: str
    changed: bool = False


@dataclass
class _Table:
    header: list[str]
    header_raw: str
    records: list[_Record]
    newline: str
    ends_with_newline: bool


def _lines(text: str) -> Iterator[str]:
    for piece in rx.split(r"(?<=\n)", text):
        if piece:
            yield piece


def _read_table(path: Path, default_header: tuple[str, ...]) -> _Table:
    """Parse a CSV keeping each record's raw text, so unchanged rows are written back as is."""
    if not path.is_file() or path.stat().st_size == 0:
        return _Table(list(default_header), "", [], "\n", True)
    text = path.read_bytes().decode("utf-8")
    newline = "\r\n" if "\r\n" in text.split("\n", 1)[0] + "\n" else "\n"
    consumed: list[str] = []
    source = _lines(text)

    def feed() -> Iterator[str]:
        for line in source:
            consumed.append(line)
            yield line

    records: list[_Record] = []
    for row in csv.reader(feed()):
        records.append(_Record(row, "".join(consumed)))
        consumed.clear()
    if not records:
        return _Table(list(default_header), "", [], newline, True)
    head = records.pop(0)
    header = [h.lstrip("\ufeff").strip() for h in head.fields]
    return _Table(header, head.raw, records, newline, text.endswith(("\n", "\r")))


#: A quoted field as Python's reader takes it when not strict: it opens with a quote at the start
#: of a field and runs to the next quote not doubled; group 1 is that closing quote ("" at the end
#: of the text when it never comes). Text after a closing quote, up to the next comma or line end,
#: belongs to the field, so a quote there opens nothing.
_QUOTED_FIELD = re.compile(r'(?:(?<=^)|(?<=[,\r\n]))"[^"]*(?:""[^"]*)*("?)[^,\r\n]*')


def open_quote_problem(path: Path) -> str:
    """One line naming a CSV file whose last record never closes its quote ("" if none).

    Why: a row appended after it would sit inside that quote, two records read as one (a hand
    edit left `"hand added, with an unclosed quote` at the end of claims.csv). Python's reader
    takes such a file without a word unless strict, and a strict reader stops at the first
    malformed field (`"x"y`) before it reaches the open quote; the file is scanned by the
    reader's own lenient rules instead. Checked before a save writes anything.
    """
    if not path.is_file():
        return ""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"data/{path.name}: not UTF-8 (byte {exc.start}); fix it by hand first"
    for m in _QUOTED_FIELD.finditer(text):
        if not m.group(1) and m.end() == len(text):
            line = text.count("\n", 0, m.start()) + 1
            return f"data/{path.name}: the quote opened on line {line} is never closed; fix it by hand first"
    return ""


def _serialise(fields: list[str], newline: str) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator=newline).writerow(fields)
    return buf.getvalue()


#: Rows one save wrote: (file name, the row by its header). Why: the rebuild's quarantine is
#: matched against them, so a row an earlier save left quarantined is not called "just saved".
Written = list[tuple[str, dict[str, str]]]


def _write_atomic(path: Path, table: _Table, new_rows: list[list[str]]) -> Written:
    """Write header + records (raw unless changed) + new rows to a temp file, then replace.

    Returns the rows written anew (changed records and new rows), each by its header."""
    parts = [table.header_raw or _serialise(table.header, table.newline)]
    for r in table.records:
        parts.append(_serialise(r.fields, table.newline) if r.changed else r.raw)
    if parts and parts[-1].endswith("\r") and not parts[-1].endswith("\r\n") and table.newline == "\n":
        # (QA pass 5) a file whose last line ends in a bare CR: that CR is the line end, made LF,
        # so the new row starts a line of its own (glued after it, the rebuild refused the file)
        parts[-1] = parts[-1][:-1] + "\n"
    if parts and not parts[-1].endswith(("\n", "\r")):
        parts[-1] += table.newline
    parts.extend(_serialise(row, table.newline) for row in new_rows)
    data = "".join(parts).encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    rows = [r.fields for r in table.records if r.changed] + new_rows
    return [(path.name, dict(zip(table.header, row, strict=False))) for row in rows]


def _num(v: object) -> str:
    s = "" if v is None else str(v).strip().replace(",", "")
    try:
        f = float(s)
        return str(int(f)) if f.is_integer() else str(f)
    except ValueError:
        return s


def _slug(text: str, words: int = 6) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    toks = [t for t in rx.split(r"[^a-z0-9]+", ascii_text.lower()) if t and t != "the"]
    return "-".join(toks[:words])


def _outlet_slug(outlet: str) -> str:
    m = rx.search(r"\(([A-Za-z]{2,8})\)", outlet)
    return m.group(1).lower() if m else _slug(outlet, 2) or "doc"


def _doc_id(document: dict[str, Any], taken: set[str]) -> str:
    """Slug from outlet + date + headline; suffixed when already taken."""
    day = str(document.get("published_at", ""))[:10]
    base = "-".join(
        x
        for x in (
            _outlet_slug(str(document.get("outlet", ""))),
            day,
            _slug(str(document.get("title", "")), 5),
        )
        if x
    )
    doc_id, n = base, 2
    while doc_id in taken:
        doc_id, n = f"{base}-{n}", n + 1
    return doc_id


def _tags(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    return "" if value is None else str(value)


def _place_in(gazetteer: Gazetteer, name: str, region: str) -> str:
    """A places item as the place id it resolves to in `region` (the name itself if none)."""
    place = gazetteer.lookup(name.strip(), region)
    return place.place_id if place is not None else name


def _canon_and_identity(data_dir: Path) -> tuple[Callable[[str], str], Callable[[dict[str, Any]], str]]:
    """A claimant's name on record, and the claim id the build gives a row (so "already there"
    means the same claim)."""
    actors = load_reference(data_dir).actors

    def canon(name: str) -> str:
        a = actors.resolve(name)
        return a.name if a else name.strip()

    def identity(row: dict[str, Any]) -> str:
        return claim_id(
            {
                **row,
                "claimant_id": actor_id(canon(str(row.get("claimant") or ""))),
                "value_low": _num(row.get("value_low")),
                "value_high": _num(row.get("value_high")),
            }
        )

    return canon, identity


def rows_on_record(data_dir: Path, claims: list[dict[str, Any]]) -> list[dict[str, str] | None]:
    """Each claim's row in claims.csv when a save would merge it there (same identity), else None:
    what the review checks a merge against before anything is written."""
    data_dir = Path(data_dir)
    _, identity = _canon_and_identity(data_dir)
    table = _read_table(data_dir / "claims.csv", CLAIMS_HEADER)
    index: dict[str, dict[str, str]] = {}
    for r in table.records:
        if any(f.strip() for f in r.fields):
            row = dict(zip(table.header, r.fields, strict=False))
            index.setdefault(identity(row), row)
    return [index.get(identity(c)) for c in claims]


def save_accepted(data_dir: Path, document: dict[str, Any], claims: list[dict[str, Any]]) -> SaveResult:
    """Append accepted claims (merging known ones) and their document to the data folder."""
    data_dir = Path(data_dir)
    gazetteer = load_reference(data_dir).gazetteer
    canon, identity = _canon_and_identity(data_dir)

    # -- documents.csv: reuse a document already recorded, else add one.
    docs_path = data_dir / "documents.csv"
    docs = _read_table(docs_path, DOCUMENTS_HEADER)
    url = str(document.get("url", "") or "")
    doc_id = ""
    taken: set[str] = set()
    for r in docs.records:
        row = dict(zip(docs.header, r.fields, strict=False))
        taken.add(row.get("doc_id", ""))
        same_url = bool(url) and row.get("url", "") == url
        # (QA pass 40 #6) a time saved before its offset was kept is the same page's time: its
        # wall clock, the first 16 characters, is compared
        same_fields = all(
            row.get(k, "")[:n] == str(document.get(k, "") or "")[:n]
            for k, n in (("outlet", None), ("title", None), ("published_at", 16))
        ) and bool(row.get("title"))
        if not doc_id and (same_url or same_fields):
            doc_id = row.get("doc_id", "")
    document_added = not doc_id
    written: Written = []
    if document_added:
        doc_id = _doc_id(document, taken)
        values = {
            "doc_id": doc_id,
            "outlet": document.get("outlet", ""),
            "url": url,
            "title": document.get("title", ""),
            "published_at": document.get("published_at", ""),
            "language": document.get("language", "") or "en",
            "tags": _tags(document.get("tags", "")),
            "notes": document.get("notes", ""),
        }
        written += _write_atomic(docs_path, docs, [[str(values.get(h, "") or "") for h in docs.header]])

    # -- claims.csv: merge by identity, else append.
    claims_path = data_dir / "claims.csv"
    table = _read_table(claims_path, CLAIMS_HEADER)
    col = {h: i for i, h in enumerate(table.header)}
    index: dict[str, list[str]] = {}
    last: dict[str, list[str]] = {}  # the last row of each claim (a new report goes there)
    rows_of: dict[str, list[list[str]]] = {}  # every row of each claim (its documents, QA pass 38)
    owners: dict[int, _Record] = {}
    said: dict[tuple[str, ...], list[tuple[str, list[str]]]] = {}  # this document's rows alone
    shared: dict[tuple[str, ...], list[tuple[str, str]]] = {}  # rows it reports with others
    for r in table.records:
        if not any(f.strip() for f in r.fields):
            continue
        row = dict(zip(table.header, r.fields, strict=False))
        ident = identity(row)
        index.setdefault(ident, r.fields)
        last[ident] = r.fields
        rows_of.setdefault(ident, []).append(r.fields)
        owners[id(r.fields)] = r
        docs_of_row = [d.strip() for d in row.get("documents", "").split(";") if d.strip()]
        if docs_of_row == [doc_id]:
            said.setdefault(_statement(row, canon), []).append((ident, r.fields))
        elif doc_id in docs_of_row:  # (merged by identity: the row keeps its own quote)
            shared.setdefault(_statement(row, canon)[:-1], []).append((ident, row.get("ref", "") or ident))
    in_save = {identity(c) for c in claims}
    new_rows: list[list[str]] = []
    added = merged = unchanged = corrected = 0
    refs: dict[str, str] = {}
    ref_col = col.get("ref")
    used_refs = {
        r.fields[ref_col].strip() for r in table.records if ref_col is not None and len(r.fields) > ref_col
    }
    ref_given = False
    for claim in claims:
        key = identity(claim)
        fields = index.get(key)
        statement = _statement(claim, canon)
        # (QA passes 28-29) the rows this document's earlier saves wrote for the same statement,
        # but for the claims this save gives again: the one left is the figure (or day) corrected
        earlier = (
            [f for k, f in said.get(statement, []) if k not in in_save and k != key]
            if statement[-1] and fields is None  # (a claim on record already is no correction)
            else []
        )
        if len(earlier) > 1:
            # (QA pass 41 #5) several figures of one sentence: each is paired with its own row,
            # by its figure when its day changed, else by its day when its figure did (with none
            # or several alike it is a new claim, as before)
            earlier = _same_figure_or_day(earlier, claim, col)
        if len(earlier) == 1:
            row_fields = earlier[0]
            while len(row_fields) < len(table.header):
                row_fields.append("")
            fixed = {
                **{h: claim.get(h, "") for h in table.header},
                "claimant": canon(str(claim.get("claimant", ""))),
                "value_low": _num(claim.get("value_low")),
                "value_high": _num(claim.get("value_high")),
            }
            # The row is rewritten, its ref and documents kept (its responses stay linked). Should
            # the corrected claim be on record from other documents too, the build makes the two
            # rows one claim with both reports.
            for h, i in col.items():
                if h not in ("ref", "documents"):
                    row_fields[i] = "" if fixed.get(h) is None else str(fixed.get(h))
            if claim.get("claim_id") and ref_col is not None:
                refs[str(claim["claim_id"])] = row_fields[ref_col].strip()
            owners[id(row_fields)].changed = True
            index[key] = row_fields
            said[statement] = [(k, f) for k, f in said[statement] if f is not row_fields] + [
                (key, row_fields)
            ]
            corrected += 1
            continue
        others = [ref for k, ref in shared.get(statement[:-1], []) if k not in in_save]
        if fields is None and not earlier and statement[-1] and others:
            # (QA pass 29) this document's earlier save merged the statement into a row other
            # documents report too: changing that row would change their claim as well
            raise ValueError(
                f"claims.csv: this document's earlier save of {claim.get('claimant')}'s {claim.get('metric')} "
                f"went into row {others[0]!r}, which other documents report too; nothing "
                "was saved: change or split that row by hand to correct it"
            )
        if fields is not None and ref_col is not None and claim.get("claim_id"):
            while len(fields) < len(table.header):
                fields.append("")
            ref = fields[ref_col].strip()
            if not ref:
                # (QA pass 19) the claim is on record in a row with no ref (refs are optional):
                # the row gets one, so the responses saved with it can name it (they were written
                # with an empty `claims` cell and linked to nothing); where another row of the same
                # claim already holds that ref, the responses name that row
                ref = _new_ref(key)
                if ref not in used_refs:
                    fields[ref_col] = ref
                    used_refs.add(ref)
                    ref_given = True
                    if id(fields) in owners:
                        owners[id(fields)].changed = True
            refs[str(claim["claim_id"])] = ref
            places_new = [p for p in str(claim.get("places", "") or "").split(";") if p]
            changed = False
            # (QA pass 37) a new report goes last of all the claim's documents, on its last row:
            # appended to the first row it came before the documents of the claim's later rows,
            # and became the claim's source link (the first listed with a URL)
            tail = last.get(key, fields)
            while len(tail) < len(table.header):
                tail.append("")
            every = (
                [
                    d.strip()
                    for rf in {id(x): x for x in (*rows_of.get(key, []), fields, tail)}.values()
                    for d in rf[col["documents"]].split(";")
                    if d.strip()
                ]
                if "documents" in col
                else []
            )
            own_words = str(claim.get("quote", "") or "")
            if "documents" in col and doc_id not in every and _other_words(own_words, tail, col):
                # (QA pass 41 #6) another outlet's own words for the claim: a row of its own, the
                # claim's as the last row's (the build makes the rows one claim), so its report
                # keeps them. Listed on the last row, it held that row's words, which it never
                # printed, and its own were stored nowhere.
                row_fields = [*tail]
                notes = str(claim.get("notes", "") or "")
                for h, value in (("documents", doc_id), ("quote", own_words), ("ref", ""), ("notes", notes)):
                    if h in col:
                        row_fields[col[h]] = value
                new_rows.append(row_fields)
                changed = True
            elif "documents" in col and doc_id not in every:
                tail_docs = [d for d in tail[col["documents"]].split(";") if d.strip()]
                tail[col["documents"]] = ";".join([*tail_docs, doc_id])
                if id(tail) in owners:
                    owners[id(tail)].changed = True
                changed = True
            if "places" in col:
                have = [p for p in fields[col["places"]].split(";") if p]
                row_region = fields[col["region"]].strip() if "region" in col else ""
                said_region = str(claim.get("region", "") or "").strip()
                if said_region != row_region:
                    # (QA pass 33) "Vorozhba" checked in the proposal's region, merged into a row of
                    # another (or none): written as the place id it resolved to, or the build
                    # quarantined the claim on record as ambiguous
                    places_new = [_place_in(gazetteer, p, said_region) for p in places_new]
                extra = [p for p in places_new if p.lower() not in {h.lower() for h in have}]
                if extra:
                    fields[col["places"]] = ";".join([*have, *extra])
                    changed = True
                    if id(fields) in owners:
                        owners[id(fields)].changed = True
            if changed:
                merged += 1
            else:
                unchanged += 1
            continue
        cells: dict[str, Any] = {h: claim.get(h, "") for h in table.header}
        ref = str(claim.get("ref", "") or "") or _new_ref(key)
        if claim.get("claim_id"):
            refs[str(claim["claim_id"])] = ref
        cells.update(
            {
                "claimant": canon(str(claim.get("claimant", ""))),
                "documents": doc_id,
                "ref": ref,
                "notes": claim.get("notes", ""),
                "value_low": _num(claim.get("value_low")),
                "value_high": _num(claim.get("value_high")),
            }
        )
        row_fields = ["" if cells.get(h) is None else str(cells.get(h)) for h in table.header]
        new_rows.append(row_fields)
        index[key] = row_fields
        added += 1
    if added or merged or corrected or ref_given or not claims_path.exists():
        written += _write_atomic(claims_path, table, new_rows)
    return SaveResult(doc_id, document_added, added, merged, unchanged, refs, corrected, written)


#: What a corrected claim keeps of the row it corrects: its figure (its day changed) or its day
#: (its figure changed).
_FIGURE = ("value_low", "value_high", "qualifier", "basis")
_DAY = ("stated_on", "stated_on_precision", "period_start", "period_end")


def _same_figure_or_day(rows: list[list[str]], claim: dict[str, Any], col: dict[str, int]) -> list[list[str]]:
    """The row of one statement a correction corrects: the one with the claim's figure, else the
    one with its day ([] when neither picks out one row: the claim is then a new one)."""
    for keep in (_FIGURE, _DAY):
        if not all(h in col for h in keep):
            continue
        wanted = [
            _num(claim.get(h)) if h.startswith("value") else str(claim.get(h) or "").strip() for h in keep
        ]
        same = [r for r in rows if [r[col[h]].strip() if col[h] < len(r) else "" for h in keep] == wanted]
        if len(same) == 1:
            return same
    return []


def _other_words(quote: str, row: list[str], col: dict[str, int]) -> bool:
    """Whether `quote` is words of its own beside the ones `row` records (spaces aside): a report
    with no quote, or the same words, goes on that row."""
    said = " ".join(quote.split())
    return bool(said) and "quote" in col and said != " ".join(row[col["quote"]].split())


def _statement(row: dict[str, Any], canon: Callable[[str], str]) -> tuple[str, ...]:
    """What one statement says a figure of: its claimant, metric, subject and verbatim quote (the
    figure and the day aside: either may be what a correction changes)."""
    return (
        canon(str(row.get("claimant") or "")).lower(),
        str(row.get("metric") or "").strip(),
        str(row.get("subject") or "").strip(),
        " ".join(str(row.get("quote") or "").split()),
    )


def _new_ref(identity: str) -> str:
    """A ref for a saved claim, from its identity (unique in the file, as identities are)."""
    return "x-" + hashlib.sha1(identity.encode("utf-8")).hexdigest()[:10]
