/** The public surface of the sim. Other code imports from here only. */
export * from "./bands";
export * from "./compute";
export * from "./constants";
export * from "./curves";
export * from "./decisions";
/** "Show the math" as data: expression trees over named terms (the explain layer prints them). */
export * as expr from "./expr";
export * from "./format";
export * from "./inference";
export * from "./parallel";
export * from "./params";
export * from "./plans";
export * from "./readouts";
export * from "./rng";
export * from "./scaling";
export * from "./score";
export * from "./seeds";
export * from "./serving";
export * from "./thresholds";
export * from "./training";
export * from "./verdict";
export * from "./world";
