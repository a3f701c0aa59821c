export * from "./common";
export * from "./media";
export * from "./reports";
export * from "./rooms";
export * from "./redaction";
export * from "./server";
export * from "./users";
