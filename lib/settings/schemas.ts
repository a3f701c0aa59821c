/** Bodies of the settings routes (app/api/v1/settings/**): the domain schemas, reused as they are. */
export { ZMediaPreviewSettings as ZPutMediaPreviewBody } from "@/lib/media/settings";
export { ZKeywordLists as ZPutKeywordListsBody } from "./keyword-lists";
export { ZMyPreviewInput as ZPutMyPreviewBody } from "./my-preview";
