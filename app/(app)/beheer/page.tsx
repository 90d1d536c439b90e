import { redirect } from "next/navigation";

/** Beheer starts with the people; the pages themselves check who may see them. */
export default function BeheerPage() {
  redirect("/beheer/personen");
}
