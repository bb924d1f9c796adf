#!/usr/bin/env python3
"""Whole-process timings of `briefing build`, beside pandoc and Typst, measured in one run.

    python3 bench/whole-process.py [--runs 11] [--app aot|r2r] [--against APP] [--compare] [--scale] [--batch]
                                   [--verify]

Publishes the CLI (`dotnet publish -c Release`: Native AOT, the project's default; `--app r2r` publishes the JIT
app with ReadyToRun instead) into a temp folder, then times each command from start to exit and prints the median,
min and max wall time and the median CPU time (user + system, which a busy machine disturbs less than wall time).
--against APP   times another `briefing` executable (e.g. an older build) on the same inputs, runs interleaved with
                ours, and prints our/their ratios.
--compare       pandoc (installed with apt-get when missing) and Typst (typst.ts, installed by typst_compiler.py into
                /tmp/typst-bench; skipped when npm is missing) on the same article (the Markdown `import` writes;
                bench/md2typst.py turns it into Typst).
--scale         10x and 100x concatenations of the seed, time(100x)/time(10x) and the peak RSS (GNU time).
--batch         8 inputs (copies of the seed with its sidecar) with --jobs 1 and with the default (all cores), the
                speed-up (of the medians, and each round's own ratio: median and quartiles), and whether both give
                byte-identical files; beside it, controls measured in the same rounds: --jobs 1 pinned to one core
                (taskset), the two halves of the batch as --jobs 1 processes pinned one to each of two cores (their
                speed-up over the pinned 8: what a second core gives this work as independent processes), the halves
                as two unpinned processes, and a pure CPU loop run twice at once vs one after the other. The pinned
                controls need taskset and two allowed cores.
--verify        builds the seed and ../shared/corpus with the AOT app and with the ReadyToRun (JIT) app and checks
                that every file is byte-identical (the AOT app trims and binds YAML without run-time code).
"""
import argparse, filecmp, os, resource, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "source-text", "russia-iran-relations.txt")
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus")
WORK = os.path.join(tempfile.gettempdir(), "briefing-bench")


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def publish(kind):
    out = os.path.join(WORK, "app-" + kind)
    cmd = ["dotnet", "publish", os.path.join(ROOT, "src", "Briefing.Cli"), "-c", "Release", "-o", out, "--nologo", "-v", "q"]
    if kind == "r2r":
        # The JIT app, precompiled (ReadyToRun) so start-up does not wait for the JIT.
        rid = "linux-arm64" if os.uname().machine in ("aarch64", "arm64") else "linux-x64"
        cmd += ["-r", rid, "--self-contained", "false", "-p:PublishAot=false", "-p:PublishReadyToRun=true"]
    sh(cmd, stdout=subprocess.DEVNULL)
    return os.path.join(out, "briefing")


def concat(copies):
    path = os.path.join(WORK, f"seed-{copies}x.txt")
    if not os.path.exists(path):
        text = open(SEED, encoding="utf-8").read()
        with open(path, "w", encoding="utf-8") as f:
            for _ in range(copies):
                f.write(text + "\n\n")
    return path


def run_once(cmd, env=None):
    """Wall and CPU (user + system) seconds of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def timed(cmds, runs, env=None):
    """Runs each command `runs` times, interleaved (a, b, a, b, ...), so background load hits all alike."""
    results = [([], []) for _ in cmds]
    for _ in range(runs):
        for cmd, (walls, cpus) in zip(cmds, results):
            wall, cpu = run_once(cmd, env)
            walls.append(wall)
            cpus.append(cpu)
    return results


def peak_rss_mib(cmd):
    gnu_time = shutil.which("time") or "/usr/bin/time"
    if not os.path.exists(gnu_time):
        return None
    r = subprocess.run([gnu_time, "-f", "%M"] + cmd, capture_output=True, text=True)
    try:
        return int(r.stderr.strip().splitlines()[-1]) / 1024
    except (ValueError, IndexError):
        return None


def report(name, result, base=None):
    walls, cpus = result
    med = statistics.median(walls)
    line = (f"{name:<46} median {med:7.3f} s   min {min(walls):7.3f}   max {max(walls):7.3f}"
            f"   cpu {statistics.median(cpus):7.3f} s")
    if base:
        line += f"   ratio {med / base:5.2f}"
    print(line, flush=True)
    return med


def measure(name, args, apps, runs):
    """Times `briefing ARGS` for our app and, when given, the app compared against; returns our median."""
    cmds = [[app] + args for app in apps]
    results = timed(cmds, runs)
    ours = report(name, results[0])
    if len(apps) > 1:
        theirs = report("  against: " + name, results[1])
        print(f"{'  ratio ours / against':<46} {ours / theirs:.2f}   (cpu "
              f"{statistics.median(results[0][1]) / statistics.median(results[1][1]):.2f})", flush=True)
    return ours


def ensure_pandoc():
    if not shutil.which("pandoc"):
        sh(["apt-get", "install", "-y", "-qq", "pandoc"], stdout=subprocess.DEVNULL)
    return shutil.which("pandoc")


def typst(md, runs):
    """Typst's compile of the same article, whole process (Node start included), or None when it cannot run."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    try:
        import md2typst
        import typst_compiler as tc
        tc.ensure_compiler()
    except (SystemExit, ImportError, subprocess.CalledProcessError) as e:
        print(f"Typst skipped: {e}")
        return None
    typ = os.path.join(WORK, "seed.typ")
    with open(md, encoding="utf-8") as f, open(typ, "w", encoding="utf-8") as out:
        out.write(md2typst.convert(f.read()))
    return report("Typst (typst.ts) seed.typ -> PDF", timed([tc.command(typ, typ[:-4] + ".pdf")], runs, tc.env())[0])


