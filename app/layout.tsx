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
        {process.env.NOTAROUTE_DEMO === "true" && (
          // The demo (embedded database, invented people and notas) says so on every page, so
          // that nobody takes it for the real system.
          <aside aria-label="Demo" className="bg-[#ffb612] px-4 py-1 text-center text-sm font-bold text-black">
            Demo: alle personen, nota&apos;s en besluiten zijn verzonnen. Gebruik deze omgeving niet voor echt werk.
          </aside>
        )}
        {children}
      </body>
    </html>
  );
}
