// Compiles one Typst file to PDF with the typst.ts Node compiler: `node typst-compile.cjs IN.typ OUT.pdf FONT_DIR`.
// The compiler lives outside the repo (TYPST_BENCH_DIR, default /tmp/typst-bench); see bench/compare-typst.py.
const fs = require('fs');
const path = require('path');
const dir = process.env.TYPST_BENCH_DIR || '/tmp/typst-bench';
const { NodeCompiler } = require(path.join(dir, 'node_modules', '@myriaddreamin', 'typst-ts-node-compiler'));
const [input, output, fonts] = process.argv.slice(2);
if (!input || !output || !fonts) {
  console.error('usage: node typst-compile.cjs IN.typ OUT.pdf FONT_DIR');
  process.exit(2);
}
const compiler = NodeCompiler.create({ workspace: path.dirname(path.resolve(input)), fontArgs: [{ fontPaths: [fonts] }] });
const result = compiler.compile({ mainFilePath: path.resolve(input) });
if (!result.result) {
  for (const d of compiler.fetchDiagnostics(result.takeError())) console.error(JSON.stringify(d));
  process.exit(1);
}
fs.writeFileSync(output, compiler.pdf(result.result));
