// The enrolment QR code as SVG path data from the qrcode library's module matrix: the page draws
// it as inline <svg> markup of its own (no data: image, no HTML from a library), which the
// Content-Security-Policy allows as any other element.
import QRCode from "qrcode";

export interface QrSymbol {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** One subpath per horizontal run of dark modules, in module units. */
  path: string;
}

export function qrSymbol(text: string): QrSymbol {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      parts.push(`M${start} ${row}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: modules.size, path: parts.join("") };
}
