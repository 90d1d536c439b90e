"use client";

import { signOut } from "next-auth/react";
import { clearAllLocalDrafts } from "@/components/editor/local-draft";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => {
        // Nothing of this user's unsaved drafts stays behind in a shared browser.
        clearAllLocalDrafts();
        void signOut({ callbackUrl: "/login" });
      }}
      className="mt-1 text-link underline underline-offset-2 hover:text-rijks-dark"
    >
      Uitloggen
    </button>
  );
}
