/** Writes docs/program.md from the program's code, for review by a physiotherapist. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderProgramDoc } from '../src/lib/core/program/doc';

const target = resolve(dirname(fileURLToPath(import.meta.url)), '../docs/program.md');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderProgramDoc());
console.log(`Wrote ${target}`);
