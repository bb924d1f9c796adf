#!/usr/bin/env python3
"""Converts a simple Markdown file into Typst markup set like our briefing, for the typography comparison.

    python3 bench/md2typst.py INPUT.md [-o OUTPUT.typ]

Covers what our Markdown reader takes: YAML front matter (title, subtitle, author, date, language), `#` title,
`##` chapters (new page), `###` sections, `####`+ labels (run into the paragraph that follows), setext headings,
paragraphs, `-`/`*`/`+` and `1.` lists (nested, loose or tight), block quotes, fenced and indented code, pipe
tables, rules, emphasis, strong, code spans, links (inline, reference, autolinks) and backslash escapes.
Anything else is kept as text. The page set-up mirrors styles/briefing.yaml: A4, margins 70/70/72/68 pt, Noto
Serif 10.5 pt on a 14.6 pt baseline grid, justified, hyphenated (en), Noto Sans headings, 5 pt between
paragraphs, header title/chapter and footer "page X of Y" in 8.5 pt, a cover page, chapters on new pages.
"""
import argparse, re, sys

# Style figures copied from styles/briefing.yaml (the comparison only means something if they match).
STYLE = dict(body=10.5, leading=14.6, title=28, subtitle=15, chapter=20, section=13, label=10.5, small=8.5,
             code=8.6, paragraph=5, before_section=16, after_section=5, before_label=8, after_chapter=16,
             list_indent=16, text="#1b1b1b", heading="#1f3a5f", muted="#5a5a5a", link="#1f4f8f")

# ---------------------------------------------------------------- block parsing

FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})\s*([^`\s]*)")
ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
HR = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
ITEM = re.compile(r"^( {0,3})([-*+]|\d{1,9}[.)])([ \t]+|$)")
QUOTE = re.compile(r"^ {0,3}> ?")
REFDEF = re.compile(r"^ {0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s+[\"'(].*[\"')])?\s*$")
TABLE_DELIM = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def front_matter(lines):
    """Splits a leading YAML block off; returns (flat key -> scalar string, remaining lines)."""
    meta = {}
    if not lines or lines[0].strip() != "---":
        return meta, lines
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return meta, lines
    for line in lines[1:end]:
        m = re.match(r"^([A-Za-z_][\w-]*):\s*(.*)$", line)
        if m and m.group(2) and not m.group(2).startswith(("[", "{", "|", ">")):
            value = m.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            meta[m.group(1).lower()] = value
    return meta, lines[end + 1:]


def starts_block(line):
    return bool(FENCE.match(line) or ATX.match(line) or HR.match(line) or QUOTE.match(line) or ITEM.match(line))


def parse_blocks(lines):
    """Markdown lines -> list of blocks: ('h', level, text) ('p', text) ('code', text) ('list', ordered, start,
    loose, [blocks per item]) ('quote', blocks) ('hr',) ('table', [rows of cells])."""
    blocks, i, n = [], 0, len(lines)
    while i < n:
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        m = FENCE.match(line)
        if m:
            fence, body, i = m.group(2), [], i + 1
            while i < n and not re.match(r"^ {0,3}" + re.escape(fence[0]) + "{%d,}\\s*$" % len(fence), lines[i]):
                body.append(lines[i])
                i += 1
            blocks.append(("code", "\n".join(body)))
            i += 1
            continue
        m = ATX.match(line)
        if m:
            blocks.append(("h", len(m.group(1)), (m.group(2) or "").strip()))
            i += 1
            continue
        if HR.match(line):
            blocks.append(("hr",))
            i += 1
            continue
        if QUOTE.match(line):
            body = []
            while i < n and lines[i].strip() and (QUOTE.match(lines[i]) or not starts_block(lines[i])):
                body.append(QUOTE.sub("", lines[i], count=1))
                i += 1
            blocks.append(("quote", parse_blocks(body)))
            continue
        if ITEM.match(line):
            block, i = parse_list(lines, i)
            blocks.append(block)
            continue
        if line.startswith("    "):
            body = []
            while i < n and (lines[i].startswith("    ") or not lines[i].strip()):
                body.append(lines[i][4:])
                i += 1
            blocks.append(("code", "\n".join(body).rstrip("\n")))
            continue
        if "|" in line and i + 1 < n and TABLE_DELIM.match(lines[i + 1]) and "-" in lines[i + 1]:
            rows = [split_row(line)]
            i += 2
            while i < n and lines[i].strip() and "|" in lines[i]:
                rows.append(split_row(lines[i]))
                i += 1
            blocks.append(("table", rows))
            continue
        para = [line.strip()]
        i += 1
        while i < n and lines[i].strip():
            if SETEXT.match(lines[i]):
                level = 1 if lines[i].strip()[0] == "=" else 2
                blocks.append(("h", level, " ".join(para)))
                para = None
                i += 1
                break
            if starts_block(lines[i]) and not re.match(r"^ {0,3}\d", lines[i]):
                break
            para.append(lines[i].rstrip("\n"))
            i += 1
        if para is not None:
            blocks.append(("p", join_para(para)))
    return blocks


def join_para(lines):
    """Soft breaks become spaces; a trailing backslash or two spaces is a hard break (Typst `\\`)."""
    out = []
    for k, l in enumerate(lines):
        hard = k < len(lines) - 1 and (l.endswith("  ") or l.endswith("\\"))
        l = l.strip()
        if hard and l.endswith("\\"):
            l = l[:-1]
        out.append(l + ("\x00" if hard else ""))
    return " ".join(out)


def split_row(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", s)]


def parse_list(lines, i):
    """A run of sibling items of one kind starting at lines[i]."""
    first = ITEM.match(lines[i])
    ordered = first.group(2)[-1] in ".)"
    start = int(first.group(2)[:-1]) if ordered else 1
    items, loose, n = [], False, len(lines)
    while i < n:
        m = ITEM.match(lines[i])
        if not m or (m.group(2)[-1] in ".)") != ordered:
            break
        indent = len(m.group(1)) + len(m.group(2)) + max(1, min(len(m.group(3).expandtabs(4)), 4))
        body = [lines[i][m.end():]]
        i += 1
        blank_before = False
        while i < n:
            l = lines[i]
            if not l.strip():
                body.append("")
                blank_before = True
                i += 1
                continue
            lead = len(l) - len(l.lstrip(" "))
            if lead >= indent:
                body.append(l[indent:])
            elif blank_before or ITEM.match(l) or starts_block(l):
                break
            else:
                body.append(l.strip())  # lazy continuation
            blank_before = False
            i += 1
        while body and not body[-1].strip():
            body.pop()
            if i < n and ITEM.match(lines[i]):
                loose = True
        items.append(parse_blocks(body))
        if blank_before and not (i < n and ITEM.match(lines[i])):
            break
    return ("list", ordered, start, loose, items), i


# ---------------------------------------------------------------- inline conversion

ESCAPE = set("\\*_`$#<>@[]~=+-/")
PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^\s<>]+)>")


