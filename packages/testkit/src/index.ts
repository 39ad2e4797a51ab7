export {
  type FaultAction,
  type FaultScript,
  type FaultServer,
  type RecordedRequest,
  startFaultServer,
} from './fault-server.js';
export { CANARY_API_KEY, CANARY_PASSWORD, clusterFixture, fail, ok, PROJECT_ID } from './fixtures.js';
export { freePort, refusedUrl } from './free-port.js';
export { SPEC_PATH } from './paths.js';
export { type PrismServer, startPrism } from './prism.js';
export {
  type FetchHandler,
  hang,
  json,
  networkError,
  type ScriptedFetch,
  scriptedFetch,
} from './scripted-fetch.js';
export { preferHeader, type SpecExample, specExamples } from './spec-examples.js';
export { violationRecorder } from './violations.js';
