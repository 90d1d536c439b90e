"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/login" })}
      className="mt-1 text-link underline underline-offset-2 hover:text-rijks-dark"
    >
      Uitloggen
    </button>
  );
}
