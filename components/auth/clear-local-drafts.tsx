"use client";

import { useEffect } from "react";
import { clearAllLocalDrafts } from "@/components/editor/local-draft";

/**
 * On the login page there is no session: whatever drafts an ended session left in this browser
 * (its tab closed before the timeout, or the session ended elsewhere) are removed here.
 */
export function ClearLocalDrafts() {
  useEffect(() => clearAllLocalDrafts(), []);
  return null;
}
