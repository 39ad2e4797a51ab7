// Spectral custom function: an operation must show callers both sides of the envelope.
// A success example is {code: 0|200, data}; an error example is {code: <other>, message}.
function resolve(root, node) {
  if (!node || typeof node !== 'object' || typeof node.$ref !== 'string') return node;
  const path = node.$ref.replace(/^#\//, '').split('/');
  return path.reduce((at, key) => (at ? at[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), root);
}

export default function envelopeExamples(operation, _options, context) {
  const root = context.document.data;
  let success = 0;
  let failure = 0;
  for (const response of Object.values(operation.responses ?? {})) {
    const media = resolve(root, response)?.content?.['application/json'];
    for (const example of Object.values(media?.examples ?? {})) {
      const value = resolve(root, example)?.value;
      if (!value || typeof value !== 'object') continue;
      if ((value.code === 0 || value.code === 200) && 'data' in value) success++;
      else if (typeof value.code === 'number' && typeof value.message === 'string') failure++;
    }
  }
  const problems = [];
  if (success === 0) problems.push({ message: 'no success example ({code: 0, data}) among the responses' });
  if (failure === 0) problems.push({ message: 'no error example ({code, message}) among the responses' });
  return problems;
}
