// The enrolment QR code as inline SVG drawn from the module matrix (no data: URL, no HTML from a
// library), with a quiet zone of four modules and a text alternative.
import { qrSymbol } from "@/lib/auth/mfa/qr-code";

export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = qrSymbol(text);
  const side = size + 8;
  return (
    <svg role="img" aria-label={label} viewBox={`-4 -4 ${side} ${side}`} width={220} height={220} shapeRendering="crispEdges" className="border border-grijs-2">
      <rect x={-4} y={-4} width={side} height={side} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
