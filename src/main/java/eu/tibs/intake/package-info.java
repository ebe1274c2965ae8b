/** Intake: a company's application is reviewed by a broker of its home region, then accepted or rejected. */
package eu.tibs.intake;
