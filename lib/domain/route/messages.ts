// The Dutch texts of route notifications.
const nota = (reference: string, title: string) => `${reference} (${title || "zonder titel"})`;

export const routeMessages = {
  teParaferen: (reference: string, title: string, office: string) => `${nota(reference, title)} ligt klaar om te paraferen door ${office}.`,
  terBeslissing: (reference: string, title: string, office: string) => `${nota(reference, title)} ligt ter beslissing bij ${office}.`,
  terInformatie: (reference: string, title: string, office: string) => `${nota(reference, title)} is ter informatie aan ${office} gestuurd.`,
  teruggestuurd: (reference: string, title: string, by: string, reason: string) => `${nota(reference, title)} is teruggestuurd door ${by}: ${reason}`,
  besluitVastgelegd: (reference: string, title: string, office: string) => `${office} heeft besloten over ${nota(reference, title)}.`,
  besloten: (reference: string, title: string) => `Alle bewindspersonen hebben besloten over ${nota(reference, title)}.`,
  ingetrokken: (reference: string, title: string, reason: string) => `${nota(reference, title)} is ingetrokken: ${reason}`,
  herinnering: (reference: string, title: string, office: string, deadline: string) =>
    `Herinnering: ${office} heeft nog niet besloten over ${nota(reference, title)}; de deadline is ${deadline}.`,
  geagendeerd: (reference: string, title: string, council: string, date: string, kind: string) =>
    `${nota(reference, title)} staat als ${kind} op de agenda van de ${council} van ${date}.`,
  afgerond: (reference: string, title: string, date: string) => `De Kamerbrief bij ${nota(reference, title)} is op ${date} verzonden; de nota is afgerond.`,
};
