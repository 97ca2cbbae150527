/** The public surface of the sim. Other code imports from here only. */
export * from "./compute";
export * from "./constants";
export * from "./decisions";
export * from "./explain";
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
export * from "./verdict";
export * from "./world";
