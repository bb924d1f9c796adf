#!/usr/bin/env python3
"""Typography figures of any PDF, read back from poppler's word boxes (`pdftotext -bbox-layout`).

    python3 bench/typography.py FILE.pdf [--json] [--margins L,R] [--body-size PT] [--space PT]

Body text only: lines whose word-box height is the document's most common one. Measures
  * inter-word spaces of justified lines, as a ratio of the natural space width (median, p95, max over lines);
  * overfull lines (a word box beyond the right margin, hanging punctuation allowed for);
  * hyphenated lines and the longest run of consecutive ones;
  * widows and orphans (a paragraph split over two pages leaving one line alone).
The heuristics and their limits are in bench/README.md, "Typography measures".
"""
import argparse, json, re, statistics, subprocess, sys
import text_scales
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

NS = "{http://www.w3.org/1999/xhtml}"
HEIGHT_TOLERANCE = 0.03   # a body line's box height is within 3 % of the body height
REACH_TOLERANCE = 0.5     # pt: a justified line ends within this of the right margin
OVERFULL_TOLERANCE = 0.5  # pt beyond the right margin before a line counts as overfull
HANG = 0.2                # hanging punctuation allowance, as a fraction of the box height (~0.27 em)
HANGING_CHARS = set(".,:;-\u2010\u2011\u2013\u2014\u00ad")
HYPHENS = ("-", "\u2010", "\u00ad")
BAND = 0.12               # top and bottom fraction of the page where headers and footers live
MIN_GAP = 0.05            # gaps under 0.05 x box height are font changes inside a word, not spaces
MARKER = re.compile(r"^(?:[\u2022\u25e6\u25aa\u2023\u2013\u2014\u00b7*+-]|\(?[0-9A-Za-z]{1,3}[.)])$")
LEADER = re.compile(r"(?:[.\u00b7\u2024] ?){4,}|\u2026{2,}")
SENTENCE_END = re.compile(r"[.!?:\u2026][\u201d\u2019\"')\]]*$")


class Line:
    __slots__ = ("page", "block", "index", "last_in_block", "words", "x0", "y0", "x1", "y1", "h", "text",
                 "header", "body")

    def __init__(self, page, block, index, words):
        self.page, self.block, self.index, self.words = page, block, index, words
        self.x0 = min(w[0] for w in words)
        self.y0 = min(w[1] for w in words)
        self.x1 = max(w[2] for w in words)
        self.y1 = max(w[3] for w in words)
        self.h = statistics.median(w[3] - w[1] for w in words)
        self.text = " ".join(w[4] for w in words)
        self.last_in_block = False
        self.header = False
        self.body = False


def read_pdf(path, first=None, last=None):
    """Pages as (width, height, [Line]) in poppler's reading order."""
    cmd = ["pdftotext", "-bbox-layout"]
    if first:
        cmd += ["-f", str(first)]
    if last:
        cmd += ["-l", str(last)]
    r = subprocess.run(cmd + [path, "-"], capture_output=True)
    if r.returncode:
        raise SystemExit(f"pdftotext failed on {path}: {r.stderr.decode('utf-8', 'replace').strip()}")
    out = r.stdout.decode("utf-8", "replace")
    out = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", out)
    root = ET.fromstring(out)
    pages, block_id = [], 0
    for p, page in enumerate(root.iter(NS + "page")):
        lines = []
        for block in page.iter(NS + "block"):
            block_id += 1
            first = len(lines)
            for line in block.iter(NS + "line"):
                words = [(float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")), float(w.get("yMax")),
                          w.text or "") for w in line.iter(NS + "word")]
                if words:
                    lines.append(Line(p, block_id, len(lines) - first, sorted(words, key=lambda w: w[0])))
            if len(lines) > first:
                lines[-1].last_in_block = True
        pages.append((float(page.get("width")), float(page.get("height")), lines))
    return pages


