import type { RouteStatus as NotaStatus } from "@/lib/domain/route/state-machine";
import { STATUS_LABELS } from "@/lib/domain/nota/labels";

const TONE: Record<NotaStatus, string> = {
  CONCEPT: "border-grijs-5 text-[#3d3d3d] bg-grijs-1",
  PARAAF: "border-link text-rijks bg-lint",
  TER_BESLISSING: "border-link text-rijks bg-lint",
  BESLOTEN: "border-groen text-groen bg-green-50",
  TERUGGESTUURD: "border-rood text-rood bg-red-50",
  INGETROKKEN: "border-grijs-5 text-[#3d3d3d] bg-grijs-2",
  GEAGENDEERD_ONDERRAAD: "border-link text-rijks bg-lint",
  GEAGENDEERD_MR: "border-link text-rijks bg-lint",
  AFGEROND: "border-groen text-groen bg-green-50",
};

export function StatusBadge({ status }: { status: NotaStatus }) {
  return <span className={`inline-block whitespace-nowrap border px-2 py-0.5 text-sm font-bold ${TONE[status]}`}>{STATUS_LABELS[status]}</span>;
}
