#!/usr/bin/env python3
"""Sets a Markdown file with Typst 0.14 like our briefing, measures its typography and times the compile.

    python3 bench/compare-typst.py MD_FILE [--ours OUR.pdf] [--runs 11] [--json] [--keep DIR]

Installs the typst.ts Node compiler (npm @myriaddreamin/typst-ts-node-compiler, pinned below; it embeds Typst
0.14) into /tmp/typst-bench when missing, never into the repo; converts MD_FILE with bench/md2typst.py; compiles
it with bench/typst-compile.cjs using only the fonts in styles/fonts; runs bench/typography.py on the PDF; and
times the compile as a whole process (node start to exit), median of --runs. With --ours, our PDF of the same
text is measured too and the figures are printed side by side.
"""
import argparse, json, os, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FONTS = os.path.join(ROOT, "styles", "fonts")
WORK = os.environ.get("TYPST_BENCH_DIR", "/tmp/typst-bench")
PACKAGE = "@myriaddreamin/typst-ts-node-compiler"
VERSION = "0.7.0"  # typst.ts 0.7.0 embeds Typst 0.14.x
COMPILE = os.path.join(HERE, "typst-compile.cjs")
sys.path.insert(0, HERE)
import typography  # noqa: E402
md2typst = __import__("md2typst")


def ensure_compiler():
    if os.path.isdir(os.path.join(WORK, "node_modules", *PACKAGE.split("/"))):
        return
    if not shutil.which("npm"):
        raise SystemExit("npm is needed to install the Typst compiler")
    os.makedirs(WORK, exist_ok=True)
    pkg = os.path.join(WORK, "package.json")
    if not os.path.exists(pkg):
        with open(pkg, "w") as f:
            f.write('{"name": "typst-bench", "private": true}\n')
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", f"{PACKAGE}@{VERSION}"],
                   cwd=WORK, check=True, stdout=subprocess.DEVNULL)


def compile_typst(typ, pdf):
    env = dict(os.environ, TYPST_BENCH_DIR=WORK)
    r = subprocess.run(["node", COMPILE, typ, pdf, FONTS], env=env, capture_output=True, text=True)
    if r.returncode:
        raise SystemExit(f"Typst failed on {typ}:\n{r.stderr}")


def typst_version(out_dir):
    probe = os.path.join(out_dir, "version.typ")
    with open(probe, "w") as f:
        f.write("#metadata(sys.version) <v>\n#sys.version\n")
    pdf = probe[:-4] + ".pdf"
    compile_typst(probe, pdf)
    r = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True)
    return r.stdout.strip()


def foreign_fonts(pdf):
    """Embedded fonts whose name matches no file in styles/fonts (a system font slipped in)."""
    ours = {f[:-4].replace("-", "").lower() for f in os.listdir(FONTS) if f.endswith(".ttf")}
    r = subprocess.run(["pdffonts", pdf], capture_output=True, text=True)
    names = [line.split()[0].split("+")[-1] for line in r.stdout.splitlines()[2:] if line.strip()]
    return [n for n in names if n.replace("-", "").lower() not in ours]


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
    ensure_compiler()
    out = a.keep or os.path.join(WORK, "out")
    os.makedirs(out, exist_ok=True)
    name = os.path.splitext(os.path.basename(a.markdown))[0]
    typ, pdf = os.path.join(out, name + ".typ"), os.path.join(out, name + ".typ.pdf")
    t = time.perf_counter()
    with open(a.markdown, encoding="utf-8-sig") as f:
        source = md2typst.convert(f.read())
    convert_s = time.perf_counter() - t
    with open(typ, "w", encoding="utf-8") as f:
        f.write(source)
    compile_typst(typ, pdf)
    result = {"markdown": a.markdown, "typst_version": typst_version(out), "typst_pdf": pdf,
              "foreign_fonts": foreign_fonts(pdf), "md2typst_s": round(convert_s, 4), "typst": measure(pdf)}
    if a.runs > 0:
        env = dict(os.environ, TYPST_BENCH_DIR=WORK)
        result["typst_compile"] = timed(["node", COMPILE, typ, pdf, FONTS], a.runs, env)
    if a.ours:
        result["ours_pdf"] = a.ours
        result["ours"] = measure(a.ours)
    if a.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return
    print(f"Typst {result['typst_version']} (typst.ts {VERSION}) on {a.markdown} -> {pdf}")
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
