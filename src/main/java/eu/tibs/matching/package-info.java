/** Ranks cross-border partner candidates for a company's cooperation profile and explains each ranking. */
package eu.tibs.matching;
