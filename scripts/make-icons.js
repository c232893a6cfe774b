#!/usr/bin/env node
/*
 * Draws the add-in's icons into assets/: a rounded green square with a white
 * three-bar chart, flat colours. Node built-ins only (zlib for the PNG deflate
 * stream, CRC-32 computed here).
 *
 *   node scripts/make-icons.js
 *
 * Writes icon-16/32/64/80/128.png and logo-filled.png (256 px). The output is
 * deterministic: running it again produces byte-identical files.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const OUT_DIR = path.join(__dirname, '..', 'assets');

const GREEN = [0x1b, 0x7a, 0x4a]; // background
const WHITE = [0xff, 0xff, 0xff]; // bars

const ICONS = [
  { file: 'icon-16.png', size: 16 },
  { file: 'icon-32.png', size: 32 },
  { file: 'icon-64.png', size: 64 },
  { file: 'icon-80.png', size: 80 },
  { file: 'icon-128.png', size: 128 },
  { file: 'logo-filled.png', size: 256 },
];

// ---------------------------------------------------------------- PNG writer

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([len, typeAndData, crc]);
}

/** Encodes straight-alpha RGBA pixels (width*height*4 bytes) as a PNG. */
function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  const idat = zlib.deflateSync(raw, { level: 9 });
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

// ---------------------------------------------------------------- drawing

/** Is point (x, y) inside the rounded square [0,s]x[0,s] with corner radius r? */
function insideRoundedSquare(x, y, s, r) {
  const cx = Math.min(Math.max(x, r), s - r);
  const cy = Math.min(Math.max(y, r), s - r);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

/**
 * Bar rectangles snapped to whole pixels so the small sizes stay crisp:
 * three bars rising left to right, bottoms on a common baseline.
 */
function barRects(s) {
  const pad = Math.round(s * 0.22);
  const inner = s - 2 * pad;
  const gap = Math.max(1, Math.round(s * 0.07));
  const w = Math.floor((inner - 2 * gap) / 3);
  const used = 3 * w + 2 * gap;
  const x0 = pad + Math.floor((inner - used) / 2);
  const bottom = s - pad;
  const heights = [0.42, 0.68, 1.0].map((f) => Math.max(2, Math.round(inner * f)));
  return heights.map((h, i) => ({
    x0: x0 + i * (w + gap),
    x1: x0 + i * (w + gap) + w,
    y0: bottom - h,
    y1: bottom,
  }));
}

function drawIcon(s) {
  const r = Math.max(2, s * 0.2);
  const bars = barRects(s);
  const px = Buffer.alloc(s * s * 4);
  const SS = 4; // supersampling for the rounded corners
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      let hits = 0;
      for (let j = 0; j < SS; j++) {
        for (let i = 0; i < SS; i++) {
          if (insideRoundedSquare(x + (i + 0.5) / SS, y + (j + 0.5) / SS, s, r)) hits++;
        }
      }
      const alpha = Math.round((255 * hits) / (SS * SS));
      const onBar = bars.some((b) => x >= b.x0 && x < b.x1 && y >= b.y0 && y < b.y1);
      const [red, green, blue] = onBar ? WHITE : GREEN;
      const o = (y * s + x) * 4;
      px[o] = red;
      px[o + 1] = green;
      px[o + 2] = blue;
      px[o + 3] = alpha;
    }
  }
  return encodePng(s, s, px);
}

function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const { file, size } of ICONS) {
    const png = drawIcon(size);
    fs.writeFileSync(path.join(OUT_DIR, file), png);
    console.log(`${path.relative(process.cwd(), path.join(OUT_DIR, file))}  ${size}x${size}  ${png.length} bytes`);
  }
}

if (require.main === module) main();

module.exports = { crc32, encodePng, drawIcon };
