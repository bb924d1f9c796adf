// node pdfjs-structure.mjs PDF - the logical structure as pdf.js (Firefox's PDF engine) reads it, as JSON:
//   lang (catalog /Lang), title (Info), xmpTitle (dc:title), viewerPreferences, markInfo,
//   perPage: [{page, height,
//     tree: the page's structure tree {role, lang?, alt?, kids: [node | {mc: id} | {obj: id}]},
//     content: the page's text in content-stream order, one run per marked-content change:
//       {id (marked-content id, or null), tags (open marked-content tags, outermost first), artifact, text, x, y}}],
//   warnings, error.
// Used by the accessibility tests; pdfjs-dist comes from /tmp/validator-clients (../shared/tools/setup-clients.sh).
import { readFileSync } from "node:fs";
const root = "/tmp/validator-clients/node_modules/pdfjs-dist";
const file = process.argv[2];
if (!file) { console.error("usage: node pdfjs-structure.mjs FILE.pdf"); process.exit(2); }
const warnings = [];
for (const k of ["log", "warn", "error", "info"]) console[k] = (...a) => warnings.push(a.join(" "));
const out = { file };
const done = () => {
  out.warnings = [...new Set(warnings)];
  process.stdout.write(JSON.stringify(out) + "\n");
  process.exit(out.error ? 1 : 0);
};

let pdfjs;
try { pdfjs = await import(`${root}/legacy/build/pdf.mjs`); }
catch (e) { out.error = `pdfjs-dist missing: ${e.message}`; done(); }
try {
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(readFileSync(file)),
    verbosity: pdfjs.VerbosityLevel.WARNINGS, isEvalSupported: false, useSystemFonts: false,
    standardFontDataUrl: `${root}/standard_fonts/`, cMapUrl: `${root}/cmaps/`, cMapPacked: true,
    wasmUrl: `${root}/wasm/`, iccUrl: `${root}/iccs/`,
  }).promise;
  const { info, metadata } = await doc.getMetadata();
  out.lang = info.Language ?? null;
  out.title = info.Title ?? null;
  out.xmpTitle = metadata ? metadata.get("dc:title") : null;
  out.viewerPreferences = await doc.getViewerPreferences();
  out.markInfo = await doc.getMarkInfo();

  const node = (n) => {
    if (n.type === "content") return { mc: n.id };
    if (n.type === "object") return { obj: n.id };
    if (n.type) return { other: n.type };
    const e = { role: n.role ?? null, kids: (n.children ?? []).map(node) };
    if (n.lang) e.lang = n.lang;
    if (n.alt) e.alt = n.alt;
    return e;
  };

  out.perPage = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const tree = await page.getStructTree();
    const tc = await page.getTextContent({ includeMarkedContent: true });
    const open = [];  // open marked content: {tag, id}
    const content = [];
    let run = null;
    for (const it of tc.items) {
      if (it.type === "beginMarkedContent" || it.type === "beginMarkedContentProps") { open.push({ tag: it.tag ?? null, id: it.id ?? null }); continue; }
      if (it.type === "endMarkedContent") { open.pop(); continue; }
      const s = (it.str ?? "") + (it.hasEOL ? "\n" : "");
      if (s === "") continue;
      const ids = open.filter((m) => m.id !== null);
      const id = ids.length ? ids[ids.length - 1].id : null;
      const tags = open.map((m) => m.tag);
      const artifact = tags.includes("Artifact");
      const key = JSON.stringify([id, tags]);
      if (!run || run.key !== key) {
        run = { key, id, tags, artifact, text: "", x: null, y: null };
        content.push(run);
      }
      if (run.x === null && (it.str ?? "").trim() !== "") { run.x = it.transform[4]; run.y = it.transform[5]; }
      run.text += s;
    }
    for (const r of content) delete r.key;
    out.perPage.push({ page: p, height: page.view[3] - page.view[1], tree: tree ? node(tree) : null, content });
  }
  await doc.destroy();
} catch (e) {
  out.error = String((e && e.stack) || e);
}
done();
