/** The few extension APIs the annotation e2e tests call inside extension pages and the worker. */
export interface ExtensionApi {
  storage: { local: { set(items: object): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId?: number }): Promise<string> };
}
