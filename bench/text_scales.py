"""Horizontal scale of the text drawn on each page of a PDF, read from its content streams (Python 3 only).

    python3 bench/text_scales.py FILE.pdf        # the distinct scales and how many text strings use each

Font expansion is drawn as text whose horizontal size differs from its vertical one: a `cm` that stretches x (what
Briefing writes) or a `Tz` (horizontal scaling). For every string shown (Tj, TJ, ', ") the scale is the ratio of the
horizontal to the vertical magnification of the text matrix times the CTM, times Tz, so plain text is exactly 1
whatever the page's transforms. Each show is given with its baseline, measured from the top of the page as poppler
measures its word boxes, so `typography.py` can tell which line it belongs to.

Limits: FlateDecode and unfiltered content streams only; text inside form XObjects (`Do`) and Type 3 glyphs is not
seen; expansion made by switching to a wider font instance (pdfTeX's way) is invisible here, since its glyphs are
simply other glyphs.
"""
import re, sys, zlib
from collections import Counter

_OBJ = re.compile(rb"(\d+)\s+(\d+)\s+obj\b")
_REF = rb"(\d+)\s+\d+\s+R"
_SPACE = b" \t\r\n\f\x00"


def _objects(data):
    """Object number -> (dictionary bytes, decoded stream bytes or None), object streams unpacked."""
    objs, pos = {}, 0
    while (m := _OBJ.search(data, pos)):
        num, start = int(m.group(1)), m.end()
        end = data.find(b"endobj", start)
        if end < 0:
            break
        s = data.find(b"stream", start, end)
        if s < 0:
            objs[num] = (data[start:end], None)
            pos = end
            continue
        head = data[start:s]
        body = s + len(b"stream")
        body += 2 if data[body:body + 2] == b"\r\n" else 1
        length = re.search(rb"/Length\s+(\d+)(\s+\d+\s+R)?", head)
        if length and not length.group(2):
            stop = body + int(length.group(1))
        else:
            stop = data.find(b"endstream", body)
        objs[num] = (head, data[body:stop])
        pos = data.find(b"endobj", stop)
        pos = len(data) if pos < 0 else pos
    for num, (head, raw) in list(objs.items()):
        decoded = _decode(head, raw) if raw is not None else None
        objs[num] = (head, decoded)
        if decoded is not None and re.search(rb"/Type\s*/ObjStm", head):
            n = int(re.search(rb"/N\s+(\d+)", head).group(1))
            first = int(re.search(rb"/First\s+(\d+)", head).group(1))
            pairs = [int(v) for v in decoded[:first].split()]
            offsets = [(pairs[2 * i], first + pairs[2 * i + 1]) for i in range(n)]
            for i, (inner, off) in enumerate(offsets):
                stop = offsets[i + 1][1] if i + 1 < n else len(decoded)
                objs.setdefault(inner, (decoded[off:stop], None))
    return objs


def _decode(head, raw):
    if re.search(rb"/Filter\s*\[?\s*/FlateDecode\s*\]?", head):
        try:
            return zlib.decompressobj().decompress(raw)  # tolerates a missing end marker (PDFsharp's)
        except zlib.error:
            return None
    return None if b"/Filter" in head else raw


def _pages(objs):
    """(content bytes, page top in user space) per page, in page order."""
    root = next((h for h, _ in objs.values() if re.search(rb"/Type\s*/Catalog", h)), None)
    if root is None:
        return []
    out = []

    def walk(num, box):
        head = objs.get(num, (b"", None))[0]
        mb = re.search(rb"/MediaBox\s*\[\s*([-\d.\s]+)\]", head)
        if mb:
            box = [float(v) for v in mb.group(1).split()]
        kids = re.search(rb"/Kids\s*\[([^\]]*)\]", head)
        if kids:
            for k in re.findall(_REF, kids.group(1)):
                walk(int(k), box)
            return
        contents = re.search(rb"/Contents\s*(\[[^\]]*\]|" + _REF + rb")", head)
        refs = re.findall(_REF, contents.group(1)) if contents else []
        stream = b"\n".join(objs.get(int(r), (b"", None))[1] or b"" for r in refs)
        out.append((stream, box[3] if box else 0.0))

    pages = re.search(rb"/Pages\s+" + _REF, root)
    if pages:
        walk(int(pages.group(1)), None)
    return out


