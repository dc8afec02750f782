/**
 * Finds the ClaimReview nodes of a JSON-LD document: one node, a list of nodes, or an
 * `@graph`, as fact-checkers publish them. Nodes of other types are listed so the user
 * sees what was passed over. DOM-free.
 */

export interface FoundNode {
  /** Where the node is, e.g. `@graph[2]` or `[0]`. */
  path: string;
  value: Record<string, unknown>;
}

export interface FoundClaimReviews {
  reviews: FoundNode[];
  /** "<path>: <why>" for each node that is not a ClaimReview. */
  ignored: string[];
  /** Problems that stop the whole file (no schema.org context, no nodes at all). */
  problems: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function typesOf(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string');
}

const isClaimReviewType = (type: string) =>
  /^(?:(?:https?:\/\/)?schema\.org\/|schema:)?ClaimReview$/.test(type);

/** True when a JSON-LD @context names schema.org (as a string, in a list, or as @vocab). */
export function hasSchemaOrgContext(context: unknown): boolean {
  const names = (Array.isArray(context) ? context : [context]).flatMap((c) =>
    isObject(c) ? [c['@vocab']] : [c],
  );
  return names.some((c) => typeof c === 'string' && /^https?:\/\/schema\.org\/?$/.test(c));
}

export function findClaimReviews(document: unknown): FoundClaimReviews {
  const found: FoundClaimReviews = { reviews: [], ignored: [], problems: [] };
  const roots: FoundNode[] = [];
  if (Array.isArray(document)) {
    document.forEach((v, i) => {
      if (isObject(v)) roots.push({ path: `[${i}]`, value: v });
      else found.ignored.push(`[${i}]: not an object`);
    });
  } else if (isObject(document)) {
    const graph = document['@graph'];
    if (Array.isArray(graph)) {
      graph.forEach((v, i) => {
        if (isObject(v)) roots.push({ path: `@graph[${i}]`, value: v });
        else found.ignored.push(`@graph[${i}]: not an object`);
      });
    } else roots.push({ path: '(root)', value: document });
  } else {
    found.problems.push('(root): expected a JSON-LD object or a list of objects');
    return found;
  }
  const contexts = Array.isArray(document)
    ? roots.map((r) => r.value['@context'])
    : [(document as Record<string, unknown>)['@context']];
  if (!contexts.some(hasSchemaOrgContext)) {
    found.problems.push('(root).@context: expected the schema.org context ("https://schema.org")');
    return found;
  }
  for (const node of roots) {
    const types = typesOf(node.value);
    if (types.some(isClaimReviewType)) found.reviews.push(node);
    else found.ignored.push(`${node.path}: a ${types.join('/') || 'node without @type'}, not a ClaimReview`);
  }
  if (found.reviews.length === 0) found.problems.push('(root): the file holds no ClaimReview');
  return found;
}
