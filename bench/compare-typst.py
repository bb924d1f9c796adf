#!/usr/bin/env python3
"""Sets a Markdown file with Typst 0.14 like our briefing, measures its typography and times the compile.

    python3 bench/compare-typst.py MD_FILE [--ours OUR.pdf] [--runs 11] [--json] [--keep DIR]

Installs the typst.ts Node compiler (npm @myriaddreamin/typst-ts-node-compiler, pinned in typst_compiler.py; it
embeds Typst 0.14) into /tmp/typst-bench when missing, never into the repo; converts MD_FILE with md2typst.py;
compiles it with typst-compile.cjs using the fonts in styles/fonts; runs typography.py on the PDF; and times the
compile as a whole process (node start to exit), median of --runs. With --ours, our PDF of the same text is
measured too and the figures are printed side by side.
"""
import argparse, json, os, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import typography  # noqa: E402
import typst_compiler as tc  # noqa: E402
import md2typst  # noqa: E402


def timed(cmd, runs, env=None):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return {"median_s": round(statistics.median(times), 4), "min_s": round(min(times), 4),
            "max_s": round(max(times), 4), "runs": runs}


def measure(pdf):
    return typography.analyse(typography.read_pdf(pdf))


ROWS = [
    ("pages", lambda r: r["pages"]),
    ("justified lines measured", lambda r: r["justified_lines"]),
    ("space ratio median", lambda r: r["space_ratio"]["median"]),
    ("space ratio p95", lambda r: r["space_ratio"]["p95"]),
    ("space ratio max", lambda r: r["space_ratio"]["max"]),
    ("space ratio min", lambda r: r["space_ratio"]["min"]),
    ("natural space (pt)", lambda r: r["natural_space_pt"]),
    ("overfull lines", lambda r: r["overfull_lines"]),
    ("hyphenated lines", lambda r: r["hyphenated_lines"]),
    ("longest hyphen run", lambda r: r["longest_hyphen_run"]),
    ("paragraphs across pages", lambda r: r["page_continuations"]),
    ("widows", lambda r: r["widows"]),
    ("orphans", lambda r: r["orphans"]),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("markdown")
    ap.add_argument("--ours", help="our PDF of the same text, measured beside Typst's")
    ap.add_argument("--runs", type=int, default=11, help="compile runs for the timing (0: no timing)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--keep", help="folder for the .typ and .pdf (default: TYPST_BENCH_DIR/out)")
    a = ap.parse_args()
    tc.ensure_compiler()
    out = a.keep or os.path.join(tc.WORK, "out")
    os.makedirs(out, exist_ok=True)
    name = os.path.splitext(os.path.basename(a.markdown))[0]
    typ, pdf = os.path.join(out, name + ".typ"), os.path.join(out, name + ".typ.pdf")
    t = time.perf_counter()
    with open(a.markdown, encoding="utf-8-sig") as f:
        source = md2typst.convert(f.read())
    convert_s = time.perf_counter() - t
    with open(typ, "w", encoding="utf-8") as f:
        f.write(source)
    tc.compile_typst(typ, pdf)
    result = {"markdown": a.markdown, "typst_version": tc.typst_version(out), "typst_pdf": pdf,
              "foreign_fonts": tc.foreign_fonts(pdf), "md2typst_s": round(convert_s, 4), "typst": measure(pdf)}
    if a.runs > 0:
        result["typst_compile"] = timed(tc.command(typ, pdf), a.runs, tc.env())
    if a.ours:
        result["ours_pdf"] = a.ours
        result["ours"] = measure(a.ours)
    if a.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return
    print(f"Typst {result['typst_version']} (typst.ts {tc.VERSION}) on {a.markdown} -> {pdf}")
    if result["foreign_fonts"]:
        print(f"warning: fonts not from styles/fonts embedded: {', '.join(result['foreign_fonts'])}")
    cols = [("Typst", result["typst"])] + ([("ours", result["ours"])] if a.ours else [])
    print(f"{'':<26}" + "".join(f"{c:>12}" for c, _ in cols))
    for label, get in ROWS:
        print(f"{label:<26}" + "".join(f"{str(get(r)):>12}" for _, r in cols))
    if "typst_compile" in result:
        c = result["typst_compile"]
        print(f"Typst compile, whole node process: median {c['median_s']:.3f} s (min {c['min_s']:.3f}, "
              f"max {c['max_s']:.3f}, {c['runs']} runs); md2typst conversion {result['md2typst_s']:.3f} s")


if __name__ == "__main__":
    sys.exit(main())
