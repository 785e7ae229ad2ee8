"""Read, fold and write CRFsuite model files, so that a trained tagger can be simplified without retraining.

Why: the attribution tagger is trained with "frustratingly easy" domain adaptation, so every non-word feature `f`
is also passed as `G|f` (the guide's copy) or `P|f` (PolNeAR's). The monitor always tags in the guide's domain,
so at prediction `f` and `G|f` always come together and a model whose weight for `f` is w(f) + w(G|f) scores every
sequence the same from half the feature strings (`fold_domain`). pycrfsuite can train and tag but not write
weights, hence this small pure-Python reader and writer of the model file.

The format ("lCRF" / "FOMC", version 100, what `crf1d` writes), all integers little-endian uint32:
  header (48 bytes): magic "lCRF", file size, model type "FOMC", version 100, number of features, of labels and
    of attributes, then the offsets of the FEAT chunk, of the label and attribute databases, of LFRF and AFRF;
  FEAT: "FEAT", chunk size, count, then one 20-byte record per feature: type (0 state: attribute -> label,
    1 transition: label -> label), source id, destination id, weight (IEEE double);
  two CQDB databases (labels, attributes), each a string <-> id map: a 24-byte header ("CQDB", size, flag,
    byte-order mark 0x62445371, number and offset of the id -> record array), 256 (offset, slots) references to
    open-addressing hash tables, the records (id, key size, key with its NUL), the tables ((hash, record offset)
    slots, twice as many as keys; table = hash % 256, first slot = (hash >> 8) % slots, linear probing), and the
    id -> record offset array; the hash is Bob Jenkins' lookup3 `hashlittle` of the key and its NUL, seed 0;
  LFRF / AFRF ("feature references", 4-byte aligned): chunk id, size, count, one file offset per label
    (attribute), and at each offset the count and ids of the transition (state) features leaving that label
    (attribute); the tagger reads a token's scores through AFRF and the transition matrix through LFRF.

Reference: chokkan/crfsuite, lib/crf/src/crf1d_model.c (file layout), lib/crf/src/crf1d_tag.c (how the tagger
reads it), lib/cqdb/src/cqdb.c and lib/cqdb/include/cqdb.h (CQDB), lib/cqdb/src/lookup3.c (the hash).
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

MAGIC, MODEL_TYPE, VERSION = b"lCRF", b"FOMC", 100
HEADER = struct.Struct("<4sI4s9I")          # 48 bytes
CHUNK = struct.Struct("<4sII")              # chunk id, size, count
FEATURE = struct.Struct("<IIId")            # type, source, destination, weight: 20 bytes
STATE, TRANSITION = 0, 1

CQDB_HEADER = struct.Struct("<4sIIIII")     # "CQDB", size, flag, byte order, backward count, backward offset
CQDB_BYTE_ORDER = 0x62445371
CQDB_TABLES = 256
CQDB_DATA = CQDB_HEADER.size + CQDB_TABLES * 8   # where the records begin

DOMAIN_MARK = re.compile(r"^[A-Z]\|")       # a corpus's own copy of a feature: "G|", "P|"
MASK = 0xFFFFFFFF
# names round-trip even if a model holds bytes that are not UTF-8
ENCODING, ERRORS = "utf-8", "surrogateescape"


@dataclass(slots=True)
class CrfWeights:
    """A linear-chain CRF's parameters by name: what a model file holds, independent of its ids and layout."""

    labels: list[str]                                                   # in label-id order
    state_features: dict[tuple[str, str], float] = field(default_factory=dict)   # (attribute, label)
    transitions: dict[tuple[str, str], float] = field(default_factory=dict)      # (from label, to label)


# ---------------------------------------------------------------- lookup3 hashlittle (as CQDB calls it)

def _rot(x: int, k: int) -> int:
    return ((x << k) | (x >> (32 - k))) & MASK


_MIX_ROTATIONS = (4, 6, 8, 16, 19, 4)


def _mix(a: int, b: int, c: int) -> tuple[int, int, int]:
    """lookup3's mix(): six rounds of "x -= z; x ^= rot(z, k); z += y", the roles of a, b, c turning by one
    each round (after six they are back in place)."""
    for k in _MIX_ROTATIONS:
        a = ((a - c) & MASK) ^ _rot(c, k)
        c = (c + b) & MASK
        a, b, c = b, c, a
    return a, b, c


def _final(a: int, b: int, c: int) -> int:
    c = ((c ^ b) - _rot(b, 14)) & MASK
    a = ((a ^ c) - _rot(c, 11)) & MASK
    b = ((b ^ a) - _rot(a, 25)) & MASK
    c = ((c ^ b) - _rot(b, 16)) & MASK
    a = ((a ^ c) - _rot(c, 4)) & MASK
    b = ((b ^ a) - _rot(a, 14)) & MASK
    c = ((c ^ b) - _rot(b, 24)) & MASK
    return c


