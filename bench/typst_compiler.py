"""The Typst compiler for the bench: typst.ts's Node package, installed outside the repo, fonts from styles/fonts."""
import os, shutil, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.path.join(os.path.dirname(HERE), "styles", "fonts")
WORK = os.environ.get("TYPST_BENCH_DIR", "/tmp/typst-bench")
PACKAGE = "@myriaddreamin/typst-ts-node-compiler"
VERSION = "0.7.0"  # typst.ts 0.7.0 embeds Typst 0.14.x
SCRIPT = os.path.join(HERE, "typst-compile.cjs")


def ensure_compiler():
    """Installs the pinned package into WORK (npm, no global install) unless it is there."""
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


def env():
    return dict(os.environ, TYPST_BENCH_DIR=WORK)


def command(typ, pdf):
    return ["node", SCRIPT, typ, pdf, FONTS]


def compile_typst(typ, pdf):
    r = subprocess.run(command(typ, pdf), env=env(), capture_output=True, text=True)
    if r.returncode:
        raise SystemExit(f"Typst failed on {typ}:\n{r.stderr}")


def typst_version(folder):
    probe = os.path.join(folder, "version.typ")
    with open(probe, "w") as f:
        f.write("#sys.version\n")
    compile_typst(probe, probe[:-4] + ".pdf")
    return subprocess.run(["pdftotext", probe[:-4] + ".pdf", "-"], capture_output=True, text=True).stdout.strip()


def foreign_fonts(pdf):
    """Embedded fonts whose name matches no file in styles/fonts (a system font slipped in)."""
    ours = {f[:-4].replace("-", "").lower() for f in os.listdir(FONTS) if f.endswith(".ttf")}
    r = subprocess.run(["pdffonts", pdf], capture_output=True, text=True)
    names = [line.split()[0].split("+")[-1] for line in r.stdout.splitlines()[2:] if line.strip()]
    return [n for n in names if n.replace("-", "").lower() not in ours]
