// rejecters.mjs reads accord's export with Node.js alone and prints who
// rejects caps on Ukraine's armed forces: every position on the issue
// "armed-forces-limits" whose stance is "rejects" or "opposes", with the
// actor's name, whether it is a red line, and the article it comes from.
//
//	go run ./examples/export -out export
//	node examples/export/rejecters.mjs export
//
// It needs nothing but the files: corpus.json describes itself
// (export.schema.json beside it has the details).
import { readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? "export";
const corpus = JSON.parse(readFileSync(join(dir, "corpus.json"), "utf8"));
if (corpus.format !== "accord-corpus") {
  console.error(`${dir}/corpus.json is not an accord export`);
  process.exit(1);
}
const names = new Map(corpus.actors.map((a) => [a.id, a.name]));
const issue = corpus.issues.find((i) => i.id === "armed-forces-limits");
const rows = [];
for (const article of corpus.articles) {
  for (const p of article.positions) {
    if (p.issue === issue.id && (p.stance === "rejects" || p.stance === "opposes")) {
      rows.push({ actor: names.get(p.actor) ?? p.actor, stance: p.stance, redLine: p.red_line === true, document: article.document });
    }
  }
}
rows.sort((a, b) => a.actor.localeCompare(b.actor, "en") || a.document.localeCompare(b.document));
console.log(`Who rejects caps on the armed forces (${issue.name}): ${rows.length} positions`);
for (const r of rows) {
  console.log(`  ${r.actor}: ${r.stance}${r.redLine ? " (a red line)" : ""}, in ${r.document}`);
}
