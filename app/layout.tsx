import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Notaroute", template: "%s · Notaroute" },
  description: "Beslisnota's opstellen, parafering en besluitvorming door bewindspersonen.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nl">
      <body className="min-h-screen bg-white font-sans text-[15px] leading-relaxed antialiased">
        <a href="#inhoud" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2">
          Naar de inhoud
        </a>
        {children}
      </body>
    </html>
  );
}