def hashlittle(key: bytes, initval: int = 0) -> int:
    """Bob Jenkins' lookup3 hash of a byte string, as little-endian machines compute it: 12 bytes at a time as
    three little-endian words; the last 1-12 bytes zero-padded (the C masks off the bytes past the end)."""
    length = len(key)
    a = b = c = (0xDEADBEEF + length + initval) & MASK
    if length == 0:
        return c
    words = struct.unpack(f"<{(length + 11) // 12 * 3}I", key + b"\0" * (-length % 12))
    last = (length - 1) // 12 * 3          # the final block, 1 to 12 bytes, is never mixed, only finalised
    for i in range(0, last, 3):
        a, b, c = _mix((a + words[i]) & MASK, (b + words[i + 1]) & MASK, (c + words[i + 2]) & MASK)
    return _final((a + words[last]) & MASK, (b + words[last + 1]) & MASK, (c + words[last + 2]) & MASK)


# ---------------------------------------------------------------- CQDB

def _cqdb(names: list[str]) -> bytes:
    """A CQDB database mapping names[i] <-> i, laid out as cqdb_writer lays it out."""
    records = bytearray()
    tables: list[list[tuple[int, int]]] = [[] for _ in range(CQDB_TABLES)]
    backward: list[int] = []
    for ident, name in enumerate(names):
        key = name.encode(ENCODING, ERRORS) + b"\0"
        hv = hashlittle(key)
        offset = CQDB_DATA + len(records)
        tables[hv % CQDB_TABLES].append((hv, offset))
        backward.append(offset)
        records += struct.pack("<iI", ident, len(key)) + key
    refs, buckets = _hash_tables(tables, CQDB_DATA + len(records))
    backward_offset = CQDB_DATA + len(records) + len(buckets) if names else 0
    body = refs + records + buckets + struct.pack(f"<{len(backward)}I", *backward)
    header = CQDB_HEADER.pack(b"CQDB", CQDB_HEADER.size + len(body), 0, CQDB_BYTE_ORDER, len(names), backward_offset)
    return header + body


def _hash_tables(tables: list[list[tuple[int, int]]], start: int) -> tuple[bytes, bytes]:
    """The 256 table references and the tables themselves (written from `start`, relative to the database):
    each table has twice as many slots as keys, filled by linear probing from (hash >> 8) % slots; a slot's
    record offset is never 0, so 0 marks an empty slot."""
    refs, buckets = bytearray(), bytearray()
    for entries in tables:
        n = 2 * len(entries)
        refs += struct.pack("<II", start + len(buckets) if n else 0, n)
        slots = [(0, 0)] * n
        for hv, offset in entries:
            k = (hv >> 8) % n
            while slots[k][1]:
                k = (k + 1) % n
            slots[k] = (hv, offset)
        buckets += b"".join(struct.pack("<II", *slot) for slot in slots)
    return bytes(refs), bytes(buckets)


def _cqdb_names(data: bytes, start: int, count: int) -> list[str]:
    """Names 0..count-1 of the CQDB database at `start`, through its id -> record array."""
    chunk_id, _size, _flag, order, _num, backward = CQDB_HEADER.unpack_from(data, start)
    if chunk_id != b"CQDB" or order != CQDB_BYTE_ORDER:
        raise ValueError(f"no CQDB database at offset {start}")
    if count == 0:
        return []
    names = []
    for offset in struct.unpack_from(f"<{count}I", data, start + backward):
        _ident, size = struct.unpack_from("<iI", data, start + offset)
        key = data[start + offset + 8:start + offset + 8 + size - 1]
        names.append(key.decode(ENCODING, ERRORS))
    return names


# ---------------------------------------------------------------- the model file

def read_model(path: str | Path) -> CrfWeights:
    """The weights of a CRFsuite 1d model file, exactly as stored.

    Read from the file itself, not from pycrfsuite's `Tagger.info()`: that parses CRFsuite's text dump, which
    prints weights with six decimals (`%f`), so a model rebuilt from it would tag with rounded weights."""
    data = Path(path).read_bytes()
    (magic, _size, model_type, version, _num_features, num_labels, num_attrs,
     off_features, off_labels, off_attrs, _off_labelrefs, _off_attrrefs) = HEADER.unpack_from(data, 0)
    if magic != MAGIC or model_type != MODEL_TYPE or version != VERSION:
        raise ValueError(f"{path}: not a CRFsuite 1d model (magic {magic!r}, type {model_type!r}, v{version})")
    labels = _cqdb_names(data, off_labels, num_labels)
    attrs = _cqdb_names(data, off_attrs, num_attrs)
    weights = CrfWeights(labels)
    chunk_id, _chunk_size, count = CHUNK.unpack_from(data, off_features)   # the header's count is left 0
    if chunk_id != b"FEAT":
        raise ValueError(f"{path}: no FEAT chunk at offset {off_features}")
    start = off_features + CHUNK.size
    for kind, src, dst, weight in FEATURE.iter_unpack(data[start:start + count * FEATURE.size]):
        if kind == STATE:
            weights.state_features[attrs[src], labels[dst]] = weight
        elif kind == TRANSITION:
            weights.transitions[labels[src], labels[dst]] = weight
        else:
            raise ValueError(f"{path}: feature of unknown type {kind}")
    return weights


