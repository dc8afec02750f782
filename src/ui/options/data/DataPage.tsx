import { ClaimReviewPanel } from './ClaimReviewPanel';
import { UserDataPanel } from './UserDataPanel';

export function DataPage() {
  return (
    <>
      <h1 tabIndex={-1}>Import and export</h1>
      <UserDataPanel />
      <ClaimReviewPanel />
    </>
  );
}
