// Planning of a nota towards its Kamer deadline: holidays, working days, recesses, meeting
// series, back-planning and the warnings shown at the nota's planning fields.
export * from "./back-planning";
export * from "./holidays";
export * from "./plan-warnings";
export * from "./recess";
export * from "./recurring";
export * from "./working-days";
export * from "./placement";
export * from "./nota-plan";
