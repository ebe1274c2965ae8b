/** Brokerage cases: one company's journey from application to feedback; the case id is the process business key. */
package eu.tibs.casefile;
