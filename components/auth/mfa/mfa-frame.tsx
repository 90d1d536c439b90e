// The frame of the second step's pages: the login page's look, and a way out (Uitloggen).
import { Brand } from "@/components/layout/brand";
import { SignOutButton } from "@/components/layout/sign-out-button";

export function MfaFrame({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="min-h-screen bg-grijs-1">
      <header className="border-b-4 border-rijks bg-white">
        <div className="mx-auto flex max-w-5xl items-start justify-between px-4 py-3">
          <Brand />
          <SignOutButton />
        </div>
      </header>
      <main id="inhoud" className="mx-auto max-w-xl px-4 py-10">
        <div className="border border-grijs-2 bg-white p-6 shadow-sm">
          <h1 className="mb-1 text-2xl font-bold text-rijks">{title}</h1>
          {children}
        </div>
      </main>
    </div>
  );
}
