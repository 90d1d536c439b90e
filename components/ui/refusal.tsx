import Link from "next/link";

/** A page the person may not see or use now, with the reason in Dutch and a way back. */
export function Refusal({
  title,
  message,
  back = { href: "/notas", label: "Naar het overzicht van nota's" },
}: {
  title: string;
  message: string;
  back?: { href: string; label: string };
}) {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold text-rijks">{title}</h1>
      <p role="alert" className="mb-4 border-l-4 border-rood bg-red-50 p-3">
        {message}
      </p>
      <p>
        <Link href={back.href}>{back.label}</Link>
      </p>
    </>
  );
}
