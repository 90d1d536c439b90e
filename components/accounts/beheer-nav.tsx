import Link from "next/link";

const SECTIONS = [
  { href: "/beheer/personen", label: "Personen" },
  { href: "/beheer/onderdelen", label: "Onderdelen" },
] as const;

/** The two halves of beheer, with the current one marked for screen readers too. */
export function BeheerNav({ current }: { current: (typeof SECTIONS)[number]["href"] }) {
  return (
    <nav aria-label="Beheer" className="mb-6 border-b border-grijs-2">
      <ul className="flex gap-1">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              aria-current={section.href === current ? "page" : undefined}
              className={`block px-3 py-2 font-bold no-underline ${section.href === current ? "border-b-4 border-rijks text-rijks" : "text-link hover:underline"}`}
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
