/**
 * Counts the TreeWalkers the document makes: one per subtree the extraction reads.
 * `restore` puts the document's own method back.
 */
export function countSubtreeReads(doc: Document = document): { reads(): number; restore(): void } {
  let reads = 0;
  const realRead = doc.createTreeWalker.bind(doc);
  doc.createTreeWalker = ((...args: Parameters<Document['createTreeWalker']>) => {
    reads++;
    return realRead(...args);
  }) as Document['createTreeWalker'];
  return { reads: () => reads, restore: () => void (doc.createTreeWalker = realRead) };
}