def text(s):
    """Plain text as Typst markup: every markup-significant character escaped, `...` kept as three dots."""
    out = []
    for k, c in enumerate(s):
        if c == "\x00":
            out.append(" \\\n")
        elif c in ESCAPE or (c == "." and k > 0 and s[k - 1] == "."):
            out.append("\\" + c)
        else:
            out.append(c)
    return "".join(out)


def string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\x00", " ") + '"'


def inline(s, refs):
    out, buf, i, n = [], [], 0, len(s)

    def flush():
        if buf:
            out.append(text("".join(buf)))
            buf.clear()

    while i < n:
        c = s[i]
        if c == "\\" and i + 1 < n and s[i + 1] in PUNCT:
            buf.append(s[i + 1])
            i += 2
            continue
        if c == "`":
            run = len(s[i:]) - len(s[i:].lstrip("`"))
            j = s.find("`" * run, i + run)
            while j != -1 and j + run < n and s[j + run] == "`":
                j = s.find("`" * run, j + run + 1)
            if j != -1:
                code = s[i + run:j].replace("\x00", " ")
                if code.startswith(" ") and code.endswith(" ") and code.strip():
                    code = code[1:-1]
                flush()
                out.append("#raw(" + string(code) + ");")
                i = j + run
                continue
            buf.append("`" * run)
            i += run
            continue
        m = AUTOLINK.match(s, i) if c == "<" else None
        if m:
            flush()
            out.append("#link(" + string(m.group(1)) + ");")
            i = m.end()
            continue
        if c == "[" or (c == "!" and i + 1 < n and s[i + 1] == "["):
            link = parse_link(s, i + (c == "!"), refs)
            if link:
                label, url, end = link
                flush()
                if c == "!":
                    out.append(inline(label, refs))
                else:
                    out.append("#link(" + string(url) + ")[" + inline(label, refs) + "];")
                i = end
                continue
        if c in "*_":
            run = len(s[i:]) - len(s[i:].lstrip(c))
            prev = s[i - 1] if i else " "
            nxt = s[i + run] if i + run < n else " "
            opens = not nxt.isspace() and not (c == "_" and prev.isalnum())
            if opens:
                for width in ((2, 1) if run >= 2 else (1,)):
                    j = find_closer(s, i + width, c * width, c)
                    if j != -1:
                        flush()
                        fn = "strong" if width == 2 else "emph"
                        out.append("#" + fn + "[" + inline(s[i + width:j], refs) + "];")
                        i = j + width
                        break
                else:
                    buf.append(c * run)
                    i += run
                continue
            buf.append(c * run)
            i += run
            continue
        buf.append(c)
        i += 1
    flush()
    return "".join(out)


