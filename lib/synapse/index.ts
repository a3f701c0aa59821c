/** Public surface of the Synapse client. Domain code imports from "@/lib/synapse", not from the files inside. */
export { detectCapabilities, parseSynapseVersion, type SynapseCapabilities } from "./capabilities";
export {
  SynapseClient,
  type MediaBytes,
  type SynapseClientConfig,
  type SynapseLogger,
  type SynapseRequest,
} from "./client";
export {
  SynapseApiError,
  SynapseError,
  SynapseMediaTooLargeError,
  SynapseNetworkError,
  SynapsePaginationError,
  SynapseProtocolError,
  SynapseTimeoutError,
  isSynapseApiError,
  isUnrecognizedEndpoint,
  type HttpMethod,
} from "./errors";
export { synapseFromEnv, resetSynapseFromEnv } from "./from-env";
export { DEFAULT_MEDIA_MAX_BYTES, type DownloadOptions, type MediaApi, type ThumbnailOptions } from "./media";
export { parseMxc, toMxc, type MediaRef } from "./mxc";
export { type NoticesApi, type ServerNotice } from "./notices";
export { paginateOffset, paginateTokens, type OffsetPage, type TokenPage } from "./pagination";
export { synapsePath, type EncodedPath, type QueryParams } from "./path";
export { type RedactOptions, type RedactionApi } from "./redaction";
export {
  type EventReportFilters,
  type OffsetQuery,
  type ReportsApi,
  type RoomReportResult,
  type RoomReportsResult,
  type UserReportFilters,
} from "./reports";
export { type DeleteRoomOptions, type MessagesQuery, type RoomsApi } from "./rooms";
export * from "./schemas";
export { SynapseAdminAccessError, type ServerApi } from "./server";
export { createSynapse, type Synapse } from "./synapse";
export { type UserMediaOrder, type UserMediaQuery, type UsersApi } from "./users";