def join_fragments(page, fragments):
    """Poppler cuts a very loose line at its widest gaps into separate blocks (it takes them for columns); the
    pieces of one line share its top and bottom, so they are joined again, into the block and reading position
    of the leftmost piece. Running heads are left apart (their pieces are told apart by their text)."""
    groups = []  # lists of fragment indexes sharing top and bottom
    for k in sorted(range(len(fragments)), key=lambda k: fragments[k].y0):
        for g in groups[-3:]:
            a, b = fragments[g[0]], fragments[k]
            if not a.header and not b.header and abs(a.y0 - b.y0) <= 0.5 and abs(a.y1 - b.y1) <= 0.5:
                g.append(k)
                break
        else:
            groups.append([k])
    leftmost = sorted((min(g, key=lambda k: fragments[k].x0), g) for g in groups)
    lines, count = [], Counter()
    for lead, g in leftmost:
        if len(g) == 1:
            line = fragments[lead]
        else:
            line = Line(page, fragments[lead].block, 0, sorted((w for k in g for w in fragments[k].words),
                                                              key=lambda w: w[0]))
        line.index = count[line.block]
        count[line.block] += 1
        lines.append(line)
    for k, l in enumerate(lines):
        l.last_in_block = k == len(lines) - 1 or lines[k + 1].block != l.block
    return lines


