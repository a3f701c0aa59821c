import { countQueue } from "@/lib/cases/queue-counts";
import { db } from "@/lib/db/client";
import { withReviewer } from "@/lib/http/route";

// GET /api/v1/cases/counts — open cases per filter value, for the queue's filter menus.
export const GET = withReviewer({ permission: "case.read" }, ({ reviewer }) => countQueue(db(), {}, reviewer));
