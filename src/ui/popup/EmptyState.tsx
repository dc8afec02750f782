/** What the popup says when a page has nothing to badge, or cannot be read. */
export function EmptyState({ reason }: { reason: 'no-claims' | 'off' | 'paused' | 'unreachable' }) {
  if (reason === 'unreachable') {
    return (
      <div class="empty" data-testid="empty-state">
        <h2>Statusmark cannot read this tab</h2>
        <p>
          It works on web pages (http and https). If the page was open before Statusmark was installed or
          updated, reload it.
        </p>
      </div>
    );
  }
  if (reason === 'off' || reason === 'paused') {
    return (
      <div class="empty" data-testid="empty-state">
        <h2>{reason === 'paused' ? 'Statusmark is paused' : 'Statusmark is off for this site'}</h2>
        <p>Turn it back on above to see the claims on this page.</p>
      </div>
    );
  }
  return (
    <div class="empty" data-testid="empty-state">
      <h2>No policy claims found on this page</h2>
      <p>
        Statusmark looks for sentences about <strong>retirement-crypto policy</strong>: crypto and other
        alternative assets in 401(k)s, IRAs and public pension funds, such as executive orders, Labor
        Department guidance and rules, state pension bills and pension funds&apos; holdings. Each one gets a
        badge saying whether it is proposed, reported, official or rescinded.
      </p>
    </div>
  );
}
