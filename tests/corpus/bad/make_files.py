#!/usr/bin/env python3
"""Generate the binary, non-UTF-8 and huge input files of the malformed-input corpus.

Deterministic: every generator uses fixed seeds and fixed contents, so two runs write the same
bytes (``--check`` compares against MANIFEST.sha256). Files are written under bad/files/<case id>/
(next to this script); nothing else is touched. Huge files (tens of MB) are generated, never stored.

    python3 make_files.py            # write every generated file (skips ones already correct)
    python3 make_files.py --check    # verify the files on disk against MANIFEST.sha256
    python3 make_files.py --clean    # delete every generated file (keeps the hand-written ones)
    python3 make_files.py --list     # print the generated paths
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import math
import os
import random
import sqlite3
import struct
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
MANIFEST = HERE / "MANIFEST.sha256"

GEN: dict[str, callable] = {}


def gen(path: str):
    def deco(fn):
        GEN[path] = fn
        return fn
    return deco


def rnd(seed: int, n: int) -> bytes:
    r = random.Random(seed)
    return bytes(r.getrandbits(8) for _ in range(n))


# ---------------------------------------------------------------- shared pieces
VALID_CSV = (
    "name,phone,email,company,consent\n"
    "Ann Example,+1 212 555 0101,ann@example.com,Example Co,yes\n"
    "Ben Sample,(312) 555-0102,ben@example.org,Sample LLC,no\n"
    "Cara Demo,415-555-0103,cara@example.net,Demo Inc,yes\n"
)


def xlsx(rows: list[list[str]] | None, sheet_xml: bytes | None = None) -> bytes:
    """A minimal XLSX workbook (inline strings) with one sheet."""
    if sheet_xml is None:
        body = []
        for r, row in enumerate(rows or [], start=1):
            cells = []
            for c, val in enumerate(row):
                ref = chr(ord("A") + c) + str(r)
                esc = val.replace("&", "&amp;").replace("<", "&lt;")
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc}</t></is></c>')
            body.append(f'<row r="{r}">{"".join(cells)}</row>')
        sheet_xml = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(body)}</sheetData></worksheet>'
        ).encode()
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>').encode(),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>').encode(),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Leads" sheetId="1" r:id="rId1"/></sheets></workbook>').encode(),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>').encode(),
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    return zip_bytes(parts)


def zip_bytes(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 21, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def zip_bomb_xlsx(spaces: int) -> bytes:
    """An XLSX whose sheet1.xml inflates to `spaces` bytes (deflate stream built chunk by chunk)."""
    head = (b'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main"><sheetData>')
    tail = b"</sheetData></worksheet>"
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    out = [comp.compress(head)]
    crc = zlib.crc32(head)
    chunk = b" " * (1 << 20)
    left = spaces
    while left:
        c = chunk if left >= len(chunk) else b" " * left
        out.append(comp.compress(c))
        crc = zlib.crc32(c, crc)
        left -= len(c)
    out.append(comp.compress(tail))
    crc = zlib.crc32(tail, crc)
    out.append(comp.flush())
    data = b"".join(out)
    size = len(head) + spaces + len(tail)
    # Build the archive: the small parts normally, then the bomb member by hand.
    small = xlsx([["name", "phone"], ["Ann", "+12125550101"]])
    zin = zipfile.ZipFile(io.BytesIO(small))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                z.writestr(info, zin.read(info.filename))
    # Append a local header + data for the bomb member and rewrite the central directory.
    raw = buf.getvalue()
    eocd = raw.rfind(b"PK\x05\x06")
    cd_size, cd_off = struct.unpack("<II", raw[eocd + 12:eocd + 20])
    entries = struct.unpack("<H", raw[eocd + 10:eocd + 12])[0]
    name = b"xl/worksheets/sheet1.xml"
    local_off = cd_off
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0x6000, 0x5B75, crc & 0xFFFFFFFF,
                        len(data), size, len(name), 0) + name + data
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0x6000, 0x5B75,
                          crc & 0xFFFFFFFF, len(data), size, len(name), 0, 0, 0, 0, 0, local_off) + name
    old_cd = raw[cd_off:cd_off + cd_size]
    new_cd_off = local_off + len(local)
    new_cd = old_cd + central
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, entries + 1, entries + 1, len(new_cd), new_cd_off, 0)
    return raw[:cd_off] + local + new_cd + end


def wav(fmt: int = 1, channels: int = 1, rate: int = 16000, bits: int = 16, data: bytes | None = None,
        *, block_align: int | None = None, byte_rate: int | None = None, riff: bytes = b"RIFF",
        wave: bytes = b"WAVE", data_size: int | None = None, riff_size: int | None = None,
        extensible: bool = False, sub_fmt: int = 1, fmt_chunk: bool = True, data_chunk: bool = True,
        endian: str = "<") -> bytes:
    ba = block_align if block_align is not None else channels * ((bits + 7) // 8)
    br = byte_rate if byte_rate is not None else rate * ba
    if extensible:
        guid = struct.pack("<HHH", sub_fmt, 0x0000, 0x0010) + bytes([0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71])
        body = struct.pack(endian + "HHIIHH", 0xFFFE, channels, rate, br, ba, bits)
        body += struct.pack(endian + "HHI", 22, bits, (1 << channels) - 1 if channels < 32 else 0) + guid
    else:
        body = struct.pack(endian + "HHIIHH", fmt, channels, rate, br, ba, bits)
    chunks = b""
    if fmt_chunk:
        chunks += b"fmt " + struct.pack(endian + "I", len(body)) + body
    if data_chunk:
        d = data or b""
        chunks += b"data" + struct.pack(endian + "I", len(d) if data_size is None else data_size) + d
        if len(d) % 2:
            chunks += b"\0"
    size = 4 + len(chunks) if riff_size is None else riff_size
    return riff + struct.pack(endian + "I", size & 0xFFFFFFFF) + wave + chunks


def tone_samples(seconds: float, rate: int, *, seed: int = 1, silence: bool = False) -> list[float]:
    """Three short tone bursts separated by pauses, on a -55 dBFS noise floor (values in -1..1)."""
    r = random.Random(seed)
    n = int(seconds * rate)
    out = []
    for i in range(n):
        t = i / rate
        v = (r.random() - 0.5) * 0.0036  # about -55 dBFS
        if not silence:
            burst = int(t / 1.8)
            if burst < 3 and (t - burst * 1.8) < 0.6:
                f = 220 + 110 * burst
                v += 0.3 * math.sin(2 * math.pi * f * t) * math.sin(2 * math.pi * 3 * t) ** 2
        out.append(v)
    return out


CALLER_LINES = ["yes, go ahead", "nine", "five", "yes it did", "online", "the staff were friendly"]
_SPEECH_CACHE: dict[int, list[float]] = {}


def _espeak(text: str) -> tuple[list[float], int] | None:
    import shutil
    import subprocess
    exe = shutil.which("espeak-ng")
    if not exe:
        return None
    raw = subprocess.run([exe, "-v", "en-us+klatt3", "-s", "160", "--stdout", text], capture_output=True, check=True).stdout
    rate = struct.unpack("<I", raw[24:28])[0]
    i = raw.find(b"data") + 8
    body = raw[i:]
    body = body[: len(body) // 2 * 2]
    return [v / 32768.0 for (v,) in struct.iter_unpack("<h", body)], rate


def speech(rate: int) -> list[float]:
    """The caller of the WAV cases: six short answers to customer_feedback spoken by espeak-ng
    (en-us+klatt3, 160 wpm; deterministic for one espeak-ng build), 1.2 s pauses, a -55 dBFS noise floor,
    resampled to `rate` by linear interpolation. Without espeak-ng: tone bursts (the console may then
    hear nothing)."""
    if rate in _SPEECH_CACHE:
        return _SPEECH_CACHE[rate]
    parts, src_rate = [], 22050
    for line in CALLER_LINES:
        got = _espeak(line)
        if got is None:
            print("make_files.py: espeak-ng not found; WAV cases get tone bursts instead of speech", file=sys.stderr)
            out = tone_samples(5.4, rate)
            _SPEECH_CACHE[rate] = out
            return out
        samples, src_rate = got
        parts.append(samples)
    gap = [0.0] * int(1.2 * src_rate)
    seq = [0.0] * int(0.5 * src_rate)
    for p in parts:
        seq += p + gap
    r = random.Random(7)
    seq = [v * 0.8 + (r.random() - 0.5) * 0.0036 for v in seq]
    if rate == src_rate:
        out = seq
    else:
        n = int(len(seq) * rate / src_rate)
        step = src_rate / rate
        out = []
        for i in range(n):
            x = i * step
            j = int(x)
            f = x - j
            a = seq[j]
            b = seq[j + 1] if j + 1 < len(seq) else a
            out.append(a + (b - a) * f)
    _SPEECH_CACHE[rate] = out
    return out


def pcm(samples: list[float], bits: int, channels: int = 1) -> bytes:
    b = bytearray()
    for s in samples:
        for _ in range(channels):
            if bits == 8:
                b += struct.pack("<B", max(0, min(255, int(128 + s * 127))))
            elif bits == 16:
                b += struct.pack("<h", int(s * 32767))
            elif bits == 24:
                b += int(s * 8388607).to_bytes(3, "little", signed=True)
            elif bits == 32:
                b += struct.pack("<i", int(s * 2147483647))
    return bytes(b)


def f32(samples: list[float]) -> bytes:
    return b"".join(struct.pack("<f", s) for s in samples)


def sqlite_file(statements: list[str]) -> bytes:
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "x.db")
        con = sqlite3.connect(p)
        con.execute("PRAGMA journal_mode=DELETE")
        for s in statements:
            con.execute(s)
        con.commit()
        con.close()
        return Path(p).read_bytes()


CORE_LIKE_DB = [
    "CREATE TABLE contacts (id INTEGER PRIMARY KEY, phone TEXT UNIQUE, name TEXT)",
] + [f"INSERT INTO contacts (phone, name) VALUES ('+1212555{1000 + i:04d}', 'Row {i}')" for i in range(400)]

# ---------------------------------------------------------------- fixtures
@gen("_fixtures/caller.wav")
def _():
    return wav(data=pcm(speech(16000), 16))


# ---------------------------------------------------------------- lead files
@gen("leads-binary-garbage/leads.csv")
def _():
    return rnd(101, 65536)


@gen("leads-png-renamed/leads.csv")
def _():
    ihdr = struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr +
            struct.pack(">I", zlib.crc32(b"IHDR" + ihdr)) + rnd(102, 4000))


@gen("leads-gzip/leads.csv")
def _():
    return gzip.compress(VALID_CSV.encode(), mtime=0)


@gen("leads-zip-not-xlsx/leads.xlsx")
def _():
    return zip_bytes({"leads.csv": VALID_CSV.encode(), "readme.txt": b"exported by a CRM"})


@gen("leads-xlsx-truncated/leads.xlsx")
def _():
    full = xlsx([["name", "phone"], ["Ann", "+12125550101"], ["Ben", "+13125550102"]])
    return full[: len(full) * 6 // 10]


@gen("leads-xlsx-empty-sheet/leads.xlsx")
def _():
    return xlsx([])


@gen("leads-xlsx-zipbomb/leads.xlsx")
def _():
    return zip_bomb_xlsx(400 * 1024 * 1024)


@gen("leads-xls-ole2/leads.xls")
def _():
    return bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + rnd(103, 8000)


@gen("leads-ods/leads.ods")
def _():
    return zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                      "content.xml": b"<office:document-content>name phone Ann +12125550101</office:document-content>"})


@gen("leads-50mb-line/leads.csv")
def _():
    return b"name,phone\n" + b"A" * (50 * 1024 * 1024)


@gen("leads-200k-cell/leads.csv")
def _():
    big = "Ann " + "x" * (200 * 1024)
    return (f"name,phone,email\n{big},+1 212 555 0101,ann@example.com\n"
            "Ben Sample,(312) 555-0102,ben@example.org\n").encode()


@gen("leads-200k-header/leads.csv")
def _():
    return ("name,phone," + "h" * (200 * 1024) + "\nAnn,+1 212 555 0101,x\n").encode()


@gen("leads-10k-columns/leads.csv")
def _():
    head = ["name", "phone"] + [f"c{i}" for i in range(10000)]
    row = ["Ann", "+1 212 555 0101"] + ["" for _ in range(10000)]
    return (",".join(head) + "\n" + ",".join(row) + "\n").encode()


@gen("leads-200k-rows-no-valid/leads.csv")
def _():
    lines = ["name,phone"] + [f"Row {i},call reception {i}" for i in range(200000)]
    return ("\n".join(lines) + "\n").encode()


@gen("leads-latin1-valid/leads.csv")
def _():
    return ("name,phone,company\nJosé Núñez,+1 212 555 0104,Café Olé\n"
            "Zoë Brontë,+1 212 555 0105,Crème Brûlée Co\n").encode("latin-1")


@gen("leads-utf16le-bom-valid/leads.txt")
def _():
    return "\ufeffname\tphone\tcompany\r\nJosé Núñez\t+1 212 555 0104\tCafé Olé\r\nÅsa Berg\t+1 212 555 0106\tFjord AB\r\n".encode("utf-16-le")


@gen("leads-utf16-nobom/leads.csv")
def _():
    return VALID_CSV.encode("utf-16-le")


@gen("leads-utf32/leads.csv")
def _():
    return VALID_CSV.encode("utf-32")


@gen("leads-nul-bytes/leads.csv")
def _():
    return VALID_CSV.encode().replace(b"Ben", b"B\0e\0n").replace(b"Cara", b"\0\0\0\0")


@gen("leads-invalid-utf8/leads.csv")
def _():
    return ("name,phone,company\nJosé Núñez,+1 212 555 0104,Café\n").encode() + \
        b"Bad \xff\xfe Bytes,+1 212 555 0107,\xc3\x28 Co\n"


@gen("leads-only-bom/leads.csv")
def _():
    return b"\xef\xbb\xbf"


@gen("leads-bom-header-crlf-only/leads.csv")
def _():
    return b"\xef\xbb\xbfname,phone,email\r\n\r\n\r\n"


@gen("leads-phone-10k-digits/leads.csv")
def _():
    return ("name,phone\n" + "".join(f"Row {i},+1{'2' * 10000}\n" for i in range(3))).encode()


@gen("leads-sqlite-as-csv/leads.csv")
def _():
    return sqlite_file(CORE_LIKE_DB)


@gen("leads-pdf/leads.csv")
def _():
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" + rnd(104, 3000) + b"\n%%EOF\n"


# ---------------------------------------------------------------- DNC files
@gen("dnc-binary-garbage/optouts.csv")
def _():
    return rnd(201, 32768)


@gen("dnc-gzip/optouts.csv")
def _():
    return gzip.compress(b"phone\n+1 212 555 0101\n+1 212 555 0102\n", mtime=0)


@gen("dnc-50mb-line/optouts.csv")
def _():
    return b"phone\n" + b"9" * (50 * 1024 * 1024)


@gen("dnc-200k-rows-no-valid/optouts.csv")
def _():
    return ("phone\n" + "".join(f"ext {i}\n" for i in range(200000))).encode()


@gen("dnc-utf16le-bom-valid/optouts.txt")
def _():
    return "\ufeffphone\tname\r\n+1 212 555 0108\tJosé\r\n+1 212 555 0109\tÅsa\r\n".encode("utf-16-le")


@gen("dnc-latin1-valid/optouts.csv")
def _():
    return "phone,name\n+1 212 555 0108,José Núñez\n".encode("latin-1")


@gen("dnc-xlsx-truncated/optouts.xlsx")
def _():
    full = xlsx([["phone"], ["+12125550108"], ["+12125550109"]])
    return full[: len(full) // 2]


@gen("dnc-xlsx-zipbomb/optouts.xlsx")
def _():
    return zip_bomb_xlsx(400 * 1024 * 1024)


@gen("dnc-nul-bytes/optouts.csv")
def _():
    return b"phone\n+1 212 555 0108\n\0\0\0\0\n+1 212\0 555 0109\n"


@gen("dnc-only-bom/optouts.csv")
def _():
    return b"\xef\xbb\xbf"


@gen("dnc-phone-10k-digits/optouts.csv")
def _():
    return ("phone\n" + "+1" + "3" * 10000 + "\n").encode()


# ---------------------------------------------------------------- knowledge base
def article_yaml(answer: str, question: str = "Do you rent bikes?") -> bytes:
    return (f"articles:\n  - question: {question!s}\n    answer: {answer}\n    tags: [rental]\n").encode()


@gen("kb-200k-answer-yaml/articles.yaml")
def _():
    return article_yaml("Yes " + "very " * 41000)


@gen("kb-200k-question-yaml/articles.yaml")
def _():
    return article_yaml("Yes.", question="Do you " + "really " * 30000 + "rent bikes?")


@gen("kb-200k-answer-csv/articles.csv")
def _():
    return ("question,answer,tags\nDo you rent bikes?,\"Yes " + "very " * 41000 + "\",rental\n").encode()


@gen("kb-200k-tag-json/articles.json")
def _():
    return ('{"articles": [{"question": "Do you rent bikes?", "answer": "Yes.", "tags": ["' +
            "t" * 205000 + '"]}]}').encode()


@gen("kb-200k-service-name-profile/profile.yaml")
def _():
    return ("business: {name: Harbor Bike Repair, timezone: America/Los_Angeles}\n"
            "hours: {tue: \"09:00-18:00\"}\nservices:\n  - {name: \"" + "Tune-up " * 26000 +
            "\", price_cents: 7500, duration_min: 60}\n").encode()


@gen("kb-deep-json/articles.json")
def _():
    return b"[" * 100000 + b"]" * 100000


@gen("kb-deep-json-object/articles.json")
def _():
    return b'{"articles": ' + b'{"a": ' * 50000 + b"1" + b"}" * 50000 + b"}"


@gen("kb-deep-yaml-flow/articles.yaml")
def _():
    return b"articles: " + b"[" * 20000 + b"]" * 20000 + b"\n"


@gen("kb-deep-yaml-block/profile.yaml")
def _():
    lines = ["business:"]
    for i in range(3000):
        lines.append("  " * (i + 1) + f"k{i}:")
    lines.append("  " * 3001 + "name: Deep")
    return ("\n".join(lines) + "\n").encode()


@gen("kb-latin1-csv/articles.csv")
def _():
    return "question,answer,tags\nDo you fix Peugeot bikes?,\"Oui, même les vieux modèles.\",brands\n".encode("latin-1")


@gen("kb-utf16-json/articles.json")
def _():
    return '{"articles": [{"question": "Do you rent bikes?", "answer": "Yes.", "tags": []}]}'.encode("utf-16")


@gen("kb-undecodable-yaml/articles.yaml")
def _():
    return b"articles:\n  - question: Do you rent bikes?\n    answer: Yes \xff\xfe\xfd\x80 daily.\n"


@gen("kb-binary/articles.yaml")
def _():
    return rnd(301, 20000)


@gen("kb-50mb-line/articles.yaml")
def _():
    return b"articles:\n  - question: Long?\n    answer: " + b"a" * (50 * 1024 * 1024) + b"\n"


@gen("kb-nul-byte/articles.yaml")
def _():
    return b"articles:\n  - question: Do you rent bikes?\n    answer: Yes\0 daily.\n"


@gen("kb-100k-articles/articles.json")
def _():
    items = ",".join('{"question": "Question number %d?", "answer": "Answer %d.", "tags": []}' % (i, i)
                     for i in range(100000))
    return ('{"articles": [' + items + "]}").encode()


# ---------------------------------------------------------------- personas
@gen("personas-deep-nesting/personas.yaml")
def _():
    return b"personas:\n  - name: deep\n    weight: 1\n    traits: " + b"[" * 20000 + b"]" * 20000 + b"\n"


@gen("personas-100k-personas/personas.yaml")
def _():
    return ("personas:\n" + "".join(f"  - {{name: p{i}, weight: 1, answers: {{recommend: [9]}}}}\n"
                                    for i in range(100000))).encode()


@gen("personas-binary/personas.yaml")
def _():
    return rnd(401, 16384)


@gen("personas-utf16/personas.yaml")
def _():
    return "personas:\n  - name: happy\n    weight: 1\n    answers: {recommend: [9]}\n".encode("utf-16")


@gen("personas-200k-answer/personas.yaml")
def _():
    return ("personas:\n  - name: windy\n    weight: 1\n    answers:\n      recommend: [9]\n"
            "      praise: [\"" + "so good " * 26000 + "\"]\n").encode()


@gen("personas-50mb-line/personas.yaml")
def _():
    return b"personas:\n  - name: long\n    weight: 1\n    traits: {note: " + b"z" * (50 * 1024 * 1024) + b"}\n"


# ---------------------------------------------------------------- definitions
def survey_text() -> str:
    return (FILES / "_fixtures" / "valid_survey.yaml").read_text(encoding="utf-8")


def survey_with(old: str, new: str) -> bytes:
    t = survey_text()
    assert old in t, old
    return t.replace(old, new, 1).encode()


@gen("def-when-deep-parens/survey.yaml")
def _():
    return survey_with("when: recommend <= 6", 'when: "' + "(" * 20000 + "recommend <= 6" + ")" * 20000 + '"')


@gen("def-when-long-not-chain/survey.yaml")
def _():
    return survey_with("when: recommend <= 6", 'when: "' + "not " * 50000 + 'recommend <= 6"')


@gen("def-when-long-and-chain/survey.yaml")
def _():
    return survey_with("when: recommend <= 6", 'when: "' + " and ".join(["recommend <= 6"] * 30000) + '"')


@gen("def-deep-nesting-flow/survey.yaml")
def _():
    return survey_with("description: Short", "x_deep: " + "[" * 30000 + "]" * 30000 + "\ndescription: Short")


@gen("def-deep-nesting-block/survey.yaml")
def _():
    lines = ["settings:"] + ["  " * (i + 1) + f"k{i}:" for i in range(3000)] + ["  " * 3001 + "leaf: 1"]
    return survey_with("consent:\n", "\n".join(lines) + "\nconsent:\n")


@gen("def-huge-60mb/survey.yaml")
def _():
    pad = ("# " + "padding " * 12 + "\n") * (60 * 1024 * 1024 // 100)
    return survey_text().encode() + pad.encode()


@gen("def-2mb-instructions/survey.yaml")
def _():
    return survey_with("    You are {{agent_name}}, calling",
                       "    " + "Be nice. " * 230000 + "\n    You are {{agent_name}}, calling")


@gen("def-200k-name/survey.yaml")
def _():
    return survey_with("name: corpus_survey", "name: " + "s" * (200 * 1024))


@gen("def-nul-byte/survey.yaml")
def _():
    return survey_with("Example Hardware Co", "Example\0Hardware Co")


@gen("def-utf16/survey.yaml")
def _():
    return survey_text().encode("utf-16")


@gen("def-latin1/survey.yaml")
def _():
    return survey_text().replace("Example Hardware Co", "Quincaillerie Générale").encode("latin-1")


@gen("def-binary/survey.yaml")
def _():
    return rnd(501, 12000)


@gen("def-200k-questions/survey.yaml")
def _():
    head, _, tail = survey_text().partition("questions:\n")
    qs = "".join(f"  - {{id: q{i}, type: yes_no, text: Question {i}?}}\n" for i in range(200000))
    rest = tail[tail.index("calling:"):]
    return (head + "questions:\n" + qs + rest).encode()


# ---------------------------------------------------------------- WAV files


@gen("wav-zero-bytes/caller.wav")
def _():
    return b""


@gen("wav-truncated-header/caller.wav")
def _():
    return wav(data=pcm(speech(16000), 16))[:22]


@gen("wav-riff-no-fmt/caller.wav")
def _():
    return wav(data=pcm(speech(16000)[:16000], 16), fmt_chunk=False)


@gen("wav-fmt-no-data/caller.wav")
def _():
    return wav(data_chunk=False)


@gen("wav-empty-data/caller.wav")
def _():
    return wav(data=b"")


@gen("wav-one-sample/caller.wav")
def _():
    return wav(data=b"\x10\x00")


@gen("wav-float32/caller.wav")
def _():
    return wav(fmt=3, bits=32, data=f32(speech(16000)))


@gen("wav-alaw/caller.wav")
def _():
    return wav(fmt=6, bits=8, rate=8000, data=bytes((0xD5 ^ (i % 7)) for i in range(8000 * 5)))


@gen("wav-mp3-renamed/caller.wav")
def _():
    return b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + rnd(601, 9000)


@gen("wav-rate-zero/caller.wav")
def _():
    return wav(rate=0, data=pcm(speech(16000), 16))


@gen("wav-rate-4g/caller.wav")
def _():
    return wav(rate=0xFFFFFFFF, byte_rate=0xFFFFFFFF, data=pcm(speech(16000), 16))


@gen("wav-rate-2g/caller.wav")
def _():
    return wav(rate=2_000_000_000, byte_rate=4_000_000_000, data=pcm(speech(16000), 16))


@gen("wav-channels-zero/caller.wav")
def _():
    return wav(channels=0, block_align=2, data=pcm(speech(16000), 16))


@gen("wav-channels-65535/caller.wav")
def _():
    return wav(channels=65535, block_align=0xFFFF, byte_rate=0xFFFFFFFF, data=pcm(speech(16000)[:32767], 16))


@gen("wav-bits-zero/caller.wav")
def _():
    return wav(bits=0, block_align=2, data=pcm(speech(16000), 16))


@gen("wav-bits-12/caller.wav")
def _():
    return wav(bits=12, block_align=2, data=pcm(speech(16000), 16))


@gen("wav-bits-64/caller.wav")
def _():
    return wav(bits=64, data=b"".join(struct.pack("<q", int(s * (2 ** 62))) for s in speech(16000)))


@gen("wav-block-align-wrong/caller.wav")
def _():
    return wav(block_align=7, data=pcm(speech(16000), 16))


@gen("wav-data-size-2gb/caller.wav")
def _():
    return wav(data=pcm(speech(16000)[:16000], 16), data_size=0x7FFFFFF0)


@gen("wav-rifx-big-endian/caller.wav")
def _():
    data = b"".join(struct.pack(">h", int(s * 32767)) for s in speech(16000))
    return wav(riff=b"RIFX", endian=">", data=data)


@gen("wav-rf64/caller.wav")
def _():
    w = wav(data=pcm(speech(16000), 16))
    return b"RF64" + b"\xff\xff\xff\xff" + w[8:]


@gen("wav-not-wave-avi/caller.wav")
def _():
    return b"RIFF" + struct.pack("<I", 4000) + b"AVI LIST" + rnd(602, 3996)


@gen("wav-text-file/caller.wav")
def _():
    return b"this is not audio, it is a transcript: yes, nine, five\n"


@gen("wav-pcm24/caller.wav")
def _():
    return wav(bits=24, rate=44100, data=pcm(speech(44100), 24))


@gen("wav-pcm32/caller.wav")
def _():
    return wav(bits=32, rate=48000, data=pcm(speech(48000), 32))


@gen("wav-extensible-24/caller.wav")
def _():
    return wav(bits=24, rate=48000, extensible=True, data=pcm(speech(48000), 24))


@gen("wav-pcm8-unsigned/caller.wav")
def _():
    return wav(bits=8, rate=8000, data=pcm(speech(8000), 8))


@gen("wav-stereo/caller.wav")
def _():
    return wav(channels=2, data=pcm(speech(16000), 16, channels=2))


@gen("wav-6-channels/caller.wav")
def _():
    return wav(channels=6, rate=16000, data=pcm(speech(16000), 16, channels=6))


@gen("wav-digital-silence/caller.wav")
def _():
    return wav(data=b"\0\0" * 16000 * 4)


@gen("wav-rate-96k/caller.wav")
def _():
    return wav(rate=96000, data=pcm(speech(96000), 16))


# ---------------------------------------------------------------- databases
@gen("db-truncated-100/customario.db")
def _():
    return sqlite_file(CORE_LIKE_DB)[:100]


@gen("db-truncated-half/customario.db")
def _():
    b = sqlite_file(CORE_LIKE_DB)
    return b[: len(b) // 2]


@gen("db-header-then-garbage/customario.db")
def _():
    b = sqlite_file(CORE_LIKE_DB)
    return b[:100] + rnd(701, len(b) - 100)


@gen("db-gzip-backup/customario.db")
def _():
    return gzip.compress(sqlite_file(CORE_LIKE_DB), mtime=0)


@gen("db-foreign-app/customario.db")
def _():
    return sqlite_file(["CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT, minutes INTEGER)",
                        "INSERT INTO recipes (title, minutes) VALUES ('Soup', 30), ('Bread', 240)"])


@gen("db-random-bytes/customario.db")
def _():
    return rnd(702, 40960)


# ---------------------------------------------------------------- main
def build(path: str) -> bytes:
    return GEN[path]()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--clean", action="store_true")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--write-manifest", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.list:
        print("\n".join(sorted(GEN)))
        return 0
    if a.clean:
        for p in GEN:
            f = FILES / p
            if f.exists():
                f.unlink()
        return 0
    manifest = {}
    if MANIFEST.exists():
        for line in MANIFEST.read_text().splitlines():
            h, _, p = line.partition("  ")
            manifest[p] = h
    if a.check:
        bad = 0
        for p in sorted(GEN):
            f = FILES / p
            h = hashlib.sha256(f.read_bytes()).hexdigest() if f.exists() else "missing"
            if manifest.get(p) != h:
                print(f"MISMATCH {p}: {h} != {manifest.get(p)}")
                bad += 1
        print(f"{len(GEN) - bad}/{len(GEN)} generated files match the manifest")
        return 1 if bad else 0
    lines = []
    for p in sorted(GEN):
        f = FILES / p
        f.parent.mkdir(parents=True, exist_ok=True)
        if f.exists() and p in manifest and not a.write_manifest:
            h = hashlib.sha256(f.read_bytes()).hexdigest()
            if h == manifest[p]:
                lines.append(f"{h}  {p}")
                continue
        data = build(p)
        f.write_bytes(data)
        h = hashlib.sha256(data).hexdigest()
        lines.append(f"{h}  {p}")
    if a.write_manifest or not MANIFEST.exists():
        MANIFEST.write_text("\n".join(lines) + "\n")
    print(f"{len(GEN)} generated files under {FILES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
