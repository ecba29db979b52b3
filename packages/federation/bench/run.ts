/** `npm run bench:federation`: privacy-preserving linkage figures (packages/linkage/bench) and protocol costs. */
import { runLinkageBench } from '../../linkage/bench/run';
import { runProtocolBench } from './protocol';

await runLinkageBench();
runProtocolBench();
