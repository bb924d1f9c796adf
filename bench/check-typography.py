#!/usr/bin/env python3
"""Checks bench/typography.py against PDFs whose defects are known because we set them up, with Typst.

    python3 bench/check-typography.py

Each case is a small Typst document in our page set-up: an orphan and a widow forced by placing a paragraph of
six justified lines (forced, justified line breaks) at a known height with Typst's widow/orphan costs at 0 %,
the same with the costs at their defaults (no widow or orphan expected), an unbreakable word (overfull), and
hyphenated Lorem Ipsum (hyphen count cross-checked with `pdftotext -raw`, natural space with Typst's own
measure), and text under Typst's scale(x: …) (glyph scale read back by text_scales.py). Also converts and
compiles every Markdown file of ../shared/corpus with md2typst.py. Exit 1 on failure.
"""
import os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import typography  # noqa: E402
import text_scales  # noqa: E402
import typst_compiler as tc  # noqa: E402
import md2typst  # noqa: E402

AREA = 841.89 - 72 - 68  # A4 height minus our top and bottom margins
PITCH, FIRST = 14.6, 10.5  # baseline-to-baseline distance; height of a first line (edges one em apart)
SETUP = """#set page(paper: "a4", margin: (left: 70pt, right: 70pt, top: 72pt, bottom: 68pt),
  header: [Running head #h(1fr) Check], footer: context align(center)[page #counter(page).display()])
#set text(font: "Noto Serif", size: 10.5pt, lang: "en", hyphenate: true, top-edge: 0.8em, bottom-edge: -0.2em)
#set par(justify: true, leading: 4.1pt, spacing: 9.1pt)
"""
SEGMENTS = ["The committee met on a grey morning to weigh the proposals sent in",
            "over the winter, and each delegate read a statement about the costs",
            "and the timing, then the chair asked about risks nobody had priced",
            "yet, the answers came slowly, and the clerk wrote them all down",
            "in a hand that grew smaller as the afternoon wore on towards dusk",
            "and the end."]
PARAGRAPH = " #linebreak(justify: true) ".join(SEGMENTS)
ENGLISH = ("Parliamentary representatives deliberated extensively regarding infrastructural modernisation, "
           "notwithstanding considerable administrative uncertainty. Intergovernmental negotiations concerning "
           "transportation corridors, telecommunications interoperability and hydrocarbon exploration "
           "continued intermittently throughout the extraordinarily complicated implementation period, while "
           "independent commentators questioned the sustainability of the arrangements. ") * 3
RAGGED = "\n\n".join("A short ragged line of words to estimate the natural space." for _ in range(3))


def place(lines_on_first_page, costs):
    """A page filled so that exactly n lines of the six-line paragraph fit at its bottom."""
    room = AREA - FIRST - PITCH * (lines_on_first_page - 1) - 3
    c = "#set text(costs: (widow: 0%, orphan: 0%))\n" if costs == 0 else ""
    return SETUP + c + f"#v({room:.2f}pt)\n{PARAGRAPH}\n\n{RAGGED}\n"


def run(folder, name, source):
    typ, pdf = os.path.join(folder, name + ".typ"), os.path.join(folder, name + ".pdf")
    with open(typ, "w", encoding="utf-8") as f:
        f.write(source)
    tc.compile_typst(typ, pdf)
    return pdf, typography.analyse(typography.read_pdf(pdf))


def raw_hyphenated(pdf):
    """Lines ending in a hyphen after a letter and followed by a line starting with a letter, from plain text."""
    text = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True).stdout
    lines = [l.strip() for l in text.splitlines()]
    return sum(1 for a, b in zip(lines, lines[1:])
               if re.search(r"[^\W\d_][-\u2010\u00ad]$", a) and b[:1].isalpha())


def measure(folder, name, source):
    """The figures of a Typst source, or None (and the reason printed) when it does not compile or measure."""
    try:
        return run(folder, name, source)
    except SystemExit as e:
        print(f"     {name}: {str(e)[:300]}")
        return None, None


