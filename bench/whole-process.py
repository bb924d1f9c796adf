#!/usr/bin/env python3
"""Whole-process timings of `briefing build`, beside pandoc (and Typst when asked), measured in one run.

    python3 bench/whole-process.py [--runs 11] [--compare] [--scale]

Publishes the CLI (dotnet publish -c Release) into a temp folder first, then times each command from start to
exit, printing median, min and max, and the ratios to the tools compared with. --compare installs pandoc with
apt-get and Typst (npm @myriaddreamin/typst-ts-node-compiler) into a temp folder when they are missing.
--scale adds the 10x and 100x concatenations of the seed and the peak RSS (GNU time).
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "source-text", "russia-iran-relations.txt")
WORK = os.path.join(tempfile.gettempdir(), "briefing-bench")


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def publish():
    out = os.path.join(WORK, "app")
    # ReadyToRun: precompiled code, so start-up does not wait for the JIT.
    rid = "linux-arm64" if os.uname().machine in ("aarch64", "arm64") else "linux-x64"
    sh(["dotnet", "publish", os.path.join(ROOT, "src", "Briefing.Cli"), "-c", "Release", "-o", out, "--nologo", "-v", "q",
        "-r", rid, "--self-contained", "false", "-p:PublishReadyToRun=true"],
       stdout=subprocess.DEVNULL)
    return os.path.join(out, "briefing")


def concat(copies):
    path = os.path.join(WORK, f"seed-{copies}x.txt")
    if not os.path.exists(path):
        text = open(SEED, encoding="utf-8").read()
        with open(path, "w", encoding="utf-8") as f:
            for _ in range(copies):
                f.write(text + "\n\n")
    return path


def timed(cmd, runs, cwd=None):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return times


def peak_rss_mib(cmd):
    gnu_time = shutil.which("time") or "/usr/bin/time"
    if not os.path.exists(gnu_time):
        return None
    r = subprocess.run([gnu_time, "-f", "%M"] + cmd, capture_output=True, text=True)
    try:
        return int(r.stderr.strip().splitlines()[-1]) / 1024
    except (ValueError, IndexError):
        return None


def report(name, times, base=None):
    med = statistics.median(times)
    line = f"{name:<44} median {med:7.3f} s   min {min(times):7.3f}   max {max(times):7.3f}"
    if base:
        line += f"   ratio {med / base:5.2f}"
    print(line, flush=True)
    return med


def ensure_pandoc():
    if not shutil.which("pandoc"):
        sh(["apt-get", "install", "-y", "-qq", "pandoc"], stdout=subprocess.DEVNULL)
    return shutil.which("pandoc")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=11)
    ap.add_argument("--compare", action="store_true")
    ap.add_argument("--scale", action="store_true")
    a = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    app = publish()
    out = os.path.join(WORK, "out")
    print(f"{a.runs} runs each, whole process, {os.cpu_count()} cores", flush=True)
    ours = report("briefing build seed (PDF + EPUB)", timed([app, "build", SEED, "-o", out], a.runs))
    report("briefing build seed --format pdf", timed([app, "build", SEED, "-o", out, "--format", "pdf"], a.runs))
    report("briefing build seed --format epub", timed([app, "build", SEED, "-o", out, "--format", "epub"], a.runs))
    if a.compare:
        pandoc = ensure_pandoc()
        md = os.path.join(WORK, "seed.md")
        sh([app, "import", SEED, "-o", md], stdout=subprocess.DEVNULL)
        p = report("pandoc seed.md -> EPUB", timed([pandoc, md, "-o", os.path.join(WORK, "pandoc.epub")], a.runs))
        print(f"{'ratio briefing (both outputs) / pandoc EPUB':<44} {ours / p:.2f}")
    if a.scale:
        t10 = report("briefing build 10x (PDF + EPUB)", timed([app, "build", concat(10), "-o", out], max(3, a.runs // 3)))
        t100 = report("briefing build 100x (PDF + EPUB)", timed([app, "build", concat(100), "-o", out], 3))
        print(f"{'time(100x) / time(10x)':<44} {t100 / t10:.2f}")
        rss = peak_rss_mib([app, "build", concat(100), "-o", out])
        if rss:
            print(f"{'peak RSS 100x':<44} {rss:.0f} MiB")


if __name__ == "__main__":
    sys.exit(main())
