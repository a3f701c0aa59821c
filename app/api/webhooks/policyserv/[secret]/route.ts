// POST /api/webhooks/policyserv/<secret>: policyserv's spam notifications (lib/intake/policyserv-webhook.ts).
import { policyservWebhookPost } from "@/lib/intake/policyserv-webhook-route";

export async function POST(
  request: Request,
  context: { params: Promise<{ secret: string }> },
): Promise<Response> {
  const { secret } = await context.params;
  return policyservWebhookPost(request, secret);
}
