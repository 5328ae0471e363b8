// SPDX-License-Identifier: GPL-3.0-or-later
// Mermaid's own parser (the `mermaid` package from npm, in jsdom) reads every journey diagram
// that tst_mermaid wrote or read, and must find what Waymark found: the title, the
// accessibility description, the sections and each task's section, name, score and actors.
//   node mermaid.mjs DIR       (DIR holds NAME.mmd and NAME.json pairs)
// Exit 77 (skipped, with the reason) when the npm packages are missing.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.argv[2];
const modules = process.env.NODE_MODULES;
let JSDOM, mermaid;
try {
  const require = createRequire(join(modules, 'noop.js'));
  ({ JSDOM } = require('jsdom'));
  const dom = new JSDOM('<!DOCTYPE html><body></body>');
  globalThis.window = dom.window;
  globalThis.document = dom.window.document;
  const entry = require.resolve('mermaid').replace(/mermaid\.core\.mjs$|[^/]+$/, 'mermaid.core.mjs');
  ({ default: mermaid } = await import(pathToFileURL(entry).href));
} catch (e) {
  console.log(`tst_mermaid_parser skipped: mermaid and jsdom from npm are not in ${modules} ` +
              `(packaging/dev.sh installs them): ${e.message}`);
  process.exit(77);
}
mermaid.initialize({ startOnLoad: false });

// Waymark trims names and drops the zero-width space it writes before a name that starts with
// a Mermaid keyword, duplicate actors and empty ones; Mermaid keeps them.
const name = (s) => s.replace(/^[\s\u200b]+/, '').trim();
const people = (list) => [...new Set(list.map(name).filter((p) => p !== ''))];

// JSON with the keys of every object in order, for comparing.
const sorted = (v) => Array.isArray(v) ? v.map(sorted)
  : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])]))
  : v;
const canonical = (v) => JSON.stringify(sorted(v), null, 1);

const files = readdirSync(dir).filter((f) => f.endsWith('.mmd')).sort();
let failures = 0;
for (const file of files) {
  const text = readFileSync(join(dir, file), 'utf8');
  const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.mmd$/, '.json')), 'utf8'));
  let got;
  try {
    // As mermaid.render() does: the front matter's title goes in as the diagram's metadata.
    const front = /^---\s*\r?\n([\s\S]*?)\r?\n---/.exec(text);
    const title = front && /^title:\s*(.*)$/m.exec(front[1]);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(
      text, title ? { title: title[1].trim().replace(/^(["'])(.*)\1$/, '$2') } : {});
    const db = diagram.db;
    got = {
      type: diagram.type,
      title: name(db.getDiagramTitle()),
      descr: db.getAccDescription(),
      sections: db.getSections().map(name),
      tasks: db.getTasks().map((t) => ({
        section: name(t.section), task: name(t.task), score: t.score, people: people(t.people),
      })),
    };
  } catch (e) {
    console.log(`FAIL ${file}: Mermaid refuses it: ${e.message}`);
    ++failures;
    continue;
  }
  const want = {
    type: 'journey', title: expected.title, descr: expected.descr, sections: expected.sections,
    tasks: expected.tasks.map((t) => ({ ...t, people: t.people })),
  };
  const a = canonical(got), b = canonical(want);
  if (a !== b) {
    console.log(`FAIL ${file}: Mermaid reads\n${a}\nWaymark reads\n${b}`);
    ++failures;
  } else {
    console.log(`ok ${file}: ${got.sections.length} sections, ${got.tasks.length} tasks`);
  }
}
if (files.length < 7) {
  console.log(`FAIL: only ${files.length} diagrams in ${dir} (tst_mermaid writes them)`);
  process.exit(1);
}
process.exit(failures ? 1 : 0);
