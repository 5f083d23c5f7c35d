/**
 * The Web API's error code of a failed Slack call (`invalid_auth`, `user_disabled`, `missing_scope` …), as the
 * client's platform error carries it in `data.error`; undefined for anything else (a network error, a timeout).
 */
export function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}
