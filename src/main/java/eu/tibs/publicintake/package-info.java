/** The public intake: a company applies for brokerage itself, through a page and an API open to anyone, within limits. */
package eu.tibs.publicintake;