def find_closer(s, start, delim, c):
    j = start
    while True:
        j = s.find(delim, j)
        if j == -1:
            return -1
        after = s[j + len(delim)] if j + len(delim) < len(s) else " "
        if j > start and not s[j - 1].isspace() and not (c == "_" and after.isalnum()) \
                and (len(delim) == 2 or after != c):
            return j
        j += 1


def parse_link(s, i, refs):
    """[label](url "title") or [label][ref] or [ref][] or [ref]; returns (label, url, end) or None."""
    depth, j = 0, i
    while j < len(s):
        if s[j] == "\\":
            j += 2
            continue
        if s[j] == "[":
            depth += 1
        elif s[j] == "]":
            depth -= 1
            if depth == 0:
                break
        j += 1
    else:
        return None
    label = s[i + 1:j]
    rest = s[j + 1:]
    m = re.match(r"\(\s*<?([^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*)>?(?:\s+(\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)", rest)
    if m:
        return label, m.group(1), j + 1 + m.end()
    m = re.match(r"\[([^\]]*)\]", rest)
    key = (m.group(1) if m and m.group(1) else label).strip().lower()
    if key in refs:
        return label, refs[key], j + 1 + (m.end() if m else 0)
    return None


# ---------------------------------------------------------------- Typst emission

def preamble(meta, title):
    s = STYLE
    spacing = s["leading"] - s["body"] + s["paragraph"]
    return f"""// Generated by bench/md2typst.py: a Typst rendition set like styles/briefing.yaml, for comparison only.
#let doc-title = {string(title)}
#set document(title: doc-title{", author: " + string(meta["author"]) if meta.get("author") else ""})
#set page(paper: "a4", margin: (left: 70pt, right: 70pt, top: 72pt, bottom: 68pt),
  header: context {{
    let p = here().page()
    let opening = query(heading.where(level: 1)).any(h => h.location().page() == p)
    if p > 1 and not opening {{
      let before = query(selector(heading.where(level: 1)).before(here()))
      set text(font: "Noto Sans", size: {s["small"]}pt, fill: rgb("{s["muted"]}"), hyphenate: false)
      doc-title
      h(1fr)
      if before.len() > 0 {{ before.last().body }}
    }}
  }},
  footer: context {{
    if here().page() > 1 {{
      set text(font: "Noto Sans", size: {s["small"]}pt, fill: rgb("{s["muted"]}"))
      align(center)[page #counter(page).display() of #counter(page).final().first()]
    }}
  }})
// Edges one em apart make the baseline-to-baseline distance 1em + leading, as in our layout.
#set text(font: ("Noto Serif", "Noto Sans Symbols 2", "Noto Sans Math"), size: {s["body"]}pt,
  lang: {string(meta.get("language", "en")[:2])}, hyphenate: true, fallback: false, fill: rgb("{s["text"]}"),
  top-edge: 0.8em, bottom-edge: -0.2em)
#set par(justify: true, linebreaks: "optimized", first-line-indent: 0pt,
  leading: {s["leading"] - s["body"]:.2f}pt, spacing: {spacing:.2f}pt)
#show link: set text(fill: rgb("{s["link"]}"))
#show raw: set text(font: "Noto Sans Mono", size: 0.9em)
#show raw.where(block: true): set text(size: {s["code"]}pt)
#show raw.where(block: true): block.with(fill: luma(246), inset: 6pt, width: 100%)
#set list(indent: 4pt, body-indent: {s["list_indent"] - 4 - 3.8:.1f}pt)  // the bullet is 3.8 pt wide
#set enum(indent: 0pt, body-indent: {s["list_indent"] - 12}pt)
#show heading: set text(font: "Noto Sans", weight: "bold", fill: rgb("{s["heading"]}"), hyphenate: false)
#show heading: set par(justify: false)
#show heading.where(level: 1): it => {{
  pagebreak(weak: true)
  block(below: {s["after_chapter"]}pt, text(size: {s["chapter"]}pt, it.body))
}}
#show heading.where(level: 2): set text(size: {s["section"]}pt)
#show heading.where(level: 2): set block(above: {s["before_section"]}pt, below: {s["after_section"]}pt)
#show heading.where(level: 3): set text(size: {s["label"]}pt)
#show heading.where(level: 3): set block(above: {s["before_label"]}pt, below: {s["after_section"]}pt)
#let run-in(body) = text(font: "Noto Sans", weight: "bold", fill: rgb("{s["heading"]}"), hyphenate: false, body) + h(0.5em)
"""


