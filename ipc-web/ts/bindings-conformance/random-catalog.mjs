// Writes the values random-catalog.ts builds: node random-catalog.mjs <compiled random-catalog.js>
// <seed> <values per codec> <output>.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [, , modulePath, seed, count, outputPath] = process.argv;
const { randomCatalogLines } = await import(pathToFileURL(modulePath).href);
writeFileSync(outputPath, randomCatalogLines(BigInt(seed), Number(count)).join('\n') + '\n');