def write_model(path: str | Path, weights: CrfWeights) -> None:
    """Write `weights` as a model file pycrfsuite opens. Deterministic (the same weights give the same bytes):
    attributes are numbered in name order, state features follow (attribute, label id), then transitions
    (from id, to id); label ids are the order of `weights.labels`, as in the model they came from."""
    Path(path).write_bytes(model_bytes(weights))


def model_bytes(weights: CrfWeights) -> bytes:
    """The model file's contents (see `write_model`)."""
    label_id = {label: i for i, label in enumerate(weights.labels)}
    if len(label_id) != len(weights.labels):
        raise ValueError("duplicate labels")
    attrs = sorted({attr for attr, _ in weights.state_features})
    attr_id = {attr: i for i, attr in enumerate(attrs)}
    try:
        features = sorted((STATE, attr_id[a], label_id[y], w) for (a, y), w in weights.state_features.items())
        features += sorted((TRANSITION, label_id[x], label_id[y], w) for (x, y), w in weights.transitions.items())
    except KeyError as e:
        raise ValueError(f"a feature names the unknown label {e}") from None

    out = bytearray(HEADER.size)
    off_features = len(out)
    out += CHUNK.pack(b"FEAT", CHUNK.size + len(features) * FEATURE.size, len(features))
    out += b"".join(FEATURE.pack(*f) for f in features)
    off_labels = _append(out, _cqdb(weights.labels))
    off_attrs = _append(out, _cqdb(attrs))
    off_labelrefs = _append(out, _refs(b"LFRF", len(weights.labels), TRANSITION, features, len(out)))
    off_attrrefs = _append(out, _refs(b"AFRF", len(attrs), STATE, features, len(out)))
    HEADER.pack_into(out, 0, MAGIC, len(out), MODEL_TYPE, VERSION, len(features), len(weights.labels), len(attrs),
                     off_features, off_labels, off_attrs, off_labelrefs, off_attrrefs)
    return bytes(out)


def _append(out: bytearray, chunk: bytes) -> int:
    """Append `chunk` at the next 4-byte boundary (CRFsuite aligns its reference chunks; aligning the
    databases too keeps their words aligned) and return its offset. The chunk must have been built for that
    offset (see `_aligned`)."""
    out += b"\0" * (_aligned(len(out)) - len(out))
    offset = len(out)
    out += chunk
    return offset


def _aligned(offset: int) -> int:
    return (offset + 3) & ~3


def _refs(chunk_id: bytes, count: int, kind: int, features: Iterable[tuple[int, int, int, float]],
          end: int) -> bytes:
    """A feature-reference chunk (LFRF or AFRF) to be placed at the first aligned offset from `end`: for each
    source id, the ids of the features of `kind` leaving it (the offsets it holds are file offsets)."""
    by_source: list[list[int]] = [[] for _ in range(count)]
    for fid, (k, src, _dst, _w) in enumerate(features):
        if k == kind:
            by_source[src].append(fid)
    start = _aligned(end)
    offsets, lists = [], bytearray()
    position = start + CHUNK.size + 4 * count
    for fids in by_source:
        offsets.append(position + len(lists))
        lists += struct.pack(f"<I{len(fids)}I", len(fids), *fids)
    size = CHUNK.size + 4 * count + len(lists)
    return CHUNK.pack(chunk_id, size, count) + struct.pack(f"<{count}I", *offsets) + bytes(lists)


# ---------------------------------------------------------------- domain folding

def fold_domain(weights: CrfWeights, domain_prefix: str = "G|") -> CrfWeights:
    """The model for inputs that carry only the shared features, when the domain's copies would always come
    along: each `G|x` attribute's per-label weights are added into `x` (created if absent), then every
    corpus-marked attribute (`^[A-Z]\\|`) is dropped. Scores are unchanged for a token with features F:
    sum over F of w(f) + w(G|f) = sum over F of w'(f). Transitions stay as they are; state features whose
    folded weight is exactly 0.0 are left out (they add nothing to any score)."""
    if not DOMAIN_MARK.match(domain_prefix) or len(domain_prefix) != 2:
        raise ValueError(f"domain prefix {domain_prefix!r} is not one capital letter and '|'")
    folded: dict[tuple[str, str], float] = {}
    for (attr, label), weight in weights.state_features.items():
        shared = attr[len(domain_prefix):] if attr.startswith(domain_prefix) else attr
        if DOMAIN_MARK.match(shared):      # another corpus's copy (or a doubly marked one)
            continue
        key = (shared, label)
        folded[key] = folded.get(key, 0.0) + weight
    state = {key: w for key, w in folded.items() if w != 0.0}
    return CrfWeights(list(weights.labels), state, dict(weights.transitions))