def batch_inputs(count=8):
    folder = os.path.join(WORK, "batch-in")
    os.makedirs(folder, exist_ok=True)
    sidecar = os.path.splitext(SEED)[0] + ".yaml"
    paths = []
    for i in range(1, count + 1):
        path = os.path.join(folder, f"seed-{i}.txt")
        shutil.copyfile(SEED, path)
        if os.path.exists(sidecar):
            shutil.copyfile(sidecar, os.path.join(folder, f"seed-{i}.yaml"))
        paths.append(path)
    return paths


def same_files(a, b):
    names = sorted(os.listdir(a))
    if names != sorted(os.listdir(b)):
        return False, ["file lists differ"]
    bad = [n for n in names if not filecmp.cmp(os.path.join(a, n), os.path.join(b, n), shallow=False)]
    return not bad, bad


def wall_of(cmds):
    """Wall seconds of starting all commands at once and waiting for the last."""
    t = time.perf_counter()
    procs = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for c in cmds]
    for p in procs:
        if p.wait() != 0:
            raise SystemExit(f"failed: {' '.join(p.args)}")
    return time.perf_counter() - t


# A pure CPU loop of about the batch's length: what two cores give two independent processes on this machine.
SPIN = [sys.executable, "-c", "s = 0\nfor i in range(4_000_000): s += i"]


def batch(app, runs):
    inputs = batch_inputs()
    out1, outn, outp = (os.path.join(WORK, n) for n in ("batch-j1", "batch-jn", "batch-procs"))
    cmds = [[app, "build"] + inputs + ["-o", out1, "--jobs", "1", "-q"], [app, "build"] + inputs + ["-o", outn, "-q"]]
    halves = [[app, "build"] + inputs[k::2] + ["-o", outp, "--jobs", "1", "-q"] for k in (0, 1)]
    # --jobs 1 still writes the EPUB beside the PDF and compresses and collects garbage on the free core: pinned to
    # one core, it shows how much of the second core --jobs 1 already uses, and what the default gains over one core.
    allowed = sorted(os.sched_getaffinity(0))
    pinned = ["taskset", "-c", str(allowed[0])] + cmds[0] if shutil.which("taskset") and len(allowed) >= 2 else None
    # The two halves as separate processes, each pinned to a core of its own: they share nothing but the hardware,
    # so their speed-up over all 8 on one core is what a second core gives this work as independent processes (each
    # pays its own start-up and exit, which the default pays once).
    split = [["taskset", "-c", str(allowed[k])] + half for k, half in enumerate(halves)] if pinned else None
    walls = {k: [] for k in ("j1", "jn", "pinned", "split", "procs", "spin1", "spin2")}
    cpus = {"j1": [], "jn": []}
    for _ in range(runs):  # interleaved, so the machine's mood falls on every measure alike
        for key, cmd in zip(("j1", "jn"), cmds):
            wall, cpu = run_once(cmd)
            walls[key].append(wall)
            cpus[key].append(cpu)
        if pinned and split:
            walls["pinned"].append(run_once(pinned)[0])
            walls["split"].append(wall_of(split))
        walls["procs"].append(wall_of(halves))
        walls["spin1"].append(wall_of([SPIN]) + wall_of([SPIN]))
        walls["spin2"].append(wall_of([SPIN, SPIN]))
    one = report(f"batch of {len(inputs)}, --jobs 1", (walls["j1"], cpus["j1"]))
    many = report(f"batch of {len(inputs)}, default jobs ({os.cpu_count()} cores)", (walls["jn"], cpus["jn"]), one)
    print(f"{'speed-up default / --jobs 1':<46} {one / many:.2f}")
    # Each round's own ratio: load that drifts between rounds moves both of its runs alike.
    rounds = sorted(a / b for a, b in zip(walls["j1"], walls["jn"]))
    print(f"{'  per round: median (quartiles)':<46} {statistics.median(rounds):.2f}  "
          f"({rounds[len(rounds) // 4]:.2f}-{rounds[(3 * len(rounds)) // 4]:.2f}, {len(rounds)} rounds)")
    if pinned:
        alone = statistics.median(walls["pinned"])
        print(f"{'  --jobs 1 on one core (taskset)':<46} {alone:.3f} s: default is {alone / many:.2f}x faster, "
              f"--jobs 1 on all cores {alone / one:.2f}x")
        halves_alone = statistics.median(walls["split"])
        print(f"{'  halves as two processes, one core each':<46} {halves_alone:.3f} s: {alone / halves_alone:.2f}x "
              f"the 8 on one core (what a second core gives independent processes)")
    procs = statistics.median(walls["procs"])
    print(f"{'  same 8 as two --jobs 1 processes at once':<46} {one / procs:.2f}  (nothing shared between the halves)")
    spin = statistics.median(walls["spin1"]) / statistics.median(walls["spin2"])
    print(f"{'  a CPU loop, two at once vs one after other':<46} {spin:.2f}  (what these cores give a small loop)")
    ok, bad = same_files(out1, outn)
    print(f"{'outputs identical (--jobs 1 vs default)':<46} {'yes' if ok else 'NO: ' + ', '.join(bad)}", flush=True)
    return ok


