/** Every problem, one per line, announced at once (role="alert"). Nothing when there are none. */
export function ProblemList({
  title,
  problems,
  testId,
}: {
  title: string;
  problems: readonly string[];
  testId?: string;
}) {
  if (problems.length === 0) return null;
  return (
    <div class="problems" role="alert" data-testid={testId}>
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