def cover(meta, title):
    s = STYLE
    lines = ["#page(header: none, footer: none)[",
             "  #set par(justify: false)",
             "  #set text(hyphenate: false)",
             "  #v(30%)",
             f'  #text(font: "Noto Sans", weight: "bold", size: {s["title"]}pt, fill: rgb("{s["heading"]}"))[{inline(title, {})}]']
    if meta.get("subtitle"):
        lines += ["  #v(8pt)", f'  #text(font: "Noto Sans", size: {s["subtitle"]}pt)[{inline(meta["subtitle"], {})}]']
    byline = " · ".join(v for v in (meta.get("author"), meta.get("date")) if v)
    if byline:
        lines += ["  #v(16pt)", f'  #text(font: "Noto Sans", fill: rgb("{s["muted"]}"))[{text(byline)}]']
    return "\n".join(lines + ["]", ""])


def emit(blocks, refs, out, indent="", level_shift=1):
    k = 0
    while k < len(blocks):
        b = blocks[k]
        kind = b[0]
        if kind == "h":
            level = max(1, b[1] - level_shift)
            if level >= 3 and k + 1 < len(blocks) and blocks[k + 1][0] == "p":
                out.append(indent + "#run-in[" + inline(b[2], refs) + "]" + inline(blocks[k + 1][1], refs))
                out.append("")
                k += 2
                continue
            out.append(indent + "=" * min(level, 3) + " " + inline(b[2], refs))
        elif kind == "p":
            out.append(indent + inline(b[1], refs))
        elif kind == "code":
            out.append(indent + "#raw(block: true, " + string(b[1]) + ")")
        elif kind == "hr":
            out.append(indent + "#line(length: 100%, stroke: 0.5pt + luma(160))")
        elif kind == "quote":
            inner = []
            emit(b[1], refs, inner, "", level_shift)
            out.append(indent + "#quote(block: true)[")
            out.extend(indent + "  " + l if l else "" for l in inner)
            out.append(indent + "]")
        elif kind == "table":
            rows = b[1]
            cols = max(len(r) for r in rows)
            cells = ", ".join("[" + inline(c, refs) + "]" for r in rows for c in r + [""] * (cols - len(r)))
            out.append(indent + f"#table(columns: {cols}, {cells})")
        elif kind == "list":
            _, ordered, start, loose, items = b
            for j, item in enumerate(items):
                marker = (f"{start}." if j == 0 else "+") if ordered else "-"
                inner = []
                emit(item, refs, inner, "", level_shift)
                while inner and not inner[-1]:
                    inner.pop()
                first = inner[0] if inner else ""
                out.append(indent + marker + " " + first)
                out.extend(indent + "  " + l if l else "" for l in inner[1:])
                if loose:
                    out.append("")
        out.append("")
        k += 1


def convert(source):
    source = source.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").expandtabs(4)
    meta, lines = front_matter(source.split("\n"))
    refs = {}
    body = []
    for l in lines:
        m = REFDEF.match(l)
        if m:
            refs.setdefault(m.group(1).strip().lower(), m.group(2))
        else:
            body.append(l)
    blocks = parse_blocks(body)
    title = meta.get("title")
    if blocks and blocks[0][0] == "h" and blocks[0][1] == 1:
        title = title or blocks[0][2]
        blocks = blocks[1:]
    title = title or "Untitled"
    # A document whose chapters are `#` (several h1 after the title) shifts nothing; the usual one is `##`.
    shift = 0 if any(b[0] == "h" and b[1] == 1 for b in blocks) else 1
    out = [preamble(meta, title), cover(meta, title)]
    emit(blocks, refs, out, "", shift)
    return "\n".join(out).rstrip() + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("input")
    ap.add_argument("-o", "--output")
    a = ap.parse_args()
    with open(a.input, encoding="utf-8-sig") as f:
        typ = convert(f.read())
    if a.output:
        with open(a.output, "w", encoding="utf-8") as f:
            f.write(typ)
    else:
        sys.stdout.write(typ)


if __name__ == "__main__":
    main()
