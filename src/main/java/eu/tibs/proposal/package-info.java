/** Cross-border match proposals: a ranked shortlist abroad, proposals to counterpart brokers, double opt-in. */
package eu.tibs.proposal;
