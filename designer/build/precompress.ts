// A Vite plugin that writes a brotli (.br) and a gzip (.gz) copy beside every text file of the build, once,
// at the highest compression, so the server sends them as they are (runtime/src/http/webApp.ts) instead of
// compressing on every request or not at all.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TEXT = new Set(['.js', '.css', '.html', '.svg', '.json', '.txt']);
// Every text file, however small: the home page loads small chunks too (the bundler's runtime, 911 bytes), and each is checked to arrive compressed.
const MIN_BYTES = 0;

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(full);
    return TEXT.has(path.extname(entry.name)) ? [full] : [];
  });
}

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'onego-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const file of textFiles(outDir)) {
        const content = readFileSync(file);
        if (content.length < MIN_BYTES) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}