_TOKEN = re.compile(rb"""[ \t\r\n\f\x00]*(?:
      (%[^\r\n]*)                                   # 1 comment
    | (\((?:\\.|[^\\()])*\)|<<|>>|<[^<>]*>|[\[\]{}])  # 2 an operand we need not read (a string, a delimiter)
    | (/[^ \t\r\n\f\x00()<>\[\]{}/%]*)              # 3 a name
    | ([^ \t\r\n\f\x00()<>\[\]{}/%]+)               # 4 a number or an operator
    )""", re.S | re.X)


def _skip_string(content, i):
    """End of a literal string with nested parentheses, which the pattern above does not take."""
    depth, i, n = 1, i + 1, len(content)
    while i < n and depth:
        c = content[i]
        if c == 0x5C:  # backslash
            i += 1
        elif c == 0x28:
            depth += 1
        elif c == 0x29:
            depth -= 1
        i += 1
    return i


def _tokens(content):
    """Numbers as floats, operators as str; other operands as None (only their count matters)."""
    i, n = 0, len(content)
    while i < n:
        m = _TOKEN.match(content, i)
        if m is None or m.end() == i:
            j = i
            while j < n and content[j] in _SPACE:
                j += 1
            if j >= n:
                return
            i = _skip_string(content, j) if content[j] == 0x28 else j + 1
            yield None
            continue
        i = m.end()
        if m.group(1) is not None:
            continue
        if m.group(4) is None:
            yield None
            continue
        word = m.group(4).decode("latin-1")
        try:
            yield float(word)
        except ValueError:
            if word == "ID":  # inline image data: skip to EI
                k = content.find(b"EI", i)
                i = n if k < 0 else k + 2
            yield word


def _mul(a, b):
    """Product of two PDF matrices [a b c d e f]: a applied first."""
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


def _shows(content, top):
    """(baseline from the page top, horizontal scale) of each string shown."""
    ident = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    ctm, tz, stack = ident, 1.0, []
    tm = tlm = ident
    leading, args, out = 0.0, [], []
    for tok in _tokens(content):
        if not isinstance(tok, str):
            args.append(tok)
            continue
        nums = args
        args = []
        if tok == "q":
            stack.append((ctm, tz))
        elif tok == "Q" and stack:
            ctm, tz = stack.pop()
        elif tok == "cm" and len(nums) == 6 and None not in nums:
            ctm = _mul(nums, ctm)
        elif tok == "BT":
            tm = tlm = ident
        elif tok == "Tm" and len(nums) == 6 and None not in nums:
            tm = tlm = list(nums)
        elif tok in ("Td", "TD") and len(nums) == 2 and None not in nums:
            tm = tlm = _mul([1, 0, 0, 1, nums[0], nums[1]], tlm)
            if tok == "TD":
                leading = -nums[1]
        elif tok == "TL" and nums and nums[-1] is not None:
            leading = nums[-1]
        elif tok == "Tz" and nums and nums[-1] is not None:
            tz = nums[-1] / 100
        elif tok in ("T*", "'", '"'):
            tm = tlm = _mul([1, 0, 0, 1, 0, -leading], tlm)
        if tok in ("Tj", "TJ", "'", '"'):
            m = _mul(tm, ctm)
            vertical = (m[2] ** 2 + m[3] ** 2) ** 0.5
            if vertical > 0:
                out.append((top - m[5], tz * (m[0] ** 2 + m[1] ** 2) ** 0.5 / vertical))
    return out


def read(path, first=None, last=None):
    """Per page (from `first`, 1-based, to `last`): a list of (baseline from the top, horizontal scale)."""
    with open(path, "rb") as f:
        pages = _pages(_objects(f.read()))
    pages = pages[(first or 1) - 1:last]
    return [_shows(content, top) for content, top in pages]


if __name__ == "__main__":
    counts = Counter(round(s, 4) for page in read(sys.argv[1]) for _, s in page)
    for scale, n in sorted(counts.items()):
        print(f"{scale:.4f}  {n}")