def cases(d, check):
    for name, n, costs, want in (("orphan", 1, 0, (1, 0)), ("widow", 5, 0, (0, 1)), ("split", 3, 0, (0, 0)),
                                 ("guarded1", 1, None, (0, 0)), ("guarded5", 5, None, (0, 0))):
        _, r = measure(d, name, place(n, costs))
        got = r and (r["orphans"], r["widows"])
        check(f"{name}: {n} of 6 lines on page 1, costs {'0 %' if costs == 0 else 'default'}: orphans, widows {want}",
              got == want, f"got {got}, continuations {r and r['page_continuations']}")

    long_word = "Unbreakable" * 7 + "ness"  # wider than the measure, narrower than the page (pdftotext clips)
    _, r = measure(d, "overfull", SETUP + "#set text(hyphenate: false)\n" +
                   "\n\n".join(f"#lorem(40)\n\n{long_word}\n\n#lorem(30)" for _ in range(2)) + "\n\n" + RAGGED)
    ok = r and r["overfull_lines"] == 2 and all(o["text"] == long_word for o in r["details"]["overfull"])
    check("overfull: two lines holding a word wider than the measure", ok,
          r and f"{r['overfull_lines']} overfull, {r['max_overshoot_pt']} pt")

    pdf, r = measure(d, "hyphens", SETUP + "\n\n".join(ENGLISH[k:] + " " + ENGLISH[:k] for k in range(0, 400, 37)))
    if not r:
        check("hyphenated Lorem Ipsum measured", False)
        return
    expected = raw_hyphenated(pdf)
    check("hyphenated lines match pdftotext -raw", r["hyphenated_lines"] == expected > 0,
          f"{r['hyphenated_lines']} vs {expected}")
    check("no overfull line in plain justified text (hanging punctuation allowed)", r["overfull_lines"] == 0,
          f"{r['overfull_lines']}")
    check("running head and folios not measured",
          not any("Running head" in x["text"] or x["text"].startswith("page") for x in r["details"]["loosest_lines"]))
    probe = os.path.join(d, "probe.typ")
    with open(probe, "w") as f:
        f.write('#set text(font: "Noto Serif", size: 10.5pt)\n'
                '#context [#((measure([a b]).width - measure([ab]).width) / 1pt)]\n')
    tc.compile_typst(probe, probe + ".pdf")
    typst_space = float(subprocess.run(["pdftotext", probe + ".pdf", "-"], capture_output=True, text=True).stdout)
    check("natural space estimated from ragged lines = Typst's space width",
          abs(r["natural_space_pt"] - typst_space) < 0.02, f"{r['natural_space_pt']} vs {typst_space}")
    s = r["space_ratio"]
    check("space ratios within Typst's limits (shrink to 2/3 at most)", s["min"] >= 0.66 and 0.9 < s["median"] < 1.5,
          f"min {s['min']}, median {s['median']}")
    given = typography.analyse(typography.read_pdf(pdf), (70, 70))
    keys = ("justified_lines", "space_ratio", "overfull_lines", "hyphenated_lines")
    check("--margins 70,70 gives the figures of inferred margins", {k: given[k] for k in keys} == {k: r[k] for k in keys})


def scale_cases(d, check):
    """Text Typst draws under a known horizontal scale (its scale() writes a `cm`) reads back at that scale."""
    typ, pdf = os.path.join(d, "scaled.typ"), os.path.join(d, "scaled.pdf")
    with open(typ, "w", encoding="utf-8") as f:
        f.write(SETUP + "#scale(x: 102%, origin: left, reflow: true)[Wider words here.]\n\nPlain words here.\n\n"
                "#scale(x: 97%, origin: left, reflow: true)[Narrower words here.]\n")
    tc.compile_typst(typ, pdf)
    found = sorted({round(s, 4) for page in text_scales.read(pdf) for _, s in page})
    check("text_scales reads Typst's scale(x: 102%) and (x: 97%) and plain text at 1", found == [0.97, 1.0, 1.02],
          f"{found}")


def corpus_cases(d, check):
    corpus = os.path.join(os.path.dirname(os.path.dirname(HERE)), "shared", "corpus")
    if not os.path.isdir(corpus):
        corpus = "/work/shared/corpus"
    if not os.path.isdir(corpus):
        print("     (no ../shared/corpus: Markdown cases skipped)")
        return
    for name in sorted(f for f in os.listdir(corpus) if f.endswith(".md")):
        with open(os.path.join(corpus, name), encoding="utf-8-sig") as f:
            src = md2typst.convert(f.read())
        _, r = measure(d, name[:-3], src)
        check(f"md2typst + Typst + typography on corpus {name}", bool(r and r["justified_lines"] > 0),
              r and f"{r['pages']} pages, {r['justified_lines']} justified lines")


def main():
    tc.ensure_compiler()
    failures = []

    def check(name, ok, detail=""):
        print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f"  ({detail})" if detail else ""))
        if not ok:
            failures.append(name)

    with tempfile.TemporaryDirectory() as d:
        cases(d, check)
        scale_cases(d, check)
        corpus_cases(d, check)
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
