/** Needs analysis: the home broker's value-chain assessment, checked by a second broker if wanted, becomes the profile. */
package eu.tibs.needs;
