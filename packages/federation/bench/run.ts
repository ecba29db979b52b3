/** `npm run bench:federation`: privacy-preserving linkage figures (packages/linkage/bench). */
import { runLinkageBench } from '../../linkage/bench/run';

await runLinkageBench();
