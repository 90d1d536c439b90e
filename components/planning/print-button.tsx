"use client";

import { Button } from "@/components/ui/form";

export function PrintButton() {
  return (
    <Button className="print:hidden" onClick={() => window.print()}>
      Afdrukken
    </Button>
  );
}