def mark_headers(pages):
    """Lines in the top or bottom band whose text (digits ignored) recurs on a quarter of the pages (at least two),
    and any band line at the same height as one of those (a running head naming the current chapter)."""
    seen = defaultdict(set)
    for p, (_, height, lines) in enumerate(pages):
        for l in lines:
            band = band_of(l, height)
            if band:
                seen[(band, re.sub(r"\d+", "#", l.text.strip().lower()))].add(p)
    need = max(2, len(pages) // 4)  # a body line repeated on two pages of a long document is no running head
    repeated_y = defaultdict(list)
    for p, (_, height, lines) in enumerate(pages):
        for l in lines:
            band = band_of(l, height)
            if band and len(seen[(band, re.sub(r"\d+", "#", l.text.strip().lower()))]) >= need:
                l.header = True
                repeated_y[band].append(l.y0)
    for _, height, lines in pages:
        for l in lines:
            band = band_of(l, height)
            if band and not l.header and any(abs(l.y0 - y) <= 2 for y in repeated_y[band]):
                l.header = True


def band_of(line, height):
    if line.y1 <= height * BAND:
        return "top"
    if line.y0 >= height * (1 - BAND):
        return "bottom"
    return None


def body_height(pages):
    counts = Counter(round(w[3] - w[1], 1) for _, _, lines in pages for l in lines if not l.header for w in l.words)
    if not counts:
        raise SystemExit("no text found in the PDF")
    return counts.most_common(1)[0][0]


def mode_edge(values):
    """The most common value to the half point, refined as the median of the values within 0.5 pt of it."""
    if not values:
        return None
    bins = Counter(round(v * 2) / 2 for v in values)
    m = bins.most_common(1)[0][0]
    return statistics.median(v for v in values if abs(v - m) <= 0.5)


def margins(pages, given):
    """Right and left text edges per page, inferred from the non-final lines of multi-line body blocks (the
    justified ones are the vast majority) that do not end in punctuation that may hang into the margin,
    separately for odd and even pages when they differ (mirrored)."""
    if given:
        left, right = given
        return {p: (left, w - right) for p, (w, _, _) in enumerate(pages)}
    right_d, left_x = {0: [], 1: []}, {0: [], 1: []}
    for p, (w, _, lines) in enumerate(pages):
        for l in lines:
            if l.body and not l.last_in_block and len(l.words) >= 2 and l.words[-1][4][-1:] not in HANGING_CHARS:
                right_d[p % 2].append(w - l.x1)
                left_x[p % 2].append(l.x0)
    every = right_d[0] + right_d[1]
    if not every:
        raise SystemExit("no multi-line body paragraph found: give --margins L,R")
    both = mode_edge(every), mode_edge(left_x[0] + left_x[1])
    per = {}
    for parity in (0, 1):
        r, l = mode_edge(right_d[parity]), mode_edge(left_x[parity])
        per[parity] = (l, r) if len(right_d[parity]) >= 20 and abs(r - both[0]) > 2 else (both[1], both[0])
    return {p: (per[p % 2][0], w - per[p % 2][1]) for p, (w, _, _) in enumerate(pages)}


def gaps(line):
    """Inter-word gaps of a line, in pt; a list marker's gap and font changes inside a word are left out."""
    out = []
    for k in range(len(line.words) - 1):
        if k == 0 and MARKER.match(line.words[0][4]):
            continue
        g = line.words[k + 1][0] - line.words[k][2]
        if g > MIN_GAP * line.h:
            out.append(g)
    return out


def percentile(sorted_values, q):
    if not sorted_values:
        return None
    k = max(0, min(len(sorted_values) - 1, int(round(q * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def ends_hyphenated(line):
    w = line.words[-1][4]
    return w.endswith(HYPHENS) and len(w) >= 3 and w[-2].isalpha()


def analyse(pages, given_margins=None, space=None, body_size=None, first_page=1, shows=None):
    """`shows`: per page, (baseline, horizontal scale) of each string drawn (text_scales.read), for glyph scales."""
    mark_headers(pages)
    pages[:] = [(w, h, join_fragments(p, lines)) for p, (w, h, lines) in enumerate(pages)]
    H = body_height(pages)
    for _, _, lines in pages:
        for l in lines:
            l.body = not l.header and abs(l.h - H) <= HEIGHT_TOLERANCE * H
    edges = margins(pages, given_margins)
    reach = lambda l: l.x1 >= edges[l.page][1] - REACH_TOLERANCE
    flat = [l for _, _, lines in pages for l in lines if l.body]
    page_last = {}
    for l in flat:
        if l.page not in page_last or l.y0 > page_last[l.page].y0:
            page_last[l.page] = l

    # Natural space: lines clearly short of the right margin are set at natural spacing.
    ragged = [l for l in flat if len(l.words) >= 2 and l.x1 < edges[l.page][1] - 3]
    if space:
        per_h, space_source = space / H, "--space"
    else:
        unit = [g / l.h for l in ragged for g in gaps(l) if g < l.h]
        if len(unit) < 10:
            raise SystemExit("too few ragged body lines to estimate the natural space: give --space PT")
        per_h, space_source = statistics.median(unit), f"median gap of {len(ragged)} ragged lines ({len(unit)} gaps)"

    # Justified lines: reach the right margin, are not a paragraph's last line (a block's last line counts only
    # when it ends the page, where the paragraph may go on), and are not tab-like (one gap far wider than the rest).
    measured = []
    for l in flat:
        if len(l.words) < 2 or not reach(l) or (l.last_in_block and page_last.get(l.page) is not l):
            continue
        g = gaps(l)
        if not g:
            continue
        med = statistics.median(g)
        if len(g) >= 3 and max(g) > 2.5 * med and max(g) > 2 * per_h * l.h:
            continue
        if (len(g) <= 2 and re.fullmatch(r"[0-9ivxlcdm]+", l.words[-1][4]) and g[-1] > 3 * per_h * l.h) \
                or any(LEADER.search(w[4]) for w in l.words) \
                or sum(1 for w in l.words if re.fullmatch(r"[.\u00b7]+", w[4])) >= 3:
            continue  # a contents line: title, a wide gap or dot leaders, page number
        natural = per_h * l.h
        measured.append((med / natural, max(g) / natural, l))
    ratios = sorted(m[0] for m in measured)

    # Overfull: any non-header line whose right edge passes the margin, beyond what hanging punctuation explains.
    overfull, worst_over = [], 0.0
    for _, _, lines in pages:
        for l in lines:
            if l.header:
                continue
            over = l.x1 - edges[l.page][1]
            allow = HANG * l.h if l.words[-1][4][-1:] in HANGING_CHARS else 0.0
            if over - allow > OVERFULL_TOLERANCE:
                overfull.append(l)
                worst_over = max(worst_over, over - allow)

    # Hyphenation and page continuations, over body lines in reading order.
    order = [l for _, _, lines in pages for l in lines if l.body]
    next_of = {}
    for a, b in zip(order, order[1:]):
        if (a.block == b.block and b.index == a.index + 1) or (page_last.get(a.page) is a and b.page == a.page + 1):
            next_of[id(a)] = b
    hyphenated, run, longest = [], 0, 0
    for l in order:
        nxt = next_of.get(id(l))
        if ends_hyphenated(l) and nxt is not None and nxt.words[0][4][:1].isalpha():
            hyphenated.append(l)
            run += 1
            longest = max(longest, run)
        else:
            run = 0

    widows, orphans, continued, uncertain = [], [], 0, 0
    by_page = defaultdict(list)
    for l in order:
        by_page[l.page].append(l)
    for p in range(len(pages) - 1):
        here = [l for l in pages[p][2] if not l.header]
        rest = [l for l in pages[p + 1][2] if not l.header]
        if not here or not rest:
            continue
        bottom = max(here, key=lambda l: (l.y0, l.x0))
        top = min(rest, key=lambda l: (l.y0, l.x0))
        if not (bottom.body and top.body) or not (reach(bottom) or ends_hyphenated(bottom)):
            continue
        continued += 1
        if SENTENCE_END.search(bottom.text) and not top.text[:1].islower():
            uncertain += 1
        block_lines = [l for l in by_page[p] if l.block == bottom.block and l.y0 <= bottom.y0]
        lines_above = 0
        for l in reversed(block_lines[:-1]):
            if not reach(l):
                break
            lines_above += 1
        if lines_above == 0:
            orphans.append(bottom)
        if not reach(top) or (top.last_in_block and page_last.get(top.page) is not top):
            widows.append(top)

    expansion = glyph_scales(measured, [l for l in ragged if not reach(l)], shows)
    size = (lambda h: round(body_size * h / H, 2)) if body_size else (lambda h: None)
    worst = sorted(measured, key=lambda m: -m[0])[:5]
    lr = edges[0] if edges else (None, None)
    return {
        "pages": len(pages),
        "body_box_height_pt": H,
        "body_size_pt": body_size,
        "natural_space_pt": round(per_h * H, 3),
        "natural_space_source": space_source,
        "text_edges_pt": {"left": round(lr[0], 2), "right": round(lr[1], 2)},
        "justified_lines": len(measured),
        "space_ratio": {
            "median": rnd(statistics.median(ratios)) if ratios else None,
            "p95": rnd(percentile(ratios, 0.95)),
            "max": rnd(ratios[-1]) if ratios else None,
            "min": rnd(ratios[0]) if ratios else None,
        },
        "widest_single_gap_ratio": rnd(max((m[1] for m in measured), default=None)),
        "overfull_lines": len(overfull),
        "max_overshoot_pt": rnd(worst_over),
        "hyphenated_lines": len(hyphenated),
        "longest_hyphen_run": longest,
        "page_continuations": continued,
        "uncertain_continuations": uncertain,
        "widows": len(widows),
        "orphans": len(orphans),
        "glyph_scale": expansion,
        "details": {
            "loosest_lines": [{"page": m[2].page + first_page, "ratio": rnd(m[0]), "text": m[2].text} for m in worst],
            "overfull": [{"page": l.page + first_page, "size_pt": size(l.h), "text": l.text} for l in overfull[:20]],
            "widows": [{"page": l.page + first_page, "text": l.text} for l in widows],
            "orphans": [{"page": l.page + first_page, "text": l.text} for l in orphans],
        },
    }


def glyph_scales(measured, short, shows):
    """Horizontal glyph scale (font expansion) of the justified lines measured, and how many short lines (a
    paragraph's last, ragged text) are scaled; None when the content streams cannot be read."""
    if not shows or not any(shows):
        return None

    def scale(l):
        on = [s for y, s in shows[l.page] if l.y0 - 0.5 <= y <= l.y1 + 0.5] if l.page < len(shows) else []
        return statistics.median(on) if on else None

    found = sorted(s for s in (scale(m[2]) for m in measured) if s is not None)
    if not found:
        return None
    plain = lambda s: abs(s - 1) < 5e-4
    return {
        "lines": len(found),
        "wider": sum(1 for s in found if s > 1 and not plain(s)),
        "narrower": sum(1 for s in found if s < 1 and not plain(s)),
        "min": rnd(found[0], 4), "p5": rnd(percentile(found, 0.05), 4), "median": rnd(statistics.median(found), 4),
        "p95": rnd(percentile(found, 0.95), 4), "max": rnd(found[-1], 4),
        "scaled_short_lines": sum(1 for l in short if (s := scale(l)) is not None and not plain(s)),
    }


def rnd(v, digits=3):
    return None if v is None else round(v, digits)


def table(r, name):
    s = r["space_ratio"]
    rows = [
        ("PDF", name),
        ("pages", r["pages"]),
        ("body box height / size", f'{r["body_box_height_pt"]} pt' + (f' / {r["body_size_pt"]} pt' if r["body_size_pt"] else "")),
        ("natural space", f'{r["natural_space_pt"]} pt ({r["natural_space_source"]})'),
        ("text edges left / right", f'{r["text_edges_pt"]["left"]} / {r["text_edges_pt"]["right"]} pt'),
        ("justified lines measured", r["justified_lines"]),
        ("space ratio median / p95 / max", f'{s["median"]} / {s["p95"]} / {s["max"]}  (min {s["min"]})'),
        ("widest single gap ratio", r["widest_single_gap_ratio"]),
        ("overfull lines", f'{r["overfull_lines"]}  (max {r["max_overshoot_pt"]} pt beyond)'),
        ("hyphenated lines", f'{r["hyphenated_lines"]}  (longest run {r["longest_hyphen_run"]})'),
        ("paragraphs across pages", f'{r["page_continuations"]}  ({r["uncertain_continuations"]} uncertain)'),
        ("widows / orphans", f'{r["widows"]} / {r["orphans"]}'),
    ]
    if (x := r["glyph_scale"]) is not None:
        rows.append(("glyph scale min / p5 / median / p95 / max",
                     f'{x["min"]} / {x["p5"]} / {x["median"]} / {x["p95"]} / {x["max"]}  ({x["wider"]} lines wider, '
                     f'{x["narrower"]} narrower of {x["lines"]}; {x["scaled_short_lines"]} short lines scaled)'))
    width = max(len(k) for k, _ in rows)
    out = [f"{k:<{width}}  {v}" for k, v in rows]
    for key, label in (("widows", "widow"), ("orphans", "orphan"), ("overfull", "overfull")):
        for d in r["details"][key][:5]:
            out.append(f"  {label} p.{d['page']}: {d['text'][:80]}")
    for d in r["details"]["loosest_lines"][:3]:
        out.append(f"  loose {d['ratio']} p.{d['page']}: {d['text'][:80]}")
    return "\n".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pdf")
    ap.add_argument("--json", action="store_true", help="print a JSON object instead of the table")
    ap.add_argument("--margins", help="left,right page margins in pt (default: inferred from the text)")
    ap.add_argument("--body-size", type=float, help="body font size in pt, to report sizes in pt")
    ap.add_argument("--space", type=float, help="natural space width of the body font in pt (default: estimated)")
    ap.add_argument("--first", type=int, help="first page to read (e.g. 2 to skip a cover)")
    ap.add_argument("--last", type=int, help="last page to read")
    a = ap.parse_args(argv)
    given = None
    if a.margins:
        try:
            given = tuple(float(v) for v in a.margins.split(","))
            assert len(given) == 2
        except (ValueError, AssertionError):
            ap.error("--margins wants two numbers: L,R")
    r = analyse(read_pdf(a.pdf, a.first, a.last), given, a.space, a.body_size, a.first or 1,
                text_scales.read(a.pdf, a.first, a.last))
    print(json.dumps(r, indent=2, ensure_ascii=False) if a.json else table(r, a.pdf))


if __name__ == "__main__":
    sys.exit(main())