def verify(aot):
    r2r = publish("r2r")
    inputs = [SEED]
    if os.path.isdir(CORPUS):
        inputs += [os.path.join(CORPUS, n) for n in sorted(os.listdir(CORPUS))]
    outs = []
    for name, app in (("aot", aot), ("r2r", r2r)):
        out = os.path.join(WORK, "verify-" + name)
        shutil.rmtree(out, ignore_errors=True)
        sh([app, "build"] + inputs + ["-o", out, "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        outs.append(out)
    ok, bad = same_files(*outs)
    print(f"{'AOT and ReadyToRun outputs identical':<46} {'yes' if ok else 'NO: ' + ', '.join(bad)}"
          f" ({len(os.listdir(outs[0]))} files)", flush=True)
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=11)
    ap.add_argument("--app", choices=["aot", "r2r"], default="aot")
    ap.add_argument("--against", metavar="APP")
    ap.add_argument("--compare", action="store_true")
    ap.add_argument("--scale", action="store_true")
    ap.add_argument("--batch", action="store_true")
    ap.add_argument("--verify", action="store_true")
    a = ap.parse_args()
    os.makedirs(WORK, exist_ok=True)
    app = publish(a.app)
    apps = [app] + ([os.path.abspath(a.against)] if a.against else [])
    out = os.path.join(WORK, "out")
    print(f"{a.runs} runs each, whole process, {a.app} app, {os.cpu_count()} cores", flush=True)
    ours = measure("briefing build seed (PDF + EPUB)", ["build", SEED, "-o", out], apps, a.runs)
    pdf_only = measure("briefing build seed --format pdf", ["build", SEED, "-o", out, "--format", "pdf"], apps, a.runs)
    measure("briefing build seed --format epub", ["build", SEED, "-o", out, "--format", "epub"], apps, a.runs)
    if a.compare:
        pandoc = ensure_pandoc()
        md = os.path.join(WORK, "seed.md")
        sh([app, "import", SEED, "-o", md], stdout=subprocess.DEVNULL)
        p = report("pandoc seed.md -> EPUB", timed([[pandoc, md, "-o", os.path.join(WORK, "pandoc.epub")]], a.runs)[0])
        print(f"{'ratio briefing (both outputs) / pandoc EPUB':<46} {ours / p:.2f}")
        t = typst(md, a.runs)
        if t:
            print(f"{'ratio briefing (both outputs) / Typst PDF':<46} {ours / t:.2f}")
            print(f"{'ratio briefing (PDF only) / Typst PDF':<46} {pdf_only / t:.2f}")
    if a.scale:
        t10 = measure("briefing build 10x (PDF + EPUB)", ["build", concat(10), "-o", out], apps, max(3, a.runs // 3))
        t100 = measure("briefing build 100x (PDF + EPUB)", ["build", concat(100), "-o", out], apps, 3)
        print(f"{'time(100x) / time(10x)':<46} {t100 / t10:.2f}")
        rss = peak_rss_mib([app, "build", concat(100), "-o", out])
        if rss:
            print(f"{'peak RSS 100x':<46} {rss:.0f} MiB")
    ok = True
    if a.batch:
        ok = batch(app, max(3, a.runs // 2)) and ok
    if a.verify:
        ok = verify(app if a.app == "aot" else publish("aot")) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
